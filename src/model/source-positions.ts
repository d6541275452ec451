// Between the model's line/column positions and offsets into a standard's source, so that tools
// can edit the author's text in place instead of re-serializing the Markdown.
import type { Text } from 'mdast';
import type { Position, Reference, SourceRange, Standard } from './types.ts';

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Maps source offsets to 1-based line and column. */
export function lineIndex(source: string): (offset: number) => Position {
  const starts = lineStarts(source);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** Maps 1-based line and column to a source offset. */
export function offsetIndex(source: string): (position: Position) => number {
  const starts = lineStarts(source);
  return (position) => (starts[position.line - 1] ?? source.length) + position.column - 1;
}

/**
 * The source offset where a text node's value starts, when the value is the source verbatim.
 * Escapes and character references make value and source differ; such text has no exact offsets.
 */
export function exactTextOffset(source: string, node: Text): number | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return source.slice(start, end) === node.value ? start : undefined;
}

/** Source offsets of a reference's text, when they are exact. */
export function referenceRange(standard: Standard, reference: Reference): { start: number; end: number } | undefined {
  const offset = exactTextOffset(standard.source, reference.node);
  return offset === undefined ? undefined : { start: offset + reference.start, end: offset + reference.end };
}

let lastIndex: { source: string; toPosition: (offset: number) => Position } | undefined;

/** The line/column range of source offsets `start` to `end` (exclusive). Rules call it per report on one source. */
export function offsetRange(source: string, start: number, end: number): SourceRange {
  if (lastIndex?.source !== source) lastIndex = { source, toPosition: lineIndex(source) };
  return { start: lastIndex.toPosition(start), end: lastIndex.toPosition(end) };
}
