import { defineRule } from '../rule.ts';
import { misnumberedItems } from './numbered-items.ts';

export const numberingFigures = defineRule({
  id: 'numbering-figures',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '9.7', detail: '图的编号' }],
  description: '图号在正文中为图1、图2……连续，在附录中为图A.1、图A.2……',
  messages: {
    inBody: '图{actual} 应编为图{expected}：正文中图号从1开始连续，不随章编号。',
    inAnnex: '图{actual} 应编为图{expected}：附录{annex}中图号为 {annex}.1、{annex}.2……按附录重新编号。',
  },
  fixable: false,
  docs: {
    rationale: '图号在整个正文中从1开始连续（只有一幅图也编为图1），附录中的图以附录字母加序号编号；"见图2"这样的引用靠图号找到图。',
    howToFix: '按出现顺序改正图号，并同步修改对这些图的引用；npm run renumber 可一次完成。',
  },
  examples: {
    valid: [{ name: '连续的图号', text: '## 5 办理\n\n![流程](flow.svg)\n\n图1 办理流程\n\n![回访](visit.svg)\n\n图2 回访流程\n' }],
    invalid: [
      { name: '跳号', text: '## 5 办理\n\n![流程](flow.svg)\n\n图1 办理流程\n\n![回访](visit.svg)\n\n图3 回访流程\n', errors: [{ messageId: 'inBody', line: 9, column: 1 }] },
      { name: '附录中的图用了正文编号', text: '## 附录B（资料性）流程图\n\n![流程](flow.svg)\n\n图1 办理流程\n', errors: [{ messageId: 'inAnnex', line: 5, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    for (const { item, expected, annex } of misnumberedItems(standard.captions.filter((c) => c.kind === 'figure'))) {
      report({ messageId: annex ? 'inAnnex' : 'inBody', data: { actual: item.number, expected, annex: annex ?? '' }, at: item.node });
    }
  },
});
