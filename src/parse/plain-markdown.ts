// A fast path for plain texts. Most of a standard is plain: front matter, ATX headings, paragraphs
// of text, one-level `- ` lists, pipe tables, images, `<!-- -->` comments, and 条文脚注 and table
// footnotes written `[^1]` … `[^1]: …` on one line. For a text made only of these, this builds the
// very tree micromark builds (positions included) at a small fraction of its cost, which was most
// of a check's time. At the first construct outside that subset (emphasis, links, link definitions,
// code, escapes, math, block quotes, indentation, loose lists, …) it gives up and the caller parses
// the whole text with micromark, so nothing is recognized differently from CommonMark and GFM.
// tests/plain-markdown.test.ts compares the two on every text it can find and on generated ones.
import { classifyCharacter } from 'micromark-util-classify-character';
import type { AlignType, FootnoteDefinition, FootnoteReference, Heading, Html, Image, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Yaml } from 'mdast';

type Point = { line: number; column: number; offset: number };

/** Thrown on the first construct the fast path does not build; caught in `parsePlainMarkdown`. */
class OutsideSubset extends Error {}

/** Whether a text may hold inline syntax at all; most of a standard's paragraphs hold none. */
const MAYBE_SYNTAX = /[`*_\\<&$]|!\[|\]\(|\[\^/u;
/**
 * Inline constructs other than text and `![alt](src)`, once `*` and `_` are known to be text.
 * Brackets alone are text: with no link definitions in the file (see `findFootnotes`) only `](`
 * makes a link; `&` is text unless it reads as a character reference.
 */
const INLINE_CONSTRUCT = /[`\\<$]|!\[|\]\(|\[\^|&(?:#\d{1,7}|#[xX][\dA-Fa-f]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/gu;
/** A footnote's definition on one line, and a call of it; other labels are left to micromark. */
const FOOTNOTE_DEFINITION = /^\[\^([A-Za-z0-9]{1,16})\]: +(?=\S)/u;
const FOOTNOTE_CALL = /\[\^([A-Za-z0-9]{1,16})\]/uy;
const IMAGE = /!\[([^[\]`*_\\<&$]*)\]\(([^\s()<>\\[\]`*_&$]+)\)/uy;
const HEADING = /^(#{1,6}) +(?=\S)/u;
const DELIMITER_ROW = /^\|(?: *:?-+:? *\|)+$/u;
const ORDERED_MARKER = /^\d{1,9}[.)](?: |$)/u;
const ASTERISK = 42;
const UNDERSCORE = 95;
/** `classifyCharacter`'s class of Unicode punctuation (1 is whitespace, undefined anything else). */
const PUNCTUATION = 2;
/** First characters of a line that may open a construct the fast path does not build. */
const OTHER_BLOCK_START = new Set([' ', '\t', '>', '*', '+', '_', '=', '`', '~', '$']);

export function parsePlainMarkdown(text: string): Root | undefined {
  if (text.includes('\r') || text.includes('\t')) return undefined;
  try {
    return new PlainParser(text).parse();
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}

type LineKind = 'blank' | 'heading' | 'item' | 'table' | 'html' | 'footnote' | 'paragraph';

class PlainParser {
  private readonly text: string;
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [];
  /** Offset just past each line's last character (before its `\n`). */
  private readonly ends: number[] = [];
  private index = 0;
  /** The identifiers of the footnotes the text defines. */
  private readonly footnotes = new Set<string>();

  constructor(text: string) {
    this.text = text;
    let start = 0;
    for (;;) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      const last = text.charCodeAt(end - 1);
      if (end > start && (last === 32 || last === 9)) throw new OutsideSubset();
      this.starts.push(start);
      this.ends.push(end);
      if (newline < 0) break;
      start = newline + 1;
    }
  }

  parse(): Root {
    const children: RootContent[] = [];
    if (this.line(0) === '---') children.push(this.frontMatter());
    this.findFootnotes();
    let previous: LineKind = 'blank';
    while (this.index < this.starts.length) {
      const kind = this.kind(this.index);
      if (kind === 'blank') this.index++;
      else if (kind === 'heading') children.push(this.heading());
      else if (kind === 'item') children.push(this.list());
      else if (kind === 'html') children.push(this.html());
      else if (kind === 'footnote') {
        // A definition under a paragraph line: not built here.
        if (previous === 'paragraph') throw new OutsideSubset();
        children.push(this.footnoteDefinition());
      } else if (kind === 'table') {
        // A pipe line under a paragraph line may be its continuation or a table's header.
        if (previous === 'paragraph') throw new OutsideSubset();
        children.push(this.table());
      } else children.push(this.paragraph());
      previous = kind;
    }
    return { type: 'root', children, position: { start: this.point(0), end: this.point(this.text.length) } };
  }

  /**
   * The footnotes defined, before any is called. Every `]:` in the text must close one of these
   * definitions: anything else may define a link, which changes what brackets mean everywhere.
   */
  private findFootnotes(): void {
    let definitions = 0;
    for (let index = this.index; index < this.starts.length; index++) {
      if (this.text.charCodeAt(this.starts[index]!) !== 91) continue;
      const label = FOOTNOTE_DEFINITION.exec(this.line(index))?.[1]?.toLowerCase();
      if (label === undefined) continue;
      if (this.footnotes.has(label)) throw new OutsideSubset();
      this.footnotes.add(label);
      definitions++;
    }
    const body = this.text.slice(this.starts[this.index] ?? this.text.length);
    if (body.split(']:').length - 1 !== definitions) throw new OutsideSubset();
  }

  private line(index: number): string {
    return this.text.slice(this.starts[index], this.ends[index]);
  }

  private kind(index: number): LineKind {
    const start = this.starts[index]!;
    if (start === this.ends[index]) return 'blank';
    const first = this.text[start]!;
    if (OTHER_BLOCK_START.has(first)) throw new OutsideSubset();
    const line = this.line(index);
    if (first === '#') {
      if (!HEADING.test(line) || line.endsWith('#')) throw new OutsideSubset();
      return 'heading';
    }
    if (first === '-') {
      // `- text`; `-` alone, `--`, `---`, `-  text` are other constructs.
      if (line.length < 3 || line[1] !== ' ' || !this.startsPlainly(line.slice(2))) throw new OutsideSubset();
      return 'item';
    }
    if (first === '|') return 'table';
    if (first === '[' && FOOTNOTE_DEFINITION.test(line)) return 'footnote';
    if (first === '<') {
      if (!line.startsWith('<!--') || !line.includes('-->', 4)) throw new OutsideSubset();
      return 'html';
    }
    if (first >= '0' && first <= '9' && ORDERED_MARKER.test(line)) throw new OutsideSubset();
    return 'paragraph';
  }

  /** Whether a list item's text would start a paragraph rather than another block. */
  private startsPlainly(content: string): boolean {
    const first = content[0]!;
    return !OTHER_BLOCK_START.has(first) && first !== '#' && first !== '-' && first !== '|' && first !== '<' && !ORDERED_MARKER.test(content);
  }

  private point(offset: number): Point {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1, offset };
  }

  private span(start: number, end: number): { start: Point; end: Point } {
    return { start: this.point(start), end: this.point(end) };
  }

  private frontMatter(): Yaml {
    let close = 1;
    while (close < this.starts.length && this.line(close) !== '---') close++;
    if (close === this.starts.length) throw new OutsideSubset();
    const value = close === 1 ? '' : this.text.slice(this.starts[1], this.ends[close - 1]);
    this.index = close + 1;
    return { type: 'yaml', value, position: this.span(0, this.ends[close]!) };
  }

  private heading(): Heading {
    const start = this.starts[this.index]!;
    const end = this.ends[this.index]!;
    const marker = HEADING.exec(this.line(this.index))![0];
    this.index++;
    const depth = marker.trimEnd().length as Heading['depth'];
    return { type: 'heading', depth, children: this.inline(start + marker.length, end), position: this.span(start, end) };
  }

  private paragraph(): Paragraph {
    const start = this.starts[this.index]!;
    let last = this.index;
    while (last + 1 < this.starts.length && this.kind(last + 1) === 'paragraph') last++;
    const next = last + 1 < this.starts.length ? this.kind(last + 1) : 'blank';
    // A pipe line right under a paragraph is its continuation (or a table header): not built here.
    if (next === 'table') throw new OutsideSubset();
    this.index = last + 1;
    const end = this.ends[last]!;
    return { type: 'paragraph', children: this.inline(start, end), position: this.span(start, end) };
  }

  private list(): List {
    const items: ListItem[] = [];
    while (this.index < this.starts.length && this.kind(this.index) === 'item') {
      const start = this.starts[this.index]!;
      const end = this.ends[this.index]!;
      this.index++;
      const paragraph: Paragraph = { type: 'paragraph', children: this.inline(start + 2, end), position: this.span(start + 2, end) };
      items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: this.span(start, end) });
    }
    if (this.index < this.starts.length) {
      const next = this.kind(this.index);
      // A text line (or a definition) under an item continues it lazily; an item after a blank line makes the list loose.
      if (next === 'paragraph' || next === 'table' || next === 'html' || next === 'footnote') throw new OutsideSubset();
      if (next === 'blank') {
        let after = this.index;
        while (after < this.starts.length && this.kind(after) === 'blank') after++;
        if (after < this.starts.length && this.kind(after) === 'item') throw new OutsideSubset();
      }
    }
    const position = { start: items[0]!.position!.start, end: items.at(-1)!.position!.end };
    return { type: 'list', ordered: false, start: null, spread: false, children: items, position };
  }

  private footnoteDefinition(): FootnoteDefinition {
    const start = this.starts[this.index]!;
    const end = this.ends[this.index]!;
    const marker = FOOTNOTE_DEFINITION.exec(this.line(this.index))!;
    this.index++;
    // A text line under the definition continues it; a list or table would belong to it.
    if (this.index < this.starts.length && !['blank', 'heading', 'footnote'].includes(this.kind(this.index))) throw new OutsideSubset();
    const contentStart = start + marker[0].length;
    const paragraph: Paragraph = { type: 'paragraph', children: this.inline(contentStart, end), position: this.span(contentStart, end) };
    const label = marker[1]!;
    return { type: 'footnoteDefinition', identifier: label.toLowerCase(), label, children: [paragraph], position: this.span(start, end) };
  }

  private html(): Html {
    const start = this.starts[this.index]!;
    const end = this.ends[this.index]!;
    this.index++;
    return { type: 'html', value: this.text.slice(start, end), position: this.span(start, end) };
  }

  private table(): Table {
    const headerLine = this.index;
    if (headerLine + 1 >= this.starts.length || !DELIMITER_ROW.test(this.line(headerLine + 1))) throw new OutsideSubset();
    const header = this.row(headerLine);
    const delimiters = this.line(headerLine + 1)
      .slice(1, -1)
      .split('|');
    if (delimiters.length !== header.children.length) throw new OutsideSubset();
    const align = delimiters.map((cell): AlignType => {
      const trimmed = cell.trim();
      const left = trimmed.startsWith(':');
      const right = trimmed.endsWith(':');
      return left && right ? 'center' : left ? 'left' : right ? 'right' : null;
    });
    const rows: TableRow[] = [header];
    let end = this.ends[headerLine + 1]!;
    this.index = headerLine + 2;
    while (this.index < this.starts.length) {
      const kind = this.kind(this.index);
      if (kind === 'blank' || kind === 'heading' || kind === 'html') break;
      // Any other line under a table is one of its rows in GFM, with or without pipes.
      if (kind !== 'table') throw new OutsideSubset();
      const row = this.row(this.index);
      if (row.children.length !== header.children.length) throw new OutsideSubset();
      rows.push(row);
      end = this.ends[this.index]!;
      this.index++;
    }
    return { type: 'table', align, children: rows, position: this.span(this.starts[headerLine]!, end) };
  }

  /** A row `| a | b |`: each cell spans from its opening pipe to the next, the last one through the closing pipe. */
  private row(index: number): TableRow {
    const start = this.starts[index]!;
    const end = this.ends[index]!;
    if (end - start < 2 || this.text[end - 1] !== '|') throw new OutsideSubset();
    const cells: TableCell[] = [];
    let open = start;
    while (open < end - 1) {
      const close = this.text.indexOf('|', open + 1);
      let contentStart = open + 1;
      let contentEnd = close;
      while (contentStart < contentEnd && this.text.charCodeAt(contentStart) === 32) contentStart++;
      while (contentEnd > contentStart && this.text.charCodeAt(contentEnd - 1) === 32) contentEnd--;
      const children = contentStart < contentEnd ? this.inline(contentStart, contentEnd) : [];
      cells.push({ type: 'tableCell', children, position: this.span(open, close === end - 1 ? end : close) });
      open = close;
    }
    return { type: 'tableRow', children: cells, position: this.span(start, end) };
  }

  /** Text, images and footnote calls between two offsets; lines inside are joined by their `\n`. */
  private inline(start: number, end: number): PhrasingContent[] {
    const content = this.text.slice(start, end);
    if (!MAYBE_SYNTAX.test(content)) return [{ type: 'text', value: content, position: this.span(start, end) }];
    if (!delimitersAreText(content)) throw new OutsideSubset();
    const nodes: PhrasingContent[] = [];
    let textStart = 0;
    INLINE_CONSTRUCT.lastIndex = 0;
    for (let found = INLINE_CONSTRUCT.exec(content); found; found = INLINE_CONSTRUCT.exec(content)) {
      const at = found.index;
      const node = content[at] === '!' ? this.image(content, at, start) : content[at] === '[' ? this.footnoteCall(content, at, start) : undefined;
      if (!node) throw new OutsideSubset();
      if (at > textStart) nodes.push({ type: 'text', value: content.slice(textStart, at), position: this.span(start + textStart, start + at) });
      nodes.push(node);
      textStart = INLINE_CONSTRUCT.lastIndex = node.position!.end.offset! - start;
    }
    if (textStart < content.length) nodes.push({ type: 'text', value: content.slice(textStart), position: this.span(start + textStart, end) });
    return nodes;
  }

  /** `![alt](src)` at `at` of a text that starts at source offset `start`. */
  private image(content: string, at: number, start: number): Image | undefined {
    IMAGE.lastIndex = at;
    const image = IMAGE.exec(content);
    if (!image) return undefined;
    return { type: 'image', title: null, url: image[2]!, alt: image[1]!, position: this.span(start + at, start + at + image[0].length) };
  }

  /** `[^1]` calling a footnote the text defines; `[^1](…)` and `[^1][…]` may be links. */
  private footnoteCall(content: string, at: number, start: number): FootnoteReference | undefined {
    FOOTNOTE_CALL.lastIndex = at;
    const call = FOOTNOTE_CALL.exec(content);
    const label = call?.[1];
    if (!label || !this.footnotes.has(label.toLowerCase())) return undefined;
    const after = content[at + call[0].length];
    if (after === '(' || after === '[') return undefined;
    return { type: 'footnoteReference', identifier: label.toLowerCase(), label, position: this.span(start + at, start + at + call[0].length) };
  }
}

/**
 * Whether no run of `*` or `_` can open emphasis that a later run of the same marker closes, so
 * that all of them are text: `“*”`, `________年____月`. Openers and closers as micromark's attention
 * construct decides them, from the classes of the characters around each run (CommonMark 6.2).
 */
function delimitersAreText(content: string): boolean {
  const opened = { [ASTERISK]: false, [UNDERSCORE]: false };
  for (let index = 0; index < content.length;) {
    const marker = content.charCodeAt(index);
    if (marker !== ASTERISK && marker !== UNDERSCORE) {
      index++;
      continue;
    }
    let after = index;
    while (content.charCodeAt(after) === marker) after++;
    const before = classifyCharacter(index === 0 ? null : content.charCodeAt(index - 1));
    const next = classifyCharacter(after === content.length ? null : content.charCodeAt(after));
    const opens = !next || (next === PUNCTUATION && Boolean(before));
    const closes = !before || (before === PUNCTUATION && Boolean(next));
    const canOpen = marker === ASTERISK ? opens : opens && (Boolean(before) || !closes);
    const canClose = marker === ASTERISK ? closes : closes && (Boolean(next) || !opens);
    if (canClose && opened[marker]) return false;
    if (canOpen) opened[marker] = true;
    index = after;
  }
  return true;
}
