import { defineRule } from '../rule.ts';

export const bibliographyNumbering = defineRule({
  id: 'bibliography-numbering',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '8.13', detail: '参考文献的编号' }],
  description: '参考文献的每一项以 [1]、[2]……连续编号',
  messages: {
    unnumbered: '参考文献第 {index} 项应以"[{index}]"开头；参考文献按 [1]、[2]……连续编号。',
    wrongNumber: '参考文献第 {index} 项应以"[{index}]"开头，而不是"[{number}]"；参考文献按 [1]、[2]……连续编号。',
  },
  fixable: false,
  docs: {
    rationale: '参考文献的各项以方括号中的序号 [1]、[2]……连续编号，正文中的资料性引用和读者查找都依赖这些序号。',
    howToFix: '在每一项前写"[序号]"，从1开始连续。',
  },
  examples: {
    valid: [{ name: '连续编号', text: '## 参考文献\n\n- [1] 《信访工作条例》（2022年）\n- [2] 《中华人民共和国行政许可法》\n' }],
    invalid: [
      { name: '漏了编号', text: '## 参考文献\n\n- [1] 《信访工作条例》（2022年）\n- 《中华人民共和国行政许可法》\n', errors: [{ messageId: 'unnumbered', line: 4, column: 1 }] },
      { name: '跳号', text: '## 参考文献\n\n- [1] 《信访工作条例》（2022年）\n- [3] 《中华人民共和国行政许可法》\n', errors: [{ messageId: 'wrongNumber', line: 4, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    standard.bibliography.forEach((entry, index) => {
      if (entry.number === index + 1) return;
      report({ messageId: entry.number === undefined ? 'unnumbered' : 'wrongNumber', data: { index: index + 1, number: entry.number ?? '' }, at: entry.position });
    });
  },
});
