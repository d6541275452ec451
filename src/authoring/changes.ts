// Revisions: compares a standard with its previous edition clause by clause and drafts the 前言's
// list of main technical changes (GB/T 1.1—2020 8.3): "更改了…（见4.2，2019年版的4.3）", "增加了…（见5.3）",
// "删除了…（2019年版的4.3）". Clauses are matched by content and title, not by number, so a clause
// that moved is recognized; what only moved or changed in wording is left out, as the 前言 says.
import { isNormativeReferencesChapter, isScopeChapter, isTermsChapter } from '../model/sections.ts';
import { toString } from 'mdast-util-to-string';
import { CorpusIndex } from '../model/corpus-index.ts';
import { CODE_IN_TEXT, formatCode } from '../model/code.ts';
import { targetLabel } from '../model/targets.ts';
import type { Corpus, Section, Standard } from '../model/types.ts';

export type ChangeKind = 'changed' | 'added' | 'deleted';

/** One clause-level comparison: a matched pair, or a clause only one edition has. */
export interface ClauseComparison {
  /** `unchanged` (possibly moved) and `editorial` (wording only) are not technical changes. */
  change: ChangeKind | 'unchanged' | 'editorial';
  oldNumber?: string;
  newNumber?: string;
  oldText?: string;
  newText?: string;
  /** How alike the two texts are, 0–1 (0 when one side is missing). */
  similarity: number;
}

export interface ChangeItem {
  change: ChangeKind;
  /** What changed, as the 前言 names it: `离岗的要求`, `“离岗”“暂停服务”的术语和定义`. */
  subject: string;
  /** Where it stands in the new edition and stood in the old one: `6.2`, `第8章`, `附录A`. */
  newLabels: string[];
  oldLabels: string[];
  /** The item as the 前言 writes it, e.g. `更改了离岗的要求（见6.2，2019年版的5.4.2）`. */
  text: string;
  /** The clause comparisons behind the item, for showing the differences. */
  clauses: ClauseComparison[];
}

export interface EditionComparison {
  oldCode: string;
  newCode: string;
  /** The main technical changes, in the order of the new edition. */
  items: ChangeItem[];
  /** Every clause comparison, including clauses that are unchanged or changed in wording only. */
  clauses: ClauseComparison[];
  /** The drafted 前言 paragraph with its lettered items, in Markdown. */
  foreword: string;
}

/** Matching a pair needs this score; texts that share only the common words of the domain stay apart. */
const MATCH_THRESHOLD = 0.22;
/** A further clause joins a matched one (a clause split in two, or two merged) only when clearly related. */
const JOIN_THRESHOLD = 0.35;
/** Above this similarity, with the same quantities and modal verbs, a change is editorial. */
const EDITORIAL_SIMILARITY = 0.55;

/** A text compared as a whole: a leaf clause, a term, the scope, or an annex without clauses. */
interface Unit {
  kind: 'scope' | 'term' | 'clause';
  section: Section;
  /** The titled section the unit's change is reported under: itself, or its titled parent clause. */
  container: Section;
  /** Its own title, or for an untitled clause the title of the section around it. */
  title: string;
  /** The title is the unit's own or its titled clause's, not just the chapter's. */
  specificTitle: boolean;
  text: string;
  order: number;
  textGrams: Set<string>;
  titleGrams: Set<string>;
}

function sectionText(section: Section): string {
  const own = section.untitled ? toString(section.node).replace(/^[A-Z\d.]+\s*/u, '') : '';
  return [own, ...section.blocks.map((block) => toString(block))].join('\n').trim();
}

function leaves(section: Section): Section[] {
  return section.children.length === 0 ? [section] : section.children.flatMap(leaves);
}

function containerOf(section: Section): Section {
  const parent = section.parent;
  return section.untitled && parent?.kind === 'clause' && !parent.untitled ? parent : section;
}

/** Text as compared: no whitespace, punctuation, or numbers of the clauses, tables and editions it cites. */
export function comparable(text: string): string {
  return text
    .replace(CODE_IN_TEXT, (...match) => {
      const groups = match.at(-1) as Record<string, string>;
      return `${groups.prefix}${groups.serial}`;
    })
    .replace(/(?<![\d.])(?:\d{1,2}(?:\.\d{1,3})+|[A-Z](?:\.\d{1,3})+)(?![\d.])|第\d{1,2}章|[表图][A-Z]?\.?\d{1,3}|附录[A-Z]/gu, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

export function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i < text.length - 1; i++) grams.add(text.slice(i, i + 2));
  if (text.length === 1) grams.add(text);
  return grams;
}

function units(standard: Standard): Unit[] {
  const found: Omit<Unit, 'order' | 'textGrams' | 'titleGrams'>[] = [];
  for (const element of standard.elements) {
    if (isScopeChapter(element)) {
      found.push({ kind: 'scope', section: element, container: element, title: element.title, specificTitle: true, text: sectionText(element) });
    } else if (isTermsChapter(element)) {
      for (const term of standard.terms) found.push({ kind: 'term', section: term.section, container: term.section, title: term.term, specificTitle: true, text: term.definition });
    } else if ((element.kind === 'chapter' && !isNormativeReferencesChapter(element)) || element.kind === 'annex') {
      for (const leaf of leaves(element)) {
        const container = containerOf(leaf);
        // A chapter's title is broad context; a titled clause's title names what its clauses are about.
        const specific = container !== leaf || !leaf.untitled;
        const title = specific ? container.title : leaf.parent?.title;
        found.push({ kind: 'clause', section: leaf, container, title: title ?? '', specificTitle: specific, text: sectionText(leaf) });
      }
    }
  }
  return found.map((unit, order) => ({ ...unit, order, textGrams: bigrams(comparable(unit.text)), titleGrams: bigrams(comparable(unit.title)) }));
}

/**
 * Cosine similarity of bigram sets weighted by rarity over both editions (inverse document
 * frequency): the words every clause shares (窗口, 工作人员, 服务对象) say little about which clauses correspond.
 */
export class Similarity {
  private readonly weights = new Map<string, number>();

  constructor(all: readonly Set<string>[]) {
    const frequency = new Map<string, number>();
    for (const grams of all) for (const gram of grams) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
    for (const [gram, count] of frequency) this.weights.set(gram, Math.log((1 + all.length) / count));
  }

  of(a: Set<string>, b: Set<string>): number {
    if (a.size === 0 || b.size === 0) return a.size === b.size ? 1 : 0;
    let shared = 0;
    let normA = 0;
    let normB = 0;
    for (const gram of a) {
      const weight = (this.weights.get(gram) ?? 0) ** 2;
      normA += weight;
      if (b.has(gram)) shared += weight;
    }
    for (const gram of b) normB += (this.weights.get(gram) ?? 0) ** 2;
    return normA === 0 || normB === 0 ? 0 : shared / Math.sqrt(normA * normB);
  }
}

/** Quantities and modal verbs: when these differ, a change of wording changes the requirement. */
function substance(text: string): string {
  const numbers = comparable(text).match(/\d+/gu) ?? [];
  return `${numbers.join(',')}|${(text.match(/不应|不宜|不必|应|宜|可/gu) ?? []).join('')}`;
}

/** Both editions' units, which old units each new one matches, and how each pair differs. */
class Matching {
  readonly olds: Unit[];
  readonly news: Unit[];
  /** New unit → old units (more than one when clauses were merged); old unit → new units (split). */
  readonly forNew = new Map<Unit, Unit[]>();
  readonly forOld = new Map<Unit, Unit[]>();
  private readonly similarity: Similarity;

  constructor(old: Standard, current: Standard) {
    this.olds = units(old);
    this.news = units(current);
    const all = [...this.olds, ...this.news];
    this.similarity = new Similarity([...all.map((u) => u.textGrams), ...all.map((u) => u.titleGrams)]);
    const pairs = this.olds
      .flatMap((o) => this.news.map((n) => ({ o, n, score: this.score(o, n) })))
      .filter((pair) => pair.score >= MATCH_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.n.order - b.n.order);
    for (const { o, n } of pairs) if (!this.forNew.has(n) && !this.forOld.has(o)) this.link(o, n);
    for (const { o, n, score } of pairs) if (score >= JOIN_THRESHOLD && this.forNew.has(n) !== this.forOld.has(o)) this.link(o, n);
  }

  private link(o: Unit, n: Unit): void {
    this.forNew.set(n, [...(this.forNew.get(n) ?? []), o]);
    this.forOld.set(o, [...(this.forOld.get(o) ?? []), n]);
  }

  /** Content decides; a shared title helps, more when both clauses carry it themselves. */
  private score(a: Unit, b: Unit): number {
    if (a.kind !== b.kind) return 0;
    if (a.kind === 'scope') return 1;
    const titleWeight = a.kind === 'term' ? 0.5 : a.specificTitle && b.specificTitle ? 0.3 : 0.1;
    return this.text(a, b) + titleWeight * this.similarity.of(a.titleGrams, b.titleGrams);
  }

  text(a: Unit, b: Unit): number {
    return this.similarity.of(a.textGrams, b.textGrams);
  }

  changeOf(n: Unit): ClauseComparison['change'] {
    const matched = this.forNew.get(n);
    if (!matched) return 'added';
    if (matched.length > 1 || (this.forOld.get(matched[0]!)?.length ?? 0) > 1) return 'changed';
    const o = matched[0]!;
    if (comparable(o.text) === comparable(n.text) && comparable(o.title) === comparable(n.title)) return 'unchanged';
    return this.text(o, n) >= EDITORIAL_SIMILARITY && substance(o.text) === substance(n.text) ? 'editorial' : 'changed';
  }

  comparison(change: ClauseComparison['change'], o: Unit | undefined, n: Unit | undefined): ClauseComparison {
    return { change, oldNumber: o?.section.number, newNumber: n?.section.number, oldText: o?.text, newText: n?.text, similarity: o && n ? this.text(o, n) : 0 };
  }
}

/** How an element is cited in an item: `4.2`, `第8章`, `附录A`. */
function labelOf(section: Section): string {
  if (section.kind === 'chapter') return targetLabel({ kind: 'chapter', number: section.number });
  if (section.kind === 'annex') return targetLabel({ kind: 'annex', letter: section.number });
  return section.number;
}

function ancestors(section: Section): Section[] {
  const chain: Section[] = [];
  for (let current: Section | undefined = section; current; current = current.parent) chain.unshift(current);
  return chain;
}

/** The fewest labels that cover `chosen`: a whole chapter or clause when all its units are among them. */
function coverLabels(chosen: readonly Unit[], all: readonly Unit[]): string[] {
  const labels: string[] = [];
  for (const unit of [...chosen].sort((a, b) => a.order - b.order)) {
    const levels = unit.kind === 'term' ? [unit.section] : ancestors(unit.section);
    const covering = levels.find((level) => all.filter((u) => ancestors(u.section).includes(level)).every((u) => chosen.includes(u))) ?? unit.section;
    const label = labelOf(covering);
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}

/** A clause without a title is named by the start of its text. */
function excerpt(text: string): string {
  let first = text.split(/[，。；：\n]/u)[0]!.trim();
  if (first.length > 20) first = first.slice(0, 20).replace(/[\x20-\x7e—]+$/u, '');
  return `“${first}……”`;
}

function subjectOf(section: Section, unit: Unit): string {
  if (unit.kind === 'scope') return '范围';
  if (unit.kind === 'term') return `“${unit.title}”的术语和定义`;
  if (section.kind === 'annex') return section.title;
  if (!section.untitled) return /(?:要求|规定)$/u.test(section.title) ? section.title : `${section.title}的要求`;
  return `${section.parent?.title ? `${section.parent.title}中` : ''}${excerpt(unit.text)}的规定`;
}

interface Group {
  /** The section the item names. */
  section: Section;
  news: Unit[];
  olds: Unit[];
  order: number;
}

/**
 * Groups the new edition's units for reporting: by titled container, and the untitled clauses of a
 * chapter together when every one of them changed (the chapter was rewritten as a whole).
 */
function newGroups(matching: Matching): Group[] {
  const byContainer = new Map<Section, Unit[]>();
  for (const unit of matching.news) byContainer.set(unit.container, [...(byContainer.get(unit.container) ?? []), unit]);
  const groups: Group[] = [];
  const chapters = new Map<Section, Unit[][]>();
  for (const members of byContainer.values()) {
    const section = members[0]!.container;
    const parent = section.parent;
    if (section.untitled && parent && !parent.parent) chapters.set(parent, [...(chapters.get(parent) ?? []), members]);
    else groups.push({ section, news: members, olds: [], order: members[0]!.order });
  }
  for (const [chapter, containers] of chapters) {
    const members = containers.flat();
    const rewritten = members.length > 1 && members.every((n) => ['changed', 'added'].includes(matching.changeOf(n)));
    if (rewritten) groups.push({ section: chapter, news: members, olds: [], order: members[0]!.order });
    else for (const single of containers) groups.push({ section: single[0]!.container, news: single, olds: [], order: single[0]!.order });
  }
  return groups.sort((a, b) => a.order - b.order);
}

function itemText(change: ChangeKind, subject: string, newLabels: string[], oldLabels: string[], oldYear: string): string {
  const before = `${oldYear}年版的${oldLabels.join('、')}`;
  if (change === 'added') return `增加了${subject}（见${newLabels.join('、')}）`;
  if (change === 'deleted') return `删除了${subject}（${before}）`;
  return `更改了${subject}（见${newLabels.join('、')}，${before}）`;
}

interface Draft extends ChangeItem {
  order: number;
  kind: Unit['kind'];
}

/** Compares two editions; `old` is usually the edition `current` replaces. */
export function compareEditions(old: Standard, current: Standard): EditionComparison {
  const matching = new Matching(old, current);
  const oldYear = old.meta.code?.year ?? '原';
  const drafts: Draft[] = [];
  const clauses: { order: number; comparison: ClauseComparison }[] = [];
  const reported = new Set<Unit>();
  for (const group of newGroups(matching)) {
    group.olds = [...new Set(group.news.flatMap((n) => matching.forNew.get(n) ?? []))];
    // Old clauses next to the matched ones that nothing matched were dropped in this rewrite; for a
    // chapter rewritten as a whole, that is every untitled clause of the old chapter.
    const wholeChapter = group.section.kind === 'chapter' && group.news.length > 1;
    const around = (o: Unit): Section | undefined => (wholeChapter && o.container.untitled ? o.container.parent : o.container);
    const oldContainers = new Set(group.olds.map(around));
    const dropped = matching.olds.filter((o) => oldContainers.has(around(o)) && !matching.forOld.has(o) && !reported.has(o));
    for (const o of [...group.olds, ...dropped]) reported.add(o);
    const changes = group.news.map((n) => matching.changeOf(n));
    const groupClauses = [...group.news.map((n, i) => matching.comparison(changes[i]!, matching.forNew.get(n)?.[0], n)), ...dropped.map((o) => matching.comparison('deleted', o, undefined))];
    clauses.push(...groupClauses.map((comparison) => ({ order: group.order, comparison })));
    const change: ChangeKind | undefined = changes.every((c) => c === 'added') ? 'added' : changes.some((c) => c === 'changed' || c === 'added') || dropped.length > 0 ? 'changed' : undefined;
    if (!change) continue;
    const subject = subjectOf(group.section, group.news[0]!);
    const newLabels = coverLabels(group.news, matching.news);
    const oldLabels = coverLabels([...group.olds, ...dropped], matching.olds);
    drafts.push({ change, subject, newLabels, oldLabels, text: itemText(change, subject, newLabels, oldLabels, oldYear), clauses: groupClauses, order: group.order, kind: group.news[0]!.kind });
  }
  const deletedByContainer = new Map<Section, Unit[]>();
  for (const o of matching.olds) if (!reported.has(o) && !matching.forOld.has(o)) deletedByContainer.set(o.container, [...(deletedByContainer.get(o.container) ?? []), o]);
  for (const [container, gone] of deletedByContainer) {
    // A deleted clause is listed just before where the old clause after it stands in the new edition.
    const next = matching.olds.slice(gone.at(-1)!.order + 1).find((o) => matching.forOld.has(o));
    const order = next ? Math.min(...matching.forOld.get(next)!.map((n) => n.order)) - 0.5 : Number.POSITIVE_INFINITY;
    const oldLabels = coverLabels(gone, matching.olds);
    const whole = oldLabels.length === 1 && oldLabels[0] === labelOf(container);
    const subject = subjectOf(whole ? container : gone[0]!.section, gone[0]!);
    const comparisons = gone.map((o) => matching.comparison('deleted', o, undefined));
    clauses.push(...comparisons.map((comparison) => ({ order, comparison })));
    drafts.push({ change: 'deleted', subject, newLabels: [], oldLabels, text: itemText('deleted', subject, [], oldLabels, oldYear), clauses: comparisons, order, kind: gone[0]!.kind });
  }
  const items = mergeTerms(
    drafts.sort((a, b) => a.order - b.order),
    oldYear,
  ).map(({ order: _order, kind: _kind, ...item }) => item);
  return {
    oldCode: old.meta.code ? formatCode(old.meta.code) : old.file,
    newCode: current.meta.code ? formatCode(current.meta.code) : current.file,
    items,
    clauses: clauses.sort((a, b) => a.order - b.order).map((entry) => entry.comparison),
    foreword: foreword(old, current, items),
  };
}

/** Terms added, or deleted, one after another make one item, as 前言 lists them. */
function mergeTerms(drafts: Draft[], oldYear: string): Draft[] {
  const merged: Draft[] = [];
  for (const draft of drafts) {
    const last = merged.at(-1);
    if (last && draft.kind === 'term' && last.kind === 'term' && draft.change === last.change && draft.change !== 'changed') {
      const subject = `${last.subject.replace(/的术语和定义$/u, '')}${draft.subject}`;
      const newLabels = [...last.newLabels, ...draft.newLabels];
      const oldLabels = [...last.oldLabels, ...draft.oldLabels];
      merged[merged.length - 1] = { ...last, subject, newLabels, oldLabels, text: itemText(draft.change, subject, newLabels, oldLabels, oldYear), clauses: [...last.clauses, ...draft.clauses] };
    } else {
      merged.push(draft);
    }
  }
  return merged;
}

function letter(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : letter(Math.floor(index / 26) - 1) + String.fromCharCode(97 + (index % 26));
}

function foreword(old: Standard, current: Standard, items: ChangeItem[]): string {
  const oldCode = old.meta.code ? formatCode(old.meta.code) : old.file;
  const replaces = current.meta.replaces.some((code) => formatCode(code) === oldCode);
  const lead = `${replaces ? `本文件代替${oldCode}《${old.meta.title ?? ''}》，` : ''}与${oldCode}相比，除结构调整和编辑性改动外，`;
  if (items.length === 0) return `${lead}没有技术变化。`;
  const lines = items.map((item, index) => `${letter(index)}) ${item.text}${index === items.length - 1 ? '。' : '；'}`);
  return [`${lead}主要技术变化如下：`, ...lines].join('\n\n');
}

/** The edition a standard replaces, when the corpus keeps it. */
export function previousEdition(corpus: Corpus, standard: Standard, index = new CorpusIndex(corpus)): Standard | undefined {
  return standard.meta.replaces.flatMap((code) => (index.isInternal(code) ? index.editionsWithCode(code) : []))[0];
}
