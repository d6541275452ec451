// GFM tables, and nothing else of GFM. Standards need tables; autolink literals, footnotes,
// strikethrough and task lists have no place in a GB/T 1.1 text, and remark-gfm's autolink
// recognition alone costs about a fifth of the parse time of a large corpus.
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Processor } from 'unified';

export default function remarkTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
