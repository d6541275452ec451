// Builds corpora for tests from the fixture set, with files replaced or added in memory.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus.ts';
import { checkCorpus } from '../src/check/run.ts';
import type { Corpus, Diagnostic } from '../src/model/types.ts';
import { parseStandard } from '../src/parse/parse-standard.ts';

export const FIXTURE_ROOT = fileURLToPath(new URL('./fixtures/corpus/', import.meta.url));
export const TODAY = '2026-11-26';

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURE_ROOT}standards/${name}`, 'utf8');
}

/** The fixture corpus with `files` (repository-relative path → content) replacing or adding standards. */
export function corpusWith(files: Record<string, string | Uint8Array> = {}, mutateSystem?: (corpus: Corpus) => void): Corpus {
  const corpus = loadCorpus(FIXTURE_ROOT);
  for (const [file, content] of Object.entries(files)) {
    const parsed = parseStandard(file, content);
    const at = corpus.standards.findIndex((s) => s.file === file);
    if (at >= 0) corpus.standards[at] = parsed;
    else corpus.standards.push(parsed);
  }
  mutateSystem?.(corpus);
  return corpus;
}

export function check(files: Record<string, string | Uint8Array> = {}, mutateSystem?: (corpus: Corpus) => void): Diagnostic[] {
  return checkCorpus(corpusWith(files, mutateSystem), { today: TODAY });
}

/** Replaces text that must be present, so a test cannot pass because its edit silently did nothing. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** 1-based line of the first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`text does not contain ${JSON.stringify(needle)}`);
  return text.slice(0, index).split('\n').length;
}
