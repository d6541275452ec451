// Walks the running text of a standard's body with exact source positions, for wording rules.
import type { Root, RootContent, Text } from 'mdast';
import { exactTextOffset, lineIndex } from '../../model/source-positions.ts';
import type { Position, Section, Standard } from '../../model/types.ts';

interface ScannedText {
  node: Text;
  /** Where the value starts in the source; undefined where it differs from the source (escapes). */
  offset: number | undefined;
}

interface Scan {
  standard: Standard;
  toPosition: (offset: number) => Position;
  blocks: { block: RootContent; texts: ScannedText[] }[];
}

// Several rules walk the same standard one after another (a check runs every rule on a standard
// before the next): the walk is done once, for the standard last asked about.
let last: Scan | undefined;

function scan(standard: Standard): Scan {
  if (last?.standard === standard) return last;
  const collect = (node: Root | RootContent, texts: ScannedText[]): void => {
    if (node.type === 'yaml' || node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
    if (node.type === 'text') texts.push({ node, offset: exactTextOffset(standard.source, node) });
    else if ('children' in node) for (const child of node.children) collect(child, texts);
  };
  const blocks = standard.tree.children.map((block) => {
    const texts: ScannedText[] = [];
    collect(block, texts);
    return { block, texts };
  });
  last = { standard, toPosition: lineIndex(standard.source), blocks };
  return last;
}

export function eachText(standard: Standard, visit: (text: Text, positionAt: (index: number) => Position) => void, within?: (node: RootContent) => boolean): void {
  const { toPosition, blocks } = scan(standard);
  for (const { block, texts } of blocks) {
    if (within && !within(block)) continue;
    for (const { node, offset } of texts) {
      // Where the value differs from the source, positions fall back to the node's start.
      const start = { line: node.position!.start.line, column: node.position!.start.column };
      visit(node, (index) => (offset === undefined ? start : toPosition(offset + index)));
    }
  }
}

/** Whether a top-level block lies inside the given element (by line range). */
export function blockWithin(element: Section, next: Section | undefined): (node: RootContent) => boolean {
  return (node) => {
    const line = node.position?.start.line ?? 0;
    return line >= element.position.line && (!next || line < next.position.line);
  };
}
