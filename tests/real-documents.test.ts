// Real published standards, transcribed into our format (tests/fixtures/real/): the checker must report
// exactly the diagnostics listed in expected.yaml — the originals' true defects, what an excerpt leaves
// out, and the office's lifecycle rules — and nothing else: no false errors, no false warnings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../src/check/run.ts';
import { loadCorpus } from '../src/corpus.ts';
import { TODAY } from './helpers.ts';

const ROOT = fileURLToPath(new URL('./fixtures/real/', import.meta.url));

interface Expected { line: number; rule: string; clause?: string; why: string }
interface FixtureExpectation { complete: boolean; defects: Expected[]; excerpt: Expected[]; office: Expected[] }

const expectations = parse(readFileSync(`${ROOT}expected.yaml`, 'utf8')) as Record<string, FixtureExpectation>;
const corpus = loadCorpus(ROOT);
const diagnostics = checkCorpus(corpus, { today: TODAY });

describe('real published standards', () => {
  it('are all listed in expected.yaml', () => {
    expect(corpus.standards.map((s) => s.file.replace(/^standards\//u, '')).sort()).toEqual(Object.keys(expectations).sort());
  });

  for (const [file, expected] of Object.entries(expectations)) {
    it(`${file}: reports its true defects and nothing false`, () => {
      const actual = diagnostics.filter((d) => d.file === `standards/${file}`).map((d) => `${d.line} ${d.rule}`).sort();
      const listed = [...expected.defects, ...expected.excerpt, ...expected.office].map((e) => `${e.line} ${e.rule}`).sort();
      expect(actual).toEqual(listed);
      for (const defect of expected.defects) expect(defect.clause, `${file}:${defect.line} names the clause it breaks`).toMatch(/^GB\/T 1\.1—(?:2020|2009) /u);
    });
  }
});
