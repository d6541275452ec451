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
import { CorpusIndex } from '../src/model/corpus-index.ts';
import { isPublishable, renderHandbookText } from '../src/render/handbook-text.ts';
import { HandbookUrls } from '../src/render/links.ts';
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

  // The build's path: each thread renders the handbook texts of the files it took after the corpus
  // phase, and the main thread parses the worker's files again. Its results must be those of parsing
  // and rendering everything in one process: with the main thread taking files, and with the worker
  // taking them all (on a small corpus the main thread may be done before the worker has started).
  it.each([true, false])(
    'in a build, hands back the parsed corpus and handbook texts that loading and rendering in one process gives (main thread checks: %s)',
    async (mainThreadChecks) => {
      const root = copy(SAMPLE);
      const paths = findStandardFiles(join(root, 'standards'));
      const built = await checkStandardFiles(root, paths, { today: TODAY, threads: 2, parallelAbove: 0, mainThreadChecks, cache: false, build: { base: '/handbook/' } });
      if (!mainThreadChecks) expect(built.filesPerThread).toEqual([0, paths.length]);
      const loaded = loadCorpus(root);
      expect(built.diagnostics.map(({ fix: _fix, ...d }) => d)).toEqual(checkCorpus(loaded, { today: TODAY }).map(({ fix: _fix, ...d }) => d));
      const { corpus, texts } = built.built!;
      expect(corpus.standards.map((s) => s.file)).toEqual(loaded.standards.map((s) => s.file));
      expect(corpus.standards).toEqual(loaded.standards);
      expect([...(corpus.consultations?.keys() ?? [])]).toEqual([...(loaded.consultations?.keys() ?? [])]);
      const urls = new HandbookUrls(new CorpusIndex(loaded), '/handbook/');
      const publishable = loaded.standards.filter(isPublishable);
      expect([...texts.keys()]).toEqual(publishable.map((s) => s.file));
      let links = 0;
      for (const standard of publishable) {
        const expected = renderHandbookText(standard, standard, urls, root);
        expect(texts.get(standard.file), standard.file).toEqual(expected);
        links += (expected.rendered.html.match(/href="\/handbook\/standards\//gu) ?? []).length;
      }
      // The texts link to other standards' pages, so the threads resolved references against the whole corpus.
      expect(links).toBeGreaterThan(50);
    },
    120_000,
  );
});
