// `npm run export -- <标准编号…> --format docx [--out 目录]`: standards as Word files, for offices
// that must pass texts on in Word. Made from the model, in the GB/T 1.1—2020 layout.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CorpusIndex } from '../src/model/corpus-index.ts';
import { exitWith, loadCorpusOrExit, parseOrExit, runCommand } from '../src/cli.ts';
import { standardToDocx } from '../src/export/docx.ts';
import { SvgRasterizer } from '../src/export/rasterize.ts';
import { codeFileStem } from '../src/model/code.ts';
import { selectStandards, UnknownCodesError } from '../src/print/print-corpus.ts';

const USAGE = '用法：npm run export -- <标准编号…> --format docx [--out 目录]\n  例如：npm run export -- 30101 "Q/JMXZ 30501—2020" --format docx';

runCommand(USAGE, async () => {
  const args = parseOrExit(
    () => parseArgs({ allowPositionals: true, options: { format: { type: 'string' }, out: { type: 'string', default: 'dist/export' }, help: { type: 'boolean', short: 'h' } } }),
    USAGE,
  );
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.values.format !== 'docx') exitWith(2, `不支持的格式“${args.values.format ?? ''}”；目前支持 --format docx。`, USAGE);
  if (args.positionals.length === 0) exitWith(2, '请给出要导出的标准编号。', USAGE);
  const root = process.cwd();
  const corpus = loadCorpusOrExit(root);
  let standards;
  try {
    standards = selectStandards(corpus, new CorpusIndex(corpus), args.positionals);
  } catch (error) {
    if (error instanceof UnknownCodesError) exitWith(2, error.message, USAGE);
    throw error;
  }
  const outDir = resolve(root, args.values.out!);
  mkdirSync(outDir, { recursive: true });
  const rasterizer = new SvgRasterizer();
  try {
    for (const standard of standards) {
      const file = join(outDir, `${codeFileStem(standard.meta.code!)}.docx`);
      writeFileSync(file, await standardToDocx(standard, { organization: corpus.system.organization, root, rasterizeSvg: (svg) => rasterizer.rasterize(svg) }));
      console.log(`已导出 ${relative(root, file)}`);
    }
  } finally {
    await rasterizer.close();
  }
});
