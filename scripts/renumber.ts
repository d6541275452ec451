// `npm run renumber -- <标准文件> [--write] [--force]`
// Shows, as a unified diff, how the standard's numbering becomes continuous again and how every
// reference to it changes; --write applies it (refusing files with uncommitted changes unless --force).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exitWith, loadCorpusOrExit, parseOrExit, runCommand } from '../src/cli.ts';
import { uncommittedFiles, unifiedDiff, writeStandardSource } from '../src/authoring/files.ts';
import { planRenumbering } from '../src/authoring/renumber.ts';
import { toRepoPath } from '../src/corpus.ts';

const USAGE = '用法：npm run renumber -- <标准文件> [--write] [--force]';

runCommand(USAGE, () => {
  const args = parseOrExit(
    () =>
      parseArgs({
        allowPositionals: true,
        options: { write: { type: 'boolean', default: false }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
      }),
    USAGE,
  );
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.positionals.length !== 1) exitWith(2, '请给出一个要重新编号的标准文件。', USAGE);
  const root = process.cwd();
  const file = toRepoPath(root, resolve(root, args.positionals[0]!));
  const plan = planRenumbering(loadCorpusOrExit(root), file);
  for (const note of plan.notes) process.stderr.write(`注意：${note}\n`);
  if (plan.problems.length > 0) {
    exitWith(1, `${plan.problems.join('\n')}\n以上问题解决前不重新编号，未修改任何文件。`);
  }
  if (plan.changes.size === 0) {
    process.stdout.write(`${file} 的编号已连续，引用无需修改。\n`);
    return;
  }
  for (const [changed, { before, after }] of plan.changes) process.stdout.write(unifiedDiff(changed, before, after));
  const files = [...plan.changes.keys()];
  if (!args.values.write) {
    process.stderr.write(`以上为预览：将修改 ${files.length} 个文件。确认无误后加 --write 写入。\n`);
    return;
  }
  if (!args.values.force) {
    const status = uncommittedFiles(root, files);
    if ('message' in status) exitWith(1, `无法确认这些文件是否已提交（${status.message}）；未修改任何文件。确认可以直接改写后加 --force。`);
    if (status.files.length > 0) {
      exitWith(
        1,
        `以下文件有未提交的修改：\n${status.files.map((f) => `  ${f}`).join('\n')}\n请先提交（git commit），让重新编号单独成为一次可审阅、可撤销的修改；或加 --force 直接改写。未修改任何文件。`,
      );
    }
  }
  for (const [changed, { after }] of plan.changes) writeStandardSource(resolve(root, changed), after);
  process.stderr.write(`已写入 ${files.length} 个文件：${files.join('、')}。\n`);
});
