// `node scripts/bench/print-bench.ts --baseline <worktree> [--json <file>]`: the printer against an
// earlier printer, side by side in one run, on the same copy of the sample corpus and the same
// synthetic 1,000-standard corpus. The baseline is a git worktree of an earlier commit with its own
// node_modules (`git worktree add /work/wt/print-baseline <commit> && cd … && npm ci`). Each figure
// is one process, timed from outside; the machine's load average is recorded beside each, since
// the machine may be shared.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { baseline: { type: 'string' }, json: { type: 'string' }, seed: { type: 'string', default: '20261126' } } });
if (!values.baseline || !existsSync(join(values.baseline, 'scripts/print.ts'))) {
  console.error('用法：node scripts/bench/print-bench.ts --baseline <旧版本的 git 工作树> [--json <文件>]');
  process.exit(2);
}
const BASELINE = resolve(values.baseline);
const NODE = process.execPath;
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

interface Figure {
  measurement: string;
  printer: 'baseline' | 'current';
  seconds: number;
  /** One-minute load average before and after. */
  load: [number, number];
}
const figures: Figure[] = [];

function run(measurement: string, printer: Figure['printer'], args: string[], cwd: string, env: NodeJS.ProcessEnv = ENV): Figure {
  const before = loadavg()[0]!;
  const started = performance.now();
  const result = spawnSync(NODE, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${measurement}（${printer}）失败：\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  const figure: Figure = { measurement, printer, seconds, load: [before, loadavg()[0]!] };
  figures.push(figure);
  console.log(`  ${measurement.padEnd(44)} ${printer.padEnd(8)} ${seconds.toFixed(1).padStart(7)} s   load ${figure.load.map((l) => l.toFixed(1)).join(' → ')}`);
  return figure;
}

const scratch = mkdtempSync(join(REPO, '.cache', 'print-bench-'));
try {
  // The sample corpus, copied so both printers read the same files and no cache of the project's own is used.
  const sample = join(scratch, 'sample');
  cpSync(join(REPO, 'standards'), join(sample, 'standards'), { recursive: true });
  const big = join(scratch, 'corpus-1000');
  generateCorpus(1000, big, Number(values.seed));

  console.log(`机器：${cpus().length} 核 ${cpus()[0]?.model ?? ''}，Node ${process.version}；基线 ${BASELINE}`);
  const print = (root: string): string[] => [join(root, 'scripts/print.ts'), '--out', join(scratch, 'out')];
  run('sample corpus, full print', 'baseline', print(BASELINE), sample);
  rmSync(join(sample, '.cache'), { recursive: true, force: true });
  run('sample corpus, full print', 'current', print(REPO), sample);
  run('sample corpus, full print again (unchanged)', 'current', print(REPO), sample);

  // `npm start` is build then serve: the second build on an unchanged corpus is what a reader waits for.
  const build = [join(REPO, 'scripts/build.ts'), '--out', join(scratch, 'dist')];
  run('npm run build, first', 'current', build, REPO, { ...ENV, HANDBOOK_ROOT: sample });
  run('npm run build, second (unchanged corpus)', 'current', build, REPO, { ...ENV, HANDBOOK_ROOT: sample });

  const print40 = (root: string): string[] => [join(root, 'scripts/bench/measure.ts'), 'print-40', big];
  run('1,000-standard corpus, print 40 standards', 'baseline', print40(BASELINE), BASELINE);
  rmSync(join(big, '.cache'), { recursive: true, force: true });
  run('1,000-standard corpus, print 40 standards', 'current', print40(REPO), REPO);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (values.json) {
  const baselineCommit = spawnSync('git', ['-C', BASELINE, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, baselineCommit, figures }, null, 2)}\n`);
  console.log(`已写入 ${values.json}`);
}
