// Markdown → model. One pass over the top-level blocks builds the element and clause tree, and
// collects terms, captions, formulas, notes, references and suppressions with their positions.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkTables from './remark-tables.ts';
import remarkFootnotes from './remark-footnotes.ts';
import { parsePlainMarkdown } from './plain-markdown.ts';
import { toString } from 'mdast-util-to-string';
import type { FootnoteDefinition, FootnoteReference, Heading, List, ListItem, Paragraph, Root, RootContent, Table, Text } from 'mdast';
import { CODE_IN_TEXT, codeFromMatch } from '../model/code.ts';
import type { Caption, Footnote, ListStyle, Position, Reference, Section, Standard, SubFigure, TermSource } from '../model/types.ts';
import { isNormativeReferencesChapter, isTermsChapter, normativeReferencesChapter, termsChapter, topLevelOf } from '../model/sections.ts';
import { writtenListMarker, type WrittenMarker } from '../model/list-markers.ts';
import { exactTextOffset, lineIndex } from '../model/source-positions.ts';
import { readFrontMatter, readMeta } from './front-matter.ts';
import { isRequirementSentence, recognizeReferences, sentenceFinder } from './references.ts';

/** Files above this size are reported rather than parsed: no standard comes near it. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

// remark-math: formulas are written in LaTeX (`$$x = \frac{a}{b}$$　(1)`, inline `$23\,\mathrm{m}$`).
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkTables).use(remarkFootnotes).use(remarkMath);

const SPACE = '[ \\u3000\\t]';
const NUMBERED_HEADING = new RegExp(`^(\\d{1,2}(?:\\.\\d{1,3})*|[A-Z](?:\\.\\d{1,3})+)${SPACE}+(.+)$`, 'u');
const NUMBERED_PARAGRAPH = new RegExp(`^(\\d{1,2}(?:\\.\\d{1,3})+|[A-Z](?:\\.\\d{1,3})+)${SPACE}+\\S`, 'u');
/** `附录A（规范性）标题` (GB/T 1.1—2020) or `附录A（规范性附录）标题` (GB/T 1.1—2009). */
const ANNEX_HEADING = /^附录\s*([A-Z])\s*(?:[（(]\s*(规范性|资料性)(附录)?\s*[)）])?\s*(.*)$/u;
const TABLE_CAPTION = new RegExp(`^表${SPACE}*([A-Z]\\.\\d{1,3}|\\d{1,3})${SPACE}+([^。，；]{1,60})$`, 'u');
const FIGURE_CAPTION = new RegExp(`^图${SPACE}*([A-Z]\\.\\d{1,3}|\\d{1,3})${SPACE}+([^。，；]{1,60})$`, 'u');
const FORMULA = /[=＝].*[ \u3000\t]+[（(]\s*([A-Z]\.\d{1,3}|\d{1,3})\s*[)）]$/u;
const NOTE = /^(注|示例)(\d{0,2})[：:]/u;
/** A list item written as a paragraph: `a) …`, `1) …`. */
const ITEM_PARAGRAPH = /^(?:[a-z]|\d{1,2})[)）]/u;
/** A sub-figure's caption under its image: `a) 悬挂式` (GB/T 1.1—2020 9.7). */
const SUBFIGURE = /^([a-z])[)）][ \u3000]*(\S[^。；]{0,59})$/u;
/** The key of a figure (图的说明), followed by a list of its marks: `说明：` then `- 1——箭头；`. */
const FIGURE_KEY = /^说明[：:]$/u;
const SUPPRESSION = /^<!--\s*check-ignore\s+([A-Za-z0-9-]+)\s*(?:[:：]\s*([\s\S]*?))?\s*-->$/u;
/** A term entry's source: `[来源：GB/T 20000.1—2014，5.2，有修改]`, or GB/T 1.1—2009's `[GB/T 19022—2003，定义3.2]`. */
const TERM_SOURCE = /^[[［](?:来源[：:])?[ \u3000]*([^\]］]+)[\]］]$/u;
/** What follows the document's code in a source: `，5.2`, `, 定义 3.2`, `，01.01.02`. */
const SOURCE_ENTRY = /^[ \u3000]*[，,][ \u3000]*(?:定义[ \u3000]*)?(\d{1,2}(?:\.\d{1,3}){1,4})/u;

function termSource(text: string): TermSource {
  const inner = TERM_SOURCE.exec(text)![1]!.trim();
  const anchored = new RegExp(`^(?:${CODE_IN_TEXT.source})`, 'u').exec(inner);
  const document = anchored?.groups ? codeFromMatch(anchored.groups, anchored[0]) : undefined;
  const entry = anchored ? SOURCE_ENTRY.exec(inner.slice(anchored[0].length))?.[1] : undefined;
  return { text: inner, document, entry, modified: /有修改|改写/u.test(inner) };
}

/** Chapter 3's lead-in citing documents whose terms apply (GB/T 1.1—2020 8.7.2): a normative citation. */
const TERMS_CITED = /界定的(?:以及下列)?术语和定义适用于本文件/u;
const TERM_TITLE = /^(.*?[^\x00-\x7f])\s+([A-Za-z][\x20-\x7e]*)$/u;
const UNNUMBERED_ELEMENTS: Record<string, Section['kind']> = {
  前言: 'preface',
  引言: 'introduction',
  参考文献: 'bibliography',
  索引: 'index',
};

function positionOf(node: { position?: { start: { line: number; column: number } } }): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function emptyStandard(file: string, source: string): Standard {
  return {
    file,
    source,
    meta: { replaces: [], draftingUnits: [], drafters: [], draftingRules: '2020', appliesTo: [] },
    tree: { type: 'root', children: [] },
    elements: [],
    sections: new Map(),
    unnumberedHeadings: [],
    titleHeadings: [],
    terms: [],
    captions: [],
    uncaptionedTables: [],
    formulas: [],
    notes: [],
    footnotes: [],
    references: [],
    normativeList: [],
    bibliography: [],
    suppressions: [],
    lists: [],
    excessiveNesting: [],
  };
}

/** Decodes a file as UTF-8, or explains why it is not a Markdown text. */
function decode(bytes: Uint8Array): { text: string } | { problem: string; position: Position } {
  if (bytes.length > MAX_FILE_BYTES) {
    const size = (bytes.length / 1024 / 1024).toFixed(1);
    return { problem: `文件有 ${size} MB，超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限；请确认它是标准文本，或拆分为多个文件。`, position: { line: 1, column: 1 } };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { problem: '文件含 NUL 字节，像是二进制文件；标准应为 UTF-8 编码的 Markdown 文本。', position: lineIndex(text)(nul) };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const invalid = Math.max(0, text.indexOf('\ufffd'));
    return { problem: '文件不是有效的 UTF-8 编码（可能是 GBK）；请用 UTF-8 重新保存。', position: lineIndex(text)(invalid) };
  }
  return { text: text.startsWith('\ufeff') ? text.slice(1) : text };
}

/** Deeper than this, nesting is no longer a standard's structure but an attack on the parser. */
const MAX_INDENT = 48;
const MAX_QUOTES = 12;

/**
 * Markdown parsing time grows with the square of list nesting, and rendering recurses once per
 * level: a thousand nested list items would take a minute and overflow the stack. Lines indented
 * or quoted deeper than any standard needs are flattened to the limit (line numbers unchanged)
 * and reported, so hostile input costs linear time.
 */
function limitNesting(source: string): { text: string; deepLines: number[] } {
  const deepLines: number[] = [];
  const lines = source.split('\n');
  lines.forEach((line, index) => {
    const prefix = /^[ \t>]*/u.exec(line)![0];
    const quotes = prefix.split('>').length - 1;
    const indent = prefix.replace(/\t/gu, '    ').length;
    if (indent <= MAX_INDENT && quotes <= MAX_QUOTES) return;
    deepLines.push(index + 1);
    const kept = quotes > MAX_QUOTES ? '>'.repeat(MAX_QUOTES) + ' ' : ' '.repeat(Math.min(indent, MAX_INDENT));
    lines[index] = kept + line.slice(prefix.length);
  });
  return { text: deepLines.length > 0 ? lines.join('\n') : source, deepLines };
}

/** micromark's tree of a text: CommonMark with front matter, GFM tables and footnotes, and math. */
export function micromarkTree(text: string): Root {
  return markdown.parse(text) as Root;
}

/** The Markdown tree of a text: the same tree, by the fast path when the text is plain. */
function parseMarkdown(text: string): Root {
  return parsePlainMarkdown(text) ?? micromarkTree(text);
}

/** Parses one standard. `file` is the path relative to the repository root. Never throws on bad input. */
export function parseStandard(file: string, content: Uint8Array | string): Standard {
  const decoded = typeof content === 'string' ? { text: content } : decode(content);
  if ('problem' in decoded) {
    const standard = emptyStandard(file, '');
    standard.loadError = { rule: 'file-readable', message: decoded.problem, position: decoded.position };
    return standard;
  }
  const source = decoded.text;
  const standard = emptyStandard(file, source);
  const { text, deepLines } = limitNesting(source);
  standard.tree = parseMarkdown(text);
  standard.excessiveNesting = deepLines.map((line) => ({ line, column: 1 }));
  new StandardBuilder(standard, lineIndex(source)).build();
  return standard;
}

class StandardBuilder {
  private readonly standard: Standard;
  private readonly toPosition: (offset: number) => Position;
  /** Open sections, outermost first. */
  private stack: Section[] = [];
  /** The section each top-level block stands in. */
  private readonly blockSection = new Map<RootContent, Section | undefined>();
  /** The figure being read: its images, sub-figure captions, key and footnotes until its caption. */
  private figure: FigureParts | undefined;
  /** The table just read, with the footnote definitions that follow it (after its notes). */
  private tableFootnotes: { table: Table; definitions: FootnoteDefinition[] } | undefined;
  private readonly footnoteDefinitionsOf = new Map<Table, FootnoteDefinition[]>();
  private readonly tableFootnoteDefinitions = new Set<FootnoteDefinition>();
  /** Figure footnotes, with the caption of their figure once it has been read. */
  private readonly figureOfFootnote = new Map<FootnoteDefinition, Caption | undefined>();

  constructor(standard: Standard, toPosition: (offset: number) => Position) {
    this.standard = standard;
    this.toPosition = toPosition;
  }

  build(): void {
    const children = this.standard.tree.children;
    children.forEach((node, index) => {
      if (node.type === 'yaml' && index === 0) {
        const frontMatter = readFrontMatter(node);
        this.standard.frontMatter = frontMatter;
        this.standard.meta = readMeta(frontMatter);
        for (const comment of frontMatter.comments) this.addSuppression(`<!-- ${comment.text} -->`, { line: comment.line, column: 1 }, undefined, comment.line + 1);
      } else if (node.type === 'heading') {
        this.figure = undefined;
        this.tableFootnotes = undefined;
        this.openHeading(node);
      } else {
        this.addBlock(node, children[index + 1], children[index - 1]);
        this.blockSection.set(node, this.current);
      }
    });
    this.collectTerms();
    this.collectNormativeList();
    this.collectBibliography();
    for (const node of children) this.collectReferences(node);
    this.collectFootnotes();
  }

  private get current(): Section | undefined {
    return this.stack.at(-1);
  }

  private openHeading(node: Heading): void {
    const text = toString(node).trim();
    if (node.depth === 1) {
      this.standard.titleHeadings.push(node);
      return;
    }
    const element = UNNUMBERED_ELEMENTS[text];
    if (element) {
      this.openTopLevel({ kind: element, number: '', title: text, node });
      return;
    }
    const annex = ANNEX_HEADING.exec(text);
    if (annex) {
      const annexType = annex[2] === '规范性' ? 'normative' : annex[2] === '资料性' ? 'informative' : undefined;
      const annexMarkForm = annex[2] ? (annex[3] ? '2009' : '2020') : undefined;
      this.openTopLevel({ kind: 'annex', number: annex[1]!, title: annex[4]!.trim(), node, annexType, annexMarkForm });
      return;
    }
    const numbered = NUMBERED_HEADING.exec(text);
    if (!numbered) {
      this.standard.unnumberedHeadings.push(node);
      return;
    }
    const number = numbered[1]!;
    if (!number.includes('.')) {
      this.openTopLevel({ kind: 'chapter', number, title: numbered[2]!.trim(), node });
      return;
    }
    this.openClause(number, numbered[2]!.trim(), node, false);
  }

  private newSection(fields: Pick<Section, 'kind' | 'number' | 'title' | 'node'> & Partial<Section>): Section {
    return {
      depth: fields.node.type === 'heading' ? fields.node.depth : 0,
      position: positionOf(fields.node),
      children: [],
      blocks: [],
      untitled: false,
      ...fields,
    };
  }

  private openTopLevel(fields: Pick<Section, 'kind' | 'number' | 'title' | 'node'> & Partial<Section>): void {
    const section = this.newSection(fields);
    this.standard.elements.push(section);
    if (section.number && !this.standard.sections.has(section.number)) this.standard.sections.set(section.number, section);
    this.stack = [section];
  }

  /** Places a clause under the open section whose number is its prefix (`4.2.1` under `4.2`). */
  private openClause(number: string, title: string, node: Heading | Paragraph, untitled: boolean): void {
    while (this.stack.length > 1 && !number.startsWith(`${this.current!.number}.`)) this.stack.pop();
    const parent = this.current;
    const section = this.newSection({ kind: 'clause', number, title, node, parent, untitled });
    if (parent) parent.children.push(section);
    else this.standard.elements.push(section);
    if (!this.standard.sections.has(number)) this.standard.sections.set(number, section);
    this.stack.push(section);
  }

  /** Whether an open section could be the parent of `number`, so a numbered paragraph really is a clause. */
  private hasOpenParentOf(number: string): boolean {
    const parentNumber = number.slice(0, number.lastIndexOf('.'));
    return this.stack.some((section) => section.number === parentNumber);
  }

  private addBlock(node: RootContent, next: RootContent | undefined, previous: RootContent | undefined): void {
    if (node.type === 'html') {
      this.addSuppression(node.value, positionOf(node), next);
      return;
    }
    this.followTable(node);
    if (node.type === 'paragraph') {
      const text = toString(node).trim();
      const clause = NUMBERED_PARAGRAPH.exec(text);
      if (clause && this.hasOpenParentOf(clause[1]!)) {
        this.figure = undefined;
        this.openClause(clause[1]!, '', node, true);
        return;
      }
      const figure = this.figure;
      this.followFigure(node, text);
      this.classifyParagraph(node, text, next, figure);
    } else {
      this.followFigure(node, '');
    }
    if (node.type === 'table' && previous?.type !== 'paragraph') this.standard.uncaptionedTables.push(node);
    if (node.type === 'table' && previous?.type === 'paragraph' && !TABLE_CAPTION.test(toString(previous).trim())) {
      this.standard.uncaptionedTables.push(node);
    }
    if (node.type === 'list') this.measureList(node, 1);
    this.current?.blocks.push(node);
  }

  /** Keeps track of the figure being read (GB/T 1.1—2020 9.7: figure, key, notes, footnotes, then the caption). */
  private followFigure(node: RootContent, text: string): void {
    const figure = this.figure;
    if (node.type === 'paragraph' && node.children[0]?.type === 'image') {
      const run = figure ?? { images: [], subfigures: [], footnotes: [], expectsKeyList: false, lastWasImage: false };
      run.images.push(node);
      run.lastWasImage = true;
      run.expectsKeyList = false;
      this.figure = run;
      // `![…](a.svg) a) 悬挂式`: the image and its sub-figure caption in one paragraph.
      const after = toString({ type: 'paragraph', children: node.children.slice(1) }).trim();
      const sub = SUBFIGURE.exec(after);
      if (sub) this.addSubfigure(run, node, sub);
      return;
    }
    if (!figure) return;
    const lastWasImage = figure.lastWasImage;
    figure.lastWasImage = false;
    if (node.type === 'paragraph') {
      const sub = SUBFIGURE.exec(text);
      if (sub && lastWasImage) this.addSubfigure(figure, node, sub);
      else if (FIGURE_KEY.test(text)) {
        figure.key = { node };
        figure.expectsKeyList = true;
      } else if (!NOTE.test(text) && !FIGURE_CAPTION.test(text)) this.figure = undefined;
      return;
    }
    if (node.type === 'list' && figure.expectsKeyList && figure.key) {
      figure.key.list = node;
      figure.expectsKeyList = false;
      return;
    }
    if (node.type === 'footnoteDefinition') {
      figure.footnotes.push(node);
      this.figureOfFootnote.set(node, undefined);
      return;
    }
    this.figure = undefined;
  }

  private addSubfigure(figure: FigureParts, node: Paragraph, match: RegExpExecArray): void {
    figure.subfigures.push({ label: match[1]!, title: match[2]!.trim(), position: positionOf(node), node });
  }

  /** Footnote definitions right after a table (after its notes) are that table's footnotes (GB/T 1.1—2020 9.8). */
  private followTable(node: RootContent): void {
    if (node.type === 'table') {
      this.tableFootnotes = { table: node, definitions: [] };
      this.footnoteDefinitionsOf.set(node, this.tableFootnotes.definitions);
      return;
    }
    if (!this.tableFootnotes) return;
    if (node.type === 'footnoteDefinition') {
      this.tableFootnotes.definitions.push(node);
      this.tableFootnoteDefinitions.add(node);
    } else if (!(node.type === 'paragraph' && NOTE.test(toString(node).trim()))) this.tableFootnotes = undefined;
  }

  private classifyParagraph(node: Paragraph, text: string, next: RootContent | undefined, figureBefore: FigureParts | undefined): void {
    const section = this.current;
    const position = positionOf(node);
    const table = TABLE_CAPTION.exec(text);
    if (table) {
      this.standard.captions.push({ kind: 'table', number: table[1]!, title: table[2]!.trim(), position, node, table: next?.type === 'table' ? next : undefined, section });
      return;
    }
    // A figure caption is its own paragraph after the image, or the text after the image in the same paragraph.
    const imageFirst = node.children[0]?.type === 'image';
    const captionText = imageFirst ? toString({ type: 'paragraph', children: node.children.slice(1) }).trim() : text;
    const figure = FIGURE_CAPTION.exec(captionText);
    if (figure && (imageFirst || figureBefore)) {
      const parts = imageFirst ? this.figure : figureBefore;
      const caption: Caption = { kind: 'figure', number: figure[1]!, title: figure[2]!.trim(), position, node, section, images: parts?.images ?? [] };
      if (parts && parts.subfigures.length > 0) caption.subfigures = parts.subfigures;
      if (parts?.key) caption.key = parts.key;
      for (const footnote of parts?.footnotes ?? []) this.figureOfFootnote.set(footnote, caption);
      this.standard.captions.push(caption);
      this.figure = undefined;
      return;
    }
    const formula = FORMULA.exec(text);
    if (formula) {
      this.standard.formulas.push({ number: formula[1]!, position, node, section });
      return;
    }
    const note = NOTE.exec(text);
    if (note) {
      const table = note[1] === '注' ? this.tableFootnotes?.table : undefined;
      this.standard.notes.push({ kind: note[1] === '注' ? 'note' : 'example', number: note[2] ? Number(note[2]) : undefined, position, node, section, ...(table ? { table } : {}) });
    }
  }

  private measureList(list: List, depth: number): void {
    const items = list.children.map((item, index) => {
      if (list.ordered) return { marker: `${(list.start ?? 1) + index})`, position: positionOf(item), style: 'number' as const };
      const marker = listItemMarker(item);
      return { marker: marker?.text, position: positionOf(item), style: marker?.style ?? ('dash' as const) };
    });
    const style = items[0]?.style ?? 'dash';
    const start = list.position?.start.offset;
    const delimiter = list.ordered && start !== undefined ? /^\d{1,9}([.)])/u.exec(this.standard.source.slice(start, start + 12))?.[1] : undefined;
    this.standard.lists.push({
      node: list,
      sectionNumber: this.current?.number || undefined,
      depth,
      style,
      ...(delimiter === '.' || delimiter === ')' ? { delimiter } : {}),
      position: positionOf(list),
      items: items.map(({ marker, position }) => ({ marker, position })),
      mixed: items.some((item) => item.style !== style),
    });
    for (const item of list.children) {
      for (const child of item.children) if (child.type === 'list') this.measureList(child, depth + 1);
    }
  }

  /** A suppression covers the block after it, or up to `toLine` for front-matter comments. */
  private addSuppression(html: string, position: Position, next: RootContent | undefined, toLine = next?.position?.end.line ?? position.line): void {
    const match = SUPPRESSION.exec(html.trim());
    if (!match) return;
    this.standard.suppressions.push({ rule: match[1]!, reason: (match[2] ?? '').trim(), position, fromLine: position.line, toLine });
  }

  private collectTerms(): void {
    const chapter = termsChapter(this.standard);
    if (!chapter || !chapter.title.includes('术语')) return;
    const definitions = chapter.children.find((section) => section.title === '术语和定义');
    const entries = definitions ? definitions.children : chapter.children.filter((section) => !/^(?:符号|缩略语|符号和缩略语)$/u.test(section.title));
    for (const section of entries) {
      if (section.untitled) continue;
      const title = TERM_TITLE.exec(section.title);
      const definition = section.blocks.find((block): block is Paragraph => block.type === 'paragraph' && !NOTE.test(toString(block)) && !TERM_SOURCE.test(toString(block).trim()));
      const sourceBlock = section.blocks.find((block): block is Paragraph => block.type === 'paragraph' && TERM_SOURCE.test(toString(block).trim()));
      this.standard.terms.push({
        number: section.number,
        term: (title ? title[1]! : section.title).trim(),
        english: title?.[2]?.trim(),
        definition: definition ? toString(definition).trim() : '',
        source: sourceBlock ? termSource(toString(sourceBlock).trim()) : undefined,
        position: section.position,
        section,
      });
    }
  }

  private collectNormativeList(): void {
    const chapter = normativeReferencesChapter(this.standard);
    if (!chapter) return;
    const anchored = new RegExp(`^(?:${CODE_IN_TEXT.source})`, 'u');
    for (const block of chapter.blocks) {
      if (block.type !== 'list') continue;
      for (const item of block.children) {
        const text = toString(item).trim();
        const match = anchored.exec(text);
        if (!match?.groups) continue;
        const node = firstText(item as unknown as RootContent);
        // The code stands at the start of the item's first text, where the handbook links it.
        const linkable = node && node.value.trimStart().startsWith(match[0]) ? { node, start: node.value.length - node.value.trimStart().length } : undefined;
        this.standard.normativeList.push({ code: codeFromMatch(match.groups, match[0]), ...splitListedTitle(text.slice(match[0].length).trim()), position: positionOf(item), text: linkable });
      }
    }
  }

  private collectBibliography(): void {
    const element = this.standard.elements.find((section) => section.kind === 'bibliography');
    for (const block of element?.blocks ?? []) {
      const items = block.type === 'list' ? block.children : block.type === 'paragraph' ? [block] : [];
      for (const item of items) {
        const text = toString(item).trim();
        const numbered = /^\[(\d+)\]\s*(.*)$/su.exec(text);
        this.standard.bibliography.push({ number: numbered ? Number(numbered[1]) : undefined, text: numbered ? numbered[2]! : text, position: positionOf(item) });
      }
    }
  }

  private collectReferences(block: RootContent): void {
    if (block.type === 'heading' || block.type === 'yaml' || block.type === 'html' || block.type === 'code') return;
    const section = this.blockSection.get(block);
    const element = topLevelOf(section);
    if (!element || element.kind === 'bibliography' || element.kind === 'index') return;
    if (isNormativeReferencesChapter(element) && block.type === 'list') return;
    const blockText = block.type === 'paragraph' ? toString(block).trim() : '';
    const inNoteOrExample = NOTE.test(blockText);
    const informativeElement =
      element.kind === 'preface' ||
      element.kind === 'introduction' ||
      (element.kind === 'chapter' && ['1', '2', '3'].includes(element.number)) ||
      (element.kind === 'annex' && element.annexType !== 'normative');
    const ownLabel = ownLabelLength(block, blockText);
    // List items take their requirement wording from the lead-in sentence before the list, whether
    // the items are a Markdown list or paragraphs `a) …` as Word and imported texts write them.
    const leadIn = block.type === 'list' || (block.type === 'paragraph' && ITEM_PARAGRAPH.test(blockText)) ? this.leadInText(block) : '';
    const termsCited = isTermsChapter(element) && TERMS_CITED.test(blockText);
    const termSourceBlock = isTermsChapter(element) && TERM_SOURCE.test(blockText);
    // A 条文脚注 gives information only (GB/T 1.1—2020 9.12); like its cells, a table's footnote in a
    // normative element may state requirements (9.8).
    const tableFootnote = block.type === 'footnoteDefinition' && this.tableFootnoteDefinitions.has(block);
    const textFootnote = block.type === 'footnoteDefinition' && !tableFootnote;
    const context = {
      section,
      informative: !termsCited && (informativeElement || inNoteOrExample || textFootnote),
      leadInRequires: termsCited || tableFootnote || isRequirementSentence(leadIn),
      termSource: termSourceBlock,
    };
    if (block.type === 'table') {
      // A column headed 示例 holds examples: what its cells cite is information, not a requirement (GB/T 1.1—2020 9.10).
      const header = block.children[0]?.children.map((cell) => toString(cell).trim()) ?? [];
      for (const row of block.children) {
        row.children.forEach((cell, column) => {
          // Elsewhere a table in a normative element states provisions (9.8): "GB/T 19488.2—2008中机构名称" in a cell cites normatively.
          const cellContext = /^(?:示例|举例|例)/u.test(header[column] ?? '') ? { ...context, informative: true } : { ...context, leadInRequires: true };
          this.walkText(cell as unknown as RootContent, (node) => this.referencesInText(node, cellContext, 0));
        });
      }
      return;
    }
    if (block.type === 'list') {
      this.listReferences(block, context);
      return;
    }
    this.walkText(block, (node) => this.referencesInText(node, context, node === firstText(block) ? ownLabel : 0));
  }

  /** An item that introduces a nested list (`a) 应符合下列文件：`) passes its requirement wording to the nested items. */
  private listReferences(list: List, context: ReferenceContext): void {
    for (const item of list.children) {
      const lead = item.children.find((child) => child.type === 'paragraph');
      const nested = { ...context, leadInRequires: context.leadInRequires || (lead !== undefined && isRequirementSentence(toString(lead))) };
      for (const child of item.children) {
        if (child.type === 'list') this.listReferences(child, nested);
        else this.walkText(child, (node) => this.referencesInText(node, context, 0));
      }
    }
  }

  /**
   * Footnotes (GB/T 1.1—2020 9.12): a table's footnotes are the definitions after it, called in its
   * cells; a figure's are defined between it and its caption; every other definition is a 条文脚注,
   * called in the text. GFM labels are unique per document, but each table letters its own a b c …,
   * so a table's calls resolve to the definitions after that table.
   */
  private collectFootnotes(): void {
    const footnotes: Footnote[] = [];
    const textDefinitions = new Map<string, FootnoteDefinition>();
    for (const node of this.standard.tree.children) {
      if (node.type !== 'footnoteDefinition' || this.tableFootnoteDefinitions.has(node)) continue;
      if (this.figureOfFootnote.has(node)) {
        const figure = this.figureOfFootnote.get(node);
        footnotes.push({
          kind: 'figure',
          label: node.label ?? node.identifier,
          definition: node,
          calls: [],
          position: positionOf(node),
          ...(figure ? { figure } : {}),
          section: this.blockSection.get(node),
        });
      } else if (!textDefinitions.has(node.identifier)) textDefinitions.set(node.identifier, node);
    }
    const textByIdentifier = new Map<string, Footnote>();
    for (const block of this.standard.tree.children) {
      if (block.type === 'footnoteDefinition') continue;
      const section = this.blockSection.get(block);
      if (block.type === 'table') {
        const definitions = this.footnoteDefinitionsOf.get(block) ?? [];
        const byIdentifier = new Map<string, Footnote>();
        for (const call of footnoteCalls(block)) {
          let footnote = byIdentifier.get(call.identifier);
          if (!footnote) {
            const definition = definitions.find((d) => d.identifier === call.identifier);
            footnote = { kind: 'table', label: call.label ?? call.identifier, definition, calls: [], position: positionOf(definition ?? call), table: block, section };
            byIdentifier.set(call.identifier, footnote);
            footnotes.push(footnote);
          }
          footnote.calls.push(call);
        }
        // A definition after the table that none of its cells calls is still the table's (and reported).
        for (const definition of definitions) {
          if (byIdentifier.has(definition.identifier)) continue;
          footnotes.push({ kind: 'table', label: definition.label ?? definition.identifier, definition, calls: [], position: positionOf(definition), table: block, section });
        }
        continue;
      }
      for (const call of footnoteCalls(block)) {
        let footnote = textByIdentifier.get(call.identifier);
        if (!footnote) {
          const definition = textDefinitions.get(call.identifier);
          footnote = { kind: 'text', label: call.label ?? call.identifier, definition, calls: [], position: positionOf(definition ?? call), section };
          textByIdentifier.set(call.identifier, footnote);
          footnotes.push(footnote);
        }
        footnote.calls.push(call);
      }
    }
    for (const [identifier, definition] of textDefinitions) {
      if (!textByIdentifier.has(identifier))
        footnotes.push({ kind: 'text', label: definition.label ?? identifier, definition, calls: [], position: positionOf(definition), section: this.blockSection.get(definition) });
    }
    this.standard.footnotes = footnotes.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  }

  /** The paragraph before a list, or before the run of item paragraphs `a) …` `1) …` a paragraph item stands in. */
  private leadInText(block: RootContent): string {
    const children = this.standard.tree.children;
    for (let index = children.indexOf(block) - 1; index >= 0; index--) {
      const previous = children[index]!;
      if (previous.type === 'list' && block.type !== 'list') continue;
      if (previous.type !== 'paragraph') return '';
      const text = toString(previous).trim();
      if (ITEM_PARAGRAPH.test(text) && block.type !== 'list') continue;
      return text;
    }
    return '';
  }

  private walkText(node: RootContent, visit: (text: Text) => void): void {
    if (node.type === 'text') {
      visit(node);
      return;
    }
    if (node.type === 'inlineCode' || node.type === 'code' || node.type === 'html') return;
    if ('children' in node) for (const child of node.children as RootContent[]) this.walkText(child, visit);
  }

  private referencesInText(node: Text, context: ReferenceContext, skip: number): void {
    const value = node.value;
    const startOffset = node.position?.start.offset ?? 0;
    const exactOffset = exactTextOffset(this.standard.source, node);
    const sentenceOf = sentenceFinder(value);
    const ownCode = this.standard.meta.code;
    for (const found of recognizeReferences(value)) {
      if (found.start < skip) continue;
      if (found.edition && !ownCode) continue;
      const document = found.edition && ownCode ? { ...ownCode, year: found.edition, dash: '—', allParts: false, raw: `${ownCode.prefix} ${ownCode.serial}—${found.edition}` } : found.document;
      // A term's source names the entry after a comma: `[来源：Q/JMXZ 10201—2025，3.7]` leads to that entry.
      if (context.termSource && found.document && !found.target) {
        const entry = SOURCE_ENTRY.exec(value.slice(found.end));
        if (entry) {
          found.target = { kind: 'clause', number: entry[1]! };
          found.end += entry[0].length;
        }
      }
      const offset = exactOffset === undefined ? startOffset : exactOffset + found.start;
      const reference: Reference = {
        document,
        target: found.target,
        normative: !context.informative && !found.pointer && (context.leadInRequires || isRequirementSentence(sentenceOf(found.start))),
        position: this.toPosition(offset),
        ...(exactOffset === undefined ? {} : { endPosition: this.toPosition(exactOffset + found.end) }),
        node,
        start: found.start,
        end: found.end,
        section: context.section,
      };
      this.standard.references.push(reference);
    }
  }
}

interface ReferenceContext {
  section: Section | undefined;
  informative: boolean;
  leadInRequires: boolean;
  termSource?: boolean;
}

/** A figure read so far: from its first image up to its caption. */
interface FigureParts {
  images: Paragraph[];
  subfigures: SubFigure[];
  key?: { node: Paragraph; list?: List };
  /** Footnote definitions between the figure and its caption (GB/T 1.1—2020 9.7). */
  footnotes: FootnoteDefinition[];
  /** A `说明：` paragraph was just read: the list after it is the key's. */
  expectsKeyList: boolean;
  lastWasImage: boolean;
}

/** Footnote calls (`[^1]`) inside a block, in reading order (a table row by row), not inside definitions. */
function footnoteCalls(node: RootContent, found: FootnoteReference[] = []): FootnoteReference[] {
  if (node.type === 'footnoteReference') found.push(node);
  else if (node.type !== 'footnoteDefinition' && 'children' in node) for (const child of node.children as RootContent[]) footnoteCalls(child, found);
  return found;
}

/** The English name in brackets and the consistency mark (IDT, MOD, NEQ) that may follow a listed document's title (GB/T 1.1—2020 8.6.3). */
const ENGLISH_TITLE = /[ \u3000]*[[［]([^\]］]*)[\]］]$/u;
/** The English name in round brackets, as some texts write it: `(Geographic information—Metadata)` (GB/T 35639—2017). */
const ENGLISH_TITLE_ROUND = /[ \u3000]*[（(]([A-Za-z][^\u3000-\u9fff（）()]*(?:\([^\u3000-\u9fff()]*\)[^\u3000-\u9fff（）()]*)*)[)）]$/u;
const ADOPTION = /[（(]([^（）()]*[，,][ \u3000]*(?:IDT|MOD|NEQ|eqv|idt|mod|neq))[)）]$/u;

function splitListedTitle(text: string): { title: string; englishTitle?: string; adoption?: string } {
  let title = text;
  // A name in round brackets is English only when it has words: `(DMIS)` is part of the Chinese title.
  const round = ENGLISH_TITLE_ROUND.exec(title);
  const english = ENGLISH_TITLE.exec(title) ?? (round && / /u.test(round[1]!) ? round : null);
  if (english) title = title.slice(0, english.index).trim();
  const adoption = ADOPTION.exec(title);
  if (adoption) title = title.slice(0, adoption.index).trim();
  return { title, ...(english ? { englishTitle: english[1]!.trim() } : {}), ...(adoption ? { adoption: adoption[1]!.trim() } : {}) };
}

const STYLE_OF: Record<WrittenMarker['kind'], ListStyle> = { letter: 'letter', number: 'number', dash: 'dash', dot: 'bullet' };

/** `a) `, `b）`, `1)`, `——`, `·` at the start of a list item's text: the marker GB/T 1.1 prints. */
export function listItemMarker(item: ListItem): { text: string; style: ListStyle; length: number } | undefined {
  const text = firstText(item as unknown as RootContent);
  const written = text ? writtenListMarker(text.value) : undefined;
  return written ? { text: written.text, style: STYLE_OF[written.kind], length: written.length } : undefined;
}

function firstText(node: RootContent): Text | undefined {
  if (node.type === 'text') return node;
  if ('children' in node) {
    for (const child of node.children as RootContent[]) {
      const found = firstText(child);
      if (found) return found;
    }
  }
  return undefined;
}

/** Captions and untitled clauses start with their own number, which is not a reference. */
function ownLabelLength(block: RootContent, text: string): number {
  if (block.type !== 'paragraph') return 0;
  const label = /^(?:表|图)[ \u3000]*(?:[A-Z]\.\d{1,3}|\d{1,3})|^(?:\d{1,2}(?:\.\d{1,3})+|[A-Z](?:\.\d{1,3})+)(?=[ \u3000])/u.exec(text);
  return label ? label[0].length : 0;
}
