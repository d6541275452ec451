// `npm run build`: check the standards (errors stop the build), build the handbook with Astro and
// index it with Pagefind, into a temporary folder that replaces dist/ only when everything worked.
import { existsSync, mkdirSync, renameSync, rmSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { formatText, summarize } from '../src/check/format.ts';
import { checkStandardFiles } from '../src/check/check-files.ts';
import { findStandardFiles, provideCorpus, STANDARDS_DIR } from '../src/corpus.ts';
import { printCorpus } from '../src/print/print-corpus.ts';
import { showProgress } from '../src/print/progress.ts';
import { ConfigError } from '../src/parse/config.ts';
import { loadSynonyms } from '../src/search/synonyms.ts';
import { PAGES_PER_PART, PartitionedSearchIndex, provideSearchFeed, unfedPages } from '../src/search/index-pages.ts';
import { todayIso } from '../src/check/run.ts';
import { EVALUATIONS_DIR, loadInspections } from '../src/evaluation/records.ts';
import { printOfficeDocuments } from '../src/print/print-office.ts';

// The project (Astro config, site/) and the standard system it publishes may live apart: tests build
// a fixture corpus with the project's site by setting HANDBOOK_ROOT.
const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const corpusRoot = resolve(process.env.HANDBOOK_ROOT ?? process.cwd());
process.env.HANDBOOK_ROOT = corpusRoot;
const { values: options } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const started = performance.now();
const laps: string[] = [];
let lastLap = started;
/** Records how long the step that just ended took, for the closing line. */
function lap(step: string): void {
  const now = performance.now();
  laps.push(`${step} ${((now - lastLap) / 1000).toFixed(1)} 秒`);
  lastLap = now;
}

function folderSize(path: string): number {
  return readdirSync(path, { withFileTypes: true }).reduce((sum, entry) => {
    const full = join(path, entry.name);
    return sum + (entry.isDirectory() ? folderSize(full) : statSync(full).size);
  }, 0);
}

async function main(): Promise<number> {
  let checked;
  const paths = findStandardFiles(join(corpusRoot, STANDARDS_DIR));
  // The same base as astro.config.mjs: the threads link the texts for it.
  const base = process.env.HANDBOOK_BASE ?? '/';
  try {
    // On both cores: the checker's threads also render the page text of each standard they parsed.
    checked = await checkStandardFiles(corpusRoot, paths, { build: { base } });
    // The search's synonyms are read by the site; a mistake in them is reported here, before Astro runs.
    loadSynonyms(corpusRoot);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`配置错误：${error.message}`);
      return 2;
    }
    throw error;
  }
  const { diagnostics, built } = checked;
  const summary = summarize(diagnostics, paths.length);
  lap('检查和解析');
  if (diagnostics.length > 0) console.log(formatText(diagnostics, summary));
  if (summary.errors > 0) {
    console.error('标准检查发现错误，构建已停止；请先修正上面列出的错误。');
    return 1;
  }

  const outDir = resolve(corpusRoot, options.out!);
  const work = join(outDir, '..', '.build');
  const staging = join(work, `dist-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const { corpus, texts } = built!;
  provideCorpus({ corpus, base, texts });
  // The 实施评价 page counts only whole records: one in the wrong shape stops the build like a checker error.
  const records = loadInspections(corpus, process.env.HANDBOOK_TODAY ?? todayIso());
  if (records.problems.length > 0) {
    for (const problem of records.problems) console.error(`${problem.file}:${problem.line}  ${problem.message}`);
    console.error(`${records.problems.length} 处检查记录格式错误，构建已停止；请修正 ${EVALUATIONS_DIR}/ 中的上述记录。`);
    return 1;
  }

  // Pagefind runs in its own process: it indexes each page as Astro renders it (site/middleware.ts),
  // on the other core, instead of reading the whole site once Astro is done. HANDBOOK_SEARCH_PART_PAGES
  // sets the pages per part of the index (src/search/index-pages.ts).
  const search = new PartitionedSearchIndex(staging, process.env.HANDBOOK_SEARCH_PART_PAGES ? Number(process.env.HANDBOOK_SEARCH_PART_PAGES) : PAGES_PER_PART);
  await search.open();
  provideSearchFeed({ feed: search, base });
  // Astro resolves some temporary output against the working directory: build from the project so
  // its dependencies resolve even when the corpus lives elsewhere.
  process.chdir(projectRoot);
  try {
    await build({ root: projectRoot, outDir: staging, logLevel: 'warn' });
    lap('生成页面');
    // The index must hold exactly the published pages: a page Astro wrote past the middleware, or
    // changed after it, would be missing from the search or found with other words.
    const unfed = unfedPages(search.pages, staging);
    if (unfed.length > 0) throw new Error(`搜索索引与生成的页面不一致：${unfed.join('；')}`);
    const { parts } = await search.finish();
    lap(parts.length > 0 ? `搜索索引（分 ${parts.length + 1} 部分）` : '搜索索引');
  } finally {
    provideSearchFeed(undefined);
    await search.close();
  }
  const indexed = search.pages.size;

  // The printed texts go into the same staging folder, so the handbook's PDF links and the PDFs
  // are published together; after indexing, so print previews stay out of the search. A document
  // that cannot be printed fails the build.
  if (process.env.HANDBOOK_PRINT !== '0') {
    const { failures, cached, manifest } = await printCorpus(corpus, { outDir: join(staging, 'print'), onProgress: showProgress });
    if (failures.length > 0) {
      console.error(`${failures.length} 份文件排版失败（见上），构建已停止，原有的 dist/ 保持不变。`);
      rmSync(work, { recursive: true, force: true });
      return 1;
    }
    // The office's documents beside them: each post's 应知应会手册 and each recorded 复审意见表.
    await printOfficeDocuments(corpus, join(staging, 'print'), process.env.HANDBOOK_TODAY ?? todayIso());
    // Unchanged documents come from .cache/print/ (src/print/print-cache.ts).
    lap(`排版（${manifest.documents.length} 份，${cached} 份未变取自缓存）`);
  }

  // Swap in the new output only now, so a failed or killed build leaves the published dist/ intact.
  const previous = join(work, `previous-${process.pid}`);
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(work, { recursive: true, force: true });

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const indexKb = (folderSize(join(outDir, 'pagefind')) / 1024).toFixed(0);
  console.log(`手册已生成：${outDir}（${indexed} 个页面已编入搜索索引，索引 ${indexKb} KB，用时 ${seconds} 秒：${laps.join('，')}）`);
  return 0;
}

process.exitCode = await main();
