import { defineRule } from '../rule.ts';
import { misnumberedItems } from './numbered-items.ts';

export const numberingFormulas = defineRule({
  id: 'numbering-formulas',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '9.9', detail: '数学公式的编号' }],
  description: '公式编号在正文中为(1)、(2)……连续，在附录中为(A.1)……',
  messages: {
    inBody: '公式{actual} 应编为公式{expected}：正文中公式号从1开始连续，不随章编号。',
    inAnnex: '公式{actual} 应编为公式{expected}：附录{annex}中公式号为 {annex}.1、{annex}.2……按附录重新编号。',
  },
  fixable: false,
  docs: {
    rationale: '需要引用的公式以带圆括号的编号标在右侧，正文中从(1)开始连续，附录中为(A.1)、(A.2)……；"按公式(2)计算"靠编号找到公式。',
    howToFix: '按出现顺序改正公式编号，并同步修改"公式(N)"的引用；npm run renumber 可一次完成。',
  },
  examples: {
    valid: [{ name: '连续的公式编号', text: '## 5 办理\n\n办结时限 = 受理日 + 5个工作日　(1)\n\n回访时限 = 办结日 + 3个工作日　(2)\n' }],
    invalid: [
      { name: '跳号', text: '## 5 办理\n\n办结时限 = 受理日 + 5个工作日　(1)\n\n回访时限 = 办结日 + 3个工作日　(3)\n', errors: [{ messageId: 'inBody', line: 5, column: 1 }] },
      { name: '附录中的公式用了正文编号', text: '## 附录A（资料性）计算\n\n办结时限 = 受理日 + 5个工作日　(1)\n', errors: [{ messageId: 'inAnnex', line: 3, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    for (const { item, expected, annex } of misnumberedItems(standard.formulas)) {
      report({ messageId: annex ? 'inAnnex' : 'inBody', data: { actual: item.number, expected, annex: annex ?? '' }, at: item.node });
    }
  },
});
