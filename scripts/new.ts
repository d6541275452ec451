// `npm run new -- --node 301 --title "窗口服务规范" [--type 规范|规程|指南|岗位]`
// Creates a draft standard from its type's template with the node's next free code and prints its path.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exitWith, loadCorpusOrExit, parseOrExit, runCommand } from '../src/cli.ts';
import { writeFileAtomic } from '../src/authoring/files.ts';
import { DOCUMENT_TYPES, planNewStandard } from '../src/authoring/new-standard.ts';
import { formatText, summarize } from '../src/check/format.ts';
import { checkCorpus } from '../src/check/run.ts';
import { parseStandard } from '../src/parse/parse-standard.ts';

const USAGE = `用法：npm run new -- --node <框架节点> --title "<标准名称>" [--type ${Object.keys(DOCUMENT_TYPES).join('|')}]`;

runCommand(USAGE, () => {
  const args = parseOrExit(
    () =>
      parseArgs({
        options: { node: { type: 'string' }, title: { type: 'string' }, type: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      }),
    USAGE,
  );
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!args.values.node) exitWith(2, '缺少框架节点：请用 --node 给出标准所属的节点编号，如 --node 301。', USAGE);
  const root = process.cwd();
  const corpus = loadCorpusOrExit(root);
  const created = planNewStandard(corpus, { node: args.values.node, title: args.values.title ?? '', type: args.values.type, year: String(new Date().getFullYear()) });
  const path = resolve(root, created.file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, created.content);
  process.stdout.write(`${created.file}\n`);
  process.stderr.write(`已按模板创建 ${created.code}（状态 draft）。请编辑括号中的提示文字，完成后运行 npm run check -- ${created.file}。\n`);
  if (created.plannedTitle) process.stderr.write(`该标准已列入 standards/system.yaml 的待制定标准（"${created.plannedTitle}"）；发布时请从 planned 中删除该项。\n`);
  corpus.standards.push(parseStandard(created.file, created.content));
  const diagnostics = checkCorpus(corpus, { files: new Set([created.file]) });
  if (diagnostics.length > 0) process.stderr.write(`${formatText(diagnostics, summarize(diagnostics, 1))}\n`);
});
