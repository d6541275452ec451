// `npm run bench [-- --sizes 100,1000,5000] [--json <file>] [--fuzz-runs N]`: generates synthetic
// corpora with a fixed seed and measures, each in its own process, the checker against the parse
// floor, cache and re-check times, the full build against a stock Astro peer, printing, memory,
// and a long fuzzing run. Prints a table; --json writes the figures.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const WORK = join(REPO, '.cache', 'bench');
const NODE = process.execPath;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    json: { type: 'string' },
    'fuzz-runs': { type: 'string', default: '100000' },
    seed: { type: 'string', default: '20261126' },
    // `--only search`: build the 1,000-standard handbook and measure only its search.
    only: { type: 'string' },
  },
});

interface Figure {
  measurement: string;
  standards: number;
  ms: number;
  peakMemoryMb?: number;
  detail?: Record<string, unknown>;
}

const figures: Figure[] = [];
/** Test hook and the environment a real build gets: Vitest or shell leftovers must not leak in. */
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', HANDBOOK_PRINT: '0' };

/** Runs a script in its own process under GNU time for its peak resident memory. */
function run(measurement: string, standards: number, script: string, args: string[], env: NodeJS.ProcessEnv = ENV): Figure {
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : NODE;
  const commandArgs = useTime ? ['-f', 'peak-kb %M', NODE, script, ...args] : [script, ...args];
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { cwd: REPO, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`${measurement} 失败：\n${result.stdout}\n${result.stderr}`);
  const json = result.stdout
    .trim()
    .split('\n')
    .reverse()
    .find((line) => line.startsWith('{"task"'));
  const detail = json ? (JSON.parse(json) as Record<string, unknown>) : {};
  const peak = /peak-kb (\d+)/u.exec(result.stderr);
  const figure: Figure = { measurement, standards, ms: typeof detail.ms === 'number' ? detail.ms : wall, peakMemoryMb: peak ? Number(peak[1]) / 1024 : undefined, detail };
  figures.push(figure);
  console.log(
    `  ${measurement.padEnd(28)} ${String(standards).padStart(5)}  ${(figure.ms / 1000).toFixed(2).padStart(8)} s  ${figure.peakMemoryMb ? `${figure.peakMemoryMb.toFixed(0).padStart(6)} MB` : ''}`,
  );
  return figure;
}

function corpus(size: number): string {
  const dir = join(WORK, `corpus-${size}`);
  const marker = join(dir, '.generated');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== values.seed) {
    generateCorpus(size, dir, Number(values.seed));
    writeFileSync(marker, values.seed!);
  }
  return dir;
}

const MEASURE = join(REPO, 'scripts/bench/measure.ts');
const sizes = values.sizes!.split(',').map(Number);
console.log(`机器：${cpus().length} 核 ${cpus()[0]?.model ?? ''}，内存 ${(totalmem() / 2 ** 30).toFixed(0)} GiB，Node ${process.version}`);
console.log(`  ${'测量项目'.padEnd(24)} ${'标准数'.padStart(4)}  ${'用时'.padStart(9)}  ${'峰值内存'.padStart(6)}`);
if (values.only === 'search') {
  const dir = corpus(1000);
  const scratch = mkdtempSync(join(WORK, 'run-'));
  run('full build (check+site+index)', 1000, join(REPO, 'scripts/build.ts'), ['--out', join(scratch, 'dist')], { ...ENV, HANDBOOK_ROOT: dir });
  run('search: first results', 1000, join(REPO, 'scripts/bench/search.ts'), [join(scratch, 'dist')]);
  rmSync(scratch, { recursive: true, force: true });
}
for (const size of values.only === 'search' ? [] : sizes) {
  const dir = corpus(size);
  rmSync(join(dir, '.cache'), { recursive: true, force: true });
  run('parse floor (remark-parse)', size, MEASURE, ['parse-floor', dir]);
  run('full check cold, 1 thread', size, MEASURE, ['check-cold-1', dir]);
  run('full check cold, 2 threads', size, MEASURE, ['check-cold', dir]);
  run('full check, cache warm', size, MEASURE, ['check-warm', dir]);
  if (size < 1000) continue;
  // These edit or build from a copy, so the generated corpus stays as generated.
  // Inside the project, so the peer site resolves Astro from our node_modules.
  const scratch = mkdtempSync(join(WORK, 'run-'));
  if (size === 1000) {
    cpSync(dir, join(scratch, 'corpus'), { recursive: true });
    run('re-check after one edit', size, MEASURE, ['recheck-one', join(scratch, 'corpus')]);
  }
  run('full build (check+site+index)', size, join(REPO, 'scripts/build.ts'), ['--out', join(scratch, 'dist')], { ...ENV, HANDBOOK_ROOT: dir });
  if (size === 1000) run('search: first results', size, join(REPO, 'scripts/bench/search.ts'), [join(scratch, 'dist')]);
  rmSync(join(scratch, 'dist'), { recursive: true, force: true });
  run('stock Astro peer build+index', size, join(REPO, 'scripts/bench/peer-build.ts'), [dir, join(scratch, 'peer')]);
  if (size === 1000) run('print 40 standards', 40, MEASURE, ['print-40', join(scratch, 'corpus')]);
  rmSync(scratch, { recursive: true, force: true });
}
if (values.only !== 'search') {
  run('1 MB paragraph, check', 1, MEASURE, ['long-paragraph', REPO]);
  run('fuzz (fast-check)', 0, MEASURE, ['fuzz', REPO], { ...ENV, FUZZ_RUNS: values['fuzz-runs'] });
}

// The targets of issue 16, as ratios within this one run.
const find = (measurement: string, standards: number): Figure | undefined => figures.find((f) => f.measurement === measurement && f.standards === standards);
const targets: string[] = [];
function target(label: string, value: number | undefined, limit: number, unit: '×' | 'MB'): void {
  if (value === undefined) return;
  const shown = unit === '×' ? `${value.toFixed(2)}×` : `${value.toFixed(0)} MB`;
  targets.push(`  ${value <= limit ? '达标' : '未达标'}  ${label.padEnd(40)} ${shown.padStart(8)}（目标 ≤ ${unit === '×' ? `${limit}×` : `${limit} MB`}）`);
}
const ratio = (a?: Figure, b?: Figure): number | undefined => (a && b ? a.ms / b.ms : undefined);
for (const size of sizes) {
  const floor = find('parse floor (remark-parse)', size);
  target(`${size} 项：检查（1 线程）/ 解析下限`, ratio(find('full check cold, 1 thread', size), floor), 1.3, '×');
  target(`${size} 项：检查（2 核）/ 解析下限`, ratio(find('full check cold, 2 threads', size), floor), 0.7, '×');
  target(`${size} 项：完整构建 / 标准 Astro 站点`, ratio(find('full build (check+site+index)', size), find('stock Astro peer build+index', size)), 1.0, '×');
  if (size >= 5000) {
    target(`${size} 项：检查的峰值内存`, Math.max(find('full check cold, 2 threads', size)?.peakMemoryMb ?? 0, find('full check cold, 1 thread', size)?.peakMemoryMb ?? 0) || undefined, 1500, 'MB');
    target(`${size} 项：构建的峰值内存`, find('full build (check+site+index)', size)?.peakMemoryMb, 1500, 'MB');
  }
}
const search = find('search: first results', 1000);
if (search) {
  const { indexBytes, pagefindBytesPerQuery } = search.detail as { indexBytes: number; pagefindBytesPerQuery: number };
  targets.push(
    `  （报告）1000 项：搜索首批结果（中位数）${(search.ms / 1000).toFixed(2)} 秒，索引 ${(indexBytes / 2 ** 20).toFixed(1)} MB，每次查询下载 ${(pagefindBytesPerQuery / 1024).toFixed(0)} KB`,
  );
}
if (targets.length > 0) console.log(`\n目标（同一次运行中的比值）：\n${targets.join('\n')}`);

if (values.json) {
  writeFileSync(values.json, `${JSON.stringify({ machine: { cores: cpus().length, cpu: cpus()[0]?.model, memoryGiB: totalmem() / 2 ** 30, node: process.version }, figures }, null, 2)}\n`);
  console.log(`已写入 ${values.json}`);
}
