import type { LegacyRule } from '../rule.ts';

export const tableCaption: LegacyRule = {
  id: 'table-caption',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.8（表有表号和表题）',
  description: '每个表格前有表题段落"表N 标题"，表题后紧跟表格',
  check(standard, { report }) {
    for (const table of standard.uncaptionedTables) {
      report({ line: table.position!.start.line, column: 1 }, '表格缺少表题：在表格前一行写"表N 标题"（如"表1 窗口服务时限"），与表格之间不空其他段落。');
    }
    for (const caption of standard.captions) {
      if (caption.kind === 'table' && !caption.table) {
        report(caption.position, `表题"表${caption.number} ${caption.title}"后没有紧跟表格；表题应写在表格的前一段。`);
      }
    }
  },
};
