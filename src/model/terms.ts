// Terms across the standard system: the same term defined differently in two standards in force
// confuses every reader. Shared by the term-conflict rule and the handbook's 术语 page.
import { undatedKey } from './code.ts';
import type { LightStandard, Standard } from './types.ts';

/** Definitions compare equal when they differ only in spacing and punctuation. */
export function normalizeDefinition(text: string): string {
  return text.replace(/[\s，。、；：“”"'（）()]/gu, '');
}

/** Standards whose terms are in force: not superseded or withdrawn (drafts and 即将实施 included). */
export function definesTermsInForce(standard: LightStandard): boolean {
  return !standard.loadError && standard.meta.status !== 'superseded' && standard.meta.status !== 'withdrawn';
}

/** A term where it is defined; the handbook passes full standards, the term-conflict rule light ones. */
export interface TermEntry<S extends LightStandard = Standard> {
  term: S['terms'][number];
  standard: S;
}

export interface TermConflict<S extends LightStandard = Standard> {
  term: string;
  /** Every entry of the term in force; `conflicting` marks those whose definition disagrees and cites none of the others. */
  entries: (TermEntry<S> & { conflicting: boolean })[];
}

/**
 * Terms defined differently in two or more standards in force. An entry whose source
 * (`[来源：Q/JMXZ 10201—2025，3.7，有修改]`) is another standard defining the term takes its
 * definition from there and does not conflict.
 */
export function termConflicts<S extends LightStandard>(standards: readonly S[]): TermConflict<S>[] {
  const byTerm = new Map<string, TermEntry<S>[]>();
  for (const standard of standards) {
    if (!definesTermsInForce(standard)) continue;
    for (const term of standard.terms) {
      const entries = byTerm.get(term.term);
      if (entries) entries.push({ term, standard });
      else byTerm.set(term.term, [{ term, standard }]);
    }
  }
  const conflicts: TermConflict<S>[] = [];
  for (const [name, entries] of byTerm) {
    if (entries.length < 2) continue;
    const ownKeys = entries.map((e) => (e.standard.meta.code ? undatedKey(e.standard.meta.code) : undefined));
    const codes = new Set(ownKeys.filter((key) => key !== undefined));
    const citesAnother = entries.map((entry, i) => {
      const source = entry.term.source?.document;
      if (!source) return false;
      const key = undatedKey(source);
      return codes.has(key) && key !== ownKeys[i];
    });
    const definitions = new Set(entries.filter((_, i) => !citesAnother[i]).map((entry) => normalizeDefinition(entry.term.definition)));
    if (definitions.size < 2) continue;
    conflicts.push({ term: name, entries: entries.map((entry, i) => ({ ...entry, conflicting: !citesAnother[i] })) });
  }
  return conflicts;
}
