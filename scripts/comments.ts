// `npm run comments -- import <文件…> [--code 标准编号] [--unit 单位]`
// `npm run comments -- summary <标准编号> [--round N] [--out 目录] [--no-pdf]`
// Imports what comes back from a consultation into the record beside the standard, and writes
// the 意见汇总处理表 from the answers written there.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusIndex } from '../src/model/corpus-index.ts';
import { todayIso } from '../src/check/run.ts';
import { exitWith, loadCorpusOrExit, parseOrExit, runCommand } from '../src/cli.ts';
import { countsSentence, summaryCounts } from '../src/consult/forms.ts';
import { importReturnedFiles } from '../src/consult/import.ts';
import { writeSummary } from '../src/consult/summary.ts';
import { codeFileStem } from '../src/model/code.ts';
import { selectStandards, UnknownCodesError } from '../src/print/print-corpus.ts';

const USAGE = [
  '用法：npm run comments -- import <文件…> [--code 标准编号] [--unit 单位]',
  '      npm run comments -- summary <标准编号> [--round 轮次] [--out 目录] [--no-pdf]',
  '  例如：npm run comments -- import 反馈/办公室.docx 反馈/信息技术科-征求意见表.xlsx',
].join('\n');

runCommand(USAGE, async () => {
  const args = parseOrExit(
    () =>
      parseArgs({
        allowPositionals: true,
        options: {
          code: { type: 'string' },
          unit: { type: 'string' },
          round: { type: 'string' },
          out: { type: 'string' },
          'no-pdf': { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    USAGE,
  );
  const [command, ...rest] = args.positionals;
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const root = process.cwd();
  const today = todayIso();
  if (command === 'import') {
    if (rest.length === 0) exitWith(2, '请给出要导入的文件。', USAGE);
    const corpus = loadCorpusOrExit(root);
    const result = await importReturnedFiles(
      corpus,
      rest.map((file) => resolve(root, file)),
      { code: args.values.code, unit: args.values.unit, today },
    );
    let failed = 0;
    for (const outcome of result.outcomes) {
      const name = relative(root, outcome.file);
      if (outcome.error) {
        failed += 1;
        console.error(`  ✗ ${name}：${outcome.error}`);
      } else {
        console.log(`  ✓ ${name}：${outcome.standard} 第${outcome.round}轮，新增 ${outcome.added} 条意见${outcome.duplicates > 0 ? `，${outcome.duplicates} 条已导入过` : ''}`);
      }
    }
    for (const file of result.written) console.log(`已更新 ${file}；请逐条填写处理意见（answer、answer-reason）后提交到 git。`);
    if (failed > 0) {
      console.error(`${failed} 个文件未能导入，其余已导入。`);
      process.exitCode = 1;
    }
    return;
  }
  if (command === 'summary') {
    if (rest.length !== 1) exitWith(2, '请给出一项标准的编号。', USAGE);
    const round = args.values.round === undefined ? undefined : Number(args.values.round);
    if (round !== undefined && !(Number.isInteger(round) && round > 0)) exitWith(2, `轮次“${args.values.round}”应为正整数。`, USAGE);
    const corpus = loadCorpusOrExit(root);
    let standard;
    try {
      [standard] = selectStandards(corpus, new CorpusIndex(corpus), rest);
    } catch (error) {
      if (error instanceof UnknownCodesError) exitWith(2, error.message, USAGE);
      throw error;
    }
    const outDir = resolve(root, args.values.out ?? `dist/consult/${codeFileStem(standard!.meta.code!)}`);
    const { record, files } = await writeSummary(corpus, standard!, { round, outDir, today, pdf: !args.values['no-pdf'] });
    console.log(`${record.standard} 第${record.round}轮：${countsSentence(summaryCounts(record))}`);
    for (const file of files) console.log(`  ${relative(root, resolve(outDir, file))}`);
    return;
  }
  exitWith(2, command ? `未知的子命令“${command}”。` : '请给出子命令 import 或 summary。', USAGE);
});
