// The fast path for plain texts must build exactly micromark's tree, positions included, or give
// up: on every standard in the repository, on edge cases of each construct it builds, and on
// generated and mutated texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findStandardFiles } from '../src/corpus.ts';
import type { Yaml } from 'mdast';
import { plainFrontMatterEntries, readFrontMatter, readFrontMatterByYaml } from '../src/parse/front-matter.ts';
import { micromarkTree } from '../src/parse/parse-standard.ts';
import { parsePlainMarkdown } from '../src/parse/plain-markdown.ts';
import { mutatedStandard } from './arbitraries.ts';

const REPO = join(import.meta.dirname, '..');
const texts = [...findStandardFiles(join(REPO, 'standards')), ...findStandardFiles(join(REPO, 'tests/fixtures'))].map((path) => ({
  path,
  text: readFileSync(path, 'utf8').replace(/^\ufeff/u, ''),
}));

/** The fast path's tree, checked against micromark's; undefined when it gave up. */
function fastTree(text: string): ReturnType<typeof parsePlainMarkdown> {
  const fast = parsePlainMarkdown(text);
  if (fast) expect(fast).toEqual(micromarkTree(text));
  return fast;
}

describe('plain-markdown fast path', () => {
  it('builds micromark’s tree for every plain standard in the repository', () => {
    const fast = texts.filter(({ text }) => fastTree(text));
    // The sample is written plainly: the fast path must carry most of it, or it saves nothing.
    const sample = texts.filter(({ path }) => path.includes('/standards/') && !path.includes('/fixtures/'));
    expect(fast.filter((t) => sample.includes(t)).length).toBeGreaterThan(sample.length * 0.9);
    expect(fast.map(({ path }) => path)).toContain(join(REPO, 'standards/100-通用基础/10101-标准化工作管理规范.md'));
  });

  const built = [
    '---\ncode: Q/JMXZ 1\n---\n\n## 1 范围\n\n本文件规定了……\n',
    '---\n---\n正文',
    '## 3.1 窗口 service window\n进驻部门设置的固定工作位置。\n[来源：Q/JMXZ 10201—2025，3.21，有修改]',
    '正文第一行\n第二行 ![流程](../assets/a.svg) 之后\n\n![图](a.svg)',
    '- GB/T 1.1—2020 标准化工作导则\n- [1] 法规\n## 下一章',
    '| 栏目 | 要求 |\n|:--|--:|\n| 序号 |  |\n|2|3|\n\n| 仅表头 |\n|:-:|\n## 标题',
    '| a | b |\n|---|---|\n| 1 | 2 |\n<!-- check-ignore ref-internal: 说明 -->\n段落\n<!-- 注释 --> 之后',
    '只显示姓氏，其余以“*”代替。\n兹委派本部门________（职务）\n自____年____月____日',
    '运维服务商 O&M service provider，A & B',
    '5.2 条款写成段落\n1.5 倍\n2019年',
    '![图](a.svg) *',
    '5.2.1 热线[^1]转来的工单。\n\n[^1]: 12345政务服务便民热线。\n[^A]: 第二条[^1]\n## 6 下一章',
    '| 项目[^a] | 说明 |\n|---|---|\n| 1 | 2[^b] |\n\n[^a]: 表注一\n\n[^b]: 表注二',
  ];
  it.each(built)('builds %j', (text) => {
    expect(fastTree(text)).toBeDefined();
  });

  const declined = [
    '**要求**',
    '*强调*',
    '_强调_',
    '“*”与“*”',
    '[链接](x.md)',
    '[术语]\n\n[术语]: x.md',
    '[^未定义] 的方括号',
    '脚注[^1]\n\n[^1]: 说明\n续行',
    '段落\n[^1]: 说明',
    '- 项\n[^1]: 说明',
    '[^1]: 一\n[^1]: 重复',
    '[^1][链接]\n\n[^1]: 说明',
    '引用[^x]\n\n[^x]: 说明 [a]: b',
    '&amp; 和 &#123;',
    '`代码`',
    '转义\\*',
    '公式 $x$',
    '<b>粗</b>',
    '- a\n\n- b',
    '- a\n续行',
    '段落\n| a |\n|---|',
    '| a |\n|---|\n续行',
    '| a | b |\n|---|\n| 1 | 2 |',
    '| a | b |\n|---|---|\n| 1 |',
    '标题\n===',
    '标题\n---',
    '1. 有序',
    '> 引用',
    '    缩进',
    '行尾空格  \n下一行',
    '制表\t符',
    '## 标题 ##',
    '---\n未闭合',
    'a\r\nb',
  ];
  it.each(declined)('leaves %j to micromark', (text) => {
    expect(parsePlainMarkdown(text)).toBeUndefined();
  });

  const piece = fc.constantFrom(
    '窗口',
    '应',
    '“',
    '”',
    '*',
    '**',
    '_',
    '__',
    ' ',
    '&',
    '&amp;',
    'O&M',
    '[',
    ']',
    '(',
    ')',
    '![图](a.svg)',
    '](',
    '!',
    '|',
    '#',
    '-',
    '1.',
    '5.2',
    '$',
    '<',
    '<!--',
    '-->',
    ':',
    '：',
    '\u3000',
    '😀',
  );
  const inlineText = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
  const lineOf = fc.oneof(
    inlineText,
    inlineText.map((t) => `- ${t}`),
    inlineText.map((t) => `## ${t}`),
    fc.array(inlineText, { minLength: 1, maxLength: 3 }).map((cells) => `| ${cells.join(' | ')} |`),
    fc.constantFrom('', '', '|---|---|', '|:-|-:|', '---', '<!-- c -->', '表1 标题', '## 1 范围', '[^1]: 条文脚注', '[^a]: 表注'),
  );
  it('agrees with micromark on generated texts', () => {
    let built = 0;
    fc.assert(
      fc.property(fc.array(lineOf, { maxLength: 30 }), (lines) => {
        if (fastTree(lines.join('\n'))) built++;
      }),
      { numRuns: 10000 },
    );
    // The texts are generated near the subset's edges: both sides of it must be exercised.
    expect(built).toBeGreaterThan(1000);
    expect(built).toBeLessThan(9000);
  });

  it('agrees with micromark on mutated sample standards', () => {
    const plain = texts.filter(({ text }) => parsePlainMarkdown(text)).slice(0, 6);
    for (const { text } of plain) {
      fc.assert(
        fc.property(mutatedStandard(text), (mutated) => {
          fastTree(mutated);
        }),
        { numRuns: 100 },
      );
    }
  });
});

describe('front matter fast path', () => {
  /** The fast path's entries, checked against the YAML parser's reading; undefined when it gave up. */
  function fastEntries(yaml: string): ReturnType<typeof plainFrontMatterEntries> {
    const lines = yaml.split('\n').length;
    const node: Yaml = { type: 'yaml', value: yaml, position: { start: { line: 1, column: 1 }, end: { line: lines + 2, column: 4 } } };
    const byYaml = readFrontMatterByYaml(node);
    expect(readFrontMatter(node)).toEqual(byYaml);
    const fast = plainFrontMatterEntries(yaml, 1);
    if (fast) {
      expect(byYaml.error).toBeUndefined();
      expect(fast).toEqual(byYaml.entries);
    }
    return fast;
  }

  it('reads every plain front matter in the repository as YAML does', () => {
    const yamls = texts.flatMap(({ path, text }) => {
      const tree = micromarkTree(text);
      return tree.children[0]?.type === 'yaml' ? [{ path, value: tree.children[0].value }] : [];
    });
    const fast = yamls.filter(({ value }) => fastEntries(value));
    expect(fast.length).toBeGreaterThan(yamls.length * 0.8);
  });

  const value = fc.constantFrom(
    '窗口服务规范',
    'Q/JMXZ 30101—2019',
    'GB/T 1.1—2009',
    '2019-05-06',
    '2019-5-6',
    '42',
    '0x1F',
    '1e3',
    '.5',
    '+1',
    '-1',
    'true',
    'False',
    'null',
    '~',
    'yes',
    'off',
    '.inf',
    '-.nan',
    '[梁永康, 黄丽娟]',
    '[]',
    '[ ]',
    '[a,]',
    '[a, [b]]',
    '[a, 1]',
    '[a, null]',
    '[a, "b"]',
    '[a b, c]',
    '[a] c',
    'a]',
    '"引号"',
    "'单引号'",
    'a: b',
    'a:b',
    'a #c',
    'a#c',
    'x:',
    ':x',
    '? x',
    '- x',
    '&a',
    '*a',
    '!t',
    '|',
    '>',
    '%',
    '@',
    '`',
    '中文：全角',
    '第一，第二',
    '{a: 1}',
    'a, b',
    '',
  );
  const key = fc.constantFrom('code', 'title', 'status', 'issued', 'drafters', 'title-en', 'x1', 'A', 'a_b', '# c', ' code');
  // Entries as standards write them, so that enough generated front matter is plain throughout.
  const plainEntry = fc.tuple(
    fc.constantFrom('code', 'title', 'issued', 'drafters'),
    fc.constantFrom('窗口服务规范', 'Q/JMXZ 30101—2019', '2019-05-06', '[梁永康, 黄丽娟]', '6.1开放时间未含', '2024年', '中文：全角'),
  );
  const entry = fc.oneof({ arbitrary: plainEntry, weight: 3 }, { arbitrary: fc.tuple(key, value), weight: 1 });
  it('agrees with YAML on generated front matter', () => {
    let built = 0;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (pairs) => {
        if (fastEntries(pairs.map(([k, v]) => (v === '' ? `${k}:` : `${k}: ${v}`)).join('\n'))) built++;
      }),
      { numRuns: 3000 },
    );
    // Both sides of the fast path's edge are exercised.
    expect(built).toBeGreaterThan(300);
    expect(built).toBeLessThan(2700);
  });
});
