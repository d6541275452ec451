// `npm run consult -- <标准编号> [--deadline YYYY-MM-DD] [--to 单位 …] [--out 目录] [--no-pdf]`
// Writes the 征求意见 package of a draft into one folder and starts the round's record beside the standard.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusIndex } from '../src/model/corpus-index.ts';
import { todayIso } from '../src/check/run.ts';
import { exitWith, loadCorpusOrExit, parseOrExit, runCommand } from '../src/cli.ts';
import { addWorkingDays, defaultUnits, writeConsultationPackage } from '../src/consult/package.ts';
import { codeFileStem } from '../src/model/code.ts';
import { selectStandards, UnknownCodesError } from '../src/print/print-corpus.ts';

const USAGE = '用法：npm run consult -- <标准编号> [--deadline YYYY-MM-DD] [--to 单位 …] [--out 目录] [--no-pdf]\n  例如：npm run consult -- 20403 --deadline 2026-12-15 --to 办公室 --to 信息技术科';

runCommand(USAGE, async () => {
  const args = parseOrExit(
    () =>
      parseArgs({
        allowPositionals: true,
        options: {
          deadline: { type: 'string' },
          to: { type: 'string', multiple: true },
          out: { type: 'string' },
          'no-pdf': { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    USAGE,
  );
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.positionals.length !== 1) exitWith(2, '请给出一项标准的编号。', USAGE);
  const today = todayIso();
  const deadline = args.values.deadline ?? addWorkingDays(today, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(deadline) || Number.isNaN(Date.parse(deadline))) exitWith(2, `反馈截止日期“${deadline}”应写成 YYYY-MM-DD。`, USAGE);
  const root = process.cwd();
  const corpus = loadCorpusOrExit(root);
  let standard;
  try {
    [standard] = selectStandards(corpus, new CorpusIndex(corpus), args.positionals);
  } catch (error) {
    if (error instanceof UnknownCodesError) exitWith(2, error.message, USAGE);
    throw error;
  }
  const units =
    args.values.to
      ?.flatMap((unit) => unit.split(/[,，、]/u))
      .map((unit) => unit.trim())
      .filter(Boolean) ?? defaultUnits(corpus);
  const outDir = resolve(root, args.values.out ?? `dist/consult/${codeFileStem(standard!.meta.code!)}`);
  const result = await writeConsultationPackage(corpus, standard!, { deadline, units, outDir, today, pdf: !args.values['no-pdf'] });
  console.log(`征求意见第${result.record.round}轮：${result.record.standard}，截止 ${deadline}，征求 ${units.length} 个单位（${units.join('、')}）。`);
  console.log(`已写入 ${relative(root, outDir) || '.'}/：`);
  for (const file of result.files) console.log(`  ${file}`);
  console.log(`征求意见记录：${relative(root, result.recordFile)}（请提交到 git；反馈回来后用 npm run comments -- import 导入）`);
});
