// `npm run check -- --fix`: rules attach machine-applicable fixes to their diagnostics; the fixer
// applies the safe ones in place and reports the rest.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixCorpus } from '../src/check/fix.ts';
import { checkCorpus } from '../src/check/run.ts';
import { corpusWith, edit, fixtureText, TODAY } from './helpers.ts';
import { readText, runScript, temporaryDirectory } from './authoring-helpers.ts';

const COMPLAINTS = 'standards/30501-投诉处理规范.md';
const complaints = fixtureText('30501-投诉处理规范.md');
const LEAD_IN =
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';

function fix(text: string): { source: string | undefined; remaining: string[] } {
  const corpus = corpusWith({ [COMPLAINTS]: text });
  const outcome = fixCorpus(corpus, { today: TODAY });
  return { source: outcome.fixed.get(COMPLAINTS), remaining: outcome.remaining.map((d) => `${d.rule}@${d.line}`) };
}

describe('check --fix', () => {
  it('restores the clean text from dashes in codes, the chapter 2 lead-in and a misspelled key', () => {
    let broken = edit(complaints, 'code: Q/JMXZ 30501—2025', 'code: Q/JMXZ 30501-2025');
    broken = edit(broken, 'department: 督查考核科', 'departmnet: 督查考核科');
    broken = edit(broken, LEAD_IN, '下列文件适用于本文件。');
    broken = edit(broken, '- GB/T 36113—2018 政务服务中心服务投诉处置规范', '- GB/T 36113–2018 政务服务中心服务投诉处置规范');
    broken = edit(broken, '应符合GB/T 36113—2018的规定', '应符合GB/T 36113-2018的规定');
    const before = checkCorpus(corpusWith({ [COMPLAINTS]: broken }), { today: TODAY });
    expect(
      before
        .filter((d) => d.fix)
        .map((d) => d.rule)
        .sort(),
    ).toEqual(['code-format', 'code-format', 'code-format', 'frontmatter-unknown-key', 'normative-refs-leadin']);
    const { source, remaining } = fix(broken);
    expect(source).toBe(complaints);
    expect(remaining).toEqual([]);
  });

  it('writes the lead-in after the heading when chapter 2 has a list but no sentence', () => {
    const { source } = fix(edit(complaints, `${LEAD_IN}\n\n`, ''));
    expect(source).toBe(complaints);
  });

  it('leaves what it cannot fix safely and reports it', () => {
    // Two misspellings of the same key, and one onto a key already present: renaming would duplicate a key.
    const twice = fix(edit(complaints, 'department: 督查考核科', 'departmnet: 督查考核科\ndepartmen: 督查考核科'));
    expect(twice.source).toBeUndefined();
    expect(twice.remaining).toEqual(['frontmatter-unknown-key@9', 'frontmatter-unknown-key@10']);
    const present = fix(edit(complaints, 'department: 督查考核科', 'department: 督查考核科\ndepartmnet: 督查考核科'));
    expect(present.source).toBeUndefined();
    // A chapter 2 that lists only laws after its lead-in: the lead-in stands, the law is reported for the author to move.
    const laws = fix(edit(complaints, '- GB/T 36113—2018 政务服务中心服务投诉处置规范\n- Q/JMXZ 30101—2025 窗口服务规范', '- 《中华人民共和国行政许可法》'));
    expect(laws.source).toBeUndefined();
    expect(laws.remaining).toContain('normative-refs-list@32');
    expect(laws.remaining).not.toContain('normative-refs-leadin@30');
  });

  it('does not apply the fix of a suppressed diagnostic', () => {
    const suppressed = edit(complaints, 'department: 督查考核科', '# check-ignore frontmatter-unknown-key: 过渡期保留旧字段名\ndepartmnet: 督查考核科');
    expect(fix(suppressed).source).toBeUndefined();
  });

  it('writes the files, keeps the JSON output shape and reports the rest; a second run changes nothing', () => {
    const dir = temporaryDirectory();
    cpSync(fileURLToPath(new URL('./fixtures/defects/', import.meta.url)), dir, { recursive: true });
    const file = 'standards/30102-首问负责制规范.md';
    const original = readText(dir, file);
    const first = runScript('check', dir, '--fix', '--format', 'json');
    expect(first.status).toBe(1);
    expect(first.stderr).toContain('已自动修复 3 处问题');
    const output = JSON.parse(first.stdout);
    // The fix stays internal; the end position and message id appear where the rule gives them.
    const optional = new Set(['endLine', 'endColumn', 'messageId']);
    for (const diagnostic of output.diagnostics)
      expect(
        Object.keys(diagnostic)
          .filter((key) => !optional.has(key))
          .sort(),
      ).toEqual(['column', 'file', 'line', 'message', 'rule', 'severity', 'url']);
    const rules = output.diagnostics.map((d: { rule: string }) => d.rule);
    expect(rules).not.toContain('code-format');
    expect(rules).not.toContain('frontmatter-unknown-key');
    expect(rules).not.toContain('normative-refs-leadin');
    expect(rules).toContain('numbering-clauses');
    const fixed = readText(dir, file);
    expect(fixed).toBe(original.replace('Q/JMXZ 30102-2025', 'Q/JMXZ 30102—2025').replace('departmnet:', 'department:').replace('下列文件适用于本文件。', LEAD_IN));
    const second = runScript('check', dir, '--fix', '--format', 'json');
    expect(second.stderr).toContain('没有可自动修复的问题');
    expect(JSON.parse(second.stdout)).toEqual(output);
    expect(readText(dir, file)).toBe(fixed);
  });

  it('says in the text output how many problems --fix can correct', () => {
    const dir = temporaryDirectory();
    cpSync(fileURLToPath(new URL('./fixtures/defects/', import.meta.url)), dir, { recursive: true });
    expect(runScript('check', dir).stdout).toContain('其中 3 个问题可用 npm run check -- --fix 自动修复。');
  });
});
