// The typed model of a standard and of the whole standard system. Everything downstream (checker,
// handbook, printer) reads this model; nobody re-parses Markdown.
import type { FootnoteDefinition, FootnoteReference, Root, Heading, List, Paragraph, Table as MdTable, Text, RootContent } from 'mdast';
import type { TextEdit } from './text-edits.ts';
import type { ConsultationRecords } from './consultation.ts';

export interface Position {
  line: number;
  column: number;
}

/** A stretch of source text, `end` exclusive (the position just after its last character). */
export interface SourceRange {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /** Where the reported text ends (exclusive), when the rule reported a node or range. */
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  rule: string;
  /** The rule's message id (rule.messages), for tools and the rule examples. */
  messageId?: string;
  message: string;
  /** A machine-applicable correction of the standard's source (`check --fix`); not part of the output. */
  fix?: TextEdit;
}

/** A document number such as `Q/JMXZ 30101—2025` or `GB/T 32169.2—2015`. */
export interface DocumentCode {
  prefix: string;
  /** Serial number including any part number, e.g. `30101` or `32169.2`. */
  serial: string;
  year?: string;
  /** The character written between serial and year, kept so the checker can flag `-` and `–`. */
  dash?: string;
  /** `（所有部分）` follows the code. */
  allParts: boolean;
  /** The exact source text of the code. */
  raw: string;
}

export const STATUSES = ['draft', 'consultation', 'review', 'approval', 'current', 'superseded', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];
export const PUBLISHED_STATUSES: readonly Status[] = ['current', 'superseded', 'withdrawn'];

export const STATUS_LABELS: Record<Status, string> = {
  draft: '草案',
  consultation: '征求意见稿',
  review: '送审稿',
  approval: '报批稿',
  current: '现行',
  superseded: '被代替',
  withdrawn: '废止',
};

/** One front-matter key with where it stands in the file. */
export interface FrontMatterEntry {
  key: string;
  value: unknown;
  keyPosition: Position;
  valuePosition: Position;
  /** Just after the value's last character. */
  valueEnd: Position;
}

export interface FrontMatter {
  /** Line range of the YAML block, 1-based inclusive, for suppression comments. */
  startLine: number;
  endLine: number;
  entries: Map<string, FrontMatterEntry>;
  /** YAML syntax problem, if the block could not be read. */
  error?: { message: string; position: Position };
  /** `# check-ignore rule: reason` comments: rule id → line of the key they precede. */
  comments: { text: string; line: number }[];
}

/** Validated metadata; fields are undefined when missing or of the wrong type (rules report those). */
export interface StandardMeta {
  code?: DocumentCode;
  title?: string;
  titleEn?: string;
  status?: Status;
  issued?: string;
  effective?: string;
  replaces: DocumentCode[];
  reviewDue?: string;
  proposer?: string;
  department?: string;
  draftingUnits: string[];
  drafters: string[];
  /** The edition of GB/T 1.1 the text was drafted under (`drafting-rules`); 2020 unless a kept or adopted text says 2009. */
  draftingRules: DraftingRules;
  /** `applies-to`: posts and departments (names from system.yaml) the standard applies to. */
  appliesTo: string[];
  /** Cover (GB/T 1.1—2020 附录E, optional): `ics` and `ccs` classification codes, `filing-number` (备案号). */
  ics?: string;
  ccs?: string;
  filingNumber?: string;
  /** `completed`: the date a draft was completed (本稿完成日期), printed on a draft's cover. */
  completed?: string;
  /** The last 复审 (Q/JMXZ 10101 9.2): `reviewed`, `review-outcome` and the 复审意见表 fields. */
  review?: ReviewRecord;
}

export const REVIEW_OUTCOMES = ['继续有效', '修订', '废止'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** What the front matter records of a 复审; printed as the 复审意见表 (10101 附录B). */
export interface ReviewRecord {
  date?: string;
  outcome?: ReviewOutcome;
  /** 提前复审 with its reason, or 定期复审 when absent. */
  earlyReason?: string;
  basis?: string;
  problems?: string;
  proposal?: string;
  reviewers: string[];
}

export const DRAFTING_RULES = ['2020', '2009'] as const;
/** Year of the GB/T 1.1 edition: `2020` for GB/T 1.1—2020, `2009` for GB/T 1.1—2009. */
export type DraftingRules = (typeof DRAFTING_RULES)[number];

export type SectionKind = 'preface' | 'introduction' | 'chapter' | 'clause' | 'annex' | 'bibliography' | 'index';

/** A heading-level element or a numbered clause (titled or untitled). */
export interface Section {
  kind: SectionKind;
  /** `4`, `4.2.1`, `A`, `A.1`; empty for unnumbered elements. */
  number: string;
  title: string;
  /** For annexes: 规范性 or 资料性 (undefined when the mark is missing). */
  annexType?: 'normative' | 'informative';
  /** For annexes: the edition of GB/T 1.1 whose form the mark has — `（规范性）` 2020, `（规范性附录）` 2009. */
  annexMarkForm?: DraftingRules;
  /** Heading depth (2–6), or 0 for an untitled clause written as a paragraph. */
  depth: number;
  position: Position;
  /** The mdast node that opens the section (a heading, or the paragraph of an untitled clause). */
  node: Heading | Paragraph;
  parent?: Section;
  children: Section[];
  /** Block content directly inside this section, before its first subsection. */
  blocks: RootContent[];
  /** For untitled clauses: their own paragraph text. */
  untitled: boolean;
}

export interface Term {
  number: string;
  term: string;
  english?: string;
  definition: string;
  /** `[来源：GB/T 20000.1—2014，5.2，有修改]` (2009: `[GB/T 19022—2003，定义3.2]`): the document and entry it comes from. */
  source?: TermSource;
  position: Position;
  section: Section;
}

export interface TermSource {
  text: string;
  document?: DocumentCode;
  /** The entry number in the source document. */
  entry?: string;
  /** `有修改`: the definition is adapted from the source. */
  modified: boolean;
}

export interface Caption {
  kind: 'table' | 'figure';
  /** `1`, `A.1` */
  number: string;
  title: string;
  position: Position;
  node: Paragraph;
  /** The table node, for tables. */
  table?: MdTable;
  /** For figures: the image paragraphs above the caption (several for sub-figures). */
  images?: Paragraph[];
  /** For figures with sub-figures (GB/T 1.1—2020 9.7): `a) 悬挂式` under each part. */
  subfigures?: SubFigure[];
  /** For figures: the key (图的说明), a `说明：` paragraph and the list after it. */
  key?: { node: Paragraph; list?: List };
  section?: Section;
}

/** A sub-figure's own caption: `a) 悬挂式` in the paragraph after (or with) its image. */
export interface SubFigure {
  /** The letter as written: `a`. */
  label: string;
  title: string;
  position: Position;
  node: Paragraph;
}

/**
 * A footnote (GB/T 1.1—2020 9.12, 9.7, 9.8), written as a GFM footnote: `[^1]` in the text and a
 * `[^1]: …` definition. 条文脚注 (`text`) are numbered 1) 2) … through the document and contain no
 * requirements; table footnotes are called in a table's cells, lettered a b c … per table and may
 * contain requirements; figure footnotes are defined between a figure and its caption.
 */
export interface Footnote {
  kind: 'text' | 'table' | 'figure';
  /** The label as written (`1`, `a`), which is also what is printed. */
  label: string;
  definition?: FootnoteDefinition;
  /** Where it is called, in document order. */
  calls: FootnoteReference[];
  /** The definition's position, or the first call's when it has no definition. */
  position: Position;
  /** For table footnotes: the table whose cells call it. */
  table?: MdTable;
  /** For figure footnotes: the caption of the figure they stand in (none when the figure has no caption). */
  figure?: Caption;
  /** The section of the first call (or of the definition). */
  section?: Section;
}

export interface Formula {
  number: string;
  position: Position;
  node: Paragraph;
  section?: Section;
}

export interface Note {
  kind: 'note' | 'example';
  /** Number written after 注/示例, or undefined for the single form. */
  number?: number;
  position: Position;
  section?: Section;
  /** The table caption it follows, for notes to a table. */
  node: Paragraph;
  /** For a table note (GB/T 1.1—2020 9.8): the table it follows, whose notes are numbered on their own. */
  table?: MdTable;
}

export type ReferenceTarget =
  /** `item`: a lettered list item of the clause, as in `6.2.2 a)`. */
  | { kind: 'clause'; number: string; item?: string }
  | { kind: 'chapter'; number: string }
  | { kind: 'annex'; letter: string }
  | { kind: 'table'; number: string }
  /** `subfigure`: a sub-figure of the figure, as in `图A.1a)`. */
  | { kind: 'figure'; number: string; subfigure?: string }
  | { kind: 'formula'; number: string };

/** A reference recognized in running text. */
export interface Reference {
  /** Another document, when the reference names one. */
  document?: DocumentCode;
  /** The element referred to, inside this document or inside `document`. */
  target?: ReferenceTarget;
  /** Cited with requirement wording (应/按/符合…) in a normative part of the text. */
  normative: boolean;
  position: Position;
  /** Just after the reference's text, when its source is the text verbatim (no escapes). */
  endPosition?: Position;
  /** Source offsets of the whole reference text, for rendering it as a link. */
  node: Text;
  start: number;
  end: number;
  section?: Section;
}

export interface ListedDocument {
  code: DocumentCode;
  /** The Chinese title, without what follows it in the entry (the two fields below). */
  title: string;
  /** An ISO or IEC title's English name in brackets after the Chinese title: `[Information technology—…]`. */
  englishTitle?: string;
  /** A consistency mark after the title: `（ISO 2859-1:1999，IDT）` → `ISO 2859-1:1999，IDT`. */
  adoption?: string;
  position: Position;
  /** The text node the code starts (at `start`), so the handbook can make it a link. */
  text?: { node: Text; start: number };
}

/**
 * List styles of GB/T 1.1—2020 7.5: `——` (a Markdown `- ` list), `·`, `a)` `b)` (written `- a) …`) and
 * `1)` `2)` (a Markdown `1)` list). The marker is part of the text, so a wrong letter stays visible.
 */
export type ListStyle = 'dash' | 'bullet' | 'letter' | 'number';

export interface ListItemInfo {
  /** The marker as written: `a)`, `b）`, `1)`; undefined for dash and bullet items. */
  marker?: string;
  position: Position;
}

export interface ListInfo {
  node: List;
  /** The number of the clause (or chapter, annex) the list stands in, for references to its items. */
  sectionNumber?: string;
  depth: number;
  style: ListStyle;
  /** What a Markdown ordered list writes after its numbers: `1)` is GB/T 1.1's form, `1.` is not. */
  delimiter?: '.' | ')';
  position: Position;
  items: ListItemInfo[];
  /** Items whose marker does not match the list's style (a `- ` item among `- a)` items). */
  mixed: boolean;
}

export interface BibliographyEntry {
  number?: number;
  text: string;
  position: Position;
}

/** A `<!-- check-ignore rule: reason -->` comment and the lines it covers. */
export interface Suppression {
  rule: string;
  reason: string;
  position: Position;
  fromLine: number;
  toLine: number;
}

export interface Standard {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  source: string;
  /** Set when the file could not be read as a standard at all (binary, too large, not UTF-8). */
  loadError?: { rule: string; message: string; position: Position };
  frontMatter?: FrontMatter;
  meta: StandardMeta;
  tree: Root;
  /** Top-level elements in document order: 前言, 引言, chapters, annexes, 参考文献, 索引. */
  elements: Section[];
  /** Every numbered section by number: chapters (`4`), clauses (`4.2`), annexes (`A`), annex clauses. */
  sections: Map<string, Section>;
  /** Headings (depth ≥ 2) whose text carries no recognizable number or element name. */
  unnumberedHeadings: Heading[];
  /** `#` headings; the title comes from front matter. */
  titleHeadings: Heading[];
  terms: Term[];
  captions: Caption[];
  /** Tables with no caption paragraph before them. */
  uncaptionedTables: MdTable[];
  formulas: Formula[];
  notes: Note[];
  /** Footnotes in the order of their first call (figure footnotes: of their definition). */
  footnotes: Footnote[];
  references: Reference[];
  /** Chapter 2 entries. */
  normativeList: ListedDocument[];
  bibliography: BibliographyEntry[];
  suppressions: Suppression[];
  /** Every list in the body with its nesting depth and item markers. */
  lists: ListInfo[];
  /** Lines nested (indented or quoted) deeper than the parser accepts; they were flattened. */
  excessiveNesting: Position[];
}

/** The kinds of provision of GB/T 1.1—2020 附录C by their modal verbs (应/宜/可/能 and their negations). */
export const PROVISION_TYPES = ['要求', '推荐', '允许', '可能'] as const;
export type ProvisionType = (typeof PROVISION_TYPES)[number];

/** A sentence or list item of a normative element that states a provision (see src/model/provisions.ts). */
export interface Provision {
  /** `30102:5.2.1/2`: serial, the clause it stands in, its position among that clause's provisions. */
  id: string;
  serial: string;
  clause: string;
  index: number;
  type: ProvisionType;
  /** The sentence; for a list item, the lead-in followed by the item. */
  text: string;
  /** Posts and departments the sentence's subject names (`导服人员应……`). */
  subjects: string[];
  /** Whom it applies to: its subjects, otherwise the standard's `applies-to` (and the post of a 岗位工作标准). */
  appliesTo: string[];
  position: Position;
  section: Section;
}

/**
 * What rules that compare standards (`scope: 'corpus'`) see of a standard: metadata, numbered
 * elements and references, no Markdown tree and no source (see src/check/light.ts). A full
 * Standard is one; the compiler keeps corpus rules to these fields.
 */
export type LightSection = Pick<Section, 'kind' | 'number' | 'title' | 'annexType' | 'annexMarkForm' | 'depth' | 'position' | 'untitled'>;

export interface LightStandard extends Pick<Standard, 'file' | 'loadError' | 'frontMatter' | 'meta' | 'bibliography' | 'suppressions'> {
  sections: ReadonlyMap<string, LightSection>;
  terms: readonly (Omit<Term, 'section'> & { section: LightSection })[];
  captions: readonly (Pick<Caption, 'kind' | 'number' | 'title' | 'position'> & { subfigures?: readonly Pick<SubFigure, 'label'>[] })[];
  formulas: readonly Pick<Formula, 'number' | 'position'>[];
  references: readonly Omit<Reference, 'node' | 'section'>[];
  normativeList: readonly Omit<ListedDocument, 'text'>[];
  lists: readonly Omit<ListInfo, 'node'>[];
}

/** The corpus as corpus rules see it. */
export interface LightCorpus extends Omit<Corpus, 'standards'> {
  standards: readonly LightStandard[];
}

export interface FrameworkNode {
  code: string;
  name: string;
  parent?: FrameworkNode;
  children: FrameworkNode[];
}

export interface PlannedStandard {
  node: string;
  title: string;
}

export type RuleSetting = 'error' | 'warning' | 'off';

/** A post (岗位) of the center, listed in system.yaml; its 岗位工作标准 names its duties. */
export interface Post {
  name: string;
  /** Other names the standards use for the post or for roles within it (导服组长 for 导服人员). */
  aliases: string[];
  department?: string;
  /** Serial of the post's 岗位工作标准, which applies to it as a whole. */
  standard?: string;
}

export interface Department {
  name: string;
  aliases: string[];
}

export interface SystemConfig {
  file: string;
  organization: {
    name: string;
    issuer: string;
    codePrefix: string;
    serialPattern: RegExp;
  };
  framework: FrameworkNode[];
  nodes: Map<string, FrameworkNode>;
  planned: PlannedStandard[];
  rules: Map<string, RuleSetting>;
  posts: Post[];
  departments: Department[];
}

export interface ExternalStandard {
  code: DocumentCode;
  title: string;
  status: '现行' | '废止';
  replacedBy?: DocumentCode;
  node?: string;
}

export interface Corpus {
  root: string;
  system: SystemConfig;
  external: ExternalStandard[];
  standards: Standard[];
  /** Consultation records (征求意见) by standard file, for the standards that have any. */
  consultations?: ReadonlyMap<string, ConsultationRecords>;
}
