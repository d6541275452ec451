import { defineRule } from '../rule.ts';

const TABLE = '| 项目 | 内容 |\n|---|---|\n| 投诉人 | 姓名 |\n';

export const tableCaption = defineRule({
  id: 'table-caption',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '9.8', detail: '表有表号和表题' }],
  description: '每个表格前有表题段落"表N 标题"，表题后紧跟表格',
  messages: {
    noCaption: '表格缺少表题：在表格前一行写"表N 标题"（如"表1 窗口服务时限"），与表格之间不空其他段落。',
    noTable: '表题"表{number} {title}"后没有紧跟表格；表题应写在表格的前一段。',
  },
  fixable: false,
  docs: {
    rationale: '每个表都有表号和表题，置于表的上方；正文引用"见表1"、手册中的锚点和印刷稿的表题都来自这一行。',
    howToFix: '在表格前一段写"表N 标题"，中间不插其他段落；表题下方没有表格时，把表题移到它所属的表格前。',
  },
  examples: {
    valid: [{ name: '表题在表格前', text: `## 4 受理\n\n表1 登记内容\n\n${TABLE}` }],
    invalid: [
      { name: '没有表题的表格', text: `## 4 受理\n\n登记内容如下。\n\n${TABLE}`, errors: [{ messageId: 'noCaption', line: 5, column: 1 }] },
      {
        name: '表题后不是表格',
        text: `## 4 受理\n\n表1 登记内容\n\n登记内容如下。\n\n${TABLE}`,
        errors: [
          { messageId: 'noTable', line: 3, column: 1 },
          { messageId: 'noCaption', line: 7, column: 1 },
        ],
      },
    ],
  },
  check(standard, { report }) {
    for (const table of standard.uncaptionedTables) report({ messageId: 'noCaption', at: table });
    for (const caption of standard.captions) {
      if (caption.kind === 'table' && !caption.table) report({ messageId: 'noTable', data: { number: caption.number, title: caption.title }, at: caption.node });
    }
  },
});
