// How the handbook's search reads a question as staff type it at the counter, and how it ranks what
// Pagefind retrieves. Pure functions (no DOM), shared by the search page and its unit tests.
//
// Pagefind finds candidate pages; it requires every query word on a page and its index splits
// Chinese differently from the browser, so the query is not handed to it whole. Instead: codes go
// straight to their document; synonyms the office maintains are recognised as phrases; the rest is
// segmented (Intl.Segmenter), question words and particles dropped, and runs of single characters
// that the segmenter tore apart (午|间|延|时) joined again. Each remaining word is one group of
// alternatives (the word and its synonyms). Pages are ranked by how many groups they contain and
// where: in the title above clause headings above body text.

/** What the build hands to the search page (site/pages/search/catalogue.json.ts). */
export interface SearchCatalogue {
  documents: CatalogueDocument[];
  /** Code keys (see codeKey) → the address they lead to. */
  codes: Record<string, string>;
  /** External standards (for the entry a code leads to). */
  externals: { url: string; code: string; title: string; status: string }[];
  /** Groups of words the office treats as the same (standards/synonyms.yaml). */
  synonyms: string[][];
}

export interface CatalogueDocument {
  url: string;
  code: string;
  title: string;
  /** 现行, 即将实施, 征求意见稿, 送审稿, 报批稿, 草案, 被代替, 废止 */
  status: string;
  /** Superseded or withdrawn: ranked after the texts in force, hidden on request. */
  retired: boolean;
  subsystem: string;
  node: string;
  department: string;
}

export interface QueryGroup {
  /** What the user typed for this group. */
  word: string;
  /** The word and its synonyms; a page contains the group when it contains one of them. */
  alternatives: string[];
  /** Two-character pieces of a joined run, accepted (at a lower weight) when all occur. */
  pieces: string[];
}

export interface AnalyzedQuery {
  /** Addresses of the documents the codes in the query name, in query order. */
  codeTargets: string[];
  /** True when the query is nothing but codes: the search page goes straight to the document. */
  onlyCodes: boolean;
  groups: QueryGroup[];
}

/** Question words, particles and fillers that say how something is asked, not what about. */
const STOPWORDS = new Set([
  '怎么',
  '怎么办',
  '怎样',
  '怎么样',
  '咋',
  '咋办',
  '如何',
  '什么',
  '啥',
  '哪些',
  '哪个',
  '哪里',
  '哪儿',
  '在哪',
  '在哪里',
  '多少',
  '多久',
  '多长',
  '几',
  '几天',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '么',
  '嘛',
  '的',
  '地',
  '得',
  '了',
  '过',
  '是',
  '是不是',
  '是否',
  '有没有',
  '能不能',
  '可不可以',
  '可以',
  '能',
  '能否',
  '会',
  '要',
  '需要',
  '应该',
  '应当',
  '该',
  '请问',
  '请',
  '我',
  '我们',
  '你',
  '你们',
  '您',
  '他',
  '她',
  '他们',
  '谁',
  '为什么',
  '为何',
  '一下',
  '还',
  '就',
  '都',
  '也',
  '和',
  '与',
  '及',
  '或',
  '在',
  '对',
  '给',
  '被',
  '把',
  '从',
  '到',
  '有',
  '没有',
  '不',
  '想',
  '找',
  '去',
  '做',
  '如果',
  '的话',
  '时候',
  '有人',
  '有没有人',
  '一般',
  '必须',
]);

/** Normalises a code for lookup: half-width, upper case, no spaces, every dash an em dash. */
export function codeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\s+/gu, '')
    .replace(/[-–‒―－—]/gu, '—');
}

const CODE_CHAR = /[A-Z0-9./]/u;

/** Finds codes in the query (longest first, not overlapping, whole tokens only). */
function findCodes(query: string, codes: Record<string, string>): { targets: string[]; rest: string } {
  const normalized = codeKey(query);
  const keys = Object.keys(codes)
    .filter((key) => normalized.includes(key))
    .sort((a, b) => b.length - a.length);
  const taken: { start: number; end: number; url: string }[] = [];
  for (const key of keys) {
    let from = 0;
    for (let at = normalized.indexOf(key, from); at >= 0; at = normalized.indexOf(key, from)) {
      from = at + 1;
      const end = at + key.length;
      const before = normalized[at - 1];
      const after = normalized[end];
      if ((before && CODE_CHAR.test(before)) || (after && /[0-9.—]/u.test(after))) continue;
      if (taken.some((t) => at < t.end && end > t.start)) continue;
      taken.push({ start: at, end, url: codes[key]! });
    }
  }
  taken.sort((a, b) => a.start - b.start);
  let rest = normalized;
  for (const t of [...taken].reverse()) rest = `${rest.slice(0, t.start)} ${rest.slice(t.end)}`;
  return { targets: [...new Set(taken.map((t) => t.url))], rest: taken.length > 0 ? rest : query };
}

/** A run of characters the segmenter split one by one, cut into two-character pieces (a last odd one joins the one before). */
function pairs(text: string): string[] {
  const chars = [...text];
  const result: string[] = [];
  for (let i = 0; i < chars.length; i += 2) result.push(chars.slice(i, i + 2).join(''));
  const last = result.at(-1);
  if (result.length > 1 && last !== undefined && [...last].length === 1) {
    result.pop();
    result[result.length - 1] += last;
  }
  return result;
}

const CJK = /\p{Script=Han}/u;

/** Content words of a piece of query text (no synonyms in it). */
export function contentWords(text: string): { word: string; pieces: string[] }[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words: { word: string; pieces: string[] }[] = [];
  let run: string[] = [];
  const endRun = (): void => {
    const joined = run.join('');
    run = [];
    // A lone Chinese character (办, 人, 年) says too little to search for.
    if (joined === '' || ([...joined].length === 1 && CJK.test(joined))) return;
    words.push({ word: joined, pieces: [...joined].length >= 4 ? pairs(joined) : [] });
  };
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike || STOPWORDS.has(segment)) {
      endRun();
      continue;
    }
    if ([...segment].length === 1 && CJK.test(segment)) {
      run.push(segment);
      continue;
    }
    endRun();
    words.push({ word: segment.toLowerCase(), pieces: [] });
  }
  endRun();
  return words;
}

/** Reads a query: codes, synonym phrases, content words. */
export function analyzeQuery(query: string, catalogue: Pick<SearchCatalogue, 'codes' | 'synonyms'>): AnalyzedQuery {
  const { targets, rest } = findCodes(query, catalogue.codes);
  const groups: QueryGroup[] = [];
  const add = (group: QueryGroup): void => {
    if (!groups.some((g) => g.word === group.word)) groups.push(group);
  };
  // Synonym phrases, longest first, are cut out of the text before it is segmented.
  const phrases = catalogue.synonyms.flatMap((group) => group.map((word) => ({ word, group }))).sort((a, b) => b.word.length - a.word.length);
  const found: { at: number; word: string; group: string[] }[] = [];
  let text = rest;
  for (const phrase of phrases) {
    const at = text.indexOf(phrase.word);
    if (at < 0) continue;
    found.push({ at, word: phrase.word, group: phrase.group });
    text = `${text.slice(0, at)}${' '.repeat(phrase.word.length)}${text.slice(at + phrase.word.length)}`;
  }
  const pieces = found.map((f) => ({ at: f.at, group: { word: f.word, alternatives: [f.word, ...f.group.filter((w) => w !== f.word)], pieces: [] as string[] } }));
  for (const part of text.matchAll(/[^ ]+/gu)) {
    for (const w of contentWords(part[0])) pieces.push({ at: part.index, group: { word: w.word, alternatives: [w.word], pieces: w.pieces } });
  }
  for (const piece of pieces.sort((a, b) => a.at - b.at)) add(piece.group);
  return { codeTargets: targets, onlyCodes: targets.length > 0 && groups.length === 0, groups };
}

/** The parts of a Pagefind fragment the ranking reads. */
export interface FragmentText {
  url: string;
  title: string;
  /** Words as Pagefind indexed them (its locations count these). */
  words: string[];
  /** Every element with an id, where it starts; a paragraph's is an empty `span` (src/search/index-pages.ts). */
  anchors: { element: string; id: string; text: string; location: number }[];
}

export interface RankedSection {
  /** Address of the clause (page URL with the anchor). */
  url: string;
  /** The clause heading it belongs to, with the clause number when it is a numbered paragraph. */
  title: string;
  /** Text around the first match. */
  excerpt: string;
  score: number;
}

export interface RankedPage {
  url: string;
  title: string;
  /** How many query groups the page contains anywhere. */
  coverage: number;
  score: number;
  sections: RankedSection[];
}

const TITLE_WEIGHT = 6;
const HEADING_WEIGHT = 3;
/** Term entries are headings too, but a definition is not where a rule stands. */
const TERM_HEADING_WEIGHT = 1.5;
const BODY_WEIGHT = 1;
/** A joined run found only as its two-character pieces. */
const PIECES_WEIGHT = 0.6;
/** A synonym counts a little less than the word typed. */
const SYNONYM_WEIGHT = 0.85;

/** How strongly `text` contains the group: 1 for the word, less for a synonym or the pieces, 0 if not. */
export function groupMatch(text: string, group: QueryGroup): number {
  const lower = text.toLowerCase();
  let best = 0;
  group.alternatives.forEach((alternative, i) => {
    if (lower.includes(alternative.toLowerCase())) best = Math.max(best, i === 0 ? 1 : SYNONYM_WEIGHT);
  });
  if (best === 0 && group.pieces.length > 0 && group.pieces.every((piece) => lower.includes(piece))) best = PIECES_WEIGHT;
  return best;
}

function occurrences(text: string, group: QueryGroup): number {
  let count = 0;
  for (const alternative of group.alternatives) {
    for (let at = text.indexOf(alternative); at >= 0 && count < 20; at = text.indexOf(alternative, at + alternative.length)) count++;
  }
  return count;
}

/** Every word a page shows for the group, for highlighting: the alternatives, or the pieces. */
export function highlightWords(groups: QueryGroup[]): string[] {
  return [...new Set(groups.flatMap((g) => [...g.alternatives, ...g.pieces]))].sort((a, b) => b.length - a.length);
}

/**
 * How much each group counts among the candidate pages: a word on every page (窗口, 工作) counts 1,
 * a rarer one more (log2(1 + pages / pages with it), at most 3), so the word that tells pages apart decides.
 */
export function groupWeights(fragments: FragmentText[], groups: QueryGroup[]): number[] {
  const bodies = fragments.map((f) => f.words.join(''));
  return groups.map((group) => {
    const containing = bodies.filter((body) => groupMatch(body, group) > 0).length;
    return containing === 0 ? 1 : Math.min(3, Math.log2(1 + bodies.length / containing));
  });
}

/** Ranks one page and its clauses against the query groups (weighted as groupWeights gives). */
export function rankPage(fragment: FragmentText, groups: QueryGroup[], weights: number[] = groups.map(() => 1), excerptLength = 90): RankedPage {
  const body = fragment.words.join('');
  const anchors = [...fragment.anchors].sort((a, b) => a.location - b.location);
  // Headings below a 术语和定义 chapter are term entries.
  const headings: { text: string; weight: number }[] = [];
  let inTerms = false;
  for (const anchor of anchors) {
    if (!/^h\d$/iu.test(anchor.element)) continue;
    if (/^h2$/iu.test(anchor.element)) inTerms = anchor.text.includes('术语和定义');
    headings.push({ text: anchor.text, weight: inTerms && !/^h2$/iu.test(anchor.element) ? TERM_HEADING_WEIGHT : HEADING_WEIGHT });
  }
  let score = 0;
  let coverage = 0;
  for (const [g, group] of groups.entries()) {
    const inTitle = groupMatch(fragment.title, group);
    const inHeading = Math.max(0, ...headings.map((h) => groupMatch(h.text, group) * h.weight));
    const inBody = groupMatch(body, group);
    const best = Math.max(inTitle * TITLE_WEIGHT, inHeading, inBody * BODY_WEIGHT);
    if (best > 0) coverage++;
    score += (best + Math.min(occurrences(body, group), 10) * 0.05) * weights[g]!;
  }
  // Every anchored element starts a section that runs to the next anchor.
  let heading = fragment.title;
  const sections: RankedSection[] = [];
  anchors.forEach((anchor, i) => {
    if (/^h\d$/iu.test(anchor.element)) heading = anchor.text;
    const text = fragment.words.slice(anchor.location, anchors[i + 1]?.location ?? fragment.words.length).join('');
    // The excerpt of a heading's section starts after the heading itself, which is shown as its title.
    const shown = /^h\d$/iu.test(anchor.element) && text.startsWith(anchor.text) ? text.slice(anchor.text.length).replace(/^[.\s]+/u, '') : text;
    let sectionScore = 0;
    let matched = 0;
    for (const [g, group] of groups.entries()) {
      const inHeading = /^h\d$/iu.test(anchor.element) ? groupMatch(anchor.text, group) : 0;
      const inText = groupMatch(text, group);
      if (inHeading > 0 || inText > 0) matched++;
      sectionScore += (inHeading * 2 + inText + Math.min(occurrences(text, group), 5) * 0.1) * weights[g]!;
    }
    if (matched === 0) return;
    // All query words in one clause beat several clauses with one each.
    sectionScore += (matched - 1) * 2;
    // A numbered paragraph, table or figure is named by its number under its heading; other anchors by their text.
    const numbered = /^(?:[A-Z]?\d+(?:\.\d+)*|[表图][A-Z]?[\d.]+|附录[A-Z])$/u.test(anchor.id);
    const isHeading = /^h\d$/iu.test(anchor.element);
    // A paragraph's anchor is an empty marker at its start (src/search/index-pages.ts): its text starts the section.
    const ownText = anchor.element === 'span' && anchor.text === '' ? text : anchor.text;
    const label = isHeading ? heading : numbered ? (heading.startsWith(anchor.id) ? heading : `${heading} › ${anchor.id}`) : ownText.slice(0, 40);
    sections.push({
      url: `${fragment.url}#${encodeURIComponent(anchor.id)}`,
      title: label,
      excerpt: excerptAround(shown || text, highlightWords(groups), excerptLength),
      score: sectionScore,
    });
  });
  sections.sort((a, b) => b.score - a.score);
  return { url: fragment.url, title: fragment.title, coverage, score, sections };
}

/** About `length` characters of `text` around the first of the words it contains. */
export function excerptAround(text: string, words: string[], length: number): string {
  const plain = text.replace(/\s+/gu, ' ').trim();
  const first = Math.min(...words.map((w) => plain.indexOf(w)).filter((i) => i >= 0), plain.length);
  const start = first === plain.length ? 0 : Math.max(0, first - Math.floor(length / 3));
  const end = Math.min(plain.length, start + length);
  return `${start > 0 ? '…' : ''}${plain.slice(start, end)}${end < plain.length ? '…' : ''}`;
}

/** Texts in force first; drafts and texts not yet in force just after at equal relevance; never-in-force pages (lists) below. */
const STATUS_WEIGHT: Record<string, number> = { 现行: 1, 即将实施: 0.95, 报批稿: 0.7, 送审稿: 0.7, 征求意见稿: 0.7, 草案: 0.7 };
const LIST_PAGE_WEIGHT = 0.5;

export interface SearchResult {
  page: RankedPage;
  document?: CatalogueDocument;
}

/** Orders ranked pages: withdrawn and superseded texts after all others, then by coverage and weighted score. */
export function orderResults(results: SearchResult[]): SearchResult[] {
  const weight = (r: SearchResult): number => (r.document ? (STATUS_WEIGHT[r.document.status] ?? 1) : LIST_PAGE_WEIGHT);
  return results
    .filter((r) => r.page.coverage > 0)
    .sort((a, b) => Number(a.document?.retired ?? false) - Number(b.document?.retired ?? false) || b.page.coverage - a.page.coverage || b.page.score * weight(b) - a.page.score * weight(a));
}

/** Splits `text` into plain and highlighted parts, for rendering with text nodes and <mark>. */
export function splitHighlights(text: string, words: string[]): { text: string; hit: boolean }[] {
  const usable = words.filter((w) => w.length > 0);
  if (usable.length === 0) return [{ text, hit: false }];
  const escaped = usable.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu');
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, hit: usable.some((w) => w.toLowerCase() === part.toLowerCase()) }));
}
