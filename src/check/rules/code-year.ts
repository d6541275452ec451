import { defineRule, frontMatterText } from '../rule.ts';

export const codeYear = defineRule({
  id: 'code-year',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '8.1', detail: '文件编号中的年号为发布年份' }],
  description: '编号中的年号等于发布日期的年份',
  messages: {
    mismatch: '编号年号 {year} 与发布日期 {issued} 的年份不一致，应改为 {prefix} {serial}—{issuedYear}，或更正发布日期。',
  },
  fixable: false,
  docs: {
    rationale: '文件编号中的年号是发布年份，注日期引用（如 Q/JMXZ 30101—2025）靠它区分版本；年号与发布日期不符，引用就会指向错误的版本。',
    howToFix: '修订后重新发布时，同时更新编号中的年号和 issued；若只是发布日期写错，更正 issued。',
  },
  examples: {
    valid: [{ name: '年号与发布年份一致', text: frontMatterText('code: Q/JMXZ 30501—2025\nissued: 2025-06-01') }],
    invalid: [
      {
        name: '修订后忘了改年号',
        text: frontMatterText('code: Q/JMXZ 30501—2024\nissued: 2025-06-01'),
        errors: [{ messageId: 'mismatch', line: 2, column: 7, endLine: 2, endColumn: 24 }],
      },
    ],
  },
  check(standard, { report }) {
    const { code, issued } = standard.meta;
    const entry = standard.frontMatter?.entries.get('code');
    if (!code?.year || !issued || !entry) return;
    const issuedYear = issued.slice(0, 4);
    if (code.year !== issuedYear) report({ messageId: 'mismatch', data: { year: code.year, issued, prefix: code.prefix, serial: code.serial, issuedYear }, at: entry });
  },
});
