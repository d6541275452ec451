// The Word styles of a standard in the GB/T 1.1—2020 layout (第10章, 附录E/F), named as the office's
// Word templates name them, so a reviewer sees 章标题, 一级条标题, 表题, 注 … in the style list.
// 宋体 is SimSun and 黑体 SimHei (with the Noto CJK fonts as fallbacks where those are missing).
import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';

export const SONG = 'SimSun';
export const HEI = 'SimHei';

/** Font sizes in half-points: 五号 10.5 pt, 小五 9 pt, 小四 12 pt, 三号 16 pt, 一号 26 pt. */
export const SIZE = { wuhao: 21, xiaowu: 18, xiaosi: 24, sanhao: 32, yihao: 52 } as const;

/** The style ids the writer uses, and what the importer reads back. */
export const STYLE = {
  body: 'StdBody',
  chapter: 'StdChapter',
  clause1: 'StdClause1',
  clause2: 'StdClause2',
  clause3: 'StdClause3',
  clause4: 'StdClause4',
  untitledClause: 'StdUntitledClause',
  elementTitle: 'StdElementTitle',
  annexHeading: 'StdAnnexHeading',
  term: 'StdTermEntry',
  tableCaption: 'StdTableCaption',
  figureCaption: 'StdFigureCaption',
  note: 'StdNote',
  example: 'StdExample',
  formula: 'StdFormula',
  list1: 'StdList1',
  list2: 'StdList2',
  tableText: 'StdTableText',
  coverTitle: 'StdCoverTitle',
} as const;

/** The heading styles of numbered sections, by level (1 = chapter). */
export const HEADING_STYLES = [STYLE.chapter, STYLE.clause1, STYLE.clause2, STYLE.clause3, STYLE.clause4] as const;

/** One 五号 character in twips (10.5 pt); body paragraphs are indented by two. */
const CHARACTER = 210;
/** Line heights of the printed texts (templates/print/print.css): 1.8 for text and notes, 1.65 for headings, 1.5 in tables; exact, so Word and LibreOffice paginate as our PDF does whatever font stands in for 宋体. */
const LINE = { body: 378, heading: 347, note: 324, table: 270 } as const;

function style(id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: STYLE.body, next: STYLE.body, quickFormat: true, ...options };
}

function heading(id: string, name: string, level: number): IParagraphStyleOptions {
  return style(id, name, {
    run: { font: HEI, size: SIZE.wuhao },
    paragraph: {
      outlineLevel: level,
      keepNext: true,
      keepLines: true,
      spacing: { before: level === 0 ? 294 : 189, after: 105, line: LINE.heading, lineRule: LineRuleType.EXACT },
      indent: { firstLine: 0 },
    },
  });
}

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: { ascii: SONG, eastAsia: SONG, hAnsi: SONG }, size: SIZE.wuhao }, paragraph: { spacing: { line: LINE.body, lineRule: LineRuleType.EXACT } } },
  },
  paragraphStyles: [
    {
      id: STYLE.body,
      name: '段',
      quickFormat: true,
      run: { font: { ascii: SONG, eastAsia: SONG, hAnsi: SONG }, size: SIZE.wuhao },
      paragraph: { indent: { firstLine: CHARACTER * 2 }, spacing: { after: 32 }, alignment: AlignmentType.JUSTIFIED },
    },
    heading(STYLE.chapter, '章标题', 0),
    heading(STYLE.clause1, '一级条标题', 1),
    heading(STYLE.clause2, '二级条标题', 2),
    heading(STYLE.clause3, '三级条标题', 3),
    heading(STYLE.clause4, '四级条标题', 4),
    style(STYLE.untitledClause, '无标题条', { paragraph: { indent: { firstLine: 0 } } }),
    style(STYLE.elementTitle, '前言、引言标题', {
      run: { font: HEI, size: SIZE.sanhao },
      paragraph: { outlineLevel: 0, alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 240, after: 360 }, keepNext: true },
    }),
    style(STYLE.annexHeading, '附录标识', {
      run: { font: HEI, size: SIZE.wuhao },
      paragraph: { outlineLevel: 0, alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 240, after: 240 }, keepNext: true },
    }),
    style(STYLE.term, '术语条目', { run: { font: HEI }, paragraph: { indent: { firstLine: 0 }, keepNext: true, spacing: { before: 120 } } }),
    style(STYLE.tableCaption, '表题', { run: { font: HEI }, paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true, spacing: { before: 120, after: 120 } } }),
    style(STYLE.figureCaption, '图题', { run: { font: HEI }, paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 120, after: 120 } } }),
    style(STYLE.note, '注', { run: { size: SIZE.xiaowu }, paragraph: { spacing: { line: LINE.note, lineRule: LineRuleType.EXACT }, indent: { left: CHARACTER * 2, firstLine: 0 } } }),
    style(STYLE.example, '示例', { run: { size: SIZE.xiaowu }, paragraph: { spacing: { line: LINE.note, lineRule: LineRuleType.EXACT }, indent: { left: CHARACTER * 2, firstLine: 0 } } }),
    style(STYLE.formula, '公式', { paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } } }),
    style(STYLE.list1, '列项——', { paragraph: { indent: { left: CHARACTER * 4, hanging: CHARACTER * 2 } } }),
    style(STYLE.list2, '列项·', { paragraph: { indent: { left: CHARACTER * 6, hanging: CHARACTER * 2 } } }),
    style(STYLE.tableText, '表格文字', {
      run: { size: SIZE.xiaowu },
      paragraph: { spacing: { line: LINE.table, lineRule: LineRuleType.EXACT }, indent: { firstLine: 0 }, alignment: AlignmentType.LEFT },
    }),
    // The 目次 entries (Word's built-in toc 1, toc 2): 五号 宋体, first-level clauses indented one character.
    {
      id: 'TOC1',
      name: 'toc 1',
      basedOn: STYLE.body,
      next: STYLE.body,
      run: { font: { ascii: SONG, eastAsia: SONG, hAnsi: SONG }, size: SIZE.wuhao },
      paragraph: { indent: { firstLine: 0 }, spacing: { before: 0, after: 0 } },
    },
    {
      id: 'TOC2',
      name: 'toc 2',
      basedOn: STYLE.body,
      next: STYLE.body,
      run: { font: { ascii: SONG, eastAsia: SONG, hAnsi: SONG }, size: SIZE.wuhao },
      paragraph: { indent: { left: CHARACTER, firstLine: 0 }, spacing: { before: 0, after: 0 } },
    },
    style(STYLE.coverTitle, '封面标准名称', { run: { font: HEI, size: SIZE.yihao }, paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { before: 240, after: 240 } } }),
  ],
};
