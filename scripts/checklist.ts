// `npm run checklist -- <编号> | --post <岗位> | --department <部门> [--out <目录>] [--no-pdf]`
// writes the 检查表 of the requirements as xlsx (to fill in) and PDF (to print);
// `npm run checklist -- --import <已填写的检查表.xlsx>` checks it and keeps it as an inspection record
// under evaluations/ (nothing is written when any row is wrong).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso } from '../src/check/run.ts';
import { exitWith, loadCorpusOrExit, parseOrExit, runCommand } from '../src/cli.ts';
import { buildChecklist, checklistTables, inspectionYaml, readFilledChecklist, type ChecklistTarget } from '../src/evaluation/checklist.ts';
import { conformityReport, formatRate } from '../src/evaluation/conformity.ts';
import { EVALUATIONS_DIR } from '../src/evaluation/records.ts';
import { writeXlsx } from '../src/export/xlsx.ts';
import { checklistDocument } from '../src/print/office-documents.ts';
import { OfficePrinter } from '../src/print/print-office.ts';

const USAGE = '用法：npm run checklist -- <标准编号> | --post <岗位> | --department <部门> [--out <目录>] [--no-pdf]\n      npm run checklist -- --import <已填写的检查表.xlsx>';

runCommand(USAGE, async () => {
  const args = parseOrExit(
    () =>
      parseArgs({
        allowPositionals: true,
        options: {
          post: { type: 'string' },
          department: { type: 'string' },
          import: { type: 'string' },
          out: { type: 'string', default: '.' },
          'no-pdf': { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h' },
        },
      }),
    USAGE,
  );
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const root = process.cwd();
  const today = process.env.CHECKLIST_TODAY ?? todayIso();
  const given = [args.positionals.length > 0, args.values.post !== undefined, args.values.department !== undefined, args.values.import !== undefined].filter(Boolean).length;
  if (given !== 1 || args.positionals.length > 1) exitWith(2, '请给出一项：标准编号、--post、--department 或 --import。', USAGE);
  const corpus = loadCorpusOrExit(root);

  if (args.values.import !== undefined) {
    const path = resolve(root, args.values.import);
    if (!existsSync(path)) exitWith(2, `找不到 ${args.values.import}。`, USAGE);
    const { inspection, problems } = await readFilledChecklist(corpus, path, basename(path), today);
    if (!inspection) {
      for (const problem of problems) process.stderr.write(`${problem.file} 第 ${problem.line} 行：${problem.message}\n`);
      exitWith(1, `检查表有 ${problems.length} 处问题，未导入；请改正后重新导入。`);
    }
    const dir = join(root, EVALUATIONS_DIR);
    mkdirSync(dir, { recursive: true });
    const stem = `${inspection.date}-${inspection.scope.replace(/^Q\/\S+\s+/u, '').replace(/[\s/\\:*?"<>|—]+/gu, '-')}`;
    let name = `${stem}.yaml`;
    for (let n = 2; existsSync(join(dir, name)); n++) name = `${stem}-${n}.yaml`;
    writeFileSync(join(dir, name), inspectionYaml(inspection, basename(path)));
    const report = conformityReport([inspection], corpus.system);
    process.stdout.write(
      `已导入 ${EVALUATIONS_DIR}/${name}：检查 ${report.total.checked} 项，符合 ${report.total.conforming} 项，不适用 ${report.total.notApplicable} 项，条款符合率 ${formatRate(report.rate)}。\n`,
    );
    return;
  }

  const target: ChecklistTarget =
    args.values.post !== undefined ? { post: args.values.post } : args.values.department !== undefined ? { department: args.values.department } : { code: args.positionals[0]! };
  const checklist = buildChecklist(corpus, target);
  const outDir = resolve(root, args.values.out!);
  mkdirSync(outDir, { recursive: true });
  const stem = `检查表-${checklist.stem}`;
  writeFileSync(join(outDir, `${stem}.xlsx`), await writeXlsx(checklistTables(checklist)));
  process.stdout.write(`${checklist.title}：${checklist.rows.length} 项要求\n  ${join(args.values.out!, `${stem}.xlsx`)}（填写后用 --import 导入）\n`);
  if (!args.values['no-pdf']) {
    const printer = new OfficePrinter(corpus.system.organization.issuer);
    try {
      const pages = await printer.print(checklistDocument(checklist, corpus.system.organization), join(outDir, `${stem}.pdf`), checklist.title);
      process.stdout.write(`  ${join(args.values.out!, `${stem}.pdf`)}（${pages} 页）\n`);
    } finally {
      await printer.close();
    }
  }
});
