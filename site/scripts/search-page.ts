// The search page: reads ?q=, asks Pagefind's JS API for candidates word by word, ranks them with
// search-query.ts and shows code, title, status, subsystem node and the best clauses with the
// words highlighted. The page's own form and filters update ?q= so results can be shared as links.
import {
  analyzeQuery,
  groupWeights,
  highlightWords,
  orderResults,
  rankPage,
  splitHighlights,
  type AnalyzedQuery,
  type CatalogueDocument,
  type FragmentText,
  type SearchCatalogue,
  type SearchResult,
} from './search-query.ts';

interface PagefindFragment {
  url: string;
  raw_content?: string;
  content: string;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string; location: number }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
interface Pagefind {
  init: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[] }>;
}

/** Candidates taken from each word's Pagefind results, and pages ranked in full. */
const PER_WORD = 60;
const RANKED = 40;
const PAGE_SIZE = 10;
const CLAUSES_SHOWN = 3;

const root = document.getElementById('search-page')!;
const base = root.dataset.base!;
const form = document.getElementById('search-form') as HTMLFormElement;
const input = form.querySelector('input[name="q"]') as HTMLInputElement;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const hideRetired = document.getElementById('hide-retired') as HTMLInputElement;
const filterToggle = document.getElementById('filter-toggle') as HTMLButtonElement;
const filterPanel = document.getElementById('search-filters')!;

let pagefind: Promise<Pagefind> | undefined;
let catalogue: Promise<SearchCatalogue> | undefined;
/** The parts of the index after the first: a large system's index comes in parts (src/search/index-pages.ts). */
async function indexParts(): Promise<string[]> {
  const response = await fetch(`${base}pagefind/parts.json`);
  if (!response.ok) throw new Error(`parts.json: ${response.status}`);
  return ((await response.json()) as { parts: string[] }).parts;
}
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= Promise.all([import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>, indexParts()]).then(async ([module, parts]) => {
    await module.init();
    // One search covers every part.
    await Promise.all(parts.map((part) => module.mergeIndex(`${base}pagefind/${part}`)));
    return module;
  });
  return pagefind;
}
function loadCatalogue(): Promise<SearchCatalogue> {
  catalogue ??= fetch(`${base}search/catalogue.json`).then((response) => {
    if (!response.ok) throw new Error(`catalogue.json: ${response.status}`);
    return response.json() as Promise<SearchCatalogue>;
  });
  return catalogue;
}

function selectedFilters(): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const box of filterPanel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    (filters[box.name] ??= []).push(box.value);
  }
  return filters;
}

function pageUrl(url: string): string {
  return url.replace(/[?#].*$/u, '');
}

/** The clause address with the words to highlight there (read by standard-page.ts). */
function withHighlight(url: string, words: string[]): string {
  const [path, hash] = url.split('#');
  return `${path}?hl=${encodeURIComponent(words.join(' '))}${hash ? `#${hash}` : ''}`;
}

function highlighted(text: string, words: string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of splitHighlights(text, words)) {
    if (part.hit) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      fragment.append(mark);
    } else fragment.append(part.text);
  }
  return fragment;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const TONES: Record<string, string> = { 现行: 'current', 即将实施: 'upcoming', 被代替: 'superseded', 废止: 'withdrawn' };

function badge(label: string): HTMLElement {
  return element('span', `badge badge-${TONES[label] ?? 'draft'}`, label);
}

function renderResult(result: SearchResult, words: string[]): HTMLElement {
  const { page, document: doc } = result;
  const item = element('li', `search-result${doc?.retired ? ' retired' : ''}`);
  const meta = element('p', 'result-meta');
  if (doc) {
    meta.append(element('span', 'result-code', doc.code), ' ', badge(doc.status));
    if (doc.node) meta.append(' ', element('span', 'result-node', doc.node));
  } else meta.append(element('span', 'result-node', '汇总页'));
  const title = element('h2', 'result-title');
  const link = element('a', 'result-link');
  link.href = withHighlight(page.url, words);
  link.append(highlighted(doc ? doc.title : page.title, words));
  title.append(link);
  item.append(meta, title);
  if (doc?.retired) {
    item.append(element('p', 'result-retired-note', doc.status === '废止' ? '本文件已废止，不再执行，仅供查阅。' : '本文件已被代替，现行版本见同编号的最新版本。'));
  }
  const clauses = element('ul', 'result-clauses');
  for (const section of page.sections.slice(0, CLAUSES_SHOWN)) {
    const entry = element('li', 'result-clause');
    const clauseLink = element('a', 'result-clause-link');
    clauseLink.href = withHighlight(section.url, words);
    clauseLink.append(highlighted(section.title, words));
    const excerpt = element('p', 'result-excerpt');
    excerpt.append(highlighted(section.excerpt, words));
    entry.append(clauseLink, excerpt);
    clauses.append(entry);
  }
  if (clauses.childElementCount > 0) item.append(clauses);
  return item;
}

function renderDirect(url: string, documents: Map<string, CatalogueDocument>, catalogueData: SearchCatalogue): HTMLElement {
  const item = element('li', 'search-result direct');
  const meta = element('p', 'result-meta', '按编号直达 ');
  const title = element('h2', 'result-title');
  const link = element('a', 'result-link');
  link.href = url;
  const doc = documents.get(url);
  const external = catalogueData.externals.find((e) => e.url === url);
  if (doc) {
    meta.append(element('span', 'result-code', doc.code), ' ', badge(doc.status));
    link.textContent = doc.title;
  } else if (external) {
    meta.append(element('span', 'result-code', external.code), ' ', badge(external.status));
    link.textContent = `${external.title}（引用的外部标准）`;
  }
  title.append(link);
  item.append(meta, title);
  return item;
}

let generation = 0;

async function rankCandidates(analyzed: AnalyzedQuery, engine: Pagefind, filters: Record<string, string[]>): Promise<SearchResult[]> {
  const pagefindFilters = Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));
  const candidates = new Map<string, { result: PagefindResult; groups: Set<number>; best: number }>();
  await Promise.all(
    analyzed.groups.flatMap((group, index) =>
      group.alternatives.map(async (alternative) => {
        const { results } = await engine.search(alternative, { filters: pagefindFilters });
        for (const result of results.slice(0, PER_WORD)) {
          const candidate = candidates.get(result.id) ?? { result, groups: new Set<number>(), best: 0 };
          candidate.groups.add(index);
          candidate.best = Math.max(candidate.best, result.score);
          candidates.set(result.id, candidate);
        }
      }),
    ),
  );
  const chosen = [...candidates.values()].sort((a, b) => b.groups.size - a.groups.size || b.best - a.best).slice(0, RANKED);
  const fragments = await Promise.all(chosen.map((c) => c.result.data()));
  const catalogueData = await loadCatalogue();
  const documents = new Map(catalogueData.documents.map((d) => [d.url, d]));
  const texts: FragmentText[] = fragments.map((fragment) => {
    const raw = fragment.raw_content ?? fragment.content;
    const words = (raw.includes('\u200b') ? raw.split('\u200b') : raw.split(/(?<=\s)/u)).map((w) => w.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>'));
    return { url: pageUrl(fragment.url), title: fragment.meta.title ?? '', words, anchors: fragment.anchors };
  });
  const weights = groupWeights(texts, analyzed.groups);
  return texts.map((text) => ({ page: rankPage(text, analyzed.groups, weights), document: documents.get(text.url) }));
}

async function run(query: string, navigate: boolean): Promise<void> {
  const current = ++generation;
  list.replaceChildren();
  more.hidden = true;
  if (query.trim() === '') {
    status.textContent = '请输入要查找的内容，例如“投诉怎么处理”“午间延时服务”或标准编号 30102。';
    return;
  }
  status.textContent = '正在搜索……';
  const [catalogueData, engine] = await Promise.all([loadCatalogue(), loadPagefind()]);
  const analyzed = analyzeQuery(query, catalogueData);
  // A query that is only a code goes straight to the document or the external standard's entry.
  if (navigate && analyzed.onlyCodes && analyzed.codeTargets.length === 1) {
    location.replace(analyzed.codeTargets[0]!);
    return;
  }
  const documents = new Map(catalogueData.documents.map((d) => [d.url, d]));
  const filters = selectedFilters();
  let results = analyzed.groups.length > 0 ? orderResults(await rankCandidates(analyzed, engine, filters)) : [];
  if (current !== generation) return;
  const retiredCount = results.filter((r) => r.document?.retired).length;
  if (hideRetired.checked) results = results.filter((r) => !r.document?.retired);
  // Filters apply to standards; the summary pages (terms, external standards) have none of them.
  if (Object.keys(filters).length > 0) results = results.filter((r) => r.document);
  const words = highlightWords(analyzed.groups);
  for (const url of analyzed.codeTargets) list.append(renderDirect(url, documents, catalogueData));
  const searched = analyzed.groups.map((g) => g.word).join('、');
  const retiredNote = retiredCount > 0 ? (hideRetired.checked ? `（已隐藏 ${retiredCount} 个废止或被代替的标准）` : `，其中 ${retiredCount} 个已废止或被代替，排在最后`) : '';
  status.textContent =
    results.length > 0
      ? `按“${searched}”找到 ${results.length} 个文件${retiredNote}。`
      : analyzed.codeTargets.length > 0
        ? ''
        : `没有找到与“${query.trim()}”相关的内容${retiredNote}。可以换个说法，或只输入关键的词。`;
  let shown = 0;
  const showMore = (): void => {
    for (const result of results.slice(shown, shown + PAGE_SIZE)) list.append(renderResult(result, words));
    shown += PAGE_SIZE;
    more.hidden = shown >= results.length;
  };
  more.onclick = showMore;
  showMore();
  list.dataset.ready = String(current);
}

function updateAddress(query: string): void {
  const url = new URL(location.href);
  url.searchParams.set('q', query);
  history.replaceState(null, '', url);
}

function updateFilterCount(): void {
  const count = filterPanel.querySelectorAll('input:checked').length;
  filterToggle.querySelector('.filter-count')!.textContent = count > 0 ? `（${count}）` : '';
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  updateAddress(input.value);
  void run(input.value, true);
});
filterToggle.addEventListener('click', () => {
  const open = filterPanel.hidden;
  filterPanel.hidden = !open;
  filterToggle.setAttribute('aria-expanded', String(open));
});
filterPanel.addEventListener('change', () => {
  updateFilterCount();
  void run(input.value, false);
});
hideRetired.addEventListener('change', () => void run(input.value, false));

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
void run(initial, true).catch((error: unknown) => {
  status.textContent = `搜索暂时不可用：${(error as Error).message}`;
});
