// GFM tables (footnotes have their own plugin, remark-footnotes.ts). Standards need tables; autolink literals,
// strikethrough and task lists have no place in a GB/T 1.1 text, and remark-gfm's autolink
// recognition alone costs about a fifth of the parse time of a large corpus.
//
// micromark's table construct is tried at the start of every flow line: on each paragraph line it
// reads the whole line as a would-be head row, finds no delimiter row below, and backtracks, which
// made parsing about 1.5 times as slow. A table's head row is always directly followed by its
// delimiter row, so the construct is tried only on such lines (found by one scan of the text) and
// on the rows that continue a table; the result is the same tree.
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

/** A delimiter row, loosely (a superset: container prefixes, setext underlines and rules also match). */
const DELIMITER_ROW = /^[ \t>]*[|: \t-]*-[|: \t-]*$/u;

/** 1-based numbers of the lines directly followed by a line that may be a delimiter row. */
export function tableHeadLines(text: string): Set<number> {
  const lines = text.split(/\r\n|\r|\n/u);
  const heads = new Set<number>();
  for (let index = 1; index < lines.length; index++) if (lines[index]!.includes('-') && DELIMITER_ROW.test(lines[index]!)) heads.add(index);
  return heads;
}

/** Whether the construct would continue a table here (the last block event is its head or a row). */
function continuesTable(context: TokenizeContext): boolean {
  for (let index = context.events.length - 1; index > -1; index--) {
    const type = context.events[index]![1].type;
    if (type !== 'lineEnding' && type !== 'linePrefix') return type === 'tableHead' || type === 'tableRow';
  }
  return false;
}

function guardedTable(headLines: ReadonlySet<number>): Extension {
  const table = (gfmTable().flow as Record<string, Construct>)['null']!;
  const tokenize: Construct['tokenize'] = function (this: TokenizeContext, effects, ok, nok) {
    const attempt = table.tokenize.call(this, effects, ok, nok);
    const start: State = (code) => (headLines.has(this.now().line) || continuesTable(this) ? attempt(code) : nok(code));
    return start;
  };
  return { flow: { null: { ...table, tokenize } } };
}

/** The plugin, given the head-row candidates of the text about to be parsed ({@link tableHeadLines}). */
export default function remarkTables(this: Processor, headLines: ReadonlySet<number>): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(guardedTable(headLines));
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
