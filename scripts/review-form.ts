// `npm run review-form -- <标准编号> [--out <目录>]`: prints the 标准复审意见表 (Q/JMXZ 10101 附录B)
// of the 复审 recorded in a standard's front matter.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AuthoringError } from '../src/authoring/errors.ts';
import { CorpusIndex } from '../src/model/corpus-index.ts';
import { exitWith, loadCorpusOrExit, parseOrExit, runCommand } from '../src/cli.ts';
import { formatCode, parseCode } from '../src/model/code.ts';
import { reviewFormDocument } from '../src/print/office-documents.ts';
import { OfficePrinter, reviewFormStem } from '../src/print/print-office.ts';

const USAGE = '用法：npm run review-form -- <标准编号>（如 30101 或 "Q/JMXZ 30101—2019"） [--out <目录>]';

runCommand(USAGE, async () => {
  const args = parseOrExit(() => parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: '.' }, help: { type: 'boolean', short: 'h' } } }), USAGE);
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.positionals.length !== 1) exitWith(2, '请给出一项标准的编号。', USAGE);
  const root = process.cwd();
  const corpus = loadCorpusOrExit(root);
  const given = args.positionals[0]!;
  const code = parseCode(given) ?? parseCode(`${corpus.system.organization.codePrefix} ${given}`);
  const standard = code && new CorpusIndex(corpus).resolve(code);
  if (!standard) throw new AuthoringError(`本体系中没有标准 ${given}。`);
  if (!standard.meta.review?.outcome) throw new AuthoringError(`${formatCode(standard.meta.code!)} 的文件头没有复审记录（reviewed、review-outcome），无法填写复审意见表。`);
  const outDir = resolve(root, args.values.out!);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${reviewFormStem(standard)}.pdf`);
  const printer = new OfficePrinter(corpus.system.organization.issuer);
  try {
    const pages = await printer.print(reviewFormDocument(standard, corpus.system.organization), file, `${formatCode(standard.meta.code!)} 标准复审意见表`);
    process.stdout.write(`${formatCode(standard.meta.code!)} 标准复审意见表：${join(args.values.out!, `${reviewFormStem(standard)}.pdf`)}（${pages} 页）\n`);
  } finally {
    await printer.close();
  }
});
