// One benchmark measurement, run in its own process so that times are cold and peak memory is its
// own. Prints one JSON line: {"task","ms",…}. Usage: node scripts/bench/measure.ts <task> <corpus-dir>
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { affectedFiles } from '../../src/check/affected.ts';
import { checkStandardFiles } from '../../src/check/check-files.ts';
import { checkCorpus } from '../../src/check/run.ts';
import { findStandardFiles, loadCorpus, type ParseCache } from '../../src/corpus.ts';
import { printCorpus } from '../../src/print/print-corpus.ts';
import { parseStandard } from '../../src/parse/parse-standard.ts';
import { fuzzChecker } from './fuzz.ts';

const [task, dir] = process.argv.slice(2);
if (!task || !dir) {
  console.error('用法：node scripts/bench/measure.ts <parse-floor|check-cold|check-cold-1|check-warm|recheck-one|print-40|fuzz> <语料目录>');
  process.exit(2);
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = run();
  return { ms: performance.now() - started, result };
}

async function timedAsync<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
}

async function measure(): Promise<Record<string, unknown>> {
  const paths = findStandardFiles(join(dir!, 'standards'));
  switch (task) {
    case 'parse-floor': {
      const texts = findStandardFiles(join(dir!, 'standards')).map((file) => readFileSync(file, 'utf8'));
      const parser = unified().use(remarkParse);
      return { ms: timed(() => texts.forEach((text) => parser.parse(text))).ms, files: texts.length };
    }
    case 'check-cold':
    case 'check-cold-1': {
      // What `npm run check` does with no cache: both cores, or one thread for the comparison.
      const threads = task === 'check-cold-1' ? 1 : undefined;
      const { ms, result } = await timedAsync(() => checkStandardFiles(dir!, paths, { cache: false, threads }));
      return { ms, diagnostics: result.diagnostics.length, filesPerThread: result.filesPerThread };
    }
    case 'check-warm': {
      await checkStandardFiles(dir!, paths);
      const { ms, result } = await timedAsync(() => checkStandardFiles(dir!, paths));
      return { ms, diagnostics: result.diagnostics.length };
    }
    case 'recheck-one': {
      // As in `npm run dev`: the corpus is parsed and checked; then one file is saved.
      const cache: ParseCache = new Map();
      const before = loadCorpus(dir!, cache);
      checkCorpus(before);
      const edited = before.standards.find((s) => s.meta.code?.serial.startsWith('30102'))!;
      appendFileSync(join(dir!, edited.file), '\n注：基准测试追加的说明。\n');
      const { ms, result } = timed(() => {
        const corpus = loadCorpus(dir!, cache);
        const changed = corpus.standards.filter((s) => s.file === edited.file);
        const files = affectedFiles(corpus, [edited, ...changed]);
        return { diagnostics: checkCorpus(corpus, { files }), files: files.size };
      });
      return { ms, rechecked: result.files, diagnostics: result.diagnostics.length };
    }
    case 'print-40': {
      const corpus = loadCorpus(dir!);
      const codes = corpus.standards
        .filter((s) => s.meta.status === 'current')
        .slice(0, 40)
        .map((s) => s.meta.code!.raw);
      const { ms, result } = await timedAsync(() => printCorpus(corpus, { outDir: join(dir!, 'print-out'), codes }));
      return { ms, printed: result.manifest.documents.length, failures: result.failures.length };
    }
    case 'long-paragraph': {
      // A 1 MB single-line paragraph dense with reference-like text: recognition must stay linear.
      const fixture = loadCorpus(join(dir!, 'tests/fixtures/corpus'));
      const text = readFileSync(join(dir!, 'tests/fixtures/corpus/standards/30501-投诉处理规范.md'), 'utf8');
      const unit = '窗口应按4.2、4.3和5.1办理，见表1、附录A和GB/T 36113—2018的5.2，1.5小时内答复；';
      const paragraph = unit.repeat(Math.ceil(1_000_000 / Buffer.byteLength(unit)));
      const long = text.replace('4.2 督查考核科应在', `4.2 ${paragraph}督查考核科应在`);
      const { ms, result } = timed(() => {
        fixture.standards = [parseStandard('standards/long.md', long)];
        return checkCorpus(fixture, { today: '2026-11-26' });
      });
      return { ms, bytes: Buffer.byteLength(paragraph), diagnostics: result.length };
    }
    case 'fuzz': {
      const { ms, result } = timed(() => fuzzChecker(Number(process.env.FUZZ_RUNS ?? 100_000)));
      return { ms, ...result };
    }
    default:
      console.error(`未知的测量项目：${task}`);
      process.exit(2);
  }
}

console.log(JSON.stringify({ task, ...(await measure()) }));
