// Inspection records (Q/JMXZ 10101 8.1): one YAML file per inspection under evaluations/, each
// result naming a provision by its id. A file in the wrong shape is reported line by line and
// contributes nothing, so figures are never computed from half a record.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { CorpusIndex } from '../model/corpus-index.ts';
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

/** The edition of a serial in force on a date, else the current one. */
export function editionOn(index: CorpusIndex, serial: string, date: string): Standard | undefined {
  const prefix = index.corpus.system.organization.codePrefix;
  const editions = index
    .editionsOf({ prefix, serial, allParts: false, raw: `${prefix} ${serial}` })
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
  if (!provision)
    return `${standard.meta.code?.raw ?? parsed.serial} 中没有条款 ${id}（${parsed.clause} 不存在，或其中没有第 ${parsed.index} 项条款）；条款重新编号后请用 npm run renumber 同步更新检查记录。`;
  return { provision, standard };
}

/** A record before validation, from a YAML file or a filled checklist; `line` is the file line or sheet row. */
export interface RawInspection {
  file: string;
  date?: Located;
  inspector?: Located;
  kind?: Located;
  scope?: Located;
  unit?: Located;
  /** Where the results start, for "no results". */
  resultsLine: number;
  /** Where date, inspector, kind and scope are kept when not in `file` (the 检查信息 sheet), and their rows. */
  infoFile?: string;
  infoLines?: Partial<Record<'date' | 'inspector' | 'kind' | 'scope', number>>;
  results: RawResult[];
}

export interface Located {
  text: string;
  line: number;
}

export interface RawResult {
  /** How problems name the result: `results 第 2 项` or `第 12 行`. */
  label: string;
  line: number;
  provision?: string;
  result?: string;
  evidence?: string;
  correction?: string;
  finding?: string;
}

/** Checks a record against the corpus; returns the inspection only when all of it is right. */
export function validateInspection(corpus: Corpus, index: CorpusIndex, raw: RawInspection, today: string, problems: RecordProblem[] = []): { inspection?: Inspection; problems: RecordProblem[] } {
  const problem = (line: number, message: string) => problems.push({ file: raw.file, line, message });
  const infoProblem = (line: number, message: string) => problems.push({ file: raw.infoFile ?? raw.file, line, message });
  const required = (field: Located | undefined, key: 'date' | 'inspector' | 'kind' | 'scope', label: string): string | undefined => {
    if (!field) infoProblem(raw.infoLines?.[key] ?? 1, raw.infoLines ? `请填写${label}。` : `缺少${label}（${key}）。`);
    return field?.text;
  };
  const date = required(raw.date, 'date', '检查日期');
  if (raw.date && !isValidDate(raw.date.text)) infoProblem(raw.date.line, `检查日期"${raw.date.text}"不是有效日期，应写成 YYYY-MM-DD。`);
  else if (raw.date && raw.date.text > today) infoProblem(raw.date.line, `检查日期 ${raw.date.text} 晚于今天。`);
  const inspector = required(raw.inspector, 'inspector', '检查人');
  const kind = required(raw.kind, 'kind', '检查类型');
  if (raw.kind && !(INSPECTION_KINDS as readonly string[]).includes(raw.kind.text)) infoProblem(raw.kind.line, `检查类型"${raw.kind.text}"应为 ${INSPECTION_KINDS.join('、')} 之一。`);
  const scope = required(raw.scope, 'scope', '检查范围');
  const datable = date !== undefined && isValidDate(date);
  const results: ResultRecord[] = [];
  if (raw.results.length === 0) problem(raw.resultsLine, '没有检查结果；每项结果应写明条款标识和结果。');
  const seen = new Map<string, number>();
  for (const item of raw.results) {
    const say = (message: string) => problem(item.line, `${item.label}：${message}`);
    if (!item.provision) say('缺少条款标识（provision），如 30102:5.2.1/2。');
    if (!item.result) say(`缺少结果；应为 ${RESULTS.join('、')} 之一。`);
    else if (!(RESULTS as readonly string[]).includes(item.result)) say(`结果"${item.result}"应为 ${RESULTS.join('、')} 之一。`);
    if (item.result === '不符合' && !item.evidence) say('结果为不符合的，应写明证据（Q/JMXZ 10101 8.1.1）。');
    if (item.finding && !(FINDINGS as readonly string[]).includes(item.finding)) say(`条款问题"${item.finding}"应为 ${FINDINGS.join('、')} 之一（Q/JMXZ 10101 8.3.2）。`);
    if (!item.provision) continue;
    if (seen.has(item.provision)) say(`条款 ${item.provision} 已在第 ${seen.get(item.provision)} 行记录过。`);
    seen.set(item.provision, item.line);
    if (!datable) continue;
    const found = findProvision(corpus, index, item.provision, date);
    if (typeof found === 'string') {
      say(found);
      continue;
    }
    if (!item.result || !(RESULTS as readonly string[]).includes(item.result)) continue;
    results.push({ ...found, result: item.result as InspectionResult, evidence: item.evidence, correction: item.correction, finding: item.finding as Finding | undefined, line: item.line });
  }
  if (problems.length > 0) return { problems };
  return { inspection: { file: raw.file, date: date!, inspector: inspector!, kind: kind as InspectionKind, scope: scope!, unit: raw.unit?.text, results }, problems: [] };
}

const KEYS = ['date', 'inspector', 'kind', 'scope', 'unit', 'results'];
const RESULT_KEYS = ['provision', 'result', 'evidence', 'correction', 'finding'];

/** Reads one YAML record, reporting its shape line by line. */
export function readInspection(corpus: Corpus, index: CorpusIndex, file: string, text: string, today: string): { inspection?: Inspection; problems: RecordProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: RecordProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ file, line, message });
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) => lines.linePos(node?.range?.[0] ?? 0).line;
  for (const error of doc.errors) problem(lines.linePos(error.pos[0]).line, `YAML 语法错误：${error.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return { problems };
  if (!isMap(doc.contents)) {
    problem(1, '检查记录应为映射，含 date、inspector、kind、scope 和 results。');
    return { problems };
  }
  const textOf = (map: YAMLMap, known: string[], where: string): Map<string, Located> => {
    const fields = new Map<string, Located>();
    for (const pair of map.items as Pair<YamlNode, YamlNode>[]) {
      const key = String((pair.key as { value?: unknown } | null)?.value);
      if (!known.includes(key)) {
        problem(lineOf(pair.key), `${where}未知字段"${key}"；可用字段：${known.join('、')}。`);
        continue;
      }
      if (key === 'results') continue;
      const value = (pair.value as { value?: unknown } | null)?.value;
      if (value === undefined || value === null || String(value).trim() === '') continue;
      if (typeof value !== 'string' && typeof value !== 'number') problem(lineOf(pair.value), `${where}"${key}"应为文本。`);
      else fields.set(key, { text: String(value).trim(), line: lineOf(pair.value) });
    }
    return fields;
  };
  const top = textOf(doc.contents, KEYS, '');
  const resultsNode = doc.contents.get('results', true) as YamlNode | undefined;
  const raw: RawInspection = {
    file,
    date: top.get('date'),
    inspector: top.get('inspector'),
    kind: top.get('kind'),
    scope: top.get('scope'),
    unit: top.get('unit'),
    resultsLine: lineOf(resultsNode ?? doc.contents),
    results: [],
  };
  if (resultsNode !== undefined && !isSeq(resultsNode)) problem(lineOf(resultsNode), 'results 应为检查结果列表，每项含 provision 和 result。');
  if (isSeq(resultsNode)) {
    resultsNode.items.forEach((item, position) => {
      const label = `results 第 ${position + 1} 项`;
      if (!isMap(item)) {
        problem(lineOf(item as YamlNode), `${label}应为含 provision 和 result 的映射。`);
        return;
      }
      const fields = textOf(item, RESULT_KEYS, `${label}：`);
      raw.results.push({ label, line: lineOf(item), ...Object.fromEntries([...fields].map(([key, field]) => [key, field.text])) });
    });
  }
  return validateInspection(corpus, index, raw, today, problems);
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
  for (const name of readdirSync(dir)
    .filter((n) => /\.ya?ml$/u.test(n))
    .sort()) {
    const file = `${EVALUATIONS_DIR}/${name}`;
    const read = readInspection(corpus, index, file, readFileSync(join(dir, name), 'utf8'), today);
    problems.push(...read.problems);
    if (read.inspection) inspections.push(read.inspection);
  }
  inspections.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  return { inspections, problems };
}
