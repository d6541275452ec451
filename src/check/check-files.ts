// The checker for a whole standard system, fast and lean at scale. Phase 1 parses each file and
// runs the document rules; its results (diagnostics and the light form of the standard) are cached
// on disk by content hash and computed on both cores when many files changed. Phase 2 runs the
// corpus rules over the light forms. Holding no Markdown trees, it checks thousands of standards
// in little memory.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Diagnostic, Standard } from '../model/types.ts';
import { parseStandard } from '../parse/parse-standard.ts';
import { consultationsOf, loadConfig, STANDARDS_DIR, toRepoPath } from '../corpus.ts';
import { recordFiles, type DirectoryListing } from '../consult/record.ts';
import { lighten } from './light.ts';
import { checkCorpus, compareDiagnostics, todayIso } from './run.ts';

export interface DocumentJob {
  root: string;
  paths: string[];
  today: string;
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
}
const CACHE_FILE = join('.cache', 'check', 'results.bin');

/** Phase 1 for some files: parse, run the document rules, keep the light form. */
export function checkDocuments(job: DocumentJob): DocumentResult[] {
  const config = loadConfig(job.root);
  const listing: DirectoryListing = new Map();
  return job.paths.map((path) => {
    const standard = parseStandard(toRepoPath(job.root, path), readFileSync(path));
    const consultations = consultationsOf(job.root, [standard.file], listing);
    const diagnostics = checkCorpus({ root: job.root, ...config, standards: [standard], consultations }, { scope: 'document', today: job.today });
    return { light: lighten(standard), diagnostics };
  });
}

function runWorker(job: DocumentJob): Promise<DocumentResult[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./document-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (results: DocumentResult[]) => {
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

async function checkDocumentsInParallel(job: DocumentJob, threads: number, parallelAbove: number): Promise<DocumentResult[]> {
  if (threads <= 1 || job.paths.length <= parallelAbove) return checkDocuments(job);
  // Interleave so each thread gets a similar mix of long and short standards.
  const shares = Array.from({ length: threads }, (_, i) => job.paths.filter((_, j) => j % threads === i));
  const results = await Promise.all(shares.map((paths) => runWorker({ ...job, paths })));
  const byPath = new Map(shares.flatMap((paths, i) => paths.map((path, j) => [path, results[i]![j]!] as const)));
  return job.paths.map((path) => byPath.get(path)!);
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
export async function checkStandardFiles(root: string, paths: string[], options: CheckFilesOptions = {}): Promise<{ diagnostics: Diagnostic[]; standards: Standard[] }> {
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
  const stale = paths.filter((path) => cache.entries.get(path)?.hash !== hashes.get(path));
  const fresh = await checkDocumentsInParallel({ root, paths: stale, today }, options.threads ?? availableParallelism(), options.parallelAbove ?? 80);
  stale.forEach((path, i) => cache.entries.set(path, { hash: hashes.get(path)!, result: fresh[i]! }));
  for (const path of cache.entries.keys()) if (!hashes.has(path)) cache.entries.delete(path);
  if (useCache && stale.length > 0) writeCache(root, cache);

  const results = paths.map((path) => cache.entries.get(path)!.result);
  const standards = results.map((r) => r.light);
  const corpusDiagnostics = checkCorpus({ root, ...config, standards }, { scope: 'corpus', today, files: options.files });
  const documentDiagnostics = results.flatMap((r) => r.diagnostics).filter((d) => !options.files || options.files.has(d.file));
  return { diagnostics: [...documentDiagnostics, ...corpusDiagnostics].sort(compareDiagnostics), standards };
}
