// `npm run changes -- <标准编号或文件> [--from <git 版本>]`
// Compares a standard with its previous edition (the file it replaces, or the same file at a git
// revision) and prints the drafted 前言 paragraph with the main technical changes.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareEditions, previousEdition } from '../src/authoring/changes.ts';
import { exitWith, loadCorpusOrExit, parseOrExit, runCommand } from '../src/cli.ts';
import { standardAtRevision } from '../src/authoring/history.ts';
import { AuthoringError } from '../src/authoring/errors.ts';
import { CorpusIndex } from '../src/model/corpus-index.ts';
import { formatCode, parseCode } from '../src/model/code.ts';
import { toRepoPath } from '../src/corpus.ts';
import type { Corpus, Standard } from '../src/model/types.ts';

const USAGE = '用法：npm run changes -- <标准编号或文件> [--from <git 版本>]（如 npm run changes -- 30101、npm run changes -- "Q/JMXZ 30101—2025"）';

/** A standard named by its file, its code, or its serial number alone (the current edition). */
function findStandard(corpus: Corpus, root: string, given: string): Standard {
  if (given.endsWith('.md') || existsSync(resolve(root, given))) {
    const file = toRepoPath(root, resolve(root, given));
    const found = corpus.standards.find((s) => s.file === file);
    if (!found) throw new AuthoringError(`${given} 不是 standards/ 中的标准文件。`);
    return found;
  }
  const code = parseCode(given) ?? parseCode(`${corpus.system.organization.codePrefix} ${given}`);
  const found = code && new CorpusIndex(corpus).resolve(code);
  if (!found) throw new AuthoringError(`本体系中没有标准 ${given}；请给出编号（如 Q/JMXZ 30101—2025 或 30101）或文件路径。`);
  return found;
}

runCommand(USAGE, () => {
  const args = parseOrExit(() => parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }), USAGE);
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.positionals.length !== 1) exitWith(2, '请给出一项标准的编号或文件。', USAGE);
  const root = process.cwd();
  const corpus = loadCorpusOrExit(root);
  const current = findStandard(corpus, root, args.positionals[0]!);
  const from = args.values.from;
  const old = from ? standardAtRevision(root, from, current.file) : previousEdition(corpus, current);
  if (!old) {
    const code = current.meta.code ? formatCode(current.meta.code) : current.file;
    throw new AuthoringError(`${code} 没有代替 standards/ 中的任何版本（文件头没有 replaces，或被代替的文件不在）；要与 git 中的历史状态比较，请加 --from <git 版本>，如 --from HEAD~1。`);
  }
  const comparison = compareEditions(old, current);
  process.stdout.write(`${comparison.foreword}\n`);
  const count = (change: string): number => comparison.clauses.filter((c) => c.change === change).length;
  process.stderr.write(
    `\n比较了 ${old.file}${from ? `（${from} 版本）` : ''}和 ${current.file}：列出 ${comparison.items.length} 项技术变化；另有 ${count('unchanged')} 条条款内容未变（编号或位置可能调整）、${count('editorial')} 条只有编辑性改动，未列入。\n以上是按条款内容自动起草的草稿，请逐项核对、合并，补充变化的具体内容后写入前言。\n`,
  );
});
