// The table construct is tried only on lines above a delimiter row (src/parse/remark-tables.ts).
// That must give exactly the tree micromark's own GFM table extension gives, positions included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkFootnotes from '../src/parse/remark-footnotes.ts';
import { parseMarkdown } from '../src/parse/parse-standard.ts';
import { tableHeadLines } from '../src/parse/remark-tables.ts';

function stockTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
const stock = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(stockTables).use(remarkFootnotes).use(remarkMath);

const ROOT = fileURLToPath(new URL('..', import.meta.url));
function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const EDGE_CASES: Record<string, string> = {
  'no outer pipes': 'a | b\n--|--\n1 | 2\n',
  'one column': '| a |\n| - |\n| 1 |\n',
  'after a paragraph, no blank line': '正文一段。\n| 项目 | 时限 |\n| --- | --- |\n| 受理 | 1日 |\n',
  'lazy line after a table': '| a | b |\n| - | - |\n| 1 | 2 |\n续行\n',
  'in a list item': '- 列项：\n\n  | a | b |\n  | :-: | --: |\n  | 1 | 2 |\n',
  'in a block quote': '> | a | b |\n> | - | - |\n> | 1 | 2 |\n',
  'escaped pipes and code': '| a \\| b | `c|d` |\n| --- | --- |\n| 1 | 2 |\n',
  'CRLF and CR line endings': '| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\rtext\r',
  'setext heading and rule, not tables': '标题\n---\n\n***\n- - -\n',
  'delimiter row that does not match the head': '| a | b | c |\n| - | - |\n',
  'table inside a table-like paragraph': 'x | y\nz\n| - | - |\n',
  'empty document': '',
};

describe('the guarded GFM table construct', () => {
  it.each(Object.entries(EDGE_CASES))('gives the stock tree: %s', (_, text) => {
    expect(parseMarkdown(text)).toEqual(stock.parse(text));
  });

  it('gives the stock tree on every Markdown file of the sample corpus and the fixtures', () => {
    const files = [...markdownFiles(join(ROOT, 'standards')), ...markdownFiles(join(ROOT, 'tests/fixtures'))];
    let tables = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const tree = parseMarkdown(text);
      expect(tree, file).toEqual(stock.parse(text));
      tables += tree.children.filter((node) => node.type === 'table').length;
    }
    expect(files.length).toBeGreaterThan(60);
    expect(tables).toBeGreaterThan(50);
  });

  it('finds the lines directly above a possible delimiter row', () => {
    expect([...tableHeadLines('| a |\n| - |\n| 1 |\n\n标题\n---\n')]).toEqual([1, 5]);
  });
});
