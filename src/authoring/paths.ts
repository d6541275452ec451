// Where a standard's file goes: in the directory that already holds its subsystem's standards
// (standards/300-服务提供/), so new and imported files sit next to their neighbours.
import { dirname } from 'node:path';
import { CorpusIndex } from '../model/corpus-index.ts';
import { STANDARDS_DIR } from '../corpus.ts';
import type { Corpus, FrameworkNode } from '../model/types.ts';

function subsystemOf(node: FrameworkNode): FrameworkNode {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}

/** Repository path for `fileName` in the directory of the node's subsystem. */
export function standardPath(corpus: Corpus, node: FrameworkNode, fileName: string): string {
  const subsystem = subsystemOf(node);
  const index = new CorpusIndex(corpus);
  const directories = new Map<string, number>();
  for (const standard of corpus.standards) {
    const code = standard.meta.code;
    const standardNode = code && index.isInternal(code) ? corpus.system.nodes.get(index.nodeOf(code) ?? '') : undefined;
    if (!standardNode || subsystemOf(standardNode) !== subsystem) continue;
    const directory = dirname(standard.file);
    directories.set(directory, (directories.get(directory) ?? 0) + 1);
  }
  const usual = [...directories].sort((a, b) => b[1] - a[1])[0]?.[0];
  return `${usual ?? `${STANDARDS_DIR}/${subsystem.code}-${subsystem.name.replace(/标准$/u, '')}`}/${fileName}`;
}
