// Walks the running text of a standard's body with exact source positions, for wording rules.
import type { Root, RootContent, Text } from 'mdast';
import type { Position, Section, Standard } from '../../model/types.ts';

export function eachText(standard: Standard, visit: (text: Text, positionAt: (index: number) => Position) => void, within?: (node: RootContent) => boolean): void {
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'yaml' || node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
    if (node.type === 'text') {
      const start = node.position!.start;
      const exact = standard.source.slice(start.offset, node.position!.end.offset) === node.value;
      let newlines: number[] | undefined;
      visit(node, (index) => {
        if (!exact) return { line: start.line, column: start.column };
        newlines ??= [...node.value.matchAll(/\n/gu)].map((m) => m.index);
        let line = 0;
        while (line < newlines.length && newlines[line]! < index) line++;
        return line === 0 ? { line: start.line, column: start.column + index } : { line: start.line + line, column: index - newlines[line - 1]! };
      });
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
