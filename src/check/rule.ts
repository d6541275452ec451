// The shape of a check rule, in the manner of ESLint and remark-lint rules: metadata plus one
// function that looks at one standard (with the whole corpus at hand) and reports problems.
import type { TextEdit } from '../model/text-edits.ts';
import type { Corpus, Position, Severity, Standard } from '../model/types.ts';
import type { CorpusIndex } from './corpus-index.ts';

export interface RuleContext {
  corpus: Corpus;
  index: CorpusIndex;
  /** Today's date (YYYY-MM-DD); injected so date-dependent rules are testable. */
  today: string;
  /** Ids of all rules, for validating suppression comments. */
  knownRules: ReadonlySet<string>;
  /** Reports a problem; `fix`, when given, is an edit of `standard.source` that safely corrects it. */
  report(position: Position, message: string, fix?: TextEdit): void;
}

export interface Rule {
  id: string;
  severity: Severity;
  /**
   * `document` rules look at one standard (and the configuration); they run right after parsing,
   * possibly in a worker. `corpus` rules compare standards; they see the others only in their
   * light form (see light.ts): metadata, numbered elements and references, no Markdown tree.
   */
  scope: 'document' | 'corpus';
  /** The clause of GB/T 1.1—2020 (or other basis) the rule enforces. */
  basis: string;
  description: string;
  check(standard: Standard, context: RuleContext): void;
}
