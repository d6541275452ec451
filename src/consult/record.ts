// The record of a consultation (征求意见, Q/JMXZ 10101 6.3): one YAML file per round beside the
// standard, `<file>.征求意见-<round>.yaml`. `npm run consult` starts a round, `npm run comments -- import`
// adds the comments that come back, and the drafting group writes each answer (处理意见) in git.
// The checker and the handbook read the same files through loadConsultations.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, stringify, type Node as YamlNode } from 'yaml';
import { DECISIONS, type Consultation, type ConsultationComment, type ConsultationRecords, type Decision } from '../model/consultation.ts';
import type { Position } from '../model/types.ts';

/** A YAML record that cannot be used; `position` is in `file`. */
export class RecordError extends Error {
  readonly file: string;
  readonly position: Position;

  constructor(file: string, position: Position, message: string) {
    super(message);
    this.file = file;
    this.position = position;
  }
}

const RECORD_PATTERN = /^(?<stem>.+)\.征求意见-(?<round>\d{1,3})\.yaml$/u;

/** The record file of a round, beside the standard's Markdown file. */
export function recordPath(standardFile: string, round: number): string {
  return join(dirname(standardFile), `${basename(standardFile, '.md')}.征求意见-${round}.yaml`);
}

/** File names of a directory, listed once per load (a corpus may hold thousands of standards). */
export type DirectoryListing = Map<string, string[]>;

/** Paths (as given, relative or absolute like `standardPath`) of a standard's records, by round. */
export function recordFiles(standardPath: string, listing: DirectoryListing = new Map()): string[] {
  const dir = dirname(standardPath);
  const stem = basename(standardPath, '.md');
  let names = listing.get(dir);
  if (!names) {
    names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.yaml')) : [];
    listing.set(dir, names);
  }
  return names
    .map((name) => ({ name, match: RECORD_PATTERN.exec(name) }))
    .filter(({ match }) => match?.groups!.stem === stem)
    .sort((a, b) => Number(a.match!.groups!.round) - Number(b.match!.groups!.round))
    .map(({ name }) => join(dir, name));
}

/** The standard a record file belongs to (repository paths), or undefined for other files. */
export function standardOfRecord(recordFile: string): string | undefined {
  const match = RECORD_PATTERN.exec(basename(recordFile));
  return match ? join(dirname(recordFile), `${match.groups!.stem}.md`) : undefined;
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** Reads one record; `file` is its repository path (for messages), `source` its text. */
export function parseRecord(file: string, source: string): Consultation {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (node: YamlNode | null | undefined): Position => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line, column: col };
  };
  const error = doc.errors[0];
  if (error) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new RecordError(file, { line, column: col }, `YAML 格式错误：${error.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) throw new RecordError(file, { line: 1, column: 1 }, '征求意见记录应为“键: 值”形式的映射。');
  const root = doc.contents;
  const value = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  const round = Number(value.round);
  if (!Number.isInteger(round) || round < 1) throw new RecordError(file, at(root.get('round', true) as YamlNode), 'round（轮次）应为正整数。');
  const deadline = text(value.deadline);
  if (!ISO_DATE.test(deadline)) throw new RecordError(file, at(root), 'deadline（反馈截止日期）应写成 YYYY-MM-DD。');
  const units = Array.isArray(value.units) ? value.units : [];
  const commentNodes = root.get('comments', true);
  const comments = (Array.isArray(value.comments) ? value.comments : []).map((raw: unknown, index: number): ConsultationComment => {
    const node = isSeq(commentNodes) ? (commentNodes.items[index] as YamlNode) : root;
    const entry = (raw ?? {}) as Record<string, unknown>;
    const answer = text(entry.answer) || '待定';
    if (!(DECISIONS as readonly string[]).includes(answer)) {
      throw new RecordError(file, at(node), `意见 ${text(entry.id)} 的处理意见“${answer}”无效；应为 ${DECISIONS.join('、')} 之一。`);
    }
    return {
      id: text(entry.id),
      unit: text(entry.unit),
      person: text(entry.person),
      clause: text(entry.clause),
      original: text(entry.original),
      proposal: text(entry.proposal),
      reason: text(entry.reason),
      source: text(entry.source),
      answer: answer as Decision,
      answerReason: text(entry['answer-reason']),
      position: at(node),
    };
  });
  return {
    file,
    standard: text(value.standard),
    round,
    sent: text(value.sent),
    deadline,
    units: units.map((raw: unknown) => {
      const entry = (typeof raw === 'string' ? { name: raw } : (raw ?? {})) as Record<string, unknown>;
      return { name: text(entry.name), ...(entry.replied ? { replied: text(entry.replied) } : {}), ...(entry.result ? { result: text(entry.result) } : {}) };
    }),
    comments,
  };
}

/** Every round of a standard's consultation, oldest first. `root` is the repository root. Throws RecordError. */
export function loadConsultations(root: string, standardFile: string, listing?: DirectoryListing): Consultation[] {
  return recordFiles(join(root, standardFile), listing).map((path) => parseRecord(join(dirname(standardFile), basename(path)), readFileSync(path, 'utf8')));
}

/** The rounds that could be read and the errors of those that could not, for the checker and the handbook. */
export function loadConsultationRecords(root: string, standardFile: string, listing?: DirectoryListing): ConsultationRecords | undefined {
  const files = recordFiles(join(root, standardFile), listing);
  if (files.length === 0) return undefined;
  return readRecords(files.map((path) => ({ file: join(dirname(standardFile), basename(path)), source: readFileSync(path, 'utf8') })));
}

/** Parses records given as texts (the checker's rule examples give them this way). */
export function readRecords(sources: readonly { file: string; source: string }[]): ConsultationRecords {
  const records: ConsultationRecords = { rounds: [], errors: [] };
  for (const { file, source } of sources) {
    try {
      records.rounds.push(parseRecord(file, source));
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      records.errors.push({ file: error.file, position: error.position, message: error.message });
    }
  }
  records.rounds.sort((a, b) => a.round - b.round);
  return records;
}

/** The record as YAML, with a heading comment that tells the drafting group what to fill in. */
export function serializeRecord(record: Consultation, title: string): string {
  const data = {
    standard: record.standard,
    round: record.round,
    sent: record.sent,
    deadline: record.deadline,
    units: record.units.map((unit) => ({ name: unit.name, ...(unit.replied ? { replied: unit.replied } : {}), ...(unit.result ? { result: unit.result } : {}) })),
    comments: record.comments.map((comment) => ({
      id: comment.id,
      unit: comment.unit,
      person: comment.person,
      clause: comment.clause,
      original: comment.original,
      proposal: comment.proposal,
      reason: comment.reason,
      source: comment.source,
      answer: comment.answer,
      'answer-reason': comment.answerReason,
    })),
  };
  const header = [
    `# ${record.standard} ${title} 征求意见记录（第${record.round}轮）`,
    '# 由 npm run consult 建立，npm run comments -- import 导入反馈意见。',
    `# 起草工作组逐条填写 answer（处理意见：${DECISIONS.join(' / ')}）和 answer-reason（理由；未采纳的必须写明）。`,
  ];
  return `${header.join('\n')}\n${stringify(data, { lineWidth: 0 })}`;
}
