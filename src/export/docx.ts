// Model → Word (.docx) in the GB/T 1.1—2020 layout, with the `docx` package. It walks the model's
// tree in document order as the HTML renderer does, and writes each numbered section, caption,
// note, formula, list and table with the Word style of its kind (docx-styles.ts): a reviewer's
// Word shows 章标题, 一级条标题, 表题, 注 …, the 目次 is a real TOC field, and the running head
// carries the code. The importer of returned files (src/consult/docx-comments.ts) reads the same
// numbered headings back to place every comment.
import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeightRule,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  VerticalAlign,
  TextRun,
  WidthType,
  type FileChild,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import type { FootnoteDefinition, FootnoteReference, List, ListItem, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { formatCode } from '../model/code.ts';
import { footnoteMark } from '../model/footnotes.ts';
import { entryLists } from '../model/lists.ts';
import { allSections } from '../model/sections.ts';
import { tableGrid } from '../model/tables.ts';
import { listItemMarker } from '../parse/parse-standard.ts';
import { STATUS_LABELS, type Caption, type Footnote, type Formula, type Note, type Section, type Standard, type Status } from '../model/types.ts';
import { localImagePath } from '../render/links.ts';
import { DOCUMENT_STYLES, HEADING_STYLES, HEI, SIZE, STYLE } from './docx-styles.ts';

export interface DocxOrganization {
  name: string;
  issuer: string;
}

export interface ConsultationCover {
  /** YYYY-MM-DD: the date comments are due, printed on the cover. */
  deadline: string;
  round: number;
}

export interface DocxOptions {
  organization: DocxOrganization;
  /** Repository root, for images inside standards/. */
  root: string;
  /** For a 征求意见稿: the deadline and the patent request on the cover. */
  consultation?: ConsultationCover;
  /** Writes the file as the 编制说明 of this standard (a title and the text, no cover or 目次). */
  explanation?: { code: string; title: string };
  /** Turns an SVG figure into a PNG fallback for Word processors without SVG (Chromium in the CLI). */
  rasterizeSvg?(svg: Buffer): Promise<{ png: Buffer; width: number; height: number }>;
}

/** Custom document properties the importer reads back to know which standard a returned file is. */
export const PROPERTY_CODE = '标准编号';
export const PROPERTY_ROUND = '征求意见轮次';

const DRAFT_STATUSES: readonly Status[] = ['draft', 'consultation', 'review', 'approval'];
/** The sentence GB/T 1.1—2020 (附录E) puts on the cover of a 征求意见稿. */
export const PATENT_REQUEST = '在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。';
const FULL_SPACE = '\u3000';
/** A4 text width in twips with 25 mm inside and 20 mm outside margins. */
const TEXT_WIDTH = 9354;
const MAX_IMAGE_WIDTH_PX = 600;

/** Word bookmark names: letters, digits and underscores, starting with a letter. */
export function bookmarkName(section: Section): string {
  if (section.kind === 'annex') return `annex_${section.number}`;
  if (section.number) return `clause_${section.number.replace(/\./gu, '_')}`;
  return section.kind;
}

interface LoadedImage {
  run: ImageRun;
}

class DocxWriter {
  private readonly standard: Standard;
  private readonly options: DocxOptions;
  private readonly sectionByNode: ReadonlyMap<RootContent, Section>;
  private readonly captionByNode = new Map<RootContent, Caption>();
  private readonly noteByNode = new Map<RootContent, Note>();
  private readonly formulaByNode = new Map<RootContent, Formula>();
  private readonly images = new Map<string, LoadedImage | undefined>();
  private readonly footnoteByCall = new Map<FootnoteReference, Footnote>();
  private readonly footnoteByDefinition = new Map<FootnoteDefinition, Footnote>();
  /** `a) 悬挂式` under a sub-figure, and a figure's `说明：` with its list. */
  private readonly subfigureCaptions = new Set<RootContent>();
  private readonly figureKeys = new Set<RootContent>();
  /** Lists that are entries, not items: a figure's key and the symbols after 式中. */
  private readonly plainLists: ReadonlySet<RootContent>;
  /** The top-level element being written. */
  private element: Section | undefined;

  constructor(standard: Standard, options: DocxOptions) {
    this.standard = standard;
    this.options = options;
    this.sectionByNode = new Map(allSections(standard).map((section) => [section.node as RootContent, section]));
    for (const caption of standard.captions) this.captionByNode.set(caption.node, caption);
    for (const note of standard.notes) this.noteByNode.set(note.node, note);
    for (const formula of standard.formulas) this.formulaByNode.set(formula.node, formula);
    for (const footnote of standard.footnotes) {
      for (const call of footnote.calls) this.footnoteByCall.set(call, footnote);
      if (footnote.definition) this.footnoteByDefinition.set(footnote.definition, footnote);
    }
    for (const caption of standard.captions) {
      for (const subfigure of caption.subfigures ?? []) this.subfigureCaptions.add(subfigure.node);
      if (caption.key) this.figureKeys.add(caption.key.node);
    }
    this.plainLists = entryLists(standard);
  }

  /** Reads (and for SVG rasterizes) every image first: the document itself is built synchronously. */
  async loadImages(): Promise<void> {
    const sources: string[] = [];
    const collect = (node: RootContent | PhrasingContent): void => {
      if (node.type === 'image') sources.push(node.url);
      if ('children' in node) for (const child of node.children as RootContent[]) collect(child);
    };
    for (const node of this.standard.tree.children) collect(node);
    for (const src of sources) {
      if (this.images.has(src)) continue;
      this.images.set(src, await this.loadImage(src));
    }
  }

  private async loadImage(src: string): Promise<LoadedImage | undefined> {
    const path = localImagePath(src, this.standard, this.options.root);
    if (!path) return undefined;
    const data = readFileSync(path);
    const lower = path.toLowerCase();
    if (lower.endsWith('.svg')) {
      if (!this.options.rasterizeSvg) return undefined;
      const fallback = await this.options.rasterizeSvg(data);
      const size = fit(fallback.width, fallback.height);
      return { run: new ImageRun({ type: 'svg', data, fallback: { type: 'png', data: fallback.png }, transformation: size }) };
    }
    const size = imageSize(data);
    if (!size) return undefined;
    return { run: new ImageRun({ type: size.type, data, transformation: fit(size.width, size.height) }) };
  }

  build(): Document {
    const { meta } = this.standard;
    const explanation = this.options.explanation;
    const code = explanation?.code ?? (meta.code ? formatCode(meta.code) : '');
    const front: FileChild[] = [];
    const body: FileChild[] = [];
    let target = front;
    for (const node of this.standard.tree.children) {
      const section = this.sectionByNode.get(node);
      if (section && !section.parent) this.element = section;
      if (section && !section.parent && (section.kind === 'chapter' || section.kind === 'annex' || section.kind === 'bibliography' || section.kind === 'index')) target = body;
      target.push(...this.block(node, target === body && body.length === 0));
    }
    const toc = new TableOfContents('目次', {
      hyperlink: true,
      // Our heading styles carry outline levels (前言, chapters, annexes 1; first-level clauses 2), as Word's \u reads them.
      headingStyleRange: '1-2',
      useAppliedParagraphOutlineLevel: true,
      cachedEntries: this.tocEntries(),
    });
    const header = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Header =>
      new Header({
        children: [new Paragraph({ alignment, style: STYLE.tableText, children: [new TextRun({ text: code, font: HEI, size: SIZE.wuhao })] })],
      });
    const footer = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer =>
      new Footer({
        children: [new Paragraph({ alignment, style: STYLE.tableText, children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.xiaowu })] })],
      });
    const furniture = {
      headers: { default: header(AlignmentType.RIGHT), even: header(AlignmentType.LEFT) },
      footers: { default: footer(AlignmentType.RIGHT), even: footer(AlignmentType.LEFT) },
    };
    const page = { size: { width: 11906, height: 16838 }, margin: { top: 1417, bottom: 1134, left: 1417, right: 1134, header: 850, footer: 567, gutter: 0 } };
    const sections: ISectionOptions[] = explanation
      ? [
          {
            properties: { page: { ...page, pageNumbers: { start: 1, formatType: 'decimal' } } },
            ...furniture,
            children: [new Paragraph({ style: STYLE.elementTitle, children: [new TextRun(`《${explanation.title}》编制说明`)] }), ...front, ...body],
          },
        ]
      : [
          { properties: { page }, children: this.cover(code) },
          {
            properties: { type: SectionType.NEXT_PAGE, page: { ...page, pageNumbers: { start: 1, formatType: 'upperRoman' } } },
            ...furniture,
            children: [new Paragraph({ style: STYLE.elementTitle, children: [new TextRun('目　　次')] }), toc, ...front],
          },
          {
            properties: { type: SectionType.ODD_PAGE, page: { ...page, pageNumbers: { start: 1, formatType: 'decimal' } } },
            ...furniture,
            children: [...body, new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480 }, children: [new TextRun('_________________________________')] })],
          },
        ];
    return new Document({
      title: explanation ? `${code} ${explanation.title} 编制说明` : `${code} ${meta.title ?? ''}`.trim(),
      subject: `${this.options.organization.name}标准 ${code}`,
      creator: this.options.organization.issuer,
      keywords: code,
      description: meta.status ? STATUS_LABELS[meta.status] : '',
      customProperties: [{ name: PROPERTY_CODE, value: code }, ...(this.options.consultation ? [{ name: PROPERTY_ROUND, value: String(this.options.consultation.round) }] : [])],
      evenAndOddHeaderAndFooters: true,
      styles: DOCUMENT_STYLES,
      sections,
    });
  }

  private tocEntries(): { title: string; level: number; href: string }[] {
    const entries: { title: string; level: number; href: string }[] = [];
    for (const element of this.standard.elements) {
      entries.push({ title: this.elementLabel(element), level: 1, href: bookmarkName(element) });
      if (element.kind === 'chapter' && element.number === '3') continue;
      for (const child of element.children) if (!child.untitled) entries.push({ title: `${child.number}${FULL_SPACE}${child.title}`, level: 2, href: bookmarkName(child) });
    }
    return entries;
  }

  private elementLabel(element: Section): string {
    if (element.kind === 'annex') return `附录${element.number}${annexMark(element)}${element.title}`;
    return element.number ? `${element.number}${FULL_SPACE}${element.title}` : element.title;
  }

  private cover(code: string): Paragraph[] {
    const { meta } = this.standard;
    const status = meta.status ?? 'draft';
    const line = (text: string, options: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; size?: number; font?: string; before?: number; after?: number } = {}): Paragraph =>
      new Paragraph({
        style: STYLE.tableText,
        alignment: options.alignment ?? AlignmentType.CENTER,
        spacing: { before: options.before ?? 0, after: options.after ?? 0 },
        children: [new TextRun({ text, size: options.size ?? SIZE.wuhao, font: options.font })],
      });
    const rule = (): Paragraph => new Paragraph({ style: STYLE.tableText, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 1 } }, children: [] });
    const paragraphs = [
      line(meta.code?.prefix ?? '', { alignment: AlignmentType.RIGHT, size: 72, font: HEI, before: 240 }),
      line(`${this.options.organization.name}标准`, { size: 52, font: HEI, before: 480, after: 240 }),
      line(code, { alignment: AlignmentType.RIGHT, size: SIZE.xiaosi, font: HEI }),
      ...(meta.replaces.length > 0 ? [line(`代替 ${meta.replaces.map((r) => formatCode(r)).join('、')}`, { alignment: AlignmentType.RIGHT })] : []),
      rule(),
      new Paragraph({ style: STYLE.coverTitle, spacing: { before: 2400 }, children: [new TextRun(meta.title ?? '')] }),
      ...(meta.titleEn ? [line(meta.titleEn, { size: SIZE.xiaosi, before: 240 })] : []),
      ...(DRAFT_STATUSES.includes(status) ? [line(`（${STATUS_LABELS[status]}）`, { size: SIZE.xiaosi, before: 480 })] : []),
    ];
    if (this.options.consultation) {
      paragraphs.push(line(`请于${chineseDate(this.options.consultation.deadline)}前反馈意见`, { size: SIZE.xiaosi, before: 240 }), line(PATENT_REQUEST, { size: SIZE.wuhao, before: 1200 }));
    }
    paragraphs.push(
      new Paragraph({
        style: STYLE.tableText,
        spacing: { before: this.options.consultation ? 2400 : 4800 },
        tabStops: [{ type: 'right', position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: `${meta.issued ?? 'XXXX-XX-XX'}发布`, font: HEI, size: SIZE.xiaosi }),
          new TextRun({ text: `\t${meta.effective ?? 'XXXX-XX-XX'}实施`, font: HEI, size: SIZE.xiaosi }),
        ],
      }),
      rule(),
      line(`${this.options.organization.issuer}${FULL_SPACE}发布`, { size: SIZE.sanhao, font: HEI, before: 240 }),
    );
    return paragraphs;
  }

  private block(node: RootContent, firstOfBody: boolean): FileChild[] {
    const section = this.sectionByNode.get(node);
    if (section && node.type === 'heading') return [this.heading(section, firstOfBody)];
    if (section && node.type === 'paragraph') return [this.untitledClause(section, node.children)];
    switch (node.type) {
      case 'heading':
        // The `#` title is on the cover; other unnumbered headings (an 编制说明's 一、二、…) keep their level.
        if (node.depth === 1) return [];
        return [new Paragraph({ style: node.depth === 2 ? STYLE.chapter : STYLE.clause1, children: this.inline(node.children) })];
      case 'paragraph':
        return [this.paragraph(node)];
      case 'footnoteDefinition':
        return this.footnoteParagraphs(node);
      case 'list':
        // Chapter 2 lists its documents one a line, without list marks (GB/T 1.1—2020 8.6); so do a
        // figure's key and the symbols after 式中.
        if ((this.element?.kind === 'chapter' && this.element.number === '2') || this.plainLists.has(node)) {
          return node.children.map((item) => new Paragraph({ style: STYLE.body, children: item.children.flatMap((child) => (child.type === 'paragraph' ? this.inline(child.children) : [])) }));
        }
        return this.list(node, 1);
      case 'table':
        return [this.table(node)];
      case 'blockquote':
        return node.children.flatMap((child) => this.block(child, false));
      case 'code':
        return node.value.split('\n').map((text) => new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text, font: 'Courier New' })] }));
      default:
        return [];
    }
  }

  private heading(section: Section, firstOfBody: boolean): Paragraph {
    const bookmark = (children: ParagraphChild[]): ParagraphChild[] => [new Bookmark({ id: bookmarkName(section), children })];
    // 前言, 引言, annexes, 参考文献 and 索引 start a new page (the first chapter starts its own section).
    const pageBreakBefore = !firstOfBody && section.kind !== 'chapter' && section.kind !== 'clause';
    if (section.kind === 'annex') {
      return new Paragraph({
        style: STYLE.annexHeading,
        pageBreakBefore,
        children: bookmark([new TextRun(`附录${section.number}`), new TextRun({ break: 1, text: annexMark(section) }), new TextRun({ break: 1, text: section.title })]),
      });
    }
    if (!section.number) {
      const title = section.kind === 'preface' || section.kind === 'introduction' ? [...section.title].join('　　') : section.title;
      return new Paragraph({ style: STYLE.elementTitle, pageBreakBefore, children: bookmark([new TextRun(title)]) });
    }
    const term = this.standard.terms.find((t) => t.section === section);
    if (term) {
      return new Paragraph({
        style: STYLE.term,
        children: bookmark([
          new TextRun(section.number),
          new TextRun({ break: 1, text: term.term }),
          ...(term.english ? [new TextRun({ text: `${FULL_SPACE}${term.english}`, font: 'Times New Roman' })] : []),
        ]),
      });
    }
    const level = section.kind === 'clause' ? Math.min(section.number.split('.').length - 1, HEADING_STYLES.length - 1) : 0;
    return new Paragraph({ style: HEADING_STYLES[level], children: bookmark([new TextRun(`${section.number}${FULL_SPACE}${section.title}`)]) });
  }

  /** `4.2.1 窗口工作人员应……`: the number in 黑体, then the clause's own text. */
  private untitledClause(section: Section, children: PhrasingContent[]): Paragraph {
    const runs = this.inline(children, section.number);
    return new Paragraph({
      style: STYLE.untitledClause,
      children: [new Bookmark({ id: bookmarkName(section), children: [new TextRun({ text: section.number, font: HEI })] }), new TextRun(FULL_SPACE), ...runs],
    });
  }

  private paragraph(node: RootContent & { type: 'paragraph' }): Paragraph {
    const caption = this.captionByNode.get(node);
    if (caption) {
      const label = `${caption.kind === 'table' ? '表' : '图'}${caption.number}${FULL_SPACE}${caption.title}`;
      return new Paragraph({ style: caption.kind === 'table' ? STYLE.tableCaption : STYLE.figureCaption, keepNext: caption.kind === 'table', children: [new TextRun(label)] });
    }
    const note = this.noteByNode.get(node);
    if (note) return new Paragraph({ style: note.kind === 'note' ? STYLE.note : STYLE.example, children: this.inline(node.children) });
    if (this.subfigureCaptions.has(node)) return new Paragraph({ style: STYLE.tableText, alignment: AlignmentType.CENTER, children: this.inline(node.children) });
    if (this.figureKeys.has(node)) return new Paragraph({ style: STYLE.note, children: this.inline(node.children) });
    if (this.formulaByNode.has(node)) return new Paragraph({ style: STYLE.formula, children: this.inline(node.children) });
    const onlyImage = node.children.length === 1 && node.children[0]!.type === 'image';
    // A figure's line grows with the picture: exact line spacing would crop it.
    if (onlyImage) return new Paragraph({ style: STYLE.figureCaption, spacing: { line: 240, lineRule: LineRuleType.AUTO }, children: this.inline(node.children) });
    return new Paragraph({ style: STYLE.body, children: this.inline(node.children) });
  }

  /**
   * A table's or a figure's footnote, after its notes, with its letter raised (GB/T 1.1—2020 9.8, 9.7).
   * A 条文脚注 is a Word footnote at its call (see inline), so its definition writes nothing here.
   */
  private footnoteParagraphs(definition: FootnoteDefinition): FileChild[] {
    const footnote = this.footnoteByDefinition.get(definition);
    if (!footnote || footnote.kind === 'text') return [];
    const text = definition.children.flatMap((child) => (child.type === 'paragraph' ? this.inline(child.children) : []));
    return [new Paragraph({ style: STYLE.note, children: [new TextRun({ text: footnote.label, superScript: true }), new TextRun(' '), ...text] })];
  }

  /** A footnote call: the first call of a 条文脚注 carries its text into Word's footnotes; a table's or figure's is its raised letter. */
  private footnoteCall(call: FootnoteReference): ParagraphChild[] {
    const footnote = this.footnoteByCall.get(call);
    if (!footnote) return [];
    if (footnote.kind === 'text' && footnote.definition && footnote.calls[0] === call) {
      const paragraphs = footnote.definition.children.flatMap((child) => (child.type === 'paragraph' ? [new Paragraph({ style: STYLE.note, children: this.inline(child.children) })] : []));
      return [new FootnoteReferenceRun({ children: paragraphs })];
    }
    return [new TextRun({ text: footnoteMark(footnote), superScript: true })];
  }

  /** GB/T 1.1—2020 7.5: items marked "——" (then "·"), or a) b) … (then 1) 2) …) when numbered. */
  private list(list: List, level: 1 | 2): FileChild[] {
    return list.children.flatMap((item: ListItem, index) => {
      // A marker written in the text (`a)`, `——`) is the item's marker, as in the handbook and print.
      const written = listItemMarker(item);
      const marker = written?.text ?? (list.ordered ? (level === 1 ? `${String.fromCharCode(0x61 + index)})` : `${index + 1})`) : level === 1 ? '——' : '·');
      return item.children.flatMap((child, childIndex): FileChild[] => {
        if (child.type === 'list') return this.list(child, 2);
        if (child.type !== 'paragraph') return this.block(child, false);
        const first = childIndex === 0;
        const text = first && written ? withoutLeading(child.children, written.length) : child.children;
        return [
          new Paragraph({
            style: level === 1 ? STYLE.list1 : STYLE.list2,
            tabStops: [{ type: 'left', position: level === 1 ? 840 : 1260 }],
            children: [...(first ? [new TextRun(`${marker}\t`)] : []), ...this.inline(text)],
          }),
        ];
      });
    });
  }

  /** Merged cells (`^^`, `<<`) become Word's row and column spans, from the same grid as the handbook's. */
  private table(table: MdTable): Table {
    const grid = tableGrid(table);
    const columns = Math.max(...table.children.map((row) => row.children.length));
    // Columns share the width by the length of their longest cell (a 序号 column stays narrow), within limits.
    const lengths = Array.from({ length: columns }, (_, i) =>
      Math.min(
        24,
        Math.max(
          2,
          ...grid.rows
            .flat()
            .filter((cell) => cell.column === i && cell.colSpan === 1)
            .map((cell) => toString(cell.node).length),
        ),
      ),
    );
    const total = lengths.reduce((sum, length) => sum + length, 0);
    const widths = lengths.map((length) => Math.floor((TEXT_WIDTH * length) / total));
    const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
    const rows = grid.rows.map((cells, rowIndex) => {
      const header = rowIndex < grid.headerRows;
      return new TableRow({
        tableHeader: header,
        cantSplit: true,
        height: { value: 340, rule: HeightRule.ATLEAST },
        children: cells.map((cell) => {
          const align = table.align?.[cell.column];
          return new TableCell({
            width: { size: widths.slice(cell.column, cell.column + cell.colSpan).reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
            ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
            ...(cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
            verticalAlign: VerticalAlign.CENTER,
            borders: { top: border, bottom: border, left: border, right: border },
            children: [
              new Paragraph({
                style: STYLE.tableText,
                alignment: header || align === 'center' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: this.inline(cell.node.children, undefined, header),
              }),
            ],
          });
        }),
      });
    });
    return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows });
  }

  /**
   * Phrasing content as runs. `skipNumber` drops an untitled clause's number from its first text
   * (it is written apart in 黑体); `bold` is for table headers.
   */
  private inline(children: PhrasingContent[], skipNumber?: string, bold = false): ParagraphChild[] {
    const runs: ParagraphChild[] = [];
    let first = true;
    const visit = (node: PhrasingContent, marks: { bold: boolean; italics: boolean; strike: boolean }): void => {
      switch (node.type) {
        case 'text': {
          let text = node.value.replace(/\n/gu, '');
          if (first && skipNumber && text.startsWith(skipNumber)) text = text.slice(skipNumber.length).replace(/^[ \u3000\t]+/u, '');
          first = false;
          if (text) runs.push(new TextRun({ text, bold: marks.bold, italics: marks.italics, strike: marks.strike }));
          return;
        }
        case 'inlineCode':
          runs.push(new TextRun({ text: node.value, font: 'Courier New' }));
          return;
        case 'break':
          runs.push(new TextRun({ break: 1 }));
          return;
        case 'footnoteReference':
          runs.push(...this.footnoteCall(node));
          return;
        case 'image': {
          const image = this.images.get(node.url);
          runs.push(image ? image.run : new TextRun(`［图片不可用：${node.alt || node.url}］`));
          return;
        }
        case 'strong':
          for (const child of node.children) visit(child, { ...marks, bold: true });
          return;
        case 'emphasis':
          for (const child of node.children) visit(child, { ...marks, italics: true });
          return;
        case 'delete':
          for (const child of node.children) visit(child, { ...marks, strike: true });
          return;
        default:
          if ('children' in node) for (const child of node.children as PhrasingContent[]) visit(child, marks);
      }
    };
    for (const child of children) visit(child, { bold, italics: false, strike: false });
    return runs;
  }
}

function annexMark(section: Section): string {
  return section.annexType === 'normative' ? '（规范性）' : section.annexType === 'informative' ? '（资料性）' : '';
}

/** 2026-12-15 → 2026年12月15日 */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** Pixel size of a PNG or JPEG, from its header. */
function imageSize(data: Buffer): { type: 'png' | 'jpg'; width: number; height: number } | undefined {
  if (data.length > 24 && data.readUInt32BE(0) === 0x89504e47) return { type: 'png', width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  if (data.length > 4 && data[0] === 0xff && data[1] === 0xd8) {
    let at = 2;
    while (at + 9 < data.length) {
      if (data[at] !== 0xff) return undefined;
      const marker = data[at + 1]!;
      const length = data.readUInt16BE(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { type: 'jpg', height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
      }
      at += 2 + length;
    }
  }
  return undefined;
}

function fit(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_IMAGE_WIDTH_PX / width);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** The standard as a .docx file. */
export async function standardToDocx(standard: Standard, options: DocxOptions): Promise<Buffer> {
  const writer = new DocxWriter(standard, options);
  await writer.loadImages();
  return Packer.toBuffer(writer.build());
}

/** Inline content without its first `length` characters (a list marker written in the text). */
function withoutLeading(children: PhrasingContent[], length: number): PhrasingContent[] {
  const [first, ...rest] = children;
  if (first?.type !== 'text') return children;
  return [{ ...first, value: first.value.slice(length) }, ...rest];
}
