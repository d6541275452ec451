import type { LegacyRule } from '../rule.ts';

export const codeUnique: LegacyRule = {
  id: 'code-unique',
  severity: 'error',
  scope: 'corpus',
  basis: 'GB/T 1.1—2020 8.1（文件编号唯一）',
  description: '同一编号（含年号）只用于一个文件',
  check(standard, { index, report }) {
    const code = standard.meta.code;
    if (!code) return;
    const others = index.editionsWithCode(code).filter((s) => s !== standard);
    if (others.length > 0) {
      report(standard.frontMatter!.entries.get('code')!.valuePosition, `编号 ${code.raw} 与 ${others.map((s) => s.file).join('、')} 重复；请为本文件分配新的节点内序号。`);
    }
  },
};
