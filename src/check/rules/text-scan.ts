// Walks the running text of a standard's body with exact source positions, for wording rules.
import type { Root, RootContent, Text } from 'mdast';
import { exactTextOffset, lineIndex } from '../../model/source-positions.ts';
import type { Position, Section, Standard } from '../../model/types.ts';

export function eachText(standard: Standard, visit: (text: Text, positionAt: (index: number) => Position) => void, within?: (node: RootContent) => boolean): void {
  const toPosition = lineIndex(standard.source);
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'yaml' || node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
    if (node.type === 'text') {
      // Where the value differs from the source (escapes), positions fall back to the node's start.
      const offset = exactTextOffset(standard.source, node);
      const start = { line: node.position!.start.line, column: node.position!.start.column };
      visit(node, (index) => (offset === undefined ? start : toPosition(offset + index)));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  for (const child of standard.tree.children) if (!within || within(child)) walk(child);
}

/** Whether a top-level block lies inside the given element (by line range). */
export function blockWithin(element: Section, next: Section | undefined): (node: RootContent) => boolean {
  return (node) => {
    const line = node.position?.start.line ?? 0;
    return line >= element.position.line && (!next || line < next.position.line);
  };
}
