import { defineRule, frontMatterText } from '../rule.ts';

export const codeNode = defineRule({
  id: 'code-node',
  severity: 'error',
  scope: 'document',
  basis: [{ document: 'GB/T 13016—2018', detail: '标准体系结构' }],
  description: '编号所指的框架节点在 standards/system.yaml 的标准体系框架中存在',
  messages: {
    unknownNode: '编号 {serial} 指向框架节点 {node}，但 {file} 的框架中没有该节点；请改用已有节点，或先在框架中增加节点 {node}。',
    parentNode: '框架节点 {node}（{name}）下设子节点，标准应编入其子节点（{children}）。',
  },
  fixable: false,
  docs: {
    rationale: '本中心标准的顺序号由框架节点编号和节点内序号组成，体系表按节点排列和统计；编入不存在的节点或只作分组的上级节点，标准就落在体系之外。',
    howToFix: '按 standards/system.yaml 的框架选定标准所属的末级节点，用"节点编号+两位序号"作顺序号（如 30101）；确需新节点时先在框架中增加。',
  },
  examples: {
    valid: [{ name: '末级节点 305 中的标准', text: frontMatterText('code: Q/JMXZ 30501—2025') }],
    invalid: [
      { name: '框架中没有的节点', text: frontMatterText('code: Q/JMXZ 30901—2025'), errors: [{ messageId: 'unknownNode', line: 2, column: 7 }] },
      { name: '编入了上级节点', text: frontMatterText('code: Q/JMXZ 30001—2025'), errors: [{ messageId: 'parentNode', line: 2, column: 7 }] },
    ],
  },
  check(standard, { index, corpus, report }) {
    const code = standard.meta.code;
    const entry = standard.frontMatter?.entries.get('code');
    if (!code || !entry || !index.isInternal(code)) return;
    const node = index.nodeOf(code);
    if (node === undefined) return;
    const frameworkNode = corpus.system.nodes.get(node);
    if (!frameworkNode) {
      report({ messageId: 'unknownNode', data: { serial: code.serial, node, file: corpus.system.file }, at: entry });
    } else if (frameworkNode.children.length > 0) {
      report({ messageId: 'parentNode', data: { node, name: frameworkNode.name, children: frameworkNode.children.map((c) => c.code).join('、') }, at: entry });
    }
  },
});
