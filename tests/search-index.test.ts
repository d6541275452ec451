// What the search index holds for a page (src/search/index-pages.ts), indexed by Pagefind itself:
// a real standard rendered as the handbook shows it, with and without the paragraph markers.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeQuery, rankPage } from '../site/scripts/search-query.ts';
import { CorpusIndex } from '../src/model/corpus-index.ts';
import { HandbookUrls } from '../src/render/links.ts';
import { renderStandard } from '../src/render/render-standard.ts';
import { htmlForIndex, indexPages, pageFileFor, PartitionedSearchIndex, SearchIndexFeed, unfedPages } from '../src/search/index-pages.ts';
import { corpusWith, fixtureText } from './helpers.ts';

const COMPLAINTS = 'standards/30501-投诉处理规范.md';

function page(): string {
  const corpus = corpusWith({ [COMPLAINTS]: fixtureText('30501-投诉处理规范.md') });
  const urls = new HandbookUrls(new CorpusIndex(corpus), '/');
  const standard = corpus.standards.find((s) => s.file === COMPLAINTS)!;
  const { html } = renderStandard(standard, { hrefFor: (reference) => urls.reference(reference, standard), imageSrc: () => undefined });
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>投诉处理规范</title></head><body><nav><a href="/">首页</a></nav><article data-pagefind-body><span data-pagefind-meta="title:Q/JMXZ 30501—2025 投诉处理规范" hidden></span><h1>投诉处理规范</h1><div class="standard-text">${html}</div></article></body></html>`;
}

interface Fragment {
  url: string;
  content: string;
  word_count: number;
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** Pagefind's fragment files for the pages of `dir`, decompressed (gzip, then its signature, then JSON). */
async function fragments(dir: string): Promise<{ fragments: Fragment[]; bytes: number; pages: number }> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  const pages = await indexPages(index!, dir);
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  const fragmentFiles = files.filter((file) => file.path.startsWith('fragment/'));
  return {
    pages,
    bytes: fragmentFiles.reduce((sum, file) => sum + file.content.length, 0),
    fragments: fragmentFiles.map(
      (file) =>
        JSON.parse(
          gunzipSync(file.content)
            .toString('utf8')
            .replace(/^pagefind_dcd/u, ''),
        ) as Fragment,
    ),
  };
}

const dirs: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

afterAll(async () => {
  await pagefind.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the search index of a standard page', () => {
  const html = page();

  it('indexes only the pages marked for it', async () => {
    const dir = site({ 'standards/30501/index.html': html, 'posts/x/index.html': '<html><body><p>岗位</p></body></html>' });
    const { pages, fragments: indexed } = await fragments(dir);
    expect(pages).toBe(1);
    expect(indexed.map((f) => f.url)).toEqual(['/standards/30501/']);
  });

  it('holds the same words and anchors as the page itself, without a second copy of each paragraph', async () => {
    // Pagefind on the page as published, against the page as the build hands it over.
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    await index!.addHTMLFile({ sourcePath: 'standards/30501/index.html', content: html });
    const [published] = (await index!.getFiles()).files.filter((file) => file.path.startsWith('fragment/'));
    await index!.deleteIndex();
    const before = JSON.parse(
      gunzipSync(published!.content)
        .toString('utf8')
        .replace(/^pagefind_dcd/u, ''),
    ) as Fragment;
    const handedOver = await fragments(site({ 'standards/30501/index.html': html }));
    const [after] = handedOver.fragments;

    expect(after!.content).toBe(before.content);
    expect(after!.word_count).toBe(before.word_count);
    expect(after!.anchors.map((a) => [a.id, a.location])).toEqual(before.anchors.map((a) => [a.id, a.location]));
    // Paragraph 4.2 was anchored with its whole text; now with none, at the same word.
    const clause = (fragment: Fragment) => fragment.anchors.find((a) => a.id === '4.2')!;
    expect(clause(before)).toMatchObject({ element: 'p' });
    expect(clause(before).text).toContain('督查考核科');
    expect(clause(after!)).toMatchObject({ element: 'span', text: '', location: clause(before).location });
    // Headings keep their text: the ranking weighs words in clause headings.
    const heading = after!.anchors.find((a) => a.element === 'h2' && a.id === '5')!;
    expect(heading.text).toBe(before.anchors.find((a) => a.id === '5')!.text);
    expect(heading.text.length).toBeGreaterThan(2);
    // Every paragraph's anchor alike; what remains is the headings' and captions' text.
    const paragraphs = before.anchors.flatMap((a, i) => (a.element === 'p' ? [i] : []));
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(paragraphs.every((i) => after!.anchors[i]!.element === 'span' && after!.anchors[i]!.text === '')).toBe(true);
    expect(handedOver.bytes).toBeLessThan(published!.content.length);
  });

  it('still finds a clause by the words of its text, named by its number', async () => {
    const [fragment] = (await fragments(site({ 'standards/30501/index.html': html }))).fragments;
    const words = fragment!.content.split('\u200b');
    const clause = fragment!.anchors.find((a) => a.id === '4.2')!;
    const query = words.slice(clause.location + 2, clause.location + 8).join('');
    const ranked = rankPage({ url: fragment!.url, title: '投诉处理规范', words, anchors: fragment!.anchors }, analyzeQuery(query, { codes: {}, synonyms: [] }).groups);
    expect(ranked.sections[0]).toMatchObject({ url: '/standards/30501/#4.2' });
    expect(ranked.sections[0]!.title).toMatch(/4\.2/u);
    expect(ranked.sections[0]!.excerpt.replace(/…/gu, '')).toContain(query.trim());
  });

  it('moves only paragraph ids, leaving headings and the rest of the page as they are', () => {
    expect(htmlForIndex('<h3 id="4.1" class="clause">x</h3><p id="4.1.1" class="clause"><span class="num">4.1.1</span>y</p><p>z</p>')).toBe(
      '<h3 id="4.1" class="clause">x</h3><p class="clause"><span id="4.1.1"></span><span class="num">4.1.1</span>y</p><p>z</p>',
    );
  });
});

describe('pages handed to the index as Astro renders them', () => {
  it('names the file Astro writes for each URL, below the base too', () => {
    expect(pageFileFor('/', '/')).toBe('index.html');
    expect(pageFileFor('/standards/30501/2025/', '/')).toBe('standards/30501/2025/index.html');
    expect(pageFileFor('/posts/%E7%BB%BC%E5%90%88%E7%AA%97%E5%8F%A3/', '/')).toBe('posts/综合窗口/index.html');
    expect(pageFileFor('/404', '/')).toBe('404.html');
    expect(pageFileFor('/intranet/standards/', '/intranet/standards/')).toBe('index.html');
    expect(pageFileFor('/intranet/standards', '/intranet/standards/')).toBe('index.html');
    expect(pageFileFor('/intranet/standards/terms/', '/intranet/standards/')).toBe('terms/index.html');
    expect(pageFileFor('/elsewhere/terms/', '/intranet/standards/')).toBeUndefined();
  });

  it('gives the same index as reading the written pages, and reports pages missed or changed', async () => {
    const html = page();
    const pages = {
      'standards/30501/index.html': html,
      'standards/30501/2025/index.html': html.replace('投诉处理规范</h1>', '投诉处理规范（2025）</h1>'),
      'search/index.html': '<html><body><p>搜索</p></body></html>',
    };
    const dir = site(pages);
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    const feed = new SearchIndexFeed(index!);
    for (const [file, content] of Object.entries(pages)) await feed.add(file, content);
    expect(await feed.finish()).toBe(2);
    expect(unfedPages(feed.pages, dir)).toEqual([]);
    const fed = (await index!.getFiles()).files.filter((file) => file.path.startsWith('fragment/')).map((file) => file.path);
    await index!.deleteIndex();
    const { index: fromDisk } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    expect(await indexPages(fromDisk!, dir)).toBe(2);
    const read = (await fromDisk!.getFiles()).files.filter((file) => file.path.startsWith('fragment/')).map((file) => file.path);
    await fromDisk!.deleteIndex();
    expect(fed.sort()).toEqual(read.sort());

    // A page written past the feed, one changed after it, and one never written.
    const missed = site({ ...pages, 'standards/30101/index.html': html, 'standards/30501/index.html': `${html}\n` });
    const { index: other } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    const partial = new SearchIndexFeed(other!);
    await partial.add('standards/30501/index.html', html);
    await partial.add('standards/99999/index.html', html);
    await partial.finish();
    await other!.deleteIndex();
    expect(unfedPages(partial.pages, missed)).toEqual([
      'standards/30501/index.html：编入索引的内容与写出的页面不同',
      'standards/99999/index.html：已编入索引，但构建结果中没有这个页面',
      'standards/30101/index.html：页面应编入搜索索引，但未交给索引',
      'standards/30501/2025/index.html：页面应编入搜索索引，但未交给索引',
    ]);
    await expect(partial.add('standards/30501/index.html', html)).rejects.toThrow(/重复/u);
  });
});

describe('a large system indexed in parts', () => {
  it('writes a full part before the next begins and lists the parts for the search page', async () => {
    const html = page();
    const dir = site({});
    const search = new PartitionedSearchIndex(dir, 2);
    await search.open();
    for (const serial of ['30101', '30102', '30103', '30104', '30105']) await search.add(`standards/${serial}/index.html`, html.replace('投诉处理规范</h1>', `投诉处理规范 ${serial}</h1>`));
    await search.add('search/index.html', '<html><body><p>搜索</p></body></html>');
    const { parts } = await search.finish();
    await search.close();

    expect(parts).toEqual(['part-2/', 'part-3/']);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind', 'parts.json'), 'utf8'))).toEqual({ parts });
    expect(search.pages.size).toBe(5);
    // Each part is a whole Pagefind bundle with the fragments of its own pages.
    const fragments = (folder: string) => readdirSync(join(dir, 'pagefind', folder, 'fragment'));
    expect([fragments(''), fragments('part-2'), fragments('part-3')].map((list) => list.length)).toEqual([2, 2, 1]);
    for (const folder of ['', 'part-2', 'part-3']) expect(existsSync(join(dir, 'pagefind', folder, 'pagefind-entry.json'))).toBe(true);
    expect(() => new PartitionedSearchIndex(dir, 0)).toThrow(/正整数/u);
  });
});
