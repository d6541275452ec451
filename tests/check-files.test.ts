// The two-phase, cached, multi-threaded checker gives exactly the diagnostics of checking the
// full models in one pass.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkStandardFiles } from '../src/check/check-files.ts';
import { checkCorpus } from '../src/check/run.ts';
import { findStandardFiles, loadCorpus } from '../src/corpus.ts';
import { TODAY } from './helpers.ts';

const DEFECTS = fileURLToPath(new URL('./fixtures/defects/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('..', import.meta.url));

function copy(dir: string): string {
  const target = mkdtempSync(join(tmpdir(), 'check-files-'));
  cpSync(join(dir, 'standards'), join(target, 'standards'), { recursive: true });
  return target;
}

async function both(root: string, threads: number) {
  const paths = findStandardFiles(join(root, 'standards'));
  const { diagnostics } = await checkStandardFiles(root, paths, { today: TODAY, threads, parallelAbove: 0 });
  return { lean: diagnostics.map(({ fix: _fix, ...d }) => d), full: checkCorpus(loadCorpus(root), { today: TODAY }).map(({ fix: _fix, ...d }) => d) };
}

describe('checkStandardFiles', () => {
  it('reports what checkCorpus reports, on the seeded defects', async () => {
    const root = copy(DEFECTS);
    const { lean, full } = await both(root, 1);
    expect(full.length).toBeGreaterThan(10);
    expect(lean).toEqual(full);
  });

  it('reports what checkCorpus reports on a corpus with defects, using two threads and then the cache', async () => {
    const root = copy(SAMPLE);
    const file = findStandardFiles(join(root, 'standards')).find((f) => f.includes('30102'))!;
    writeFileSync(file, readFileSync(file, 'utf8').replace('### 5.1 ', '### 5.4 ').replace('code: Q/JMXZ 30102—2025', 'code: Q/JMXZ 30102-2025'));
    const first = await both(root, 2);
    expect(first.full.length).toBeGreaterThan(0);
    expect(first.lean).toEqual(first.full);
    const cached = await both(root, 2);
    expect(cached.lean).toEqual(first.full);
    // A change after caching is seen.
    writeFileSync(file, readFileSync(file, 'utf8').replace('code: Q/JMXZ 30102-2025', 'code: Q/JMXZ 30102—2025'));
    const after = await both(root, 2);
    expect(after.lean).toEqual(after.full);
    expect(after.lean.length).toBeLessThan(first.full.length);
  }, 60_000);
});
