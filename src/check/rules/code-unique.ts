import { defineRule, frontMatterText } from '../rule.ts';

export const codeUnique = defineRule({
  id: 'code-unique',
  severity: 'error',
  scope: 'corpus',
  basis: [{ clause: '8.1', detail: '文件编号唯一' }],
  description: '同一编号（含年号）只用于一个文件',
  messages: {
    duplicate: '编号 {code} 与 {others} 重复；请为本文件分配新的节点内序号。',
  },
  fixable: false,
  docs: {
    rationale: '编号是文件的唯一标识：两份文件同号，引用、手册地址和体系表都无法区分它们。',
    howToFix: '为新起草的文件分配本节点内尚未使用的序号；若是复制旧文件起草新版本，改为新的年号并在 replaces 中写明旧版本。',
  },
  examples: {
    valid: [{ name: '编号各不相同', text: frontMatterText('code: Q/JMXZ 30502—2025'), files: { 'standards/30501-投诉处理规范.md': frontMatterText('code: Q/JMXZ 30501—2025') } }],
    invalid: [
      {
        name: '复制文件后未改编号',
        text: frontMatterText('code: Q/JMXZ 30501—2025\ntitle: 投诉受理规范'),
        files: { 'standards/30501-投诉处理规范.md': frontMatterText('code: Q/JMXZ 30501—2025\ntitle: 投诉处理规范') },
        errors: [
          { messageId: 'duplicate', line: 2, column: 7, file: 'standards/30501-投诉处理规范.md' },
          { messageId: 'duplicate', line: 2, column: 7 },
        ],
      },
    ],
  },
  check(standard, { index, report }) {
    const code = standard.meta.code;
    const entry = standard.frontMatter?.entries.get('code');
    if (!code || !entry) return;
    const others = index.editionsWithCode(code).filter((s) => s !== standard);
    if (others.length > 0) report({ messageId: 'duplicate', data: { code: code.raw, others: others.map((s) => s.file).join('、') }, at: entry });
  },
});
