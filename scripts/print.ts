// `npm run print [-- <code…>] [--out <dir>]`: the official printed texts as PDF, into dist/print/.
// Exit status: 0 all printed, 1 some documents failed, 2 unusable arguments or configuration.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/corpus.ts';
import { ConfigError } from '../src/parse/config.ts';
import { printCorpus, UnknownCodesError } from '../src/print/print-corpus.ts';
import { showProgress } from '../src/print/progress.ts';
import { exitWith, parseOrExit } from '../src/cli.ts';

const USAGE = '用法：npm run print -- [标准编号…] [--out 输出目录]\n  例如：npm run print -- "Q/JMXZ 30101—2025" 30102';

function fail(message: string): never {
  return exitWith(2, message, USAGE);
}

async function main(): Promise<number> {
  const args = parseOrExit(() => parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'dist/print' }, help: { type: 'boolean', short: 'h' } } }), USAGE);
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = process.cwd();
  let corpus;
  try {
    corpus = loadCorpus(root);
  } catch (error) {
    if (error instanceof ConfigError) fail(`配置错误：${error.message}`);
    throw error;
  }
  const outDir = resolve(root, args.values.out!);
  const started = performance.now();
  let result;
  try {
    result = await printCorpus(corpus, { outDir, codes: args.positionals, onProgress: showProgress });
  } catch (error) {
    if (error instanceof UnknownCodesError) fail(error.message);
    throw error;
  }
  if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const printedNow = result.manifest.documents.length;
  const pages = result.manifest.documents.reduce((sum, d) => sum + d.pages, 0);
  const reused = result.cached > 0 ? `（其中 ${result.cached} 个未变，取自缓存 .cache/print/）` : '';
  console.log(`已生成 PDF，清单中共 ${printedNow} 个文件、${pages} 页${reused}，输出目录 ${outDir}，用时 ${seconds} 秒。`);
  if (result.failures.length > 0) {
    console.error(`${result.failures.length} 个文件排版失败：`);
    for (const failure of result.failures) console.error(`  ${failure.code}：${failure.message}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
