import { defineRule } from '../rule.ts';
import { misnumberedItems } from './numbered-items.ts';

const TABLE = '| 项目 | 内容 |\n|---|---|\n| 投诉人 | 姓名 |\n';

export const numberingTables = defineRule({
  id: 'numbering-tables',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '9.8', detail: '表的编号' }],
  description: '表号在正文中为表1、表2……连续，在附录中为表A.1、表A.2……',
  messages: {
    inBody: '表{actual} 应编为表{expected}：正文中表号从1开始连续，不随章编号。',
    inAnnex: '表{actual} 应编为表{expected}：附录{annex}中表号为 {annex}.1、{annex}.2……按附录重新编号。',
  },
  fixable: false,
  docs: {
    rationale: '表号在整个正文中从1开始连续（只有一个表也编为表1），附录中的表以附录字母加序号编号；"见表2"这样的引用靠表号找到表。',
    howToFix: '按出现顺序改正表号，并同步修改对这些表的引用；npm run renumber 可一次完成。',
  },
  examples: {
    valid: [{ name: '正文和附录中的表号', text: `## 4 受理\n\n表1 登记内容\n\n${TABLE}\n## 附录A（规范性）登记表\n\n表A.1 登记表\n\n${TABLE}` }],
    invalid: [
      { name: '正文中的表从2开始', text: `## 4 受理\n\n表2 登记内容\n\n${TABLE}`, errors: [{ messageId: 'inBody', line: 3, column: 1 }] },
      { name: '附录中的表用了正文编号', text: `## 附录A（规范性）登记表\n\n表1 登记表\n\n${TABLE}`, errors: [{ messageId: 'inAnnex', line: 3, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    for (const { item, expected, annex } of misnumberedItems(standard.captions.filter((c) => c.kind === 'table'))) {
      report({ messageId: annex ? 'inAnnex' : 'inBody', data: { actual: item.number, expected, annex: annex ?? '' }, at: item.node });
    }
  },
});
