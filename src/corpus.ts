// Loads the standard system from disk: configuration, external standards and every standard file.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Corpus, Standard } from './model/types.ts';
import { ConfigError, loadExternalStandards, loadSystemConfig } from './parse/config.ts';
import { parseStandard } from './parse/parse-standard.ts';

export const STANDARDS_DIR = 'standards';

/** Markdown files under `dir`, sorted, skipping symbolic links and README files. */
export function findStandardFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(current, entry.name);
      if (entry.isSymbolicLink() || entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md') found.push(path);
    }
  };
  walk(dir);
  return found;
}

export function toRepoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

export function readStandard(root: string, path: string): Standard {
  return parseStandard(toRepoPath(root, path), readFileSync(path));
}

/** Reads the whole corpus below `root`. Throws ConfigError when the configuration is unusable. */
export function loadCorpus(root: string): Corpus {
  const dir = join(root, STANDARDS_DIR);
  try {
    if (!lstatSync(dir).isDirectory()) throw new Error();
  } catch {
    throw new ConfigError(STANDARDS_DIR, `找不到标准目录 ${dir}；请在仓库根目录运行。`);
  }
  const system = loadSystemConfig(join(dir, 'system.yaml'), `${STANDARDS_DIR}/system.yaml`);
  const external = loadExternalStandards(join(dir, 'external.yaml'), `${STANDARDS_DIR}/external.yaml`);
  const standards = findStandardFiles(dir).map((path) => readStandard(root, path));
  return { root, system, external, standards };
}
