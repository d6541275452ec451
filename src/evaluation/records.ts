// Inspection records (Q/JMXZ 10101 8.1): one YAML file per inspection under evaluations/, each
// result naming a provision by its id. A file in the wrong shape is reported line by line and
// contributes nothing, so figures are never computed from half a record.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { CorpusIndex } from '../check/corpus-index.ts';
import { parseProvisionId, provisionsOf } from '../model/provisions.ts';
import type { Corpus, Provision, Standard } from '../model/types.ts';
import { isValidDate } from '../parse/front-matter.ts';

export const EVALUATIONS_DIR = 'evaluations';
export const RESULTS = ['符合', '不符合', '不适用'] as const;
export type InspectionResult = (typeof RESULTS)[number];
export const INSPECTION_KINDS = ['日常检查', '专项评价', '复评'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
/** Findings that a clause itself is at fault, which bring its review forward (10101 8.3.2). */
export const FINDINGS = ['不适用', '不明确', '相互矛盾'] as const;
export type Finding = (typeof FINDINGS)[number];

export interface ResultRecord {
  provision: Provision;
  /** The edition the provision was read from: the one in force on the inspection date. */
  standard: Standard;
  result: InspectionResult;
  evidence?: string;
  correction?: string;
  finding?: Finding;
  line: number;
}

export interface Inspection {
  /** Repository path of the record. */
  file: string;
  date: string;
  inspector: string;
  kind: InspectionKind;
  scope: string;
  unit?: string;
  results: ResultRecord[];
}

export interface RecordProblem {
  file: string;
  line: number;
  message: string;
}

const KEYS = ['date', 'inspector', 'kind', 'scope', 'unit', 'results'];
const RESULT_KEYS = ['provision', 'result', 'evidence', 'correction', 'finding'];

/** The edition of a serial in force on a date, else the current one. */
export function editionOn(index: CorpusIndex, serial: string, date: string): Standard | undefined {
  const prefix = index.corpus.system.organization.codePrefix;
  const editions = index.editionsOf({ prefix, serial, allParts: false, raw: `${prefix} ${serial}` })
    .filter((s) => s.meta.status === 'current' || s.meta.status === 'superseded' || s.meta.status === 'withdrawn');
  const inForce = editions.filter((s) => s.meta.effective && s.meta.effective <= date).at(-1);
  return inForce ?? index.resolve({ prefix, serial, allParts: false, raw: `${prefix} ${serial}` });
}

/** Looks a provision up by id in the edition in force on `date`. */
export function findProvision(corpus: Corpus, index: CorpusIndex, id: string, date: string): { provision: Provision; standard: Standard } | string {
  const parsed = parseProvisionId(id);
  if (!parsed) return `"${id}" 不是条款标识；应写成"顺序号:条款号/序号"，如 30102:5.2.1/2。`;
  const standard = editionOn(index, parsed.serial, date);
  if (!standard) return `条款标识 ${id} 中的 ${parsed.serial} 不是本中心标准的顺序号。`;
  const provision = provisionsOf(standard, corpus.system).find((p) => p.id === id.trim());
  if (!provision) return `${standard.meta.code?.raw ?? parsed.serial} 中没有条款 ${id}（${parsed.clause} 不存在，或其中没有第 ${parsed.index} 项条款）；条款重新编号后请用 npm run renumber 同步更新检查记录。`;
  return { provision, standard };
}

class RecordReader {
  readonly problems: RecordProblem[] = [];
  private readonly lines: LineCounter;
  private readonly file: string;

  constructor(file: string, lines: LineCounter) {
    this.file = file;
    this.lines = lines;
  }

  lineOf(node: { range?: [number, number, number] | null } | null | undefined): number {
    return this.lines.linePos(node?.range?.[0] ?? 0).line;
  }

  problem(line: number, message: string): void {
    this.problems.push({ file: this.file, line, message });
  }

  /** The string value of a key, reporting it when required and missing or not text. */
  text(map: YAMLMap, key: string, required: boolean, where: string): string | undefined {
    const pair = map.items.find((p) => String((p.key as { value?: unknown })?.value) === key) as Pair<YamlNode, YamlNode> | undefined;
    const value = (pair?.value as { value?: unknown } | null | undefined)?.value;
    if (value === undefined || value === null || String(value).trim() === '') {
      if (required) this.problem(this.lineOf(pair?.key ?? map), `${where}缺少"${key}"。`);
      return undefined;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.problem(this.lineOf(pair!.value), `${where}"${key}"应为文本。`);
      return undefined;
    }
    return String(value).trim();
  }

  unknownKeys(map: YAMLMap, known: string[], where: string): void {
    for (const pair of map.items) {
      const key = String((pair.key as { value?: unknown })?.value);
      if (!known.includes(key)) this.problem(this.lineOf(pair.key as YamlNode), `${where}未知字段"${key}"；可用字段：${known.join('、')}。`);
    }
  }
}

/** Reads one record. Returns the inspection only when the whole file is right. */
export function readInspection(corpus: Corpus, index: CorpusIndex, file: string, text: string, today: string): { inspection?: Inspection; problems: RecordProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const reader = new RecordReader(file, lines);
  for (const error of doc.errors) reader.problem(lines.linePos(error.pos[0]).line, `YAML 语法错误：${error.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return { problems: reader.problems };
  if (!isMap(doc.contents)) {
    reader.problem(1, '检查记录应为映射，含 date、inspector、kind、scope 和 results。');
    return { problems: reader.problems };
  }
  const map = doc.contents;
  reader.unknownKeys(map, KEYS, '');
  const date = reader.text(map, 'date', true, '');
  const dateLine = reader.lineOf(map.items.find((p) => String((p.key as { value?: unknown })?.value) === 'date')?.value as YamlNode);
  if (date !== undefined && !isValidDate(date)) reader.problem(dateLine, `date "${date}" 不是有效日期，应写成 YYYY-MM-DD。`);
  else if (date !== undefined && date > today) reader.problem(dateLine, `检查日期 ${date} 晚于今天。`);
  const inspector = reader.text(map, 'inspector', true, '');
  const kind = reader.text(map, 'kind', true, '');
  if (kind !== undefined && !(INSPECTION_KINDS as readonly string[]).includes(kind)) reader.problem(reader.lineOf(map.get('kind', true) as YamlNode), `kind "${kind}" 应为 ${INSPECTION_KINDS.join('、')} 之一。`);
  const scope = reader.text(map, 'scope', true, '');
  const unit = reader.text(map, 'unit', false, '');
  const resultsNode = map.get('results', true) as YamlNode | undefined;
  const results: ResultRecord[] = [];
  if (!isSeq(resultsNode) || resultsNode.items.length === 0) {
    reader.problem(reader.lineOf(resultsNode ?? map), 'results 应为检查结果列表，每项含 provision 和 result。');
  } else {
    const seen = new Map<string, number>();
    resultsNode.items.forEach((item, position) => {
      const where = `results 第 ${position + 1} 项`;
      const line = reader.lineOf(item as YamlNode);
      if (!isMap(item)) {
        reader.problem(line, `${where}应为含 provision 和 result 的映射。`);
        return;
      }
      reader.unknownKeys(item, RESULT_KEYS, `${where}：`);
      const id = reader.text(item, 'provision', true, `${where}`);
      const result = reader.text(item, 'result', true, `${where}`);
      const evidence = reader.text(item, 'evidence', false, `${where}`);
      const correction = reader.text(item, 'correction', false, `${where}`);
      const finding = reader.text(item, 'finding', false, `${where}`);
      if (result !== undefined && !(RESULTS as readonly string[]).includes(result)) reader.problem(line, `${where}：结果"${result}"应为 ${RESULTS.join('、')} 之一。`);
      if (result === '不符合' && !evidence) reader.problem(line, `${where}：结果为不符合的，应写明证据 evidence（Q/JMXZ 10101 8.1.1）。`);
      if (finding !== undefined && !(FINDINGS as readonly string[]).includes(finding)) reader.problem(line, `${where}：finding "${finding}" 应为 ${FINDINGS.join('、')} 之一（Q/JMXZ 10101 8.3.2）。`);
      if (id === undefined) return;
      if (seen.has(id)) reader.problem(line, `${where}：条款 ${id} 已在第 ${seen.get(id)} 行记录过。`);
      seen.set(id, line);
      if (date === undefined || !isValidDate(date)) return;
      const found = findProvision(corpus, index, id, date);
      if (typeof found === 'string') {
        reader.problem(line, `${where}：${found}`);
        return;
      }
      if (result === undefined || !(RESULTS as readonly string[]).includes(result)) return;
      results.push({ ...found, result: result as InspectionResult, evidence, correction, finding: finding as Finding | undefined, line });
    });
  }
  if (reader.problems.length > 0) return { problems: reader.problems };
  return { inspection: { file, date: date!, inspector: inspector!, kind: kind as InspectionKind, scope: scope!, unit, results }, problems: [] };
}

export interface EvaluationRecords {
  inspections: Inspection[];
  problems: RecordProblem[];
}

/** Every record under `evaluations/` of the corpus root, oldest first; no folder means no records. */
export function loadInspections(corpus: Corpus, today: string, index = new CorpusIndex(corpus)): EvaluationRecords {
  const dir = join(corpus.root, EVALUATIONS_DIR);
  const inspections: Inspection[] = [];
  const problems: RecordProblem[] = [];
  if (!existsSync(dir)) return { inspections, problems };
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/u.test(n)).sort()) {
    const file = `${EVALUATIONS_DIR}/${name}`;
    const read = readInspection(corpus, index, file, readFileSync(join(dir, name), 'utf8'), today);
    problems.push(...read.problems);
    if (read.inspection) inspections.push(read.inspection);
  }
  inspections.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  return { inspections, problems };
}
