// `npm run renumber`: makes the numbering of one standard continuous again (chapters, clauses and
// terms, annexes, tables, figures, formulas, notes and examples) and rewrites every reference to
// what was renumbered: in the standard itself and in every standard that cites it by number. The
// source is edited at the positions the model gives, so the authors' formatting survives.
import { CorpusIndex } from '../model/corpus-index.ts';
import { continuousItemNumbers } from '../check/rules/numbered-items.ts';
import { noteGroups } from '../check/rules/numbering-notes.ts';
import { checkCorpus } from '../check/run.ts';
import { allSections } from '../model/sections.ts';
import { referenceRange } from '../model/source-positions.ts';
import { targetExists, targetLabel } from '../model/targets.ts';
import { applyEdits, type TextEdit } from '../model/text-edits.ts';
import type { Caption, Corpus, Formula, Reference, ReferenceTarget, Section, Standard } from '../model/types.ts';
import { parseStandard } from '../parse/parse-standard.ts';
import { AuthoringError } from './errors.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVALUATIONS_DIR } from '../evaluation/records.ts';

export interface RenumberPlan {
  /** Old and new source of every file that changes, by repository path; the renumbered file first. */
  changes: Map<string, { before: string; after: string }>;
  /** Things the author should know: numbers that were used twice and how references to them were read. */
  notes: string[];
  /**
   * What stops the renumbering: references to elements that do not exist (after renumbering they could
   * silently point at another element), and numbers the tool cannot edit exactly.
   */
  problems: string[];
}

/** The new number of every numbered element of a standard. */
interface Numbering {
  sections: Map<Section, string>;
  items: Map<Caption | Formula, string>;
}

function numbering(standard: Standard): Numbering {
  const sections = new Map<Section, string>();
  const numberChildren = (parent: Section, parentNumber: string): void => {
    parent.children.forEach((child, index) => {
      const number = `${parentNumber}.${index + 1}`;
      sections.set(child, number);
      numberChildren(child, number);
    });
  };
  standard.elements.filter((e) => e.kind === 'chapter').forEach((chapter, index) => sections.set(chapter, String(index + 1)));
  standard.elements.filter((e) => e.kind === 'annex').forEach((annex, index) => sections.set(annex, String.fromCharCode(65 + index)));
  for (const [element, number] of [...sections]) numberChildren(element, number);
  const letter = (annex: Section): string => sections.get(annex) ?? annex.number;
  const items = new Map<Caption | Formula, string>();
  for (const group of [standard.captions.filter((c) => c.kind === 'table'), standard.captions.filter((c) => c.kind === 'figure'), standard.formulas]) {
    const numbers = continuousItemNumbers(group, letter);
    group.forEach((item, index) => items.set(item, numbers[index]!));
  }
  return { sections, items };
}

/** What an old number in a reference now stands for. A number used twice is read as its last occurrence. */
interface ReferenceMap {
  lookup(target: ReferenceTarget): string | undefined;
  duplicates: { label: string; count: number; renumbered: string }[];
}

function referenceMap(standard: Standard, renumbered: Numbering): ReferenceMap {
  const byKind = new Map<string, Map<string, string>>();
  const counts = new Map<string, { label: string; count: number; renumbered: string }>();
  const add = (target: ReferenceTarget, now: string): void => {
    const old = 'letter' in target ? target.letter : target.number;
    const map = byKind.get(target.kind) ?? new Map<string, string>();
    map.set(old, now);
    byKind.set(target.kind, map);
    const label = targetLabel(target);
    const renumbered = targetLabel('letter' in target ? { ...target, letter: now } : { ...target, number: now });
    counts.set(label, { label, count: (counts.get(label)?.count ?? 0) + 1, renumbered });
  };
  for (const section of allSections(standard)) {
    const now = renumbered.sections.get(section);
    if (now === undefined) continue;
    if (section.kind === 'chapter') add({ kind: 'chapter', number: section.number }, now);
    if (section.kind === 'clause') add({ kind: 'clause', number: section.number }, now);
    if (section.kind === 'annex') add({ kind: 'annex', letter: section.number }, now);
  }
  for (const [item, now] of renumbered.items) add('kind' in item ? { kind: item.kind, number: item.number } : { kind: 'formula', number: item.number }, now);
  return {
    lookup: (target) => byKind.get(target.kind)?.get('letter' in target ? target.letter : target.number),
    duplicates: [...counts.values()].filter((c) => c.count > 1),
  };
}

/** Collects edits per file and the problems met on the way. */
class EditCollector {
  readonly edits = new Map<Standard, TextEdit[]>();
  readonly problems: string[] = [];

  /** The same number can be reached twice (a figure caption after its image also reads as a reference). */
  add(standard: Standard, edit: TextEdit): void {
    const edits = this.edits.get(standard) ?? [];
    if (edits.some((e) => e.start === edit.start && e.end === edit.end && e.text === edit.text)) return;
    this.edits.set(standard, [...edits, edit]);
  }

  /** Replaces `old` with `now` where the source has it at `offset`; otherwise asks for a manual edit. */
  replaceAt(standard: Standard, offset: number | undefined, old: string, now: string, line: number): void {
    if (old === now) return;
    if (offset === undefined || standard.source.slice(offset, offset + old.length) !== old) {
      this.problems.push(`${standard.file}:${line}：无法自动修改此处的编号 ${old}（含格式标记或转义字符）；请先手工改为 ${now}，再运行本命令。`);
      return;
    }
    this.add(standard, { start: offset, end: offset + old.length, text: now });
  }
}

function startOf(node: { position?: { start: { offset?: number } } }): number | undefined {
  return node.position?.start.offset;
}

/** Offset of the number in a heading (`### 4.2 标题`, `## 附录A（规范性）…`) or at the start of an untitled clause. */
function sectionNumberOffset(source: string, section: Section): number | undefined {
  const start = startOf(section.node);
  if (start === undefined) return undefined;
  if (section.node.type !== 'heading') return start;
  const after = start + (/^#{1,6}[ \t]+/u.exec(source.slice(start))?.[0].length ?? 0);
  if (section.kind !== 'annex') return after;
  const annex = /^附录[ \t\u3000]*/u.exec(source.slice(after));
  return annex ? after + annex[0].length : undefined;
}

/** Offset of the number in a caption paragraph (`表1 标题`; a figure caption may follow its image). */
function captionNumberOffset(source: string, caption: Caption): number | undefined {
  const node = caption.node;
  const image = node.children[0]?.type === 'image' ? node.children[0] : undefined;
  const from = image ? image.position?.end.offset : startOf(node);
  const end = node.position?.end.offset;
  if (from === undefined || end === undefined) return undefined;
  const label = new RegExp(`${caption.kind === 'table' ? '表' : '图'}[ \\u3000]*(?=${escape(caption.number)})`, 'u').exec(source.slice(from, end));
  return label ? from + label.index + label[0].length : undefined;
}

/** Offset of the number in `… (1)` at the end of a formula paragraph. */
function formulaNumberOffset(source: string, formula: Formula): number | undefined {
  const start = startOf(formula.node);
  const end = formula.node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const text = source.slice(start, end);
  const match = new RegExp(`[（(][ \\t]*(?=${escape(formula.number)}[ \\t]*[)）][ \\t]*$)`, 'u').exec(text);
  return match ? start + match.index + match[0].length : undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** `2019年版的第7章` in a 前言 names a clause of the earlier edition, not of this one. */
function namesEarlierEdition(source: string, start: number): boolean {
  return /\d{4}[ \u3000]*年版(?:中)?的?[ \u3000]*$/u.test(source.slice(Math.max(0, start - 10), start));
}

function renumberOwnElements(standard: Standard, renumbered: Numbering, collector: EditCollector): void {
  const { source } = standard;
  for (const [section, now] of renumbered.sections) {
    collector.replaceAt(standard, sectionNumberOffset(source, section), section.number, now, section.position.line);
  }
  for (const [item, now] of renumbered.items) {
    const offset = 'kind' in item ? captionNumberOffset(source, item) : formulaNumberOffset(source, item);
    collector.replaceAt(standard, offset, item.number, now, item.position.line);
  }
  for (const group of noteGroups(standard.notes)) {
    group.forEach((note, index) => {
      const now = group.length === 1 ? '' : String(index + 1);
      const old = note.number === undefined ? '' : String(note.number);
      if (old === now) return;
      const start = startOf(note.node);
      const label = start === undefined ? undefined : /^(?:注|示例)/u.exec(source.slice(start));
      if (start === undefined || !label) {
        collector.problems.push(`${standard.file}:${note.position.line}：无法自动修改此处的注/示例编号；请手工改为"${note.kind === 'note' ? '注' : '示例'}${now}："。`);
        return;
      }
      collector.add(standard, { start: start + label[0].length, end: start + label[0].length + old.length, text: now });
    });
  }
}

/** Rewrites the number inside a reference's text (`见5.2`, `Q/JMXZ 30202—2025的5.2`, `表A.1`). */
function renumberReference(citing: Standard, reference: Reference & { target: ReferenceTarget }, map: ReferenceMap, cited: Standard, collector: EditCollector): void {
  const { target } = reference;
  const range = referenceRange(citing, reference);
  if (range && !reference.document && namesEarlierEdition(citing.source, range.start)) return;
  const where = `${citing.file}:${reference.position.line}`;
  if (!targetExists(cited, target)) {
    const whose = reference.document ? `${cited.meta.code?.raw ?? cited.file}中` : '本文件中';
    collector.problems.push(`${where}：引用的${targetLabel(target)}在${whose}不存在；重新编号后它可能指向另一处，请先更正这一引用。`);
    return;
  }
  const now = map.lookup(target);
  const old = 'letter' in target ? target.letter : target.number;
  if (now === undefined || now === old) return;
  const text = range ? citing.source.slice(range.start, range.end) : '';
  const at = text.lastIndexOf(old);
  collector.replaceAt(citing, range && at >= 0 ? range.start + at : undefined, old, now, reference.position.line);
}

/** Plans the renumbering of `file` (a repository path) across the corpus; writes nothing. */
export function planRenumbering(corpus: Corpus, file: string): RenumberPlan {
  const standard = corpus.standards.find((s) => s.file === file);
  if (!standard) throw new AuthoringError(`${file} 不在 standards/ 中；请给出标准文件的路径，如 standards/300-服务提供/30202-行政审批服务流程规范.md。`);
  if (standard.loadError) throw new AuthoringError(`${file} 无法读取：${standard.loadError.message}`);
  const renumbered = numbering(standard);
  const map = referenceMap(standard, renumbered);
  const collector = new EditCollector();
  renumberOwnElements(standard, renumbered, collector);
  const index = new CorpusIndex(corpus);
  for (const citing of [standard, ...index.citersOf(standard)]) {
    for (const reference of citing.references) {
      const { target, document } = reference;
      if (!target) continue;
      const citesThis = document ? index.isInternal(document) && index.resolve(document) === standard : citing === standard;
      if (citesThis) renumberReference(citing, { ...reference, target }, map, standard, collector);
    }
  }
  // A clause inserted with its subclauses duplicates them all; naming the top one says it.
  const duplicates = map.duplicates.filter((d) => !map.duplicates.some((other) => d.label.startsWith(`${other.label}.`)));
  const notes = duplicates.map(
    (d) => `${file}：${d.label} 出现了 ${d.count} 次。引用${d.label}的地方按最后一个${d.label}（插入新内容前原有的那个）改为${d.renumbered}；若某处引用的是新插入的内容，请在重新编号后核对。`,
  );
  const changes = new Map<string, { before: string; after: string }>();
  const records = renumberInspectionRecords(corpus, standard, map, index);
  for (const [changed, edits] of [...collector.edits].sort(([a], [b]) => Number(b === standard) - Number(a === standard) || a.file.localeCompare(b.file))) {
    changes.set(changed.file, { before: changed.source, after: applyEdits(changed.source, edits) });
  }
  for (const [file, change] of records) changes.set(file, change);
  return { changes, notes, problems: [...collector.problems, ...verify(corpus, new Map([...changes].filter(([file]) => !records.has(file))))] };
}

const RECORD_PROVISION = /^(\s*-?\s*provision:\s*['"]?)([0-9A-Za-z.]+):([0-9A-Z]+(?:\.\d+)*)\/(\d+)/gmu;

/**
 * Inspection records name provisions by `serial:clause/position` (src/model/provisions.ts). Renumbering
 * the edition in force moves its clauses, so the records' ids move with them; positions within a
 * clause do not change, as renumbering changes no text.
 */
function renumberInspectionRecords(corpus: Corpus, standard: Standard, map: ReferenceMap, index: CorpusIndex): Map<string, { before: string; after: string }> {
  const changes = new Map<string, { before: string; after: string }>();
  const code = standard.meta.code;
  const dir = join(corpus.root, EVALUATIONS_DIR);
  if (!code || index.resolve({ ...code, year: undefined }) !== standard || !existsSync(dir)) return changes;
  for (const name of readdirSync(dir)
    .filter((n) => /\.ya?ml$/u.test(n))
    .sort()) {
    const before = readFileSync(join(dir, name), 'utf8');
    const after = before.replace(RECORD_PROVISION, (whole, lead: string, serial: string, clause: string, position: string) => {
      if (serial !== code.serial) return whole;
      const target: ReferenceTarget = /^[A-Z]$/u.test(clause) ? { kind: 'annex', letter: clause } : clause.includes('.') ? { kind: 'clause', number: clause } : { kind: 'chapter', number: clause };
      const now = map.lookup(target);
      return now === undefined ? whole : `${lead}${serial}:${now}/${position}`;
    });
    if (after !== before) changes.set(`${EVALUATIONS_DIR}/${name}`, { before, after });
  }
  return changes;
}

const REFERENCE_RULES = new Set(['ref-internal', 'ref-document']);

/** Renumbering must not break a reference that worked: compares the reference checks before and after. */
function verify(corpus: Corpus, changes: Map<string, { before: string; after: string }>): string[] {
  if (changes.size === 0) return [];
  const files = new Set(changes.keys());
  const count = (c: Corpus): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const d of checkCorpus(c, { files })) if (REFERENCE_RULES.has(d.rule)) counts.set(d.file, (counts.get(d.file) ?? 0) + 1);
    return counts;
  };
  const before = count(corpus);
  const after = count({ ...corpus, standards: corpus.standards.map((s) => (changes.has(s.file) ? parseStandard(s.file, changes.get(s.file)!.after) : s)) });
  return [...after].filter(([file, n]) => n > (before.get(file) ?? 0)).map(([file]) => `${file}：重新编号后出现了无法解析的引用，已停止；请将此文件报告给工具维护人员。`);
}
