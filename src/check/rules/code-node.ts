import type { LegacyRule } from '../rule.ts';

export const codeNode: LegacyRule = {
  id: 'code-node',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 13016—2018（标准体系结构）',
  description: '编号所指的框架节点在 standards/system.yaml 的标准体系框架中存在',
  check(standard, { index, corpus, report }) {
    const code = standard.meta.code;
    if (!code || !index.isInternal(code)) return;
    const node = index.nodeOf(code);
    if (node === undefined) return;
    const frameworkNode = corpus.system.nodes.get(node);
    const position = standard.frontMatter!.entries.get('code')!.valuePosition;
    if (!frameworkNode) {
      report(position, `编号 ${code.serial} 指向框架节点 ${node}，但 ${corpus.system.file} 的框架中没有该节点；请改用已有节点，或先在框架中增加节点 ${node}。`);
    } else if (frameworkNode.children.length > 0) {
      report(position, `框架节点 ${node}（${frameworkNode.name}）下设子节点，标准应编入其子节点（${frameworkNode.children.map((c) => c.code).join('、')}）。`);
    }
  },
};
