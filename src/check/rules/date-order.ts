import { defineRule } from '../rule.ts';

export const dateOrder = defineRule({
  id: 'date-order',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '8.1', detail: '封面上的发布日期和实施日期' }],
  description: '实施日期不早于发布日期',
  messages: {
    effectiveBeforeIssued: '实施日期 {effective} 早于发布日期 {issued}；实施日期应不早于发布日期。',
  },
  fixable: false,
  docs: {
    rationale: '文件先发布、后实施：实施日期早于发布日期，意味着文件在公布之前就要求执行，使用者无从遵守。',
    howToFix: '核对审批记录，更正文件头中的 issued（发布日期）或 effective（实施日期），使实施日期不早于发布日期。',
  },
  examples: {
    valid: [
      { name: '实施日期晚于发布日期', text: '---\nissued: 2025-06-01\neffective: 2025-07-01\n---\n' },
      { name: '发布当日实施', text: '---\nissued: 2025-06-01\neffective: 2025-06-01\n---\n' },
    ],
    invalid: [
      {
        name: '实施日期早于发布日期',
        text: '---\nissued: 2025-06-01\neffective: 2025-05-01\n---\n',
        errors: [{ messageId: 'effectiveBeforeIssued', line: 3, column: 12, endLine: 3, endColumn: 22 }],
      },
    ],
  },
  check(standard, { report }) {
    const { issued, effective } = standard.meta;
    const entry = standard.frontMatter?.entries.get('effective');
    if (issued && effective && entry && effective < issued) report({ messageId: 'effectiveBeforeIssued', data: { effective, issued }, at: entry });
  },
});
