// Look-ups across the corpus shared by the rules, the handbook and the authoring commands: standards
// by code and edition, the edition in force, external standards, the framework node of an internal
// code, and who cites whom.
import { datedKey, seriesKey, undatedKey } from './code.ts';
import { termConflicts, type TermConflict } from './terms.ts';
import type { Corpus, DocumentCode, ExternalStandard, LightStandard, Standard } from './types.ts';

/** The index as corpus rules see it: the standards it returns are light (no tree, no source). */
export interface LightCorpusIndex {
  isInternal(code: DocumentCode): boolean;
  editionsWithCode(code: DocumentCode): readonly LightStandard[];
  editionsOf(code: DocumentCode): readonly LightStandard[];
  resolve(code: DocumentCode): LightStandard | undefined;
  external(code: DocumentCode): ExternalStandard | undefined;
  knowsExternal(code: DocumentCode): boolean;
  currentWithTitle(title: string): readonly LightStandard[];
  successorsOf(standard: LightStandard): readonly LightStandard[];
  nodeOf(code: DocumentCode): string | undefined;
  sequenceOf(code: DocumentCode): string | undefined;
  termConflictsOf(standard: LightStandard): readonly TermConflict<LightStandard>[];
}

export class CorpusIndex implements LightCorpusIndex {
  readonly corpus: Corpus;
  private readonly byEdition = new Map<string, Standard[]>();
  private readonly byDocument = new Map<string, Standard[]>();
  private readonly externalByEdition = new Map<string, ExternalStandard>();
  private readonly externalByDocument = new Map<string, ExternalStandard[]>();
  /** Standards that list a code in `replaces`, by the dated key of that code. */
  private readonly replacedBy = new Map<string, Standard[]>();
  private readonly currentByTitle = new Map<string, Standard[]>();
  /** Who cites whom; computed on first use, since the check does not need it. */
  private citations?: { internal: Map<Standard, Set<Standard>>; external: Map<string, Set<Standard>> };
  /** Term conflicts by each standard whose own definition disagrees; computed on first use. */
  private conflicts?: Map<LightStandard, TermConflict<Standard>[]>;

  constructor(corpus: Corpus) {
    this.corpus = corpus;
    for (const standard of corpus.standards) {
      const code = standard.meta.code;
      if (code) {
        push(this.byEdition, datedKey(code), standard);
        push(this.byDocument, undatedKey(code), standard);
      }
      for (const replaced of standard.meta.replaces) push(this.replacedBy, datedKey(replaced), standard);
      if (standard.meta.status === 'current' && standard.meta.title) push(this.currentByTitle, standard.meta.title, standard);
    }
    for (const external of corpus.external) {
      this.externalByEdition.set(datedKey(external.code), external);
      push(this.externalByDocument, undatedKey(external.code), external);
    }
  }

  /** The term conflicts in which this standard's own definition disagrees with another standard's. */
  termConflictsOf(standard: LightStandard): readonly TermConflict<Standard>[] {
    if (!this.conflicts) {
      this.conflicts = new Map();
      for (const conflict of termConflicts(this.corpus.standards)) {
        for (const entry of conflict.entries) if (entry.conflicting) push(this.conflicts, entry.standard, conflict);
      }
    }
    return this.conflicts.get(standard) ?? [];
  }

  private citationIndex(): NonNullable<CorpusIndex['citations']> {
    if (this.citations) return this.citations;
    const internal = new Map<Standard, Set<Standard>>();
    const external = new Map<string, Set<Standard>>();
    for (const standard of this.corpus.standards) {
      for (const { document } of standard.references) {
        if (!document) continue;
        if (this.isInternal(document)) {
          const target = this.resolve(document);
          if (target && target !== standard) internal.set(target, (internal.get(target) ?? new Set()).add(standard));
        } else {
          const key = undatedKey(document);
          external.set(key, (external.get(key) ?? new Set()).add(standard));
        }
      }
    }
    this.citations = { internal, external };
    return this.citations;
  }

  /** Standards whose text refers to this one (the edition a reference resolves to), itself excluded. */
  citersOf(standard: Standard): Standard[] {
    return [...(this.citationIndex().internal.get(standard) ?? [])];
  }

  /** Standards whose text refers to an external document, by its undated key. */
  citersOfExternal(undated: string): Standard[] {
    return [...(this.citationIndex().external.get(undated) ?? [])];
  }

  isInternal(code: DocumentCode): boolean {
    return code.prefix === this.corpus.system.organization.codePrefix;
  }

  /** Standards carrying exactly this code (more than one is a duplicate). */
  editionsWithCode(code: DocumentCode): Standard[] {
    return this.byEdition.get(datedKey(code)) ?? [];
  }

  /** Every edition of the document, oldest first. */
  editionsOf(code: DocumentCode): Standard[] {
    return [...(this.byDocument.get(undatedKey(code)) ?? [])].sort((a, b) => (a.meta.code?.year ?? '').localeCompare(b.meta.code?.year ?? ''));
  }

  /** The edition a reference points to: the dated one, or for an undated code the current edition. */
  resolve(code: DocumentCode): Standard | undefined {
    if (code.year) return this.editionsWithCode(code)[0];
    const editions = this.editionsOf(code);
    return editions.find((s) => s.meta.status === 'current') ?? editions.at(-1);
  }

  external(code: DocumentCode): ExternalStandard | undefined {
    if (code.year) return this.externalByEdition.get(datedKey(code));
    const editions = this.externalByDocument.get(undatedKey(code)) ?? [];
    return editions.find((e) => e.status === '现行') ?? editions[0];
  }

  /** Whether an external code is known at all, for undated, dated or all-parts citations. */
  knowsExternal(code: DocumentCode): boolean {
    if (this.external(code)) return true;
    // A series registered as `GB/T 24734（所有部分）` covers each of its parts.
    if (this.corpus.external.some((e) => e.code.allParts && seriesKey(e.code) === seriesKey(code))) return true;
    if (!code.allParts) return false;
    const series = `${code.prefix} ${code.serial}.`;
    return this.corpus.external.some((e) => `${e.code.prefix} ${e.code.serial}`.startsWith(series));
  }

  /** Current standards with exactly this title. */
  currentWithTitle(title: string): Standard[] {
    return this.currentByTitle.get(title) ?? [];
  }

  successorsOf(standard: LightStandard): Standard[] {
    return standard.meta.code ? (this.replacedBy.get(datedKey(standard.meta.code)) ?? []) : [];
  }

  /** The framework node named by an internal serial, per the configured serial pattern. */
  nodeOf(code: DocumentCode): string | undefined {
    return this.corpus.system.organization.serialPattern.exec(code.serial)?.groups?.node;
  }

  sequenceOf(code: DocumentCode): string | undefined {
    return this.corpus.system.organization.serialPattern.exec(code.serial)?.groups?.seq;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
