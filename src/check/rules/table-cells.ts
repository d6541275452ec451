import type { Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Caption } from '../../model/types.ts';
import { defineRule, type MessageData } from '../rule.ts';

const SAME_AS = /^(?:同上|同左|同前)$/u;
const VALUE_WITH_UNIT = /^[\d.]+[ \u00a0]?(mm|cm|km|m|kg|g|t|s|min|h|d|%|lx|dB|℃|°C|kW|W|V|元)$/u;
const NOTHING = '—';

/**
 * A blank form (登记表, 处理单, 检查表 …) has cells left empty to be filled in: a row whose cells
 * after the first are all empty, or a column empty in every row below the header (but for "—"),
 * is a place to fill in. Only data tables must write "—" for "nothing here".
 */
function isBlankForm(cells: string[][]): boolean {
  const body = cells.slice(1);
  if (body.some((row) => row.length > 1 && row.slice(1).every((cell) => cell === ''))) return true;
  const columns = Math.max(0, ...body.map((row) => row.length));
  for (let column = 0; column < columns; column++) {
    const values = body.map((row) => row[column] ?? '');
    if (values.includes('') && values.every((value) => value === '' || value === NOTHING)) return true;
  }
  return false;
}

type Say = (messageId: 'empty' | 'sameAs' | 'unitInCells', data: MessageData, at: Caption['node'] | MdTable['children'][number]['children'][number]) => void;

function checkTable(caption: Caption, say: Say): void {
  const table: MdTable = caption.table!;
  const cells = table.children.map((row) => row.children.map((cell) => toString(cell).trim()));
  const form = isBlankForm(cells);
  // Empty cells are reported once per table, at the first, with their count.
  const empty: { row: number; column: number; cell: MdTable['children'][number]['children'][number] }[] = [];
  table.children.forEach((row, rowIndex) => {
    row.children.forEach((cell, columnIndex) => {
      const text = cells[rowIndex]![columnIndex]!;
      if (text === '' && !form) empty.push({ row: rowIndex + 1, column: columnIndex + 1, cell });
      if (SAME_AS.test(text)) say('sameAs', { number: caption.number, word: text }, cell);
    });
  });
  const first = empty[0];
  if (first) say('empty', { number: caption.number, row: first.row, column: first.column, count: empty.length }, first.cell);
  const header = cells[0] ?? [];
  header.forEach((name, column) => {
    const values = cells
      .slice(1)
      .map((row) => row[column] ?? '')
      .filter((value) => value !== NOTHING && value !== '');
    const units = values.map((value) => VALUE_WITH_UNIT.exec(value)?.[1]);
    const unit = units[0];
    if (values.length >= 3 && unit && units.every((found) => found === unit)) {
      say('unitInCells', { number: caption.number, header: name, unit }, caption.node);
    }
  });
}

export const tableCells = defineRule({
  id: 'table-cells',
  severity: 'warning',
  scope: 'document',
  // 9.8 says where units go. It says nothing about empty cells or "同上": those are the editorial
  // practice of publishers' table rules, so they are warnings with that basis named, not a clause.
  basis: [
    { clause: '9.8', detail: '一栏的单位置于栏目名称（表头）中，整个表的单位相同时在表的右上方写"单位为……"' },
    { practice: '表中没有内容的单元格写"—"，与上格、左格相同的内容照写，不用"同上""同左"代替' },
  ],
  description: '一栏或整个表共用的单位写在栏目名称或表题行中（9.8）；按编辑惯例，没有内容的单元格写"—"，不用"同上""同左"',
  messages: {
    empty: '表{number}有{count}个空单元格（第一个在第{row}行第{column}列）；按编辑惯例，没有内容的单元格写"—"，以便与漏填区分（GB/T 1.1—2020 9.8 对此未作规定）。',
    sameAs: '表{number}中用"{word}"指代相邻单元格的内容；按编辑惯例应写出内容（表可能拆页或被单独引用一行）。',
    unitInCells: '表{number}"{header}"一栏的每个数值都带单位"{unit}"；单位写在栏目名称中（"{header}（{unit}）"），整个表单位相同时在表题行右端写"单位为……"，单元格中只写数值。',
  },
  fixable: false,
  docs: {
    rationale:
      'GB/T 1.1—2020 9.8 规定单位的位置：一栏的单位写在栏目名称（表头）中，整个表的单位相同时在表的右上方写"单位为……"，单元格中只写数值。空单元格写"—"、不用"同上""同左"则不是 9.8 的规定，而是出版编辑的惯例（学术出版和期刊的表格编排规则都这样要求），已发布的标准也有留空的（GB/T 39046—2020 表4 的"其他要求"栏），所以这两项只作警告：空着的单元格让读者分不清"没有"和"漏填"，"同上"在表拆页或单独引用一行时失去所指。需要填写的表格（登记表、检查表）的空栏是留给使用者填写的，不在此列。',
    howToFix: '空单元格写"—"；"同上""同左"改为写出内容；把一栏共有的单位移到栏目名称后（"响应时间（min）"），整个表共有的单位写在表题行右端（"单位为毫米"），单元格中只留数值。',
  },
  examples: {
    valid: [
      {
        name: '没有内容的单元格写"—"，单位在栏目名称中',
        text: '## 5 考核\n\n表1 月度考核指标和权重\n\n| 一级指标 | 窗口工作人员权重（%） | 首席代表权重（%） |\n|---|---|---|\n| 工作纪律与考勤 | 15 | 10 |\n| 办件效率与质量 | 30 | 25 |\n| 窗口管理 | — | 20 |\n',
      },
      {
        name: '留给使用者填写的登记表',
        text: '## 附录A（规范性）卷内文件目录\n\n表A.1 卷内文件目录\n\n| 序号 | 文件编号 | 责任者 | 文件题名 | 日期 |\n|---|---|---|---|---|\n| 1 |  |  |  |  |\n| 2 |  |  |  |  |\n',
      },
    ],
    invalid: [
      {
        name: '数据表中的空单元格和"同上"',
        text: '## 附录A（规范性）设施设备台账\n\n表A.1 设施设备台账\n\n| 栏目类别 | 栏目 | 填写说明 |\n|---|---|---|\n| 基本信息 | 设备编码 | 按5.1.1编制 |\n| 基本信息 | 保修期截止日期 | |\n| 同上 | 类别 | 按表1填写类别代码 |\n',
        errors: [
          { messageId: 'empty', line: 8, column: 18, endLine: 8, endColumn: 21 },
          { messageId: 'sameAs', line: 9, column: 1, endLine: 9, endColumn: 6 },
        ],
      },
      {
        name: '"其他要求"栏留空（GB/T 39046—2020 表4 的写法）',
        text: '## 6 基础数据集\n\n表4 事项管理基础数据集\n\n| 序号 | 数据项名称 | 数据类型及格式 | 其他要求 |\n|---|---|---|---|\n| 1 | 事项名称 | 字符型 an..200 |   |\n| 2 | 基本编码 | 字符型 an..10 | 政务服务事项目录清单中事项的唯一标识代码 |\n| 4 | 事项类型 | 字符型 an..30 |   |\n',
        errors: [{ messageId: 'empty', line: 7, column: 26, endLine: 7, endColumn: 31 }],
      },
      {
        name: '每个单元格都写单位',
        text: '## 5 运维\n\n表1 故障响应时间\n\n| 故障等级 | 响应时间 |\n|---|---|\n| 一级 | 15 min |\n| 二级 | 30 min |\n| 三级 | 60 min |\n',
        errors: [{ messageId: 'unitInCells', line: 3, column: 1, endLine: 3, endColumn: 10 }],
      },
    ],
  },
  check(standard, { report }) {
    const say: Say = (messageId, data, at) => report({ messageId, data, at });
    for (const caption of standard.captions) if (caption.kind === 'table' && caption.table) checkTable(caption, say);
  },
});
