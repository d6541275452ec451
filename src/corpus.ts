// Loads the standard system from disk: configuration, external standards and every standard file.
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadConsultationRecords, type DirectoryListing } from './consult/record.ts';
import type { ConsultationRecords } from './model/consultation.ts';
import type { Corpus, Standard } from './model/types.ts';
import type { HandbookText } from './render/handbook-text.ts';
import { ConfigError, loadExternalStandards, loadSystemConfig } from './parse/config.ts';
import { parseStandard } from './parse/parse-standard.ts';

export const STANDARDS_DIR = 'standards';
/** A standard's 编制说明 (`30206-并联审批规程.编制说明.md`) sits beside it and is not a standard. */
export const EXPLANATION_SUFFIX = '.编制说明.md';

/** Markdown files under `dir`, sorted, skipping symbolic links, README files and 编制说明. */
export function findStandardFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(current, entry.name);
      if (entry.isSymbolicLink() || entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md' && !entry.name.endsWith(EXPLANATION_SUFFIX)) found.push(path);
    }
  };
  walk(dir);
  return found;
}

/** The consultation records of these standards (repository paths), each directory listed once. */
export function consultationsOf(root: string, files: readonly string[], listing: DirectoryListing = new Map()): Map<string, ConsultationRecords> {
  const found = new Map<string, ConsultationRecords>();
  for (const file of files) {
    const records = loadConsultationRecords(root, file, listing);
    if (records) found.set(file, records);
  }
  return found;
}

export function toRepoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

export function readStandard(root: string, path: string): Standard {
  return parseStandard(toRepoPath(root, path), readFileSync(path));
}

/** Parsed standards by path, reused while a file's size and modification time are unchanged. */
export type ParseCache = Map<string, { mtimeMs: number; size: number; standard: Standard }>;

function readStandardCached(root: string, path: string, cache: ParseCache | undefined): Standard {
  if (!cache) return readStandard(root, path);
  const { mtimeMs, size } = statSync(path);
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === mtimeMs && cached.size === size) return cached.standard;
  const standard = readStandard(root, path);
  cache.set(path, { mtimeMs, size, standard });
  return standard;
}

/** standards/system.yaml and standards/external.yaml below `root`. Throws ConfigError when unusable. */
export function loadConfig(root: string): Pick<Corpus, 'system' | 'external'> {
  const dir = join(root, STANDARDS_DIR);
  return {
    system: loadSystemConfig(join(dir, 'system.yaml'), `${STANDARDS_DIR}/system.yaml`),
    external: loadExternalStandards(join(dir, 'external.yaml'), `${STANDARDS_DIR}/external.yaml`),
  };
}

/**
 * Reads the whole corpus below `root`. Throws ConfigError when the configuration is unusable.
 * With a cache, only files changed since the last call are parsed again.
 */
export function loadCorpus(root: string, cache?: ParseCache): Corpus {
  const dir = join(root, STANDARDS_DIR);
  try {
    if (!lstatSync(dir).isDirectory()) throw new Error();
  } catch {
    throw new ConfigError(STANDARDS_DIR, `找不到标准目录 ${dir}；请在仓库根目录运行。`);
  }
  const { system, external } = loadConfig(root);
  const files = findStandardFiles(dir);
  if (cache) for (const path of cache.keys()) if (!files.includes(path)) cache.delete(path);
  const standards = files.map((path) => readStandardCached(root, path, cache));
  return {
    root,
    system,
    external,
    standards,
    consultations: consultationsOf(
      root,
      standards.map((s) => s.file),
    ),
  };
}

/**
 * `npm run build` parses the corpus once and hands it to the Astro pages, with each standard's
 * handbook text already rendered for the site's base URL. Vite loads the pages as separate module
 * instances: the global symbol registry is what both sides share.
 */
const PROVIDED = Symbol.for('jmxz-standards.corpus');

export interface ProvidedCorpus {
  corpus: Corpus;
  base: string;
  texts: Map<string, HandbookText>;
}

export function provideCorpus(provided: ProvidedCorpus): void {
  (globalThis as Record<symbol, unknown>)[PROVIDED] = provided;
}

export function providedCorpus(root: string): ProvidedCorpus | undefined {
  const provided = (globalThis as Record<symbol, unknown>)[PROVIDED] as ProvidedCorpus | undefined;
  return provided?.corpus.root === root ? provided : undefined;
}
