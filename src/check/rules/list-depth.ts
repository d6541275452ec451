import { defineRule } from '../rule.ts';

export const listDepth = defineRule({
  id: 'list-depth',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '7.5', detail: '列项不超过两个层次' }],
  description: '列项最多两个层次',
  messages: {
    tooDeep: '列项超过两个层次；第三层请改为分条或并入上一层。',
    excessiveNesting: '此行缩进或引用层次过深，已按上限处理；标准的列项不超过两个层次，请删除多余的缩进或">"。',
  },
  fixable: false,
  docs: {
    rationale: '列项最多分两个层次（第一层"——"或 a) b)，第二层"·"或 1) 2)）；更深的层次在版面上难以分辨，也无法准确引用，应改为分条。',
    howToFix: '把第三层内容并入上一层，或把这组列项改写为几个条。',
  },
  examples: {
    valid: [{ name: '两层列项', text: '## 4 受理\n\n登记内容包括：\n\n- 投诉人；\n  - 姓名；\n  - 联系方式。\n' }],
    invalid: [
      { name: '三层列项', text: '## 4 受理\n\n登记内容包括：\n\n- 投诉人；\n  - 联系方式：\n    - 电话。\n', errors: [{ messageId: 'tooDeep', line: 7, column: 5 }] },
      { name: '过深的缩进', text: `## 4 受理\n\n${' '.repeat(60)}- 深处的一行\n`, errors: [{ messageId: 'excessiveNesting', line: 3, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    for (const list of standard.lists) if (list.depth === 3) report({ messageId: 'tooDeep', at: list.position });
    for (const position of standard.excessiveNesting) report({ messageId: 'excessiveNesting', at: position });
  },
});
