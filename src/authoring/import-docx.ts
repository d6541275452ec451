// `npm run import`: a standard kept in Word (.docx) into our Markdown. mammoth reads the document
// (styles, list numbering, tables with merged cells); this module maps what it finds onto the
// GB/T 1.1 structure: cover → front matter, headings → numbered chapters and clauses, terms, notes,
// lists, tables with their captions, annexes and the bibliography. Whatever has no place in the
// Markdown is reported with the number of the Word paragraph it came from.
import mammoth from 'mammoth';
import { CODE_IN_TEXT, formatCode, parseCode } from '../model/code.ts';
import type { DocumentCode } from '../model/types.ts';
import { MERGE_LEFT, MERGE_UP } from '../model/tables.ts';

/** The part of mammoth's document model (its document transforms) the import reads. */
interface WordElement {
  type: string;
  children?: WordElement[];
  value?: string;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  colSpan?: number;
  rowSpan?: number;
  breakType?: string;
  checked?: boolean;
  /** For a `noteReference`: `footnote` or `endnote`, and the note's id. */
  noteType?: string;
  noteId?: string;
  /** For a note: its paragraphs. */
  body?: WordElement[];
}

/**
 * Word's footnotes as GFM footnotes (GB/T 1.1—2020 9.12): each call becomes `[^1]`, `[^2]` … in the order of
 * the calls, and its text a `[^1]: …` paragraph after the paragraph that calls it.
 */
class WordFootnotes {
  private readonly labels = new Map<string, string>();
  private readonly notes: { resolve(reference: WordElement): WordElement | null } | undefined;

  constructor(notes: { resolve(reference: WordElement): WordElement | null } | undefined) {
    this.notes = notes;
  }

  /** The call's label, and the definition's line the first time the note is called (undefined for endnotes). */
  call(reference: WordElement): { label: string; definition?: string } | undefined {
    if (reference.noteType !== 'footnote' || !reference.noteId) return undefined;
    const known = this.labels.get(reference.noteId);
    if (known) return { label: known };
    const label = String(this.labels.size + 1);
    this.labels.set(reference.noteId, label);
    const note = this.notes?.resolve(reference);
    const text = oneLine((note?.body ?? []).map((paragraph) => textOf(paragraph, { images: 0, notes: 0 })).join(' '));
    return { label, definition: `[^${label}]: ${text}` };
  }
}

export interface ImportProblem {
  /** 1-based position among the document's paragraphs and tables, as Word shows them top to bottom. */
  paragraph: number;
  /** The start of the paragraph's text, so the author can find it. */
  excerpt: string;
  message: string;
}

export interface ImportedStandard {
  markdown: string;
  code?: DocumentCode;
  title?: string;
  problems: ImportProblem[];
}

export interface ImportOptions {
  /** The organization that proposes the standard (front matter `proposer`). */
  organization: string;
}

const ELEMENTS = new Set(['前言', '引言', '参考文献', '索引']);
const SPACE = /[ \t\u3000\u00a0]+/gu;
const CLAUSE_LEVELS: Record<string, number> = { 一: 2, 二: 3, 三: 4, 四: 5, 五: 6 };

/** Heading level of a Word paragraph style: built-in (Heading 2, 标题 2) or the SAC template's (章标题, 一级条标题). */
function headingLevel(style: string): number | undefined {
  const builtIn = /^(?:heading|标题)\s*([1-6])$/iu.exec(style.trim());
  if (builtIn) return Number(builtIn[1]);
  if (style.trim() === '章标题') return 1;
  const clause = /^([一二三四五])级条标题$/u.exec(style.trim());
  return clause ? CLAUSE_LEVELS[clause[1]!] : undefined;
}

interface Paragraph {
  index: number;
  text: string;
  style: string;
  level?: number;
  listLevel?: number;
  images: number;
  notes: number;
  /** `[^1]: …` lines of the footnotes this paragraph calls first. */
  footnotes: string[];
}

type Block = { kind: 'paragraph'; paragraph: Paragraph } | { kind: 'table'; index: number; rows: WordElement[] };

interface Counts {
  images: number;
  notes: number;
  /** Where footnote calls are read (paragraphs): the footnotes, and the definitions the calls bring. */
  footnotes?: WordFootnotes;
  definitions?: string[];
}

function textOf(element: WordElement, counts: Counts): string {
  switch (element.type) {
    case 'text':
      return element.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return element.breakType === 'line' ? '\n' : '';
    case 'checkbox':
      return element.checked ? '☑' : '□';
    case 'image':
      counts.images++;
      return '';
    case 'noteReference': {
      const footnote = counts.footnotes?.call(element);
      if (!footnote) {
        counts.notes++;
        return '';
      }
      if (footnote.definition) counts.definitions?.push(footnote.definition);
      return `[^${footnote.label}]`;
    }
    default:
      return (element.children ?? []).map((child) => textOf(child, counts)).join('');
  }
}

function readParagraph(element: WordElement, index: number, footnotes?: WordFootnotes): Paragraph {
  const counts: Counts = { images: 0, notes: 0, footnotes, definitions: [] };
  const text = textOf(element, counts).replace(/\r/gu, '');
  const style = element.styleName ?? '';
  return {
    index,
    text: text.trim(),
    style,
    level: headingLevel(style),
    listLevel: element.numbering ? Number(element.numbering.level) : undefined,
    images: counts.images,
    notes: counts.notes,
    footnotes: counts.definitions ?? [],
  };
}

/** Tabs and runs of spaces become one space; full-width spaces between Chinese and numbers are kept as typed. */
function oneLine(text: string): string {
  return text
    .replace(/\s*\n\s*/gu, ' ')
    .replace(/[ \t\u00a0]+/gu, ' ')
    .trim();
}

function excerpt(text: string): string {
  const line = oneLine(text);
  return line.length > 20 ? `${line.slice(0, 20)}……` : line;
}

const NUMBER_AND_TITLE = /^(\d{1,2}(?:\.\d{1,3})*|[A-Z](?:\.\d{1,3})+)[ \t\u3000]+(.+)$/su;
const ANNEX = /^附录\s*([A-Z])\s*(?:[（(]\s*(规范性|资料性)\s*[)）])?\s*(.*)$/su;
const ANNEX_TYPE = /^[（(]\s*(规范性|资料性)\s*[)）]$/u;
const DATE = /(\d{4})\s*[-－.年]\s*(\d{1,2})\s*[-－.月]\s*(\d{1,2})\s*日?\s*(发布|实施)/u;

/** Keeps the chapter and clause counters, to number headings that Word numbered automatically. */
class Numberer {
  /** [chapter, first-level clause, …]; in an annex the first place is unused. */
  private counters: number[] = [];
  private annex = '';

  get inAnnex(): boolean {
    return this.annex !== '';
  }

  chapter(given?: string): string {
    const chapter = given ? Number(given) : (this.counters[0] ?? 0) + 1;
    this.counters = [chapter];
    return String(chapter);
  }

  startAnnex(letter: string): void {
    this.annex = letter;
    this.counters = [0];
  }

  /** The number of a heading `level` deep (2 = first-level clause), or the one it carries. */
  clause(level: number, given?: string): string {
    if (given) {
      this.counters = given.split('.').map((part, i) => (i === 0 && this.inAnnex ? 0 : Number(part)));
      return given;
    }
    const depth = level - 1;
    const parents = this.counters.slice(0, depth);
    while (parents.length < depth) parents.push(1);
    this.counters = [...parents, (this.counters.length > depth ? this.counters[depth]! : 0) + 1];
    return [this.annex || String(this.counters[0]), ...this.counters.slice(1)].join('.');
  }

  /** Whether a number written in an unstyled paragraph continues the numbering (so it is a heading, not a quantity). */
  continues(number: string): boolean {
    const [first, ...rest] = number.split('.');
    if (rest.length === 0) return !this.inAnnex && Number(first) === (this.counters[0] ?? 0) + 1;
    return first === (this.annex || String(this.counters[0]));
  }
}

function escapeCell(text: string): string {
  return oneLine(text).replace(/\|/gu, '\\|') || ' ';
}

/** A Word table as a GFM table; merged cells become the `^^` (merged with the cell above) and `<<` (with the cell on the left) markers of src/model/tables.ts. */
function tableMarkdown(rows: WordElement[], counts: { images: number; notes: number }): string {
  const grid: string[][] = [];
  const pendingRowSpans: { column: number; width: number; rowsLeft: number }[] = [];
  rows.forEach((row, r) => {
    const cells: string[] = [];
    let column = 0;
    const fillSpans = (): void => {
      for (let span = pendingRowSpans.find((p) => p.column === column && p.rowsLeft > 0); span; span = pendingRowSpans.find((p) => p.column === column && p.rowsLeft > 0)) {
        span.rowsLeft--;
        for (let covered = 0; covered < span.width; covered++) cells.push(MERGE_UP);
        column += span.width;
      }
    };
    for (const cell of row.children ?? []) {
      fillSpans();
      const text = (cell.children ?? [])
        .map((child) => textOf(child, counts))
        .filter((t) => t.trim() !== '')
        .join(' ');
      const width = cell.colSpan ?? 1;
      if ((cell.rowSpan ?? 1) > 1) pendingRowSpans.push({ column, width, rowsLeft: (cell.rowSpan ?? 1) - 1 });
      cells.push(escapeCell(text));
      for (let extra = 1; extra < width; extra++) cells.push(MERGE_LEFT);
      column += width;
    }
    fillSpans();
    grid[r] = cells;
  });
  const width = Math.max(1, ...grid.map((cells) => cells.length));
  const line = (cells: string[]): string => `| ${[...cells, ...Array<string>(width - cells.length).fill(' ')].join(' | ')} |`;
  const [header = [], ...body] = grid;
  return [line(header), `|${'---|'.repeat(width)}`, ...body.map(line)].join('\n');
}

interface Cover {
  code?: DocumentCode;
  replaces: DocumentCode[];
  title?: string;
  titleEn?: string;
  issued?: string;
  effective?: string;
}

function isoDate(match: RegExpExecArray): string {
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

/**
 * Reads the cover: code, replaced codes, title, English title, dates; reports what else is there.
 * A real cover breaks lines inside one paragraph ("Q/JMXZ 30104—2024" ⏎ "代替 Q/JMXZ 30104—2019"), puts
 * "ICS 03.080" and "CCS A 12" together, and sets the dates and the issuer in a borderless table: every
 * line of a paragraph and every table cell is read as a line of its own.
 */
function readCover(lines: { index: number; text: string; style: string }[], organization: string, problems: ImportProblem[]): Cover {
  const cover: Cover = { replaces: [] };
  for (const line of lines) {
    const text = oneLine(line.text);
    if (!text) continue;
    const dated = [...text.matchAll(new RegExp(DATE.source, 'gu'))];
    if (dated.length > 0) {
      for (const date of dated) cover[date[4] === '发布' ? 'issued' : 'effective'] = isoDate(date);
      continue;
    }
    if (/^代替/u.test(text)) {
      cover.replaces.push(...[...text.matchAll(new RegExp(CODE_IN_TEXT.source, 'gu'))].flatMap((m) => parseCode(m[0]) ?? []));
      continue;
    }
    // The code line may carry the 代替 line after it, joined by Word: "Q/JMXZ 30104—2024 代替 Q/JMXZ 30104—2019".
    const leading = new RegExp(`^(?:${CODE_IN_TEXT.source})`, 'u').exec(text);
    const code = leading ? parseCode(leading[0]) : undefined;
    if (code && !cover.code) {
      cover.code = code;
      const rest = text.slice(leading![0].length).trim();
      if (/^代替/u.test(rest)) cover.replaces.push(...[...rest.matchAll(new RegExp(CODE_IN_TEXT.source, 'gu'))].flatMap((m) => parseCode(m[0]) ?? []));
      continue;
    }
    // Cover furniture with no front-matter field: classification codes, 备案号, the code prefix alone, the issuer.
    if (/^(?:ICS|CCS)\b|^备案号|^[A-Z]{1,3}(?:\/[A-Z0-9]{1,12})?$/u.test(text) || text.startsWith(organization) || /^(?:目\s*次|.*发\s*布)$/u.test(text)) continue;
    if (/^[\x20-\x7e]+$/u.test(text) && cover.title) {
      cover.titleEn ??= text;
      continue;
    }
    if (!cover.title && (/^title$|^标题$/iu.test(line.style) || /[\u4e00-\u9fff]/u.test(text))) {
      cover.title = text.replace(SPACE, ' ');
      continue;
    }
    problems.push({ paragraph: line.index, excerpt: excerpt(text), message: '封面上的这段内容在文件头中没有对应字段，未导入。' });
  }
  return cover;
}

/** The lines of the cover: each line of a paragraph, each cell of a table. */
function coverLines(blocks: Block[]): { index: number; text: string; style: string }[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'paragraph') return block.paragraph.text.split('\n').map((text) => ({ index: block.paragraph.index, text, style: block.paragraph.style }));
    const counts = { images: 0, notes: 0 };
    return block.rows
      .flatMap((row) =>
        (row.children ?? []).flatMap((cell) =>
          (cell.children ?? [])
            .map((child) => textOf(child, counts))
            .join('\n')
            .split('\n'),
        ),
      )
      .map((text) => ({ index: block.index, text, style: '' }));
  });
}

/** A YAML scalar: plain when that reads back as the same string, quoted otherwise. */
function scalar(value: string): string {
  return /^[\p{L}\p{N}《（]/u.test(value) && !/: | #|[[\]{},]/u.test(value) ? value : JSON.stringify(value);
}

function frontMatter(cover: Cover, organization: string): string {
  const published = cover.issued !== undefined && cover.effective !== undefined;
  const lines = [
    cover.code && `code: ${formatCode(cover.code)}`,
    cover.title && `title: ${scalar(cover.title)}`,
    cover.titleEn && `title-en: ${scalar(cover.titleEn)}`,
    `status: ${published ? 'current' : 'draft'}`,
    cover.issued && `issued: ${cover.issued}`,
    cover.effective && `effective: ${cover.effective}`,
    cover.replaces.length > 0 && `replaces: [${cover.replaces.map((code) => formatCode(code)).join(', ')}]`,
    `proposer: ${scalar(organization)}`,
  ];
  return ['---', ...lines.filter((line): line is string => typeof line === 'string'), '---'].join('\n');
}

/** The document's blocks as mammoth reads them, and what it could not read (once per kind: mammoth gives no place). */
async function readWordBlocks(docx: Buffer, problems: ImportProblem[]): Promise<Block[]> {
  let document: (WordElement & { notes?: { resolve(reference: WordElement): WordElement | null } }) | undefined;
  const result = await mammoth.convertToHtml(
    { buffer: docx },
    {
      transformDocument: (element: WordElement) => {
        document = element;
        return element;
      },
    },
  );
  const unread = new Set(result.messages.map((m) => m.message).filter((m) => !/^Unrecognised (?:paragraph|run|table) style/u.test(m)));
  for (const message of unread) {
    const formula = /oMath/u.test(message);
    problems.push({
      paragraph: 0,
      excerpt: '',
      message: formula ? 'Word 公式对象未导入：请把公式写成文字段落，如"办结时限 = 受理日 + 5个工作日　(1)"。' : `Word 文档中有无法读取的内容（${message}），未导入。`,
    });
  }
  const footnotes = new WordFootnotes(document?.notes);
  // Word's own table of contents is left out: the handbook and the printer make theirs.
  return (document?.children ?? []).flatMap((element, i): Block[] => {
    if (element.type === 'paragraph' && /^toc\s*\d/iu.test(element.styleName ?? '')) return [];
    if (element.type === 'paragraph') {
      const paragraph = readParagraph(element, i + 1, footnotes);
      // Each footnote's text follows the paragraph that first calls it, as a paragraph of its own.
      const definitions = paragraph.footnotes.map((text): Block => ({ kind: 'paragraph', paragraph: { index: i + 1, text, style: '', images: 0, notes: 0, footnotes: [] } }));
      return [{ kind: 'paragraph', paragraph }, ...definitions];
    }
    if (element.type === 'table') return [{ kind: 'table', index: i + 1, rows: element.children ?? [] }];
    return [];
  });
}

/**
 * An annex heading at `rest[at]`: the SAC template puts the annex mark and title on lines or paragraphs
 * of their own, which it takes along. Returns the heading's Markdown and how many blocks it used.
 */
function annexHeading(annex: RegExpExecArray, rest: readonly Block[], at: number, report: (message: string) => void): { markdown: string; letter: string; used: number } {
  const letter = annex[1]!;
  let [, , type, title] = annex;
  let used = 1;
  for (let next = rest[at + used]; (!type || !title) && next?.kind === 'paragraph'; next = rest[at + used]) {
    const line = oneLine(next.paragraph.text);
    const nextType = ANNEX_TYPE.exec(line);
    if (!type && nextType) type = nextType[1];
    else if (!title && line && !NUMBER_AND_TITLE.test(line) && line.length <= 40) title = line;
    else break;
    used++;
  }
  if (!type) report(`附录${letter}没有标明（规范性）或（资料性），已按（资料性）导入；请核对。`);
  return { markdown: `## 附录${letter}（${type ?? '资料性'}）${oneLine(title ?? '')}`, letter, used };
}

/** A Word table as Markdown, with its caption checked (the paragraph before it) and what it could not take. */
function importTable(block: Extract<Block, { kind: 'table' }>, previous: Block | undefined, problems: ImportProblem[]): string {
  const counts = { images: 0, notes: 0 };
  if (!(previous?.kind === 'paragraph' && /^表\s*(?:[A-Z]\.)?\d/u.test(previous.paragraph.text))) {
    problems.push({ paragraph: block.index, excerpt: '', message: '表格前没有表题（如"表1 标题"），已导入表格；请补写表题。' });
  }
  const markdown = tableMarkdown(block.rows, counts);
  if (counts.images + counts.notes > 0) problems.push({ paragraph: block.index, excerpt: '', message: '表格中的图片或脚注未导入。' });
  return markdown;
}

/** What the document as a whole lacks: a recognizable body, the cover's code and title. */
function missingParts(hasBody: boolean, cover: Pick<Cover, 'code' | 'title'>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (!hasBody) problems.push({ paragraph: 0, excerpt: '', message: '没有找到前言或任何标题：请确认章、条标题使用了 Word 的"标题 1""标题 2"……样式（或标准编写模板的"章标题""一级条标题"……）。' });
  if (!cover.code) problems.push({ paragraph: 0, excerpt: '', message: '封面上没有找到标准编号（如 Q/JMXZ 30101—2025）：请在文件头补写 code。' });
  if (!cover.title) problems.push({ paragraph: 0, excerpt: '', message: '封面上没有找到标准名称：请在文件头补写 title。' });
  return problems;
}

/** A chapter or clause heading at Word heading `level`, numbered on from the ones before (or as `given`). */
function headingMarkdown(title: string, level: number, given: string | undefined, numberer: Numberer): { markdown: string; chapter?: string } {
  if (level === 1 && !numberer.inAnnex) {
    const number = numberer.chapter(given);
    return { markdown: `## ${number} ${title}`, chapter: number };
  }
  const number = numberer.clause(Math.max(2, level), given);
  return { markdown: `${'#'.repeat(Math.min(6, number.split('.').length + 1))} ${number} ${title}` };
}

/** Converts a .docx file's content to a standard in our Markdown, with what it could not map. */
export async function importDocx(docx: Buffer, options: ImportOptions): Promise<ImportedStandard> {
  const problems: ImportProblem[] = [];
  const blocks = await readWordBlocks(docx, problems);
  const bodyStart = blocks.findIndex((b) => b.kind === 'paragraph' && (b.paragraph.level !== undefined || ELEMENTS.has(oneLine(b.paragraph.text).replace(SPACE, ''))));
  const coverBlocks = bodyStart < 0 ? [] : blocks.slice(0, bodyStart);
  const cover = readCover(coverLines(coverBlocks), options.organization, problems);
  const out: string[] = [frontMatter(cover, options.organization)];
  const numberer = new Numberer();
  let element = '';
  let inContents = false;
  let listOpen = false;
  const push = (markdown: string, list = false): void => {
    // List items of one list stay together; everything else is its own block.
    if (list && listOpen) out[out.length - 1] += `\n${markdown}`;
    else out.push(markdown);
    listOpen = list;
  };
  const rest = bodyStart < 0 ? blocks : blocks.slice(bodyStart);
  for (let i = 0; i < rest.length; i++) {
    const block = rest[i]!;
    if (block.kind === 'table') {
      if (!inContents) push(importTable(block, rest[i - 1], problems));
      continue;
    }
    const paragraph = block.paragraph;
    const text = oneLine(paragraph.text);
    const report = (message: string): void => {
      problems.push({ paragraph: paragraph.index, excerpt: excerpt(paragraph.text), message });
    };
    if (paragraph.images > 0) {
      report('图片未导入：请把图片文件放入 standards/assets/，在此处写 ![说明](../assets/文件名)，图题写在图片下一段。');
      push(`<!-- 未导入：Word 第${paragraph.index}段的图片 -->`);
    }
    if (paragraph.notes > 0) report('尾注未导入：标准不用尾注；说明请写成"注："段落，或写成脚注（[^1]）。');
    if (!text) continue;
    const compact = text.replace(SPACE, '');
    if (compact === '目次') {
      inContents = true;
      continue;
    }
    const annex = ANNEX.exec(text);
    if (ELEMENTS.has(compact) && (paragraph.level !== undefined || text.length <= 4)) {
      inContents = false;
      element = compact;
      push(`## ${compact}`);
      continue;
    }
    if (inContents) continue;
    // Unstyled, only a line that is clearly an annex heading counts ("附录A（规范性）…" or "附录A" alone), not a sentence about one.
    if (annex && (paragraph.level !== undefined || /附录/u.test(paragraph.style) || annex[2] !== undefined || /^附录\s*[A-Z]$/u.test(text))) {
      const heading = annexHeading(annex, rest, i, report);
      i += heading.used - 1;
      numberer.startAnnex(heading.letter);
      element = 'annex';
      push(heading.markdown);
      continue;
    }
    // A heading is a paragraph in a heading style, or a short numbered line continuing the numbering.
    const numbered = NUMBER_AND_TITLE.exec(text);
    const titleLike = numbered !== null && numbered[2]!.length <= 30 && !/[。；：，]$/u.test(numbered[2]!);
    const unstyledHeading = paragraph.level === undefined && titleLike && numberer.continues(numbered![1]!);
    if (paragraph.level !== undefined || unstyledHeading) {
      const given = numbered && (titleLike || paragraph.level !== undefined) ? numbered[1] : undefined;
      const heading = headingMarkdown(given ? numbered![2]! : text, paragraph.level ?? given!.split('.').length, given, numberer);
      if (heading.chapter) element = `chapter ${heading.chapter}`;
      push(heading.markdown);
      continue;
    }
    // Chapter 2 lists documents and the bibliography lists entries, each a list item.
    const listsDocuments = element === 'chapter 2' && new RegExp(`^(?:${CODE_IN_TEXT.source})`, 'u').test(text);
    if (listsDocuments || (element === '参考文献' && /^\[\d+\]/u.test(text))) {
      push(`- ${text}`, true);
      continue;
    }
    const dash = /^(?:——|—|●|·|•)\s*/u.exec(text);
    if (paragraph.listLevel !== undefined || dash) {
      const depth = paragraph.listLevel ?? 0;
      if (depth > 1) report('列项超过两层：GB/T 1.1 的列项最多两层，请改写。');
      push(`${'  '.repeat(depth)}- ${dash ? text.slice(dash[0].length) : text}`, true);
      continue;
    }
    push(text.replace(/^(\d{1,2}(?:\.\d{1,3})+|[A-Z](?:\.\d{1,3})+)[ \t\u3000]+/u, '$1 '));
  }
  problems.push(...missingParts(bodyStart >= 0, cover));
  return { markdown: `${out.join('\n\n')}\n`, code: cover.code, title: cover.title, problems };
}
