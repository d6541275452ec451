// Which standards a change can affect, so that saving one file re-checks only those: the file
// itself, other editions of the same document, and every standard that refers to it or that it
// refers to (a renamed code or a removed clause breaks the citer; a status change breaks the cited),
// and standards with the same title (titles are unique among current standards).
import { undatedKey } from '../model/code.ts';
import type { Corpus, Standard } from '../model/types.ts';

function documentKeys(standard: Standard): string[] {
  const keys = standard.meta.code ? [undatedKey(standard.meta.code)] : [];
  return [...keys, ...standard.meta.replaces.map(undatedKey)];
}

function citedKeys(standard: Standard): Set<string> {
  return new Set(standard.references.flatMap((r) => (r.document ? [undatedKey(r.document)] : [])));
}

/** Repository paths to re-check after `changed` (old and new versions of the changed standards). */
export function affectedFiles(corpus: Corpus, changed: Standard[]): Set<string> {
  const files = new Set(changed.map((s) => s.file));
  const keys = new Set(changed.flatMap(documentKeys));
  const cited = new Set(changed.flatMap((s) => [...citedKeys(s)]));
  const titles = new Set(changed.flatMap((s) => (s.meta.title ? [s.meta.title] : [])));
  for (const standard of corpus.standards) {
    const own = documentKeys(standard);
    const related = own.some((key) => keys.has(key) || cited.has(key)) || [...citedKeys(standard)].some((key) => keys.has(key));
    if (related || (standard.meta.title !== undefined && titles.has(standard.meta.title))) files.add(standard.file);
  }
  return files;
}
