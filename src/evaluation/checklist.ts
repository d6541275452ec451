// `npm run checklist`: a 检查表 of the requirements (应/不应) of a standard, a post or a department,
// as xlsx to fill in (and PDF to print), and the filled xlsx read back as an inspection record.
import { readFileSync } from 'node:fs';
import readExcelFile from 'read-excel-file/node';
import { stringify } from 'yaml';
import { AuthoringError } from '../authoring/errors.ts';
import { CorpusIndex } from '../model/corpus-index.ts';
import type { SheetTable } from '../export/xlsx.ts';
import { formatCode, parseCode } from '../model/code.ts';
import { provisionsOf } from '../model/provisions.ts';
import type { Corpus, Provision, Standard } from '../model/types.ts';
import { dutiesOf, groupByStandard, type StandardDuties } from './duties.ts';
import { validateInspection, type Inspection, type Located, type RawInspection, type RecordProblem } from './records.ts';

export interface ChecklistRow {
  serialNo: number;
  code: string;
  clause: string;
  requirement: string;
  method: string;
  provisionId: string;
}

export interface Checklist {
  title: string;
  /** What was inspected, as the record's `scope`: a code, `岗位 导服人员` or `部门 业务协调科`. */
  scope: string;
  /** For file names: `30101`, `岗位-导服人员`. */
  stem: string;
  rows: ChecklistRow[];
}

export type ChecklistTarget = { code: string } | { post: string } | { department: string };

export const CHECKLIST_HEADER = ['序号', '标准编号', '条款', '要求', '检查方法', '结果（符合/不符合/不适用）', '证据', '整改措施', '条款标识'];
export const CHECKLIST_SHEET = '检查表';
export const INFO_SHEET = '检查信息';
const INFO_ITEMS = ['检查日期', '检查人', '检查类型', '检查范围', '被检查单位'] as const;

/**
 * How to check a requirement, with the methods of Q/JMXZ 10101 8.1.2: records for what must be
 * recorded or reported, records against the time limit for deadlines, interviews for what staff
 * must know, otherwise observation on site.
 */
export function inspectionMethod(provision: Provision): string {
  const text = provision.text;
  if (/掌握|熟悉|了解|知晓|培训|学历|经历|持有/u.test(text)) return '人员访谈，查阅培训记录';
  const recorded = /记录|登记|台账|存根|报送|归档|档案|报告|备案|告知书|通知书|表/u.test(text);
  const timed = /\d+\s*(?:分钟|小时|个?工作日|日|天)|当日|当场|即时|每(?:日|周|月|季|年)/u.test(text);
  if (recorded && timed) return '记录抽查，核对时限';
  if (recorded) return '记录抽查';
  if (timed) return '现场观察，核对时限';
  return '现场观察';
}

function standardOf(corpus: Corpus, code: string): Standard {
  const index = new CorpusIndex(corpus);
  const parsed = parseCode(code) ?? parseCode(`${corpus.system.organization.codePrefix} ${code}`);
  const standard = parsed && index.isInternal(parsed) ? index.resolve(parsed) : undefined;
  if (!standard) throw new AuthoringError(`找不到标准 ${code}；请写本中心标准的编号或顺序号，如 30101 或 "Q/JMXZ 30101"。`);
  if (standard.meta.status !== 'current') throw new AuthoringError(`${formatCode(standard.meta.code!)} 不是现行标准，不编制检查表。`);
  return standard;
}

/** The requirements to check, in standard and clause order. */
export function buildChecklist(corpus: Corpus, target: ChecklistTarget): Checklist {
  let groups: StandardDuties[];
  let title: string;
  let scope: string;
  let stem: string;
  if ('code' in target) {
    const standard = standardOf(corpus, target.code);
    const provisions = provisionsOf(standard, corpus.system).filter((p) => p.type === '要求');
    groups = groupByStandard(provisions, new Map(provisions.map((p) => [p, standard])));
    const code = formatCode(standard.meta.code!);
    title = `${code}《${standard.meta.title}》检查表`;
    scope = code;
    stem = standard.meta.code!.serial;
  } else {
    const name = 'post' in target ? target.post : target.department;
    const kind = 'post' in target ? '岗位' : '部门';
    const duties = dutiesOf(corpus, name, ['要求']);
    if (!duties || duties.kind !== ('post' in target ? 'post' : 'department')) {
      const names = ('post' in target ? corpus.system.posts : corpus.system.departments).map((e) => e.name).join('、');
      throw new AuthoringError(`${corpus.system.file} 中没有${kind}"${name}"；可用的${kind}：${names}。`);
    }
    groups = duties.standards;
    title = `${name}${kind === '岗位' ? '岗位' : ''}标准执行情况检查表`;
    scope = `${kind} ${name}`;
    stem = `${kind}-${name}`;
  }
  let serialNo = 0;
  const rows = groups.flatMap((group) =>
    group.clauses.flatMap((clause) =>
      clause.provisions.map((p): ChecklistRow => ({
        serialNo: ++serialNo,
        code: formatCode(group.standard.meta.code!),
        clause: p.clause,
        requirement: p.text,
        method: inspectionMethod(p),
        provisionId: p.id,
      })),
    ),
  );
  if (rows.length === 0) throw new AuthoringError(`${scope} 没有可检查的要求（应/不应）条款。`);
  return { title, scope, stem, rows };
}

/** The workbook to fill in: the 检查表 and a sheet for date, inspector, kind, scope and unit. */
export function checklistTables(checklist: Checklist): SheetTable[] {
  return [
    { name: CHECKLIST_SHEET, header: CHECKLIST_HEADER, rows: checklist.rows.map((r) => [r.serialNo, r.code, r.clause, r.requirement, r.method, null, null, null, r.provisionId]) },
    { name: INFO_SHEET, header: ['项目', '内容'], rows: INFO_ITEMS.map((item) => [item, item === '检查类型' ? '日常检查' : item === '检查范围' ? checklist.scope : null]) },
  ];
}

type CellValue = string | number | boolean | Date | null;

function cellText(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value).trim();
  return text === '' ? undefined : text;
}

/** Reads a filled checklist; problems name the sheet and row. Nothing is returned unless all is right. */
export async function readFilledChecklist(corpus: Corpus, path: string, displayName: string, today: string): Promise<{ inspection?: Inspection; problems: RecordProblem[] }> {
  const problems: RecordProblem[] = [];
  let sheets: { sheet: string; data: CellValue[][] }[];
  try {
    sheets = (await readExcelFile(readFileSync(path))) as { sheet: string; data: CellValue[][] }[];
  } catch (error) {
    return { problems: [{ file: displayName, line: 1, message: `无法读取为 Excel 工作簿（.xlsx）：${(error as Error).message}` }] };
  }
  const table = sheets.find((s) => s.sheet === CHECKLIST_SHEET);
  const info = sheets.find((s) => s.sheet === INFO_SHEET);
  const file = `${displayName}（${CHECKLIST_SHEET}）`;
  if (!table || !info) {
    return {
      problems: [{ file: displayName, line: 1, message: `工作簿应有"${CHECKLIST_SHEET}"和"${INFO_SHEET}"两张工作表（由 npm run checklist 生成）；现有：${sheets.map((s) => s.sheet).join('、')}。` }],
    };
  }
  const header = (table.data[0] ?? []).map((v) => cellText(v) ?? '');
  if (CHECKLIST_HEADER.some((h, i) => header[i] !== h)) {
    problems.push({ file, line: 1, message: `表头应为：${CHECKLIST_HEADER.join(' | ')}；请不要增删或移动列。` });
    return { problems };
  }
  const infoFields = new Map<string, Located>();
  info.data.slice(1).forEach((row, i) => {
    const item = cellText(row[0]);
    const value = cellText(row[1]);
    if (item && value) infoFields.set(item, { text: value, line: i + 2 });
  });
  const row = (item: (typeof INFO_ITEMS)[number]) => INFO_ITEMS.indexOf(item) + 2;
  const raw: RawInspection = {
    file,
    date: infoFields.get('检查日期'),
    inspector: infoFields.get('检查人'),
    kind: infoFields.get('检查类型'),
    scope: infoFields.get('检查范围'),
    unit: infoFields.get('被检查单位'),
    resultsLine: 2,
    results: [],
    infoFile: `${displayName}（${INFO_SHEET}）`,
    infoLines: { date: row('检查日期'), inspector: row('检查人'), kind: row('检查类型'), scope: row('检查范围') },
  };
  table.data.slice(1).forEach((cells, i) => {
    const [, , , , , result, evidence, correction, provision] = cells.map(cellText);
    // A row left blank was not inspected this time: inspectors sample the requirements.
    if (result === undefined && evidence === undefined && correction === undefined) return;
    raw.results.push({ label: provision ? `条款 ${provision}` : '条款标识为空的行', line: i + 2, provision, result, evidence, correction });
  });
  const checked = validateInspection(corpus, new CorpusIndex(corpus), raw, today, problems);
  return checked.inspection ? { inspection: { ...checked.inspection, file: displayName }, problems: [] } : checked;
}

/** The YAML record of an inspection, as kept under evaluations/. */
export function inspectionYaml(inspection: Inspection, source: string): string {
  const record = {
    date: inspection.date,
    inspector: inspection.inspector,
    kind: inspection.kind,
    scope: inspection.scope,
    ...(inspection.unit ? { unit: inspection.unit } : {}),
    results: inspection.results.map((r) => ({
      provision: r.provision.id,
      result: r.result,
      ...(r.evidence ? { evidence: r.evidence } : {}),
      ...(r.correction ? { correction: r.correction } : {}),
    })),
  };
  return `# ${inspection.kind}记录，由 ${source} 导入（npm run checklist -- --import）\n${stringify(record, { lineWidth: 0 })}`;
}
