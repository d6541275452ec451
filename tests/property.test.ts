// Property-based: random and mutated Markdown and front matter never make the checker throw, and
// no rule fails internally on them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../src/check/run.ts';
import { mutatedStandard, randomDocument } from './arbitraries.ts';
import { corpusWith, fixtureText, TODAY } from './helpers.ts';

const mutatedFixture = mutatedStandard(fixtureText('30501-投诉处理规范.md'));

function checkNeverFails(text: string): void {
  const corpus = corpusWith({ 'standards/random.md': text, 'standards/30501-投诉处理规范.md': text });
  const diagnostics = checkCorpus(corpus, { today: TODAY });
  for (const diagnostic of diagnostics) {
    expect(diagnostic.line).toBeGreaterThanOrEqual(1);
    expect(diagnostic.column).toBeGreaterThanOrEqual(1);
    expect(diagnostic.message).not.toContain('处理本文件时出错');
  }
}

describe('checker robustness', () => {
  it('never throws on random documents', () => {
    fc.assert(fc.property(randomDocument, checkNeverFails), { numRuns: 300 });
  });

  it('never throws on mutated standards', () => {
    fc.assert(fc.property(mutatedFixture, checkNeverFails), { numRuns: 300 });
  });
});
