// `npm run comments -- import <files…>`: what comes back from a consultation — filled 征求意见表
// sheets and Word files with comments and tracked changes — into the round's record. Each file is
// checked by safe-zip.ts before anything in it is parsed; a file that cannot be read is reported
// and the others are still imported. A comment already in the record (same unit, clause, text and
// proposal) is not added again, so importing a file twice adds nothing.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CorpusIndex } from '../model/corpus-index.ts';
import { formatCode, parseCode } from '../model/code.ts';
import type { Corpus, Standard } from '../model/types.ts';
import { writeFileAtomic } from '../authoring/files.ts';
import { clauseTexts } from './clauses.ts';
import { FORM_COLUMNS, FORM_INFO_SHEET, FORM_SHEET, INFO_LABELS } from './forms.ts';
import { clauseOpener, docxIdentity, readReturnedDocx, type ReturnedComment } from './read-docx.ts';
import { readWorkbook } from './read-xlsx.ts';
import { LIMITS, readOfficeParts, UnsafeFileError } from './safe-zip.ts';
import { OVERDUE, type Consultation, type ConsultationComment } from '../model/consultation.ts';
import { loadConsultations, RecordError, serializeRecord } from './record.ts';

export interface ImportOptions {
  /** The standard, when the files do not say (they do when made by `npm run consult`). */
  code?: string;
  /** The unit that sent a Word file, when its name does not say. */
  unit?: string;
  today: string;
}

export interface FileOutcome {
  file: string;
  /** Set when the file was read. */
  standard?: string;
  round?: number;
  added: number;
  duplicates: number;
  error?: string;
}

export interface ImportResult {
  outcomes: FileOutcome[];
  /** Records written (repository paths). */
  written: string[];
}

/** A returned file that is readable but cannot be placed (no standard, no round, no unit). */
class PlacementError extends Error {}

/** A comment read from a returned file, before it gets its id and answer in the record. */
type Incoming = Pick<ConsultationComment, 'unit' | 'person' | 'clause' | 'original' | 'proposal' | 'reason' | 'source'>;

function fingerprint(c: Pick<Incoming, 'unit' | 'clause' | 'original' | 'proposal' | 'reason'>): string {
  const norm = (text: string): string => text.replace(/[\s\u3000]+/gu, '');
  return [c.unit, c.clause, c.original, c.proposal, c.reason].map(norm).join('\u0000');
}

/** Q/JMXZ 10101 6.3.2: after the deadline, units that did not reply are recorded as having no comments. */
export function recordOverdue(record: Consultation, today: string): boolean {
  if (today <= record.deadline) return false;
  let changed = false;
  for (const unit of record.units) {
    if (!unit.replied && unit.result !== OVERDUE) {
      unit.result = OVERDUE;
      changed = true;
    }
  }
  return changed;
}

class Importer {
  private readonly corpus: Corpus;
  private readonly index: CorpusIndex;
  private readonly options: ImportOptions;
  /** Records loaded so far, by standard file; the ones changed are written at the end. */
  private readonly records = new Map<string, Consultation[]>();
  private readonly changed = new Set<Consultation>();

  constructor(corpus: Corpus, options: ImportOptions) {
    this.corpus = corpus;
    this.index = new CorpusIndex(corpus);
    this.options = options;
  }

  private standardFor(code: string | undefined, file: string): Standard {
    const given = this.options.code ?? code;
    if (!given) throw new PlacementError(`看不出 ${file} 是哪项标准的意见；请用 --code 给出标准编号。`);
    const parsed = parseCode(given) ?? parseCode(`${this.corpus.system.organization.codePrefix} ${given}`);
    const standard = parsed && this.index.resolve(parsed);
    if (!standard) throw new PlacementError(`本体系中没有标准 ${given}。`);
    return standard;
  }

  private roundFor(standard: Standard, round: number | undefined): Consultation {
    let rounds = this.records.get(standard.file);
    if (!rounds) {
      rounds = loadConsultations(this.corpus.root, standard.file);
      this.records.set(standard.file, rounds);
    }
    const record = round ? rounds.find((r) => r.round === round) : rounds.at(-1);
    const code = formatCode(standard.meta.code!);
    if (!record) throw new PlacementError(round ? `${code} 没有第${round}轮征求意见的记录。` : `${code} 还没有征求意见记录；请先运行 npm run consult -- ${standard.meta.code!.serial}。`);
    return record;
  }

  /** The unit a file came from: given, or the asked unit its name contains (the longest such name). */
  private unitFor(record: Consultation, file: string): string | undefined {
    if (this.options.unit) return this.options.unit;
    const name = basename(file);
    return record.units
      .map((u) => u.name)
      .filter((unit) => name.includes(unit))
      .sort((a, b) => b.length - a.length)[0];
  }

  private add(record: Consultation, incoming: Incoming[], outcome: FileOutcome): void {
    const known = new Set(record.comments.map(fingerprint));
    let next = Math.max(0, ...record.comments.map((c) => Number(c.id.split('-')[1]) || 0)) + 1;
    for (const comment of incoming) {
      const key = fingerprint(comment);
      if (known.has(key)) {
        outcome.duplicates += 1;
        continue;
      }
      known.add(key);
      const added: ConsultationComment = { id: `${record.round}-${next}`, ...comment, answer: '待定', answerReason: '', position: { line: 1, column: 1 } };
      next += 1;
      record.comments.push(added);
      outcome.added += 1;
      this.changed.add(record);
    }
    for (const unitName of new Set(incoming.map((c) => c.unit))) {
      const unit = record.units.find((u) => u.name === unitName);
      if (!unit) {
        record.units.push({ name: unitName, replied: this.options.today });
        this.changed.add(record);
      } else if (!unit.replied) {
        unit.replied = this.options.today;
        delete unit.result;
        this.changed.add(record);
      }
    }
  }

  async importFile(path: string): Promise<FileOutcome> {
    const file = basename(path);
    const outcome: FileOutcome = { file: path, added: 0, duplicates: 0 };
    try {
      const extension = extname(file).toLowerCase();
      if (extension === '.docm' || extension === '.xlsm') throw new UnsafeFileError('启用宏的文档（.docm/.xlsm）拒绝读取；请另存为 .docx/.xlsx 后再导入。');
      if (extension === '.doc' || extension === '.xls') throw new UnsafeFileError('旧版 Word/Excel 格式（.doc/.xls）不能导入；请在 Word 或 Excel 中另存为 .docx/.xlsx 后再导入。');
      if (extension !== '.docx' && extension !== '.xlsx') throw new UnsafeFileError('只能导入 .docx（Word 批注和修订）或 .xlsx（征求意见表）文件。');
      if (statSync(path).size > LIMITS.fileBytes) throw new UnsafeFileError(`文件大于 ${LIMITS.fileBytes / 1024 / 1024} MB，拒绝读取。`);
      const parts = await readOfficeParts(readFileSync(path));
      if (extension === '.docx') this.importDocx(parts, path, outcome);
      else this.importXlsx(parts, path, outcome);
    } catch (error) {
      if (!(error instanceof UnsafeFileError || error instanceof PlacementError || error instanceof RecordError || (error as NodeJS.ErrnoException).code === 'ENOENT')) throw error;
      outcome.error =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? '文件不存在。'
          : error instanceof RecordError
            ? `征求意见记录 ${error.file}:${error.position.line} 有误：${error.message}`
            : (error as Error).message;
    }
    return outcome;
  }

  private importDocx(parts: Map<string, string>, path: string, outcome: FileOutcome): void {
    const identity = docxIdentity(parts);
    const standard = this.standardFor(identity.code, basename(path));
    const record = this.roundFor(standard, identity.round);
    const unit = this.unitFor(record, path);
    if (!unit) throw new PlacementError(`看不出 ${basename(path)} 是哪个单位的意见（文件名中没有征求意见的单位名称）；请用 --unit 给出单位。`);
    const found: ReturnedComment[] = readReturnedDocx(parts, clauseOpener(clauseTexts(standard).map((c) => c.label)));
    outcome.standard = record.standard;
    outcome.round = record.round;
    this.add(
      record,
      found.map((c) => ({ unit, person: c.person, clause: c.clause, original: c.original, proposal: c.proposal, reason: c.reason, source: `${basename(path)}#${c.key}` })),
      outcome,
    );
  }

  private importXlsx(parts: Map<string, string>, path: string, outcome: FileOutcome): void {
    const sheets = readWorkbook(parts);
    const form = sheets.get(FORM_SHEET);
    if (!form) throw new UnsafeFileError(`工作簿中没有“${FORM_SHEET}”工作表；请使用 npm run consult 生成的征求意见表。`);
    const info = new Map((sheets.get(FORM_INFO_SHEET) ?? []).map((row) => [row[0] ?? '', row[1] ?? '']));
    const standard = this.standardFor(info.get(INFO_LABELS.code) || undefined, basename(path));
    const round = Number(info.get(INFO_LABELS.round));
    const record = this.roundFor(standard, Number.isInteger(round) && round > 0 ? round : undefined);
    const headerIndex = form.findIndex((row) => row.includes('修改意见'));
    if (headerIndex < 0) throw new UnsafeFileError(`“${FORM_SHEET}”工作表没有“修改意见”列。`);
    const header = form[headerIndex]!;
    const column = (name: (typeof FORM_COLUMNS)[number]): number => header.indexOf(name);
    const cell = (row: string[], name: (typeof FORM_COLUMNS)[number]): string => (column(name) >= 0 ? (row[column(name)] ?? '') : '').trim();
    const fallbackUnit = this.unitFor(record, path);
    const incoming: Incoming[] = [];
    form.slice(headerIndex + 1).forEach((row, index) => {
      const proposal = cell(row, '修改意见');
      if (!proposal) return;
      const unit = cell(row, '提出单位') || fallbackUnit;
      if (!unit) throw new PlacementError(`${basename(path)} 第${headerIndex + index + 2}行没有填写提出单位；请填写，或用 --unit 给出单位。`);
      incoming.push({
        unit,
        person: cell(row, '联系人'),
        clause: cell(row, '章条编号'),
        original: cell(row, '原文'),
        proposal,
        reason: cell(row, '理由'),
        source: `${basename(path)}#第${headerIndex + index + 2}行`,
      });
    });
    outcome.standard = record.standard;
    outcome.round = record.round;
    this.add(record, incoming, outcome);
  }

  /** Writes every record that changed, recording overdue units first. */
  finish(): string[] {
    for (const [file, rounds] of this.records) {
      for (const record of rounds) if (recordOverdue(record, this.options.today)) this.changed.add(record);
      for (const record of rounds) {
        if (!this.changed.has(record)) continue;
        const standard = this.corpus.standards.find((s) => s.file === file)!;
        writeFileAtomic(join(this.corpus.root, record.file), serializeRecord(record, standard.meta.title ?? ''));
      }
    }
    return [...this.changed].map((record) => record.file);
  }
}

export async function importReturnedFiles(corpus: Corpus, paths: readonly string[], options: ImportOptions): Promise<ImportResult> {
  const importer = new Importer(corpus, options);
  const outcomes: FileOutcome[] = [];
  for (const path of paths) outcomes.push(await importer.importFile(path));
  return { outcomes, written: importer.finish() };
}
