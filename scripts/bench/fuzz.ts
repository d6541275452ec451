// The long fuzzing run of the benchmark: random and mutated standards through the whole checker,
// counting crashes (a thrown error, or a rule that failed internally on the input).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { checkCorpus } from '../../src/check/run.ts';
import { loadCorpus } from '../../src/corpus.ts';
import { parseStandard } from '../../src/parse/parse-standard.ts';
import { mutatedStandard, randomDocument } from '../../tests/arbitraries.ts';

const FIXTURE = fileURLToPath(new URL('../../tests/fixtures/corpus/', import.meta.url));

export function fuzzChecker(runs: number): { runs: number; crashes: number; counterexample?: string } {
  const corpus = loadCorpus(FIXTURE);
  const base = corpus.standards;
  const sample = readFileSync(`${FIXTURE}standards/30501-投诉处理规范.md`, 'utf8');
  const input = fc.oneof(randomDocument, mutatedStandard(sample));
  const result = fc.check(
    fc.property(input, (text) => {
      corpus.standards = [...base, parseStandard('standards/fuzz.md', text)];
      const crashed = checkCorpus(corpus, { today: '2026-11-26' }).some((d) => d.message.includes('处理本文件时出错'));
      return !crashed;
    }),
    { numRuns: runs, seed: 20261126 },
  );
  return { runs: result.numRuns, crashes: result.failed ? 1 : 0, counterexample: result.failed ? JSON.stringify(result.counterexample) : undefined };
}
