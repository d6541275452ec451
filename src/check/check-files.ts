// The checker for a whole standard system, fast and lean at scale. Phase 1 parses each file and
// runs the document rules; its results (diagnostics and the light form of the standard) are cached
// on disk by content hash and computed on both cores when many files changed. Phase 2 runs the
// corpus rules over the light forms. Holding no Markdown trees, it checks thousands of standards
// in little memory.
//
// The build asks for more (`build`): after phase 2 each thread renders the handbook texts of the
// standards it parsed, linked against the whole corpus, and hands the texts back; the pages, the
// printer and the evaluation get the parsed standards, the main thread's own and, parsed again
// there, the workers' (cheaper than copying a tree between threads).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { enableCompileCache } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Diagnostic, Standard } from '../model/types.ts';
import { parseStandard } from '../parse/parse-standard.ts';
import { consultationsOf, loadConfig, STANDARDS_DIR, toRepoPath } from '../corpus.ts';
import { recordFiles, type DirectoryListing } from '../consult/record.ts';
import type { HandbookText } from '../render/handbook-text.ts';
import type { Corpus } from '../model/types.ts';
import type { BuiltDocument } from './document-render.ts';
import { lighten } from './light.ts';
import { checkCorpus, compareDiagnostics, todayIso } from './run.ts';

export interface DocumentJob {
  root: string;
  paths: string[];
  today: string;
  /** Keep the parsed standards to render them once the corpus is known (the handbook's base URL). */
  render?: { base: string };
  /**
   * When several threads check `paths` together: the index of the next path to take, shared by all
   * (SharedArrayBuffer). Each takes one file at a time, so a thread that started later or runs
   * slower simply takes fewer, and all finish together.
   */
  next?: Int32Array;
}

/** An item made from `paths[index]`. */
export interface Numbered<T> {
  index: number;
  item: T;
}

/** What a worker posts: a batch of its items, and whether it has no more to send. */
export interface WorkerBatch<T> {
  items: Numbered<T>[];
  done: boolean;
}

interface DocumentResult {
  light: Standard;
  diagnostics: Diagnostic[];
}

export interface CheckFilesOptions {
  /** Report only these repository paths (all are still read: corpus rules need every standard). */
  files?: ReadonlySet<string>;
  /** Files outside standards/ to check as part of the corpus. */
  extraPaths?: string[];
  today?: string;
  /** Keep phase-1 results in <root>/.cache/check between runs (default true). */
  cache?: boolean;
  /** Worker threads for phase 1 when enough files changed (default: available cores). */
  threads?: number;
  /** Use threads only when more files than this need parsing (default 80: below it, starting workers costs more than it saves). */
  parallelAbove?: number;
  /** Whether the main thread checks files too when there are workers (default true; the tests turn it off to pin the workers' path). */
  mainThreadChecks?: boolean;
  /** For the build: parse every file (not only changed ones) and render its handbook text with this base URL. */
  build?: { base: string };
}

export interface CheckedFiles {
  diagnostics: Diagnostic[];
  /** Light forms, in the order of the paths. */
  standards: Standard[];
  /** With `build`: the parsed corpus and each standard's handbook text by file. */
  built?: { corpus: Corpus; texts: Map<string, HandbookText> };
  /** How many of the files parsed each thread took, the main thread's first. */
  filesPerThread: number[];
}
const CACHE_FILE = join('.cache', 'check', 'results.bin');

/** A share's phase-1 results cross to the main thread in batches of this many, as they are made. */
const RESULT_BATCH = 50;

/**
 * Phase 1 for the files this thread takes: parse, run the document rules, keep the light form.
 * Results are handed on in batches, and the event loop gets a turn after each one: in the main
 * thread, that is when the workers' batches are taken in, while it is still checking files itself.
 */
export async function checkDocuments(job: DocumentJob, onResults: (results: Numbered<DocumentResult>[], done: boolean) => void): Promise<Numbered<Standard>[]> {
  const config = loadConfig(job.root);
  const listing: DirectoryListing = new Map();
  let taken = 0;
  const take = (): number => (job.next ? Atomics.add(job.next, 0, 1) : taken++);
  // A check drops each tree once its rules have run; only a build keeps them, to render after phase 2.
  const standards: Numbered<Standard>[] = [];
  let batch: Numbered<DocumentResult>[] = [];
  for (let index = take(); index < job.paths.length; index = take()) {
    const standard = parseStandard(toRepoPath(job.root, job.paths[index]!), readFileSync(job.paths[index]!));
    if (job.render) standards.push({ index, item: standard });
    const consultations = consultationsOf(job.root, [standard.file], listing);
    const diagnostics = checkCorpus({ root: job.root, ...config, standards: [standard], consultations }, { scope: 'document', today: job.today });
    batch.push({ index, item: { light: lighten(standard), diagnostics } });
    if (batch.length < RESULT_BATCH) continue;
    onResults(batch, false);
    batch = [];
    await new Promise(setImmediate);
  }
  onResults(batch, true);
  return standards;
}

/** A thread's part: its phase-1 results, then (for a build) its rendered documents once it is sent the light corpus. */
interface Share {
  results: Promise<Numbered<DocumentResult>[]>;
  render(corpus: Corpus): Promise<Numbered<BuiltDocument>[]>;
}

/** The light corpus as sent to the threads: serialized once for all of them. */
const serializedCorpora = new WeakMap<Corpus, Uint8Array>();
function serializedCorpus(corpus: Corpus): Uint8Array {
  let bytes = serializedCorpora.get(corpus);
  if (!bytes) serializedCorpora.set(corpus, (bytes = serialize(corpus)));
  return bytes;
}

function startWorker(job: DocumentJob): Share {
  const worker = new Worker(new URL('./document-worker.ts', import.meta.url), { workerData: job });
  const failed = new Promise<never>((_, reject) => worker.once('error', reject));
  /** Everything the worker posts until its batch marked done. */
  const collect = <T>(): Promise<Numbered<T>[]> => {
    const items: Numbered<T>[] = [];
    const all = new Promise<Numbered<T>[]>((resolve) => {
      const onBatch = (batch: WorkerBatch<T>): void => {
        items.push(...batch.items);
        if (!batch.done) return;
        worker.off('message', onBatch);
        resolve(items);
      };
      worker.on('message', onBatch);
    });
    return Promise.race([all, failed]);
  };
  const results = collect<DocumentResult>();
  if (!job.render) void results.finally(() => void worker.terminate());
  return {
    results,
    render: async (corpus) => {
      await results;
      const built = collect<BuiltDocument>();
      worker.postMessage(serializedCorpus(corpus));
      try {
        return await built;
      } finally {
        void worker.terminate();
      }
    },
  };
}

function runInProcess(job: DocumentJob): Share {
  const results: Numbered<DocumentResult>[] = [];
  const standards = checkDocuments(job, (batch) => results.push(...batch));
  return {
    results: standards.then(() => results),
    render: async (corpus) => {
      const { documentRenderer } = await import('./document-render.ts');
      const render = documentRenderer(corpus, job.render!.base);
      return (await standards).map(({ index, item }) => ({ index, item: { text: render(item), standard: item } }));
    },
  };
}

/** Phase 1 on several threads when there is enough to do. */
function startShares(job: DocumentJob, threads: number, parallelAbove: number, mainThreadChecks: boolean): Share[] {
  if (threads <= 1 || job.paths.length <= parallelAbove) return [runInProcess(job)];
  const next = new Int32Array(new SharedArrayBuffer(4));
  // The main thread checks files itself rather than wait, alongside the workers, which start first.
  // Each worker compiles the checker's modules anew: Node's compile cache (in the system's temporary
  // folder) halves that after the first run.
  enableCompileCache();
  const workers = Array.from({ length: Math.min(threads, job.paths.length) - 1 }, () => startWorker({ ...job, next }));
  return [runInProcess(mainThreadChecks ? { ...job, next } : { ...job, paths: [] }), ...workers];
}

/** Gathers the threads' items back into the order of the paths they were made from. */
async function inPathOrder<T>(paths: readonly string[], shares: Share[], items: (share: Share) => Promise<Numbered<T>[]>): Promise<T[]> {
  const ordered = new Array<T>(paths.length);
  for (const list of await Promise.all(shares.map(items))) for (const { index, item } of list) ordered[index] = item;
  return ordered;
}

/** Everything phase-1 results depend on besides the file itself: the checker's code, the configuration, the date. */
function cacheKey(root: string, today: string): string {
  const hash = createHash('sha256').update(today);
  const sources = join(import.meta.dirname, '..');
  for (const dir of ['check', 'check/rules', 'parse', 'model']) {
    for (const name of readdirSync(join(sources, dir))
      .filter((n) => n.endsWith('.ts'))
      .sort())
      hash.update(readFileSync(join(sources, dir, name)));
  }
  for (const name of ['system.yaml', 'external.yaml']) hash.update(readFileSync(join(root, STANDARDS_DIR, name)));
  return hash.digest('hex');
}

type Cache = { key: string; entries: Map<string, { hash: string; result: DocumentResult }> };

function readCache(root: string, key: string): Cache {
  try {
    const cache = deserialize(readFileSync(join(root, CACHE_FILE))) as Cache;
    if (cache.key === key) return cache;
  } catch {
    // No cache yet, or one from another version: start afresh.
  }
  return { key, entries: new Map() };
}

function writeCache(root: string, cache: Cache): void {
  const path = join(root, CACHE_FILE);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(`${path}.tmp`, serialize(cache));
  renameSync(`${path}.tmp`, path);
}

/** Checks every standard below <root>/standards. Throws ConfigError for unusable configuration. */
export async function checkStandardFiles(root: string, paths: string[], options: CheckFilesOptions = {}): Promise<CheckedFiles> {
  const config = loadConfig(root);
  const today = options.today ?? todayIso();
  const useCache = options.cache ?? true;
  const key = useCache ? cacheKey(root, today) : '';
  const cache = useCache ? readCache(root, key) : { key, entries: new Map() };
  // A standard's consultation records are checked with it: they are part of what its result depends on.
  const listing: DirectoryListing = new Map();
  const hashes = new Map(
    paths.map((path) => {
      const hash = createHash('sha256').update(readFileSync(path));
      for (const record of recordFiles(path, listing)) hash.update(record).update(readFileSync(record));
      return [path, hash.digest('hex')];
    }),
  );
  // A build needs every standard parsed; a check only the changed ones.
  const stale = options.build ? paths : paths.filter((path) => cache.entries.get(path)?.hash !== hashes.get(path));
  const shares = startShares({ root, paths: stale, today, render: options.build }, options.threads ?? availableParallelism(), options.parallelAbove ?? 80, options.mainThreadChecks ?? true);
  const fresh = await inPathOrder(stale, shares, (share) => share.results);
  const filesPerThread = await Promise.all(shares.map(async (share) => (await share.results).length));
  stale.forEach((path, i) => cache.entries.set(path, { hash: hashes.get(path)!, result: fresh[i]! }));
  for (const path of cache.entries.keys()) if (!hashes.has(path)) cache.entries.delete(path);
  if (useCache && stale.length > 0) writeCache(root, cache);

  const results = paths.map((path) => cache.entries.get(path)!.result);
  const standards = results.map((r) => r.light);
  const lightCorpus: Corpus = { root, ...config, standards, consultations: new Map() };
  const corpusDiagnostics = checkCorpus(lightCorpus, { scope: 'corpus', today, files: options.files });
  const documentDiagnostics = results.flatMap((r) => r.diagnostics).filter((d) => !options.files || options.files.has(d.file));
  const diagnostics = [...documentDiagnostics, ...corpusDiagnostics].sort(compareDiagnostics);
  if (!options.build) return { diagnostics, standards, filesPerThread };

  const built = await inPathOrder(paths, shares, (share) => share.render(lightCorpus));
  // The standards a worker parsed are parsed again here rather than copied over: structured-cloning
  // a parsed standard (its tree and everything pointing into it) costs several times its parse.
  const full = built.map((b, i) => b.standard ?? parseStandard(toRepoPath(root, paths[i]!), readFileSync(paths[i]!)));
  const corpus: Corpus = {
    root,
    ...config,
    standards: full,
    consultations: consultationsOf(
      root,
      full.map((s) => s.file),
    ),
  };
  return { diagnostics, standards, filesPerThread, built: { corpus, texts: new Map(built.flatMap((b, i) => (b.text ? [[full[i]!.file, b.text]] : []))) } };
}
