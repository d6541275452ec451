// Model → HTML, the one renderer behind the handbook and the printed texts. It copies the mdast
// tree, marks every clause, table, figure, formula and annex with its number as the element id,
// turns recognized references into links, and renders through remark-rehype and rehype-sanitize:
// raw HTML written by authors is dropped and unsafe URLs are removed.
import type { FootnoteDefinition, FootnoteReference, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, Text } from 'mdast';
import type { Properties, Root as HastRoot } from 'hast';
import { allSections, isNormativeReferencesChapter, isTermsChapter, topLevelOf } from '../model/sections.ts';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import rehypeKatex from 'rehype-katex';
import { unified } from 'unified';
import type { Footnote, ListInfo, ListStyle, Reference, Section, Standard } from '../model/types.ts';
import { footnoteMark } from '../model/footnotes.ts';
import { entryLists } from '../model/lists.ts';
import { tableGrid } from '../model/tables.ts';
import { listItemMarker } from '../parse/parse-standard.ts';

export interface RenderOptions {
  /** Where a reference leads, or undefined to leave it as plain text. */
  hrefFor(reference: Reference): string | undefined;
  /** The URL an image may be shown from, or undefined when it points outside the repository. */
  imageSrc(src: string, standard: Standard): string | undefined;
  /**
   * Print: each 条文脚注's text stands at its call (`span.footnote`), for the printer to float it to the
   * foot of the page (GB/T 1.1—2020 9.12); otherwise (the handbook) they close the element they are called in.
   */
  footnotesAtCall?: boolean;
}

export interface TocEntry {
  id: string;
  /** `前言`, `1 范围`, `附录A（规范性）表格`. */
  label: string;
  /** 1 for top-level elements, 2 for first-level clauses. */
  level: number;
  kind: Section['kind'];
}

export interface RenderedStandard {
  html: string;
  toc: TocEntry[];
}

const ELEMENT_IDS: Partial<Record<Section['kind'], string>> = { preface: '前言', introduction: '引言', bibliography: '参考文献', index: '索引' };

export function sectionId(section: Section): string {
  if (section.kind === 'annex') return `附录${section.number}`;
  return section.number || ELEMENT_IDS[section.kind] || section.title;
}

const schema = {
  ...defaultSchema,
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id', 'className', 'dataTerm'],
    // A tag's own entry wins over '*', and the defaults pin className on these tags to GitHub's
    // footnote classes: allow the renderer's classes (h2.annex, a.ref …) there too.
    a: [...(defaultSchema.attributes?.a ?? []).filter((attribute) => !(Array.isArray(attribute) && attribute[0] === 'className')), 'className'],
    h2: ['className'],
    // The defaults pin className on these to GitHub's task lists; the renderer's list, table and formula classes are needed.
    ul: ['className'],
    li: ['className'],
    table: ['className'],
    td: [...(defaultSchema.attributes?.td ?? []), 'colSpan', 'rowSpan'],
    th: [...(defaultSchema.attributes?.th ?? []), 'colSpan', 'rowSpan'],
  },
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'section'],
};

// KaTeX runs after sanitizing, on the `code.language-math` elements remark-math leaves, and writes
// MathML only: browsers and Chromium's printing lay it out natively, with no stylesheet or font to ship.
const toHtml = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);
// rehype-katex walks every element looking for math: only texts that can hold math (a `$`) pay for it.
const toHtmlWithMath = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeKatex, { output: 'mathml' }).use(rehypeStringify);

/** The marker GB/T 1.1 prints before the items of each list style when the text carries none. */
const DEFAULT_MARKERS: Record<ListStyle, string> = { dash: '——', bullet: '·', letter: '', number: '' };

/** A node remark-rehype turns into the element `hName` with these children (its unknown-node rule). */
function element(hName: string, children: RootContent[] | PhrasingContent[], hProperties: Properties = {}): RootContent {
  // An unknown node type: remark-rehype makes it the element `hName`, and no mdast logic (such as
  // unwrapping the paragraphs of tight lists) mistakes it for a paragraph.
  return { type: 'renderedElement', data: { hName, hProperties }, children } as unknown as RootContent;
}

function span(className: string, value: string): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'span', hProperties: { className: [className] } }, children: [{ type: 'text', value }] };
}

class Renderer {
  private readonly standard: Standard;
  private readonly options: RenderOptions;
  private readonly sectionByNode: ReadonlyMap<RootContent, Section>;
  private readonly referencesByText = new Map<Text, Reference[]>();
  private readonly labelByNode = new Map<RootContent, { id: string; className: string }>();
  private readonly listByNode = new Map<List, ListInfo>();
  /** Notes that follow a table: printed inside its frame (GB/T 1.1—2020 9.8), not after it. */
  private readonly tableNotes = new Map<Table, Paragraph[]>();
  private readonly notesInTables = new Set<RootContent>();
  /** Lists of documents and abbreviations (chapter 2, 缩略语, 参考文献): entries, printed without list markers. */
  private readonly plainLists = new Set<RootContent>();
  /** Terms this standard defines, longest first so `首问责任人` wins over `首问`. */
  private readonly termPattern: RegExp | undefined;
  private readonly termNumbers = new Map<string, string>();
  /** Terms already linked in the current block: only the first mention in a paragraph is a link. */
  private linkedTerms = new Set<string>();
  /** Terms are linked in the core chapters and annexes only, not in 前言 to chapter 3 (titles, definitions). */
  private linkTerms = false;
  private readonly footnoteByCall = new Map<FootnoteReference, { footnote: Footnote; id: string }>();
  /** A table's footnotes, printed in its frame after its notes (GB/T 1.1—2020 9.8). */
  private readonly tableFootnotes = new Map<Table, { footnote: Footnote; id: string }[]>();
  private readonly figureFootnotes = new Map<FootnoteDefinition, { footnote: Footnote; id: string }>();
  /** 条文脚注 by the top-level element whose text calls them: printed at that element's end. */
  private readonly textFootnotes = new Map<Section | undefined, { footnote: Footnote; id: string }[]>();
  private currentElement: Section | undefined;

  constructor(standard: Standard, options: RenderOptions) {
    this.standard = standard;
    this.options = options;
    this.sectionByNode = new Map(allSections(standard).map((section) => [section.node as RootContent, section]));
    // Chapter 2 entries are listings, not citations, but their codes lead to the documents too.
    const listed: Reference[] = standard.normativeList.flatMap((entry) =>
      entry.text ? [{ document: entry.code, normative: false, position: entry.position, node: entry.text.node, start: entry.text.start, end: entry.text.start + entry.code.raw.length }] : [],
    );
    for (const reference of [...standard.references, ...listed]) {
      const list = this.referencesByText.get(reference.node) ?? [];
      list.push(reference);
      this.referencesByText.set(reference.node, list);
    }
    for (const caption of standard.captions) {
      this.labelByNode.set(caption.node, { id: `${caption.kind === 'table' ? '表' : '图'}${caption.number}`, className: `caption ${caption.kind}-caption` });
    }
    for (const formula of standard.formulas) this.labelByNode.set(formula.node, { id: `公式${formula.number}`, className: 'formula' });
    for (const note of standard.notes) this.labelByNode.set(note.node, { id: '', className: note.kind });
    for (const list of standard.lists) this.listByNode.set(list.node, list);
    const plainSections = (sections: Section[]): void => {
      for (const section of sections) {
        const isListing = isNormativeReferencesChapter(section) || section.kind === 'bibliography' || /^(?:符号|缩略语|符号和缩略语)$/u.test(section.title);
        if (isListing) for (const block of section.blocks) if (block.type === 'list') this.plainLists.add(block);
        plainSections(section.children);
      }
    };
    plainSections(standard.elements);
    for (const list of entryLists(standard)) this.plainLists.add(list);
    const noteNodes = new Set<RootContent>(standard.notes.filter((note) => note.kind === 'note').map((note) => note.node));
    standard.tree.children.forEach((node, index) => {
      if (node.type !== 'table') return;
      const notes: Paragraph[] = [];
      for (let next = standard.tree.children[index + 1 + notes.length]; next && noteNodes.has(next); next = standard.tree.children[index + 1 + notes.length]) notes.push(next as Paragraph);
      this.tableNotes.set(node, notes);
      for (const note of notes) this.notesInTables.add(note);
    });
    this.placeFootnotes();
    for (const caption of standard.captions) {
      for (const subfigure of caption.subfigures ?? []) this.labelByNode.set(subfigure.node, { id: `图${caption.number}${subfigure.label}`, className: 'subfigure-caption' });
      if (caption.key) this.labelByNode.set(caption.key.node, { id: '', className: 'figure-key' });
    }
    for (const term of standard.terms) if (term.term.length >= 2) this.termNumbers.set(term.term, term.number);
    const names = [...this.termNumbers.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    this.termPattern = names.length > 0 ? new RegExp(names.join('|'), 'gu') : undefined;
  }

  private placeFootnotes(): void {
    const tableIds = new Map(this.standard.captions.filter((caption) => caption.table).map((caption) => [caption.table!, `表${caption.number}`]));
    for (const footnote of this.standard.footnotes) {
      const owner = footnote.kind === 'table' ? (tableIds.get(footnote.table!) ?? '表') : footnote.figure ? `图${footnote.figure.number}` : '';
      const entry = { footnote, id: `${owner}脚注${footnote.label}` };
      for (const call of footnote.calls) this.footnoteByCall.set(call, entry);
      if (footnote.kind === 'table') this.tableFootnotes.set(footnote.table!, [...(this.tableFootnotes.get(footnote.table!) ?? []), entry]);
      else if (footnote.kind === 'figure') this.figureFootnotes.set(footnote.definition!, entry);
      else if (footnote.definition) {
        const element = topLevelOf(footnote.section);
        this.textFootnotes.set(element, [...(this.textFootnotes.get(element) ?? []), entry]);
      }
    }
  }

  render(): RenderedStandard {
    const children = this.standard.tree.children.flatMap((node) => {
      this.linkedTerms = new Set();
      const section = this.sectionByNode.get(node);
      // An element's 条文脚注 close it, before the next element begins.
      const closing = section && !section.parent && node.type === 'heading' ? this.elementFootnotes() : [];
      if (section && !section.parent) this.currentElement = section;
      return [...closing, ...this.block(node)];
    });
    children.push(...this.elementFootnotes());
    const root: Root = { type: 'root', children };
    const processor = this.standard.source.includes('$') ? toHtmlWithMath : toHtml;
    const html = processor.stringify(processor.runSync(root) as HastRoot);
    return { html, toc: this.toc() };
  }

  private toc(): TocEntry[] {
    const entries: TocEntry[] = [];
    for (const element of this.standard.elements) {
      const label = element.kind === 'annex' ? `附录${element.number}${annexMark(element)}${element.title}` : element.number ? `${element.number}　${element.title}` : element.title;
      entries.push({ id: sectionId(element), label, level: 1, kind: element.kind });
      if (isTermsChapter(element)) continue;
      for (const child of element.children) {
        if (!child.untitled) entries.push({ id: sectionId(child), label: `${child.number}　${child.title}`, level: 2, kind: child.kind });
      }
    }
    return entries;
  }

  /** The 条文脚注 called in the current element, after a short rule (GB/T 1.1—2020 9.12). */
  private elementFootnotes(): RootContent[] {
    if (this.options.footnotesAtCall) return [];
    const footnotes = this.textFootnotes.get(this.currentElement) ?? [];
    this.textFootnotes.delete(this.currentElement);
    if (footnotes.length === 0) return [];
    return [element('div', footnotes.map((entry) => this.footnoteText(entry, 'text-footnote')) as RootContent[], { className: ['footnotes'] })];
  }

  /** A footnote's text with its label: `1)` for 条文脚注, the letter for table and figure footnotes. */
  private footnoteText({ footnote, id }: { footnote: Footnote; id: string }, className: string): RootContent {
    const label = footnoteMark(footnote);
    const content = (footnote.definition?.children ?? []).flatMap((child) => (child.type === 'paragraph' ? this.inlineChildren(child.children) : []));
    return element('p', [span('footnote-label', label), { type: 'text', value: ' ' }, ...content], { id, className: ['footnote', className] });
  }

  private block(node: RootContent): RootContent[] {
    if (node.type === 'yaml' || node.type === 'html') return [];
    if (node.type === 'footnoteDefinition') {
      const figure = this.figureFootnotes.get(node);
      return figure ? [this.footnoteText(figure, 'figure-footnote')] : [];
    }
    const section = this.sectionByNode.get(node);
    if (section && node.type === 'heading') {
      if (!section.parent) this.linkTerms = (section.kind === 'chapter' && Number(section.number) > 3) || section.kind === 'annex';
      return [this.heading(section)];
    }
    if (section && node.type === 'paragraph') return [this.untitledClause(section, node)];
    if (this.notesInTables.has(node)) return [];
    if (node.type === 'table') return [this.table(node)];
    if (node.type === 'list') return [this.list(node)];
    const label = this.labelByNode.get(node);
    if (label?.className === 'formula' && node.type === 'paragraph') return [this.formula(node, label.id)];
    const copy = this.copy(node) as RootContent;
    if (label) copy.data = { ...copy.data, hProperties: { ...(label.id ? { id: label.id } : {}), className: label.className.split(' ') } };
    return [copy];
  }

  /** A table with its merged cells as rowspan/colspan, the header rows in <thead>, and its notes in <tfoot>. */
  private table(node: Table): RootContent {
    const grid = tableGrid(node);
    const columns = node.children[0]?.children.length ?? 1;
    const row = (cells: (typeof grid.rows)[number], header: boolean): RootContent =>
      element(
        'tr',
        cells.map((cell) =>
          element(header ? 'th' : 'td', this.inlineChildren(cell.node.children), {
            ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
            ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
          }),
        ),
      );
    const parts = [
      element(
        'thead',
        grid.rows.slice(0, grid.headerRows).map((cells) => row(cells, true)),
      ),
      element(
        'tbody',
        grid.rows.slice(grid.headerRows).map((cells) => row(cells, false)),
      ),
    ];
    const notes = this.tableNotes.get(node) ?? [];
    const footnotes = (this.tableFootnotes.get(node) ?? []).filter((entry) => entry.footnote.definition);
    if (notes.length > 0 || footnotes.length > 0) {
      const noteParagraphs = notes.map((note) => element('p', this.inlineChildren(note.children), { className: ['note', 'table-note'] }));
      const footnoteParagraphs = footnotes.map((entry) => this.footnoteText(entry, 'table-footnote'));
      parts.push(element('tfoot', [element('tr', [element('td', [...noteParagraphs, ...footnoteParagraphs], { colSpan: columns })])]));
    }
    return element('table', parts, grid.hasMerges ? { className: ['merged'] } : {});
  }

  /** Lists carry GB/T 1.1's markers: `——`, `·`, or the `a)` / `1)` written in the text, as a span before the item. */
  private list(node: List): RootContent {
    const info = this.listByNode.get(node);
    const style = info?.style ?? 'dash';
    const plain = this.plainLists.has(node) && style === 'dash';
    const items = node.children.map((item, index) => {
      // A tight list shows its items' text without paragraphs, as remark-rehype would.
      const children = (this.copy(item) as ListItem).children.flatMap((child) => (!item.spread && child.type === 'paragraph' ? (child.children as unknown as RootContent[]) : [child]));
      if (plain) return element('li', children);
      // A marker written in the text is the item's marker; a Markdown "1)" list prints its numbers.
      const written = listItemMarker(item);
      if (written) stripLeading(children, written.length);
      const marker = written?.text ?? (style === 'number' ? (info?.items[index]?.marker ?? `${index + 1})`) : DEFAULT_MARKERS[style]);
      return element('li', [span('list-marker', marker) as unknown as RootContent, ...children] as RootContent[]);
    });
    return element('ul', items, { className: ['list', plain ? 'list-plain' : `list-${style}`] });
  }

  /** `$$…$$　(1)`: the formula centred, its number flush right (GB/T 1.1—2020 9.9). */
  private formula(node: Paragraph, id: string): RootContent {
    // The formula's math is set in display style (KaTeX treats `pre > code.language-math` as display math).
    const children = this.inlineChildren(node.children).map((child) => (child.type === 'inlineMath' ? displayMath(child.value) : child));
    const last = children.at(-1);
    const number = last?.type === 'text' ? /[ \u3000\t]*([（(]\s*(?:[A-Z]\.\d{1,3}|\d{1,3})\s*[)）])\s*$/u.exec(last.value) : null;
    if (last?.type === 'text' && number) {
      const rest = last.value.slice(0, number.index);
      children.splice(-1, 1, ...(rest ? [{ type: 'text', value: rest } as PhrasingContent] : []));
    }
    const parts = [element('div', children, { className: ['formula-body'] })];
    if (number) parts.push(span('formula-number', number[1]!.replace(/\s/gu, '')) as RootContent);
    return element('div', parts, { id, className: ['formula'] });
  }

  private heading(section: Section): RootContent {
    const id = sectionId(section);
    const depth = Math.min(6, section.kind === 'clause' ? section.number.split('.').length + 1 : 2) as 2 | 3 | 4 | 5 | 6;
    let children: PhrasingContent[];
    let className: string[] = [section.kind];
    if (section.kind === 'annex') {
      const mark = annexMark(section);
      children = [span('annex-number', `附录${section.number}`), span('annex-mark', mark), span('annex-title', section.title)];
    } else if (section.number) {
      const term = this.standard.terms.find((t) => t.section === section);
      if (term) {
        className = ['term'];
        children = [span('num', section.number), span('term-name', term.term), ...(term.english ? [span('term-en', term.english)] : [])];
      } else {
        // A real space keeps number and title apart in search excerpts and copied text.
        children = [span('num', section.number), { type: 'text', value: ` ${section.title}` }];
      }
    } else {
      children = [{ type: 'text', value: section.title }];
    }
    return { type: 'heading', depth, data: { hProperties: { id, className } }, children };
  }

  /** `4.2.1 窗口工作人员应……` → a paragraph with id `4.2.1` and the number set apart. */
  private untitledClause(section: Section, node: Paragraph): RootContent {
    const children = this.inlineChildren(node.children);
    const first = children[0];
    if (first?.type === 'text') {
      const rest = first.value.slice(section.number.length).replace(/^[ \u3000\t]+/u, '');
      children.splice(0, 1, span('num', section.number), { type: 'text', value: rest });
    }
    return { type: 'paragraph', data: { hProperties: { id: sectionId(section), className: ['clause'] } }, children };
  }

  private inlineChildren(children: PhrasingContent[]): PhrasingContent[] {
    return children.flatMap((child) => this.inline(child));
  }

  private inline(node: PhrasingContent): PhrasingContent[] {
    if (node.type === 'html') return [];
    if (node.type === 'footnoteReference') {
      const entry = this.footnoteByCall.get(node);
      if (!entry) return [];
      const label = footnoteMark(entry.footnote);
      const definition = entry.footnote.definition;
      if (this.options.footnotesAtCall && entry.footnote.kind === 'text' && definition && entry.footnote.calls[0] === node) {
        const content = definition.children.flatMap((child) => (child.type === 'paragraph' ? this.inlineChildren(child.children) : []));
        return [{ type: 'emphasis', data: { hName: 'span', hProperties: { id: entry.id, className: ['footnote', 'text-footnote'] } }, children: content }];
      }
      const link: PhrasingContent = { type: 'link', url: `#${entry.id}`, data: { hProperties: { className: ['footnote-ref'] } }, children: [{ type: 'text', value: label }] };
      return [{ type: 'emphasis', data: { hName: 'sup' }, children: [link] }];
    }
    if (node.type === 'text') return this.textWithLinks(node);
    if (node.type === 'image') {
      const src = this.options.imageSrc(node.url, this.standard);
      return src ? [{ ...node, url: src }] : [{ type: 'text', value: `［图片不可用：${node.alt ?? node.url}］` }];
    }
    if ('children' in node) return [{ ...node, children: this.inlineChildren(node.children as PhrasingContent[]) } as PhrasingContent];
    return [node];
  }

  private textWithLinks(node: Text): PhrasingContent[] {
    const references = this.referencesByText.get(node) ?? [];
    const parts: PhrasingContent[] = [];
    let at = 0;
    for (const reference of [...references].sort((a, b) => a.start - b.start)) {
      if (reference.start < at) continue;
      const href = this.options.hrefFor(reference);
      if (!href) continue;
      if (reference.start > at) parts.push(...this.textWithTerms(node.value.slice(at, reference.start)));
      const link: Link = { type: 'link', url: href, data: { hProperties: { className: ['ref'] } }, children: [{ type: 'text', value: node.value.slice(reference.start, reference.end) }] };
      parts.push(link);
      at = reference.end;
    }
    if (at < node.value.length) parts.push(...this.textWithTerms(node.value.slice(at)));
    return parts;
  }

  /** Links the first mention of each defined term in a block to its entry in chapter 3. */
  private textWithTerms(text: string): PhrasingContent[] {
    if (!this.linkTerms || !this.termPattern) return [{ type: 'text', value: text }];
    const parts: PhrasingContent[] = [];
    let at = 0;
    this.termPattern.lastIndex = 0;
    for (let match = this.termPattern.exec(text); match; match = this.termPattern.exec(text)) {
      if (this.linkedTerms.has(match[0])) continue;
      this.linkedTerms.add(match[0]);
      if (match.index > at) parts.push({ type: 'text', value: text.slice(at, match.index) });
      parts.push({ type: 'link', url: `#${this.termNumbers.get(match[0])}`, data: { hProperties: { className: ['term-ref'] } }, children: [{ type: 'text', value: match[0] }] });
      at = match.index + match[0].length;
    }
    if (at < text.length) parts.push({ type: 'text', value: text.slice(at) });
    return parts;
  }

  private copy(node: RootContent): RootContent {
    if (!('children' in node)) return { ...node };
    const children = (node.children as RootContent[]).flatMap((child) => (isPhrasing(child) ? this.inline(child as PhrasingContent) : this.block(child)));
    return { ...node, children } as RootContent;
  }
}

/** The annex mark as the text's edition writes it: （规范性） in GB/T 1.1—2020, （规范性附录） in 2009. */
function annexMark(section: Section): string {
  const kind = section.annexType === 'normative' ? '规范性' : section.annexType === 'informative' ? '资料性' : '';
  return kind ? `（${kind}${section.annexMarkForm === '2009' ? '附录' : ''}）` : '';
}

function displayMath(value: string): PhrasingContent {
  const code = { type: 'element' as const, tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [{ type: 'text' as const, value }] };
  return { type: 'inlineMath', value, data: { hName: 'pre', hChildren: [code] } };
}

/** Removes the first `length` characters of the first text inside `nodes` (a list item's written marker). */
function stripLeading(nodes: RootContent[], length: number): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      node.value = node.value.slice(length);
      return;
    }
    if ('children' in node && (node.children as RootContent[]).length > 0) {
      stripLeading(node.children as RootContent[], length);
      return;
    }
  }
}

function isPhrasing(node: RootContent): boolean {
  return ['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'footnoteReference', 'html'].includes(node.type);
}

export function renderStandard(standard: Standard, options: RenderOptions): RenderedStandard {
  return new Renderer(standard, options).render();
}
