// One benchmark measurement, run in its own process so that times are cold and peak memory is its
// own. Prints one JSON line: {"task","ms",…}. Usage: node scripts/bench/measure.ts <task> <corpus-dir>
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { affectedFiles } from '../../src/check/affected.ts';
import { checkCorpus } from '../../src/check/run.ts';
import { findStandardFiles, loadCorpus, type ParseCache } from '../../src/corpus.ts';

const [task, dir] = process.argv.slice(2);
if (!task || !dir) {
  console.error('用法：node scripts/bench/measure.ts <parse-floor|check-cold|check-warm|recheck-one> <语料目录>');
  process.exit(2);
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = run();
  return { ms: performance.now() - started, result };
}

function measure(): Record<string, unknown> {
  switch (task) {
    case 'parse-floor': {
      const texts = findStandardFiles(join(dir!, 'standards')).map((file) => readFileSync(file, 'utf8'));
      const parser = unified().use(remarkParse);
      return { ms: timed(() => texts.forEach((text) => parser.parse(text))).ms, files: texts.length };
    }
    case 'check-cold': {
      const { ms, result } = timed(() => checkCorpus(loadCorpus(dir!)));
      return { ms, diagnostics: result.length };
    }
    case 'check-warm': {
      const cache: ParseCache = new Map();
      checkCorpus(loadCorpus(dir!, cache));
      const { ms, result } = timed(() => checkCorpus(loadCorpus(dir!, cache)));
      return { ms, diagnostics: result.length };
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
    default:
      console.error(`未知的测量项目：${task}`);
      process.exit(2);
  }
}

console.log(JSON.stringify({ task, ...measure() }));
