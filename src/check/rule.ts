// The shape of a check rule, in the manner of ESLint and remark-lint rules: metadata, messages by
// id, examples that are also the rule's tests, and one function that looks at one standard (with the
// whole corpus at hand) and reports problems.
//
// Writing a rule — one file in src/check/rules/ plus one line in src/check/rules/index.ts:
//
//   export const titleType = defineRule({
//     id: 'title-type',                       // kebab-case; the name editors see and silence
//     severity: 'warning',                    // the default; system.yaml may change it or turn it off
//     scope: 'document',                      // 'corpus' when it compares standards (see below)
//     basis: [{ clause: '6.1', detail: '文件名称体现文件类型' }],   // clause numbers of GB/T 1.1—2020
//     description: '标准名称以文件类型结尾',     // what it checks, one line
//     messages: { noType: '名称"{title}"未体现文件类型。' },       // id → Chinese template with {placeholders}
//     fixable: false,                         // true when some reports carry a `fix`
//     docs: { rationale: '为什么……', howToFix: '怎样改……' },     // shown on the rule's page
//     examples: {                             // run by tests/rule-examples.test.ts
//       valid: [{ text: '---\ntitle: 投诉处理规范\n---\n' }],
//       invalid: [{ text: '---\ntitle: 投诉处理\n---\n', errors: [{ messageId: 'noType', line: 2, column: 8 }] }],
//     },
//     check(standard, { report }) {
//       report({ messageId: 'noType', data: { title }, at: entry });   // at: a node, a range or a point
//     },
//   });
//
// Examples are whole Markdown files (line and column count from the file's first line). Each runs
// alone in a corpus of the sample system's configuration (standards/system.yaml and external.yaml)
// plus the example's own `files`; only the rule under test runs, so an example need contain no more
// than the rule looks at. Every message id needs an invalid example; a fixable rule shows its fixed
// text in `output`.
import type { Nodes } from 'mdast';
import { GBT_1_1, GBT_1_1_CLAUSES, type GbtClause } from '../model/gbt-1-1-clauses.ts';
import type { TextEdit } from '../model/text-edits.ts';
import type { Corpus, FrontMatterEntry, LightCorpus, LightStandard, Position, Reference, Severity, SourceRange, Standard } from '../model/types.ts';
import type { CorpusIndex, LightCorpusIndex } from '../model/corpus-index.ts';

/**
 * What a rule enforces: a clause of GB/T 1.1—2020, another document, an editorial practice that no
 * clause states (said so on the rule's page), or a requirement of this tool.
 */
export type Basis = { clause: GbtClause; detail?: string } | { document: string; clause?: string; detail?: string } | { practice: string } | { tool: string };

export type MessageData = Readonly<Record<string, string | number>>;

/**
 * Where a problem is: an mdast node or a model element carrying one (underlined start to end), a
 * front-matter entry (its value), a source range, or a single position.
 */
export type ReportTarget = Nodes | { node: Nodes; position?: Position } | FrontMatterEntry | SourceRange | Position;

export interface Report<M extends string> {
  messageId: M;
  data?: MessageData;
  at: ReportTarget;
  /** An edit of `standard.source` that safely corrects the problem (`check --fix`). */
  fix?: TextEdit;
}

export interface RuleContext<M extends string = string> {
  corpus: Corpus;
  index: CorpusIndex;
  /** Today's date (YYYY-MM-DD); injected so date-dependent rules are testable. */
  today: string;
  /** Ids of all rules, for validating suppression comments. */
  knownRules: ReadonlySet<string>;
  report(report: Report<M>): void;
}

/** What a corpus rule works with: every standard, its own included, in the light form. */
export interface CorpusRuleContext<M extends string = string> {
  corpus: LightCorpus;
  index: LightCorpusIndex;
  /** Today's date (YYYY-MM-DD); injected so date-dependent rules are testable. */
  today: string;
  /** Ids of all rules, for validating suppression comments. */
  knownRules: ReadonlySet<string>;
  report(report: Report<M>): void;
}

export interface RuleExample {
  /** A short Chinese caption for the rule's page. */
  name?: string;
  /** The whole Markdown text of the example standard (`standards/示例.md`). */
  text: string;
  /** Further standards of the example corpus, by repository path, for corpus rules. */
  files?: Readonly<Record<string, string>>;
  /** The date the example is checked on (default EXAMPLE_TODAY in examples.ts). */
  today?: string;
  /** Entries added to standards/external.yaml for the example, in its YAML form. */
  external?: string;
}

export interface ExpectedReport<M extends string> {
  messageId: M;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The file reported on, when not the example itself (corpus rules). */
  file?: string;
}

export interface InvalidExample<M extends string> extends RuleExample {
  errors: readonly ExpectedReport<M>[];
  /** The example's text after `check --fix`, for fixable rules. */
  output?: string;
}

interface RuleMeta<M extends string> {
  id: string;
  severity: Severity;
  basis: readonly Basis[];
  description: string;
  messages: Readonly<Record<M, string>>;
  fixable: boolean;
  docs: {
    /** Why the rule exists (the clause's intent), for the rule's page. */
    rationale: string;
    /** What the editor does about a report. */
    howToFix: string;
  };
  examples: { valid: readonly RuleExample[]; invalid: readonly InvalidExample<M>[] };
}

/** Looks at one standard (and the configuration); runs right after parsing, possibly in a worker. */
export interface DocumentRule<M extends string = string> extends RuleMeta<M> {
  scope: 'document';
  check(standard: Standard, context: RuleContext<M>): void;
}

/**
 * Compares standards. Sees every standard only in its light form (metadata, numbered elements and
 * references; see light.ts), which the types enforce: a corpus rule cannot reach a Markdown tree.
 */
export interface CorpusRule<M extends string = string> extends RuleMeta<M> {
  scope: 'corpus';
  check(standard: LightStandard, context: CorpusRuleContext<M>): void;
}

export type Rule<M extends string = string> = DocumentRule<M> | CorpusRule<M>;

/** Declares a rule with its message ids checked by the compiler in `report` and in the examples. */
export function defineRule<const M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** Fills a message template's {placeholders}; a placeholder without data is a programming error. */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => {
    const value = data[name];
    if (value === undefined) throw new Error(`message placeholder {${name}} has no data`);
    return String(value);
  });
}

/** The start and, where known, the end of a report target. */
export function targetRange(at: ReportTarget): { start: Position; end?: Position } {
  // A light standard's elements keep their position but not their node's.
  if ('node' in at) return !at.node.position && at.position ? { start: at.position } : targetRange(at.node);
  if ('type' in at) {
    const position = at.position;
    return position ? { start: point(position.start), end: point(position.end) } : { start: { line: 1, column: 1 } };
  }
  if ('valuePosition' in at) return { start: at.valuePosition, end: at.valueEnd };
  if ('start' in at) return { start: at.start, end: at.end };
  return { start: at };
}

/** A reference's own text (not its whole text node), or its start where the source differs from the text. */
export function referenceTarget(reference: Pick<Reference, 'position' | 'endPosition'>): ReportTarget {
  return reference.endPosition ? { start: reference.position, end: reference.endPosition } : reference.position;
}

function point(position: Position): Position {
  return { line: position.line, column: position.column };
}

/** A basis as the rule list and the rule pages show it, e.g. "GB/T 1.1—2020 9.6 附录（每个附录都被提及）". */
export function formatBasis(basis: Basis): string {
  if ('tool' in basis) return `本工具要求：${basis.tool}`;
  if ('practice' in basis) return `编辑惯例（不是 ${GBT_1_1} 的条款）：${basis.practice}`;
  const detail = basis.detail ? `（${basis.detail}）` : '';
  if ('document' in basis) return `${basis.document}${basis.clause ? ` ${basis.clause}` : ''}${detail}`;
  return `${GBT_1_1} ${basis.clause} ${GBT_1_1_CLAUSES[basis.clause]}${detail}`;
}

export function formatBases(rule: Pick<Rule, 'basis'>): string {
  return rule.basis.map(formatBasis).join('；');
}

/** For examples: a file that is only a front matter with the given YAML lines. */
export function frontMatterText(yaml: string): string {
  return `---\n${yaml}\n---\n`;
}
