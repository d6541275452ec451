// Model → HTML, the one renderer behind the handbook and the printed texts. It copies the mdast
// tree, marks every clause, table, figure, formula and annex with its number as the element id,
// turns recognized references into links, and renders through remark-rehype and rehype-sanitize:
// raw HTML written by authors is dropped and unsafe URLs are removed.
import type { Link, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Root as HastRoot } from 'hast';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Reference, Section, Standard } from '../model/types.ts';

export interface RenderOptions {
  /** Where a reference leads, or undefined to leave it as plain text. */
  hrefFor(reference: Reference): string | undefined;
  /** The URL an image may be shown from, or undefined when it points outside the repository. */
  imageSrc(src: string, standard: Standard): string | undefined;
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
  },
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'section'],
};

const toHtml = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify);

function span(className: string, value: string): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'span', hProperties: { className: [className] } }, children: [{ type: 'text', value }] };
}

class Renderer {
  private readonly standard: Standard;
  private readonly options: RenderOptions;
  private readonly sectionByNode = new Map<RootContent, Section>();
  private readonly referencesByText = new Map<Text, Reference[]>();
  private readonly labelByNode = new Map<RootContent, { id: string; className: string }>();
  /** Terms this standard defines, longest first so `首问责任人` wins over `首问`. */
  private readonly termPattern: RegExp | undefined;
  private readonly termNumbers = new Map<string, string>();
  /** Terms already linked in the current block: only the first mention in a paragraph is a link. */
  private linkedTerms = new Set<string>();
  /** Terms are linked in the core chapters and annexes only, not in 前言 to chapter 3 (titles, definitions). */
  private linkTerms = false;

  constructor(standard: Standard, options: RenderOptions) {
    this.standard = standard;
    this.options = options;
    const visit = (sections: Section[]): void => {
      for (const section of sections) {
        this.sectionByNode.set(section.node, section);
        visit(section.children);
      }
    };
    visit(standard.elements);
    // Chapter 2 entries are listings, not citations, but their codes lead to the documents too.
    const listed: Reference[] = standard.normativeList.flatMap((entry) => entry.text
      ? [{ document: entry.code, normative: false, position: entry.position, node: entry.text.node, start: entry.text.start, end: entry.text.start + entry.code.raw.length }]
      : []);
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
    for (const term of standard.terms) if (term.term.length >= 2) this.termNumbers.set(term.term, term.number);
    const names = [...this.termNumbers.keys()].sort((a, b) => b.length - a.length).map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    this.termPattern = names.length > 0 ? new RegExp(names.join('|'), 'gu') : undefined;
  }

  render(): RenderedStandard {
    const children = this.standard.tree.children.flatMap((node) => {
      this.linkedTerms = new Set();
      return this.block(node);
    });
    const root: Root = { type: 'root', children };
    const html = toHtml.stringify(toHtml.runSync(root) as HastRoot);
    return { html, toc: this.toc() };
  }

  private toc(): TocEntry[] {
    const entries: TocEntry[] = [];
    for (const element of this.standard.elements) {
      const label = element.kind === 'annex'
        ? `附录${element.number}${element.annexType ? `（${element.annexType === 'normative' ? '规范性' : '资料性'}）` : ''}${element.title}`
        : element.number ? `${element.number}　${element.title}` : element.title;
      entries.push({ id: sectionId(element), label, level: 1, kind: element.kind });
      const isTerms = element.kind === 'chapter' && element.number === '3';
      if (isTerms) continue;
      for (const child of element.children) {
        if (!child.untitled) entries.push({ id: sectionId(child), label: `${child.number}　${child.title}`, level: 2, kind: child.kind });
      }
    }
    return entries;
  }

  private block(node: RootContent): RootContent[] {
    if (node.type === 'yaml' || node.type === 'html') return [];
    const section = this.sectionByNode.get(node);
    if (section && node.type === 'heading') {
      if (!section.parent) this.linkTerms = (section.kind === 'chapter' && Number(section.number) > 3) || section.kind === 'annex';
      return [this.heading(section)];
    }
    if (section && node.type === 'paragraph') return [this.untitledClause(section, node)];
    const copy = this.copy(node) as RootContent;
    const label = this.labelByNode.get(node);
    if (label) copy.data = { ...copy.data, hProperties: { ...(label.id ? { id: label.id } : {}), className: label.className.split(' ') } };
    return [copy];
  }

  private heading(section: Section): RootContent {
    const id = sectionId(section);
    const depth = Math.min(6, section.kind === 'clause' ? section.number.split('.').length + 1 : 2) as 2 | 3 | 4 | 5 | 6;
    let children: PhrasingContent[];
    let className: string[] = [section.kind];
    if (section.kind === 'annex') {
      const mark = section.annexType === 'normative' ? '（规范性）' : section.annexType === 'informative' ? '（资料性）' : '';
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
    const children = (node.children as RootContent[]).flatMap((child) =>
      isPhrasing(child) ? this.inline(child as PhrasingContent) : this.block(child));
    return { ...node, children } as RootContent;
  }
}

function isPhrasing(node: RootContent): boolean {
  return ['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'footnoteReference', 'html'].includes(node.type);
}

export function renderStandard(standard: Standard, options: RenderOptions): RenderedStandard {
  return new Renderer(standard, options).render();
}
