// `npm run import -- <文件.docx> [--out <路径>]`
// Converts a standard kept in Word into our Markdown, applies the checker's safe fixes, writes it,
// and reports what could not be mapped (with Word paragraph numbers) and what the checker still finds.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exitWith, loadCorpusOrExit, parseOrExit, runCommand } from '../src/cli.ts';
import { writeFileAtomic } from '../src/authoring/files.ts';
import { importDocx } from '../src/authoring/import-docx.ts';
import { standardPath } from '../src/authoring/paths.ts';
import { CorpusIndex } from '../src/model/corpus-index.ts';
import { fixCorpus } from '../src/check/fix.ts';
import { formatText, summarize } from '../src/check/format.ts';
import { toRepoPath } from '../src/corpus.ts';
import { parseStandard } from '../src/parse/parse-standard.ts';

const USAGE = '用法：npm run import -- <文件.docx> [--out <保存路径.md>]';

runCommand(USAGE, async () => {
  const args = parseOrExit(() => parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }), USAGE);
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const given = args.positionals[0];
  if (args.positionals.length !== 1 || !given) exitWith(2, '请给出一个 Word 文件（.docx）。', USAGE);
  if (!given.toLowerCase().endsWith('.docx')) exitWith(2, `${given} 不是 .docx 文件；.doc 等旧格式请先在 Word 中另存为 .docx。`, USAGE);
  const root = process.cwd();
  const source = resolve(root, given);
  if (!existsSync(source)) exitWith(2, `找不到 ${given}。`, USAGE);
  const corpus = loadCorpusOrExit(root);
  let imported;
  try {
    imported = await importDocx(readFileSync(source), { organization: corpus.system.organization.name });
  } catch (error) {
    exitWith(2, `无法读取 ${given}：${(error as Error).message}。请确认它是 Word 的 .docx 文件且未损坏。`);
  }
  const node = imported.code ? corpus.system.nodes.get(new CorpusIndex(corpus).nodeOf(imported.code) ?? '') : undefined;
  const out = args.values.out ?? (node && imported.title ? standardPath(corpus, node, `${imported.code!.serial}-${imported.title}.md`) : undefined);
  if (!out) exitWith(2, '无法从封面确定标准编号、所属框架节点或名称，因而无法确定保存位置；请用 --out 指定，如 --out standards/300-服务提供/30104-某某规范.md。', USAGE);
  const file = toRepoPath(root, resolve(root, out));
  if (existsSync(resolve(root, file))) exitWith(2, `${file} 已存在；请用 --out 指定其他路径，或先移走原文件。`, USAGE);

  // The checker's safe fixes (dashes in codes, the chapter 2 lead-in) are applied before writing.
  corpus.standards.push(parseStandard(file, imported.markdown));
  const outcome = fixCorpus(corpus, { files: new Set([file]) });
  mkdirSync(dirname(resolve(root, file)), { recursive: true });
  writeFileAtomic(resolve(root, file), outcome.fixed.get(file) ?? imported.markdown);
  process.stdout.write(`${file}\n`);
  if (outcome.applied > 0) process.stderr.write(`已自动修复 ${outcome.applied} 处可安全修复的问题（编号中的连字符、第2章引导语等）。\n`);
  if (imported.problems.length > 0) {
    process.stderr.write(`以下 Word 内容未能完整导入，请对照原文处理（"第N段"按 Word 中段落和表格从上到下计数）：\n`);
    for (const problem of imported.problems) {
      const where = problem.paragraph > 0 ? `第${problem.paragraph}段${problem.excerpt ? `（"${problem.excerpt}"）` : ''}` : '整个文档';
      process.stderr.write(`  ${where}：${problem.message}\n`);
    }
  }
  const remaining = outcome.remaining;
  if (remaining.length > 0) process.stderr.write(`${formatText(remaining, summarize(remaining, 1))}\n`);
  else process.stderr.write('检查通过：没有发现问题。\n');
  process.exitCode = imported.problems.length > 0 || remaining.some((d) => d.severity === 'error') ? 1 : 0;
});
