// `npm run checklist`: generate the 检查表, fill it in, save it through LibreOffice Calc as an office
// user's spreadsheet program would, import it, and get the 条款符合率 a hand count gives.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.ts';
import { buildChecklist, checklistTables, inspectionMethod, readFilledChecklist } from '../src/evaluation/checklist.ts';
import { conformityReport, formatRate } from '../src/evaluation/conformity.ts';
import { loadInspections, EVALUATIONS_DIR } from '../src/evaluation/records.ts';
import { writeXlsx, type SheetTable } from '../src/export/xlsx.ts';
import { provisionsOf } from '../src/model/provisions.ts';
import { REPO_ROOT, runScript } from './authoring-helpers.ts';
import { rawPageTexts, squeeze } from './pdf-reader.ts';

const TODAY = '2026-12-01';
const corpus = loadCorpus(REPO_ROOT);
const work = mkdtempSync(join(tmpdir(), 'checklist-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Fills the 检查表 as an inspector would: results, evidence for what failed, and the 检查信息 sheet. */
function fill(tables: SheetTable[], results: Record<number, [string, string?, string?]>, info: Record<string, string>): SheetTable[] {
  const [table, infoSheet] = tables;
  return [
    { ...table!, rows: table!.rows.map((row, i) => (results[i + 1] ? [...row.slice(0, 5), results[i + 1]![0], results[i + 1]![1] ?? null, results[i + 1]![2] ?? null, row[8]!] : row)) },
    { ...infoSheet!, rows: infoSheet!.rows.map((row) => [row[0]!, info[row[0] as string] ?? row[1]!]) },
  ];
}

/** Opens and saves the workbook in LibreOffice Calc (headless), as editing it in a spreadsheet program does. */
function resaveInCalc(file: string): string {
  const out = join(work, 'calc');
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, file], { stdio: 'pipe', timeout: 120_000 });
  return join(out, file.split('/').at(-1)!);
}

describe('checklists', () => {
  it('lists the requirements (应/不应) of a standard, a post or a department with a method to check each', () => {
    const window = buildChecklist(corpus, { code: '30101' });
    const requirements = provisionsOf(
      corpus.standards.find((s) => s.meta.code?.raw === 'Q/JMXZ 30101—2025')!,
      corpus.system,
    ).filter((p) => p.type === '要求');
    expect(window.rows.map((r) => r.provisionId)).toEqual(requirements.map((p) => p.id));
    expect(window.scope).toBe('Q/JMXZ 30101—2025');
    const guide = buildChecklist(corpus, { post: '导服人员' });
    expect(guide.rows.some((r) => r.provisionId === '40302:6.4.3/1')).toBe(true);
    expect(guide.rows.every((r) => !r.requirement.startsWith('导服人员宜'))).toBe(true);
    expect(buildChecklist(corpus, { department: '督查考核科' }).rows.length).toBeGreaterThan(50);
    expect(() => buildChecklist(corpus, { post: '保洁员' })).toThrow(/没有岗位"保洁员"/u);
    expect(() => buildChecklist(corpus, { code: '30101—2019' })).toThrow(/不是现行标准|找不到/u);
    const method = (id: string) =>
      inspectionMethod(
        provisionsOf(
          corpus.standards.find((s) => s.meta.code?.serial === id.split(':')[0] && s.meta.status === 'current')!,
          corpus.system,
        ).find((p) => p.id === id)!,
      );
    expect(method('40302:6.4.5/1')).toBe('记录抽查'); // 按附录A逐笔登记帮办服务
    expect(method('40302:6.4.3/1')).toBe('现场观察，核对时限'); // 5分钟内到达
  });

  it('round trip: generate → fill → save in LibreOffice → import → 条款符合率 equal to a hand count', async () => {
    const checklist = buildChecklist(corpus, { code: '30103' });
    // Of the first ten requirements: 7 符合, 2 不符合, 1 不适用 → 7 / 9 = 77.8%.
    const results: Record<number, [string, string?, string?]> = {
      1: ['符合', '抽查告知书 10 份'],
      2: ['符合'],
      3: ['符合'],
      4: ['不符合', '2 份告知书写“材料不全”', '退回重写'],
      5: ['不适用'],
      6: ['符合'],
      7: ['符合'],
      8: ['不符合', '1 件未当场出具告知书'],
      9: ['符合'],
      10: ['符合'],
    };
    const filled = join(work, '检查表-30103.xlsx');
    writeFileSync(filled, await writeXlsx(fill(checklistTables(checklist), results, { 检查日期: '2026-11-20', 检查人: '周敏', 被检查单位: '人社局窗口' })));
    const saved = resaveInCalc(filled);
    const { inspection, problems } = await readFilledChecklist(corpus, saved, '检查表-30103.xlsx', TODAY);
    expect(problems).toEqual([]);
    expect(inspection!.results).toHaveLength(10);
    expect(inspection!.results[3]).toMatchObject({ result: '不符合', evidence: '2 份告知书写“材料不全”', correction: '退回重写' });
    expect(inspection!.results.map((r) => r.provision.id)).toEqual(checklist.rows.slice(0, 10).map((r) => r.provisionId));
    const report = conformityReport([inspection!], corpus.system);
    expect(report.total).toEqual({ conforming: 7, checked: 9, notApplicable: 1 });
    expect(formatRate(report.rate)).toBe('77.8%');
  }, 600_000);

  it('a checklist in the wrong shape is reported row by row and nothing is imported', async () => {
    const checklist = buildChecklist(corpus, { code: '30101' });
    const file = join(work, 'wrong.xlsx');
    writeFileSync(file, await writeXlsx(fill(checklistTables(checklist), { 1: ['符合'], 2: ['合格'], 3: ['不符合'] }, { 检查日期: '2026-11-31', 检查人: '周敏' })));
    const { inspection, problems } = await readFilledChecklist(corpus, file, 'wrong.xlsx', TODAY);
    expect(inspection).toBeUndefined();
    expect(problems.map((p) => `${p.file} ${p.line} ${p.message}`)).toEqual([
      'wrong.xlsx（检查信息） 2 检查日期"2026-11-31"不是有效日期，应写成 YYYY-MM-DD。',
      `wrong.xlsx（检查表） 3 条款 ${checklist.rows[1]!.provisionId}：结果"合格"应为 符合、不符合、不适用 之一。`,
      `wrong.xlsx（检查表） 4 条款 ${checklist.rows[2]!.provisionId}：结果为不符合的，应写明证据（Q/JMXZ 10101 8.1.1）。`,
    ]);
  });

  it('the command writes xlsx and PDF, and --import keeps a good record under evaluations/ and refuses a bad one', async () => {
    const dir = mkdtempSync(join(work, 'corpus-'));
    cpSync(join(REPO_ROOT, 'standards'), join(dir, 'standards'), { recursive: true });
    const made = runScript('checklist', dir, '--post', '导服人员', '--out', 'out');
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('导服人员岗位标准执行情况检查表');
    // The provision id is printed under its clause number, wrapped in the narrow column: read the text in stream order.
    const text = squeeze(rawPageTexts(join(dir, 'out', '检查表-岗位-导服人员.pdf')).join(''));
    expect(text).toContain('导服人员岗位标准执行情况检查表');
    expect(text).toContain('40302:6.4.3/1');

    const checklist = buildChecklist(corpus, { post: '导服人员' });
    const good = join(dir, 'good.xlsx');
    writeFileSync(good, await writeXlsx(fill(checklistTables(checklist), { 1: ['符合'], 2: ['不符合', '未登记'] }, { 检查日期: '2026-11-25', 检查人: '区碧珊' })));
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, await writeXlsx(fill(checklistTables(checklist), { 1: ['符合'], 2: ['不符合'] }, { 检查日期: '2026-11-25', 检查人: '区碧珊' })));

    const refused = runScript('checklist', dir, '--import', 'bad.xlsx');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`bad.xlsx（检查表） 第 3 行：条款 ${checklist.rows[1]!.provisionId}：结果为不符合的，应写明证据`);
    expect(existsSync(join(dir, EVALUATIONS_DIR))).toBe(false);

    const imported = runScript('checklist', dir, '--import', 'good.xlsx');
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/已导入 evaluations\/2026-11-25-岗位-导服人员\.yaml：检查 2 项，符合 1 项，不适用 0 项，条款符合率 50\.0%/u);
    expect(readdirSync(join(dir, EVALUATIONS_DIR))).toEqual(['2026-11-25-岗位-导服人员.yaml']);
    const records = loadInspections(loadCorpus(dir), TODAY);
    expect(records.problems).toEqual([]);
    expect(records.inspections[0]!.results.map((r) => r.result)).toEqual(['符合', '不符合']);
    expect(readFileSync(join(dir, EVALUATIONS_DIR, '2026-11-25-岗位-导服人员.yaml'), 'utf8')).toContain(`provision: ${checklist.rows[1]!.provisionId}`);
  }, 600_000);
});
