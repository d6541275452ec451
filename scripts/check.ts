// `npm run check [-- <paths…>] [--format json] [--urls] [--list-rules] [--fix]`
// Exit status: 0 no errors, 1 errors found, 2 unusable arguments or configuration.
// With --fix the safe fixes are written first and the remaining problems reported.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findStandardFiles, loadCorpus, readStandard, STANDARDS_DIR, toRepoPath } from '../src/corpus.ts';
import { checkStandardFiles } from '../src/check/check-files.ts';
import { writeStandardSource } from '../src/authoring/files.ts';
import { fixCorpus } from '../src/check/fix.ts';
import { formatJson, formatRuleList, formatText, summarize } from '../src/check/format.ts';
import { RULES } from '../src/check/rules/index.ts';
import { ConfigError } from '../src/parse/config.ts';
import { exitWith, parseOrExit } from '../src/cli.ts';

const USAGE = `用法：npm run check -- [文件或目录…] [--format text|json] [--urls] [--fix] [--no-cache] [--list-rules]`;

function fail(message: string): never {
  return exitWith(2, message, USAGE);
}

async function main(): Promise<void> {
  const args = parseOrExit(
    () =>
      parseArgs({
        allowPositionals: true,
        options: {
          format: { type: 'string', default: 'text' },
          fix: { type: 'boolean', default: false },
          urls: { type: 'boolean', default: false },
          'no-cache': { type: 'boolean', default: false },
          'list-rules': { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    USAGE,
  );
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.values['list-rules']) {
    process.stdout.write(`${formatRuleList(RULES)}\n`);
    return;
  }
  const format = args.values.format;
  if (format !== 'text' && format !== 'json') fail(`--format 只能是 text 或 json，而不是 "${format}"。`);

  const root = process.cwd();
  const standardsDir = resolve(root, STANDARDS_DIR);
  if (!existsSync(standardsDir)) fail(`找不到标准目录 ${standardsDir}；请在仓库根目录运行。`);
  const paths = findStandardFiles(standardsDir);
  let files: Set<string> | undefined;
  if (args.positionals.length > 0) {
    files = new Set();
    for (const given of args.positionals) {
      const path = resolve(root, given);
      if (!existsSync(path)) fail(`找不到 ${given}。`);
      for (const file of statSync(path).isDirectory() ? findStandardFiles(path) : [path]) {
        files.add(toRepoPath(root, file));
        if (!paths.includes(file)) paths.push(file);
      }
    }
  }
  let diagnostics;
  try {
    if (args.values.fix) {
      const corpus = loadCorpus(root);
      for (const path of paths) if (!corpus.standards.some((s) => s.file === toRepoPath(root, path))) corpus.standards.push(readStandard(root, path));
      const outcome = fixCorpus(corpus, { files });
      for (const [file, source] of outcome.fixed) writeStandardSource(resolve(root, file), source);
      const fixedFiles = [...outcome.fixed.keys()];
      process.stderr.write(
        fixedFiles.length === 0 ? '没有可自动修复的问题。\n' : `已自动修复 ${outcome.applied} 处问题（${fixedFiles.length} 个文件：${fixedFiles.join('、')}）；其余问题见下，请手工修改。\n`,
      );
      diagnostics = outcome.remaining;
    } else {
      diagnostics = (await checkStandardFiles(root, paths, { files, cache: !args.values['no-cache'] })).diagnostics;
    }
  } catch (error) {
    if (error instanceof ConfigError) fail(`配置错误：${error.message}`);
    throw error;
  }
  const checked = files?.size ?? paths.length;
  const summary = summarize(diagnostics, checked);
  process.stdout.write(`${format === 'json' ? formatJson(diagnostics, summary) : formatText(diagnostics, summary, { urls: args.values.urls })}\n`);
  process.exitCode = summary.errors > 0 ? 1 : 0;
}

await main();
