// Every check rule, in the order `--list-rules` shows them.
import type { Rule } from '../rule.ts';
import { annexOrder } from './annex-order.ts';
import { appliesToKnown } from './applies-to-known.ts';
import { annexUncited } from './annex-uncited.ts';
import { bibliographyNumbering } from './bibliography-numbering.ts';
import { clauseLone } from './clause-lone.ts';
import { clauseTitles } from './clause-titles.ts';
import { codeFormat } from './code-format.ts';
import { codeNode } from './code-node.ts';
import { codeSequence } from './code-sequence.ts';
import { codeUnique } from './code-unique.ts';
import { codeYear } from './code-year.ts';
import { consultationAnswers } from './consultation-answers.ts';
import { consultationClauses } from './consultation-clauses.ts';
import { dateOrder } from './date-order.ts';
import { elementOrder } from './element-order.ts';
import { fileReadable } from './file-readable.ts';
import { frontmatterRequired } from './frontmatter-required.ts';
import { frontmatterSyntax } from './frontmatter-syntax.ts';
import { frontmatterType } from './frontmatter-type.ts';
import { frontmatterUnknownKey } from './frontmatter-unknown-key.ts';
import { hangingParagraph } from './hanging-paragraph.ts';
import { headingDepth } from './heading-depth.ts';
import { headingNumber } from './heading-number.ts';
import { listDepth } from './list-depth.ts';
import { listItems } from './list-items.ts';
import { prefaceStatements } from './preface-statements.ts';
import { listForm } from './list-form.ts';
import { termConflict } from './term-conflict.ts';
import { templatePlaceholder } from './template-placeholder.ts';
import { termUnused } from './term-unused.ts';
import { normativeRefsLeadin } from './normative-refs-leadin.ts';
import { normativeRefsList } from './normative-refs-list.ts';
import { normativeRefsTitle } from './normative-refs-title.ts';
import { numberingChapters } from './numbering-chapters.ts';
import { numberingClauses } from './numbering-clauses.ts';
import { numberingFigures } from './numbering-figures.ts';
import { numberingFootnotes } from './numbering-footnotes.ts';
import { formulaWhere } from './formula-where.ts';
import { numberingFormulas } from './numbering-formulas.ts';
import { numberingNotes } from './numbering-notes.ts';
import { numberingTables } from './numbering-tables.ts';
import { refDatedClause } from './ref-dated-clause.ts';
import { refDocument } from './ref-document.ts';
import { refInternal } from './ref-internal.ts';
import { refStatus } from './ref-status.ts';
import { refUnknownExternal } from './ref-unknown-external.ts';
import { replacesValid } from './replaces-valid.ts';
import { reviewDue } from './review-due.ts';
import { reviewOutcome } from './review-outcome.ts';
import { structureElements } from './structure-elements.ts';
import { supersededSuccessor } from './superseded-successor.ts';
import { suppressionReason } from './suppression-reason.ts';
import { tableCaption } from './table-caption.ts';
import { termEntry } from './term-entry.ts';
import { titleType } from './title-type.ts';
import { titleUnique } from './title-unique.ts';
import { wordingForbidden } from './wording-forbidden.ts';
import { wordingPrefaceScope } from './wording-preface-scope.ts';
import { titleEn } from './title-en.ts';
import { numberUnit } from './number-unit.ts';
import { refPage } from './ref-page.ts';
import { wordingVague } from './wording-vague.ts';
import { figureCaption } from './figure-caption.ts';
import { tableCells } from './table-cells.ts';
import { noteRequirement } from './note-requirement.ts';
import { symbolsForm } from './symbols-form.ts';
import { termForm } from './term-form.ts';
import { normativeRefsForm } from './normative-refs-form.ts';
import { scopeForm } from './scope-form.ts';
import { prefaceContent } from './preface-content.ts';

export const RULES: readonly Rule[] = [
  fileReadable,
  frontmatterSyntax,
  frontmatterRequired,
  frontmatterType,
  frontmatterUnknownKey,
  dateOrder,
  codeFormat,
  codeYear,
  codeNode,
  codeUnique,
  codeSequence,
  titleUnique,
  titleType,
  titleEn,
  replacesValid,
  supersededSuccessor,
  reviewDue,
  reviewOutcome,
  consultationAnswers,
  consultationClauses,
  appliesToKnown,
  structureElements,
  prefaceContent,
  scopeForm,
  elementOrder,
  headingNumber,
  headingDepth,
  numberingChapters,
  numberingClauses,
  clauseLone,
  clauseTitles,
  hangingParagraph,
  termEntry,
  termForm,
  symbolsForm,
  numberingTables,
  tableCaption,
  tableCells,
  numberingFigures,
  numberingFootnotes,
  formulaWhere,
  figureCaption,
  numberingFormulas,
  numberingNotes,
  noteRequirement,
  annexOrder,
  annexUncited,
  listDepth,
  listItems,
  listForm,
  bibliographyNumbering,
  refInternal,
  refDocument,
  refDatedClause,
  refStatus,
  refUnknownExternal,
  normativeRefsLeadin,
  normativeRefsList,
  normativeRefsTitle,
  normativeRefsForm,
  wordingForbidden,
  wordingPrefaceScope,
  prefaceStatements,
  wordingVague,
  refPage,
  numberUnit,
  termConflict,
  templatePlaceholder,
  termUnused,
  suppressionReason,
];
