// What applies to a post or a department: the provisions of the standards in force whose audience
// names it, grouped by standard and clause, with counts per type. The handbook's post pages, the
// 应知应会 booklet and the checklists all read this.
import { provisionsOf } from '../model/provisions.ts';
import { PROVISION_TYPES, type Corpus, type Provision, type ProvisionType, type Standard } from '../model/types.ts';

export interface ClauseDuties {
  clause: string;
  /** The clause's title, or its titled parent's for an untitled clause. */
  title: string;
  provisions: Provision[];
}

export interface StandardDuties {
  standard: Standard;
  clauses: ClauseDuties[];
}

export interface Duties {
  name: string;
  kind: 'post' | 'department';
  /** For a department: its posts. For a post: its department. */
  related: string[];
  standards: StandardDuties[];
  counts: Record<ProvisionType, number>;
  total: number;
}

/** The standards in force, one edition per document, in code order. */
export function standardsInForce(corpus: Corpus): Standard[] {
  return corpus.standards.filter((s) => s.meta.status === 'current' && s.meta.code && !s.loadError).sort((a, b) => a.meta.code!.serial.localeCompare(b.meta.code!.serial));
}

/** The names a provision must name to apply to `name`: the name, and for a department its posts. */
export function audienceNames(corpus: Corpus, name: string): { kind: 'post' | 'department'; names: string[]; related: string[] } | undefined {
  const { posts, departments } = corpus.system;
  const post = posts.find((p) => p.name === name);
  if (post) return { kind: 'post', names: [name], related: post.department ? [post.department] : [] };
  if (!departments.some((d) => d.name === name)) return undefined;
  const own = posts.filter((p) => p.department === name).map((p) => p.name);
  return { kind: 'department', names: [name, ...own], related: own };
}

function clauseTitle(provision: Provision): string {
  let section: Provision['section'] | undefined = provision.section;
  while (section && !section.title) section = section.parent;
  return section?.title ?? '';
}

export function groupByStandard(provisions: Provision[], standards: Map<Provision, Standard>): StandardDuties[] {
  const groups = new Map<Standard, Map<string, ClauseDuties>>();
  for (const provision of provisions) {
    const standard = standards.get(provision)!;
    const clauses = groups.get(standard) ?? new Map<string, ClauseDuties>();
    const entry = clauses.get(provision.clause) ?? { clause: provision.clause, title: clauseTitle(provision), provisions: [] };
    entry.provisions.push(provision);
    clauses.set(provision.clause, entry);
    groups.set(standard, clauses);
  }
  return [...groups].map(([standard, clauses]) => ({ standard, clauses: [...clauses.values()] }));
}

/** Everything that applies to a post or department, or undefined for a name system.yaml does not list. */
export function dutiesOf(corpus: Corpus, name: string, types: readonly ProvisionType[] = PROVISION_TYPES): Duties | undefined {
  const audience = audienceNames(corpus, name);
  if (!audience) return undefined;
  const standards = new Map<Provision, Standard>();
  const provisions: Provision[] = [];
  for (const standard of standardsInForce(corpus)) {
    for (const provision of provisionsOf(standard, corpus.system)) {
      if (!types.includes(provision.type) || !provision.appliesTo.some((n) => audience.names.includes(n))) continue;
      provisions.push(provision);
      standards.set(provision, standard);
    }
  }
  const counts = Object.fromEntries(PROVISION_TYPES.map((type) => [type, provisions.filter((p) => p.type === type).length])) as Record<ProvisionType, number>;
  return { name, kind: audience.kind, related: audience.related, standards: groupByStandard(provisions, standards), counts, total: provisions.length };
}
