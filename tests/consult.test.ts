// The 征求意见 round trip on a copy of the sample corpus: consult → a reviewer's Word edits (comments,
// a tracked deletion and insertion, written into the .docx XML as Word writes them) and a filled
// 征求意见表 → import → answers → 意见汇总处理表; plus hostile returned files, and LibreOffice
// converting every generated .docx.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { writeConsultationPackage } from '../src/consult/package.ts';
import { importReturnedFiles } from '../src/consult/import.ts';
import { writeSummary } from '../src/consult/summary.ts';
import { loadConsultations } from '../src/consult/record.ts';
import { readOfficeParts } from '../src/consult/safe-zip.ts';
import { loadCorpus } from '../src/corpus.ts';
import { copyOfSampleCorpus, REPO_ROOT, runScript, temporaryDirectory } from './authoring-helpers.ts';
import { pageTexts, squeeze } from './pdf-reader.ts';

const FILE = 'standards/200-服务保障/20403-办件档案管理规范.md';
const RECORD = 'standards/200-服务保障/20403-办件档案管理规范.征求意见-1.yaml';
const STEM = 'Q-JMXZ-20403-2027';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const DATE = '2026-12-08T09:30:00Z';

/** The paragraph of document.xml whose text contains `marker`. */
function paragraphWith(xml: string, marker: string): { start: number; end: number; xml: string } {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`no paragraph with ${marker}`);
  const start = xml.lastIndexOf('<w:p>', at) >= xml.lastIndexOf('<w:p ', at) ? xml.lastIndexOf('<w:p>', at) : xml.lastIndexOf('<w:p ', at);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  return { start, end, xml: xml.slice(start, end) };
}

/** Splits the run holding `text` so that `text` stands in a run of its own, and returns the XML around it. */
function isolate(paragraph: string, text: string): { before: string; run: string; after: string } {
  const runs = [...paragraph.matchAll(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/gsu)];
  const run = runs.find((r) => r[0].includes(text))!;
  const properties = /<w:rPr>.*?<\/w:rPr>/su.exec(run[0])?.[0] ?? '';
  const value = /<w:t[^>]*>(.*?)<\/w:t>/su.exec(run[0])![1]!;
  const [head, ...tail] = value.split(text);
  const make = (t: string): string => (t ? `<w:r>${properties}<w:t xml:space="preserve">${t}</w:t></w:r>` : '');
  return { before: paragraph.slice(0, run.index) + make(head!), run: make(text), after: make(tail.join(text)) + paragraph.slice(run.index! + run[0].length) };
}

/** A reviewer's work in Word: comments on a clause, on a table, on an annex, and a tracked replacement and insertion. */
function reviewDocx(data: Uint8Array): Uint8Array {
  const files = unzipSync(data);
  let xml = strFromU8(files['word/document.xml']!);
  const comments: { id: number; author: string; text: string }[] = [];
  const comment = (marker: string, text: string, author: string): void => {
    const id = comments.length;
    comments.push({ id, author, text });
    const p = paragraphWith(xml, marker);
    const parts = isolate(p.xml, marker);
    const ref = `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;
    xml = xml.slice(0, p.start) + parts.before + `<w:commentRangeStart w:id="${id}"/>` + parts.run + `<w:commentRangeEnd w:id="${id}"/>` + ref + parts.after + xml.slice(p.end);
  };
  comment('首席代表负责审核本窗口办件档案的完整性和整理质量', '建议改为“首席代表每月抽查”。理由：首席代表无法逐件审核。', '王立新');
  comment('证明开具、信息查询等公共服务类办件', '公共服务类办件保管期限建议为5年。', '王立新');
  comment('卷内文件目录的格式见表A.1', '表A.1应增加“密级”列。理由：部分办件涉及个人隐私。', '李敏');
  // 6.2.4: "不低于200 dpi" → "不低于300 dpi" as a tracked deletion and insertion.
  {
    const p = paragraphWith(xml, '扫描分辨率不低于200 dpi');
    const parts = isolate(p.xml, '200');
    const change =
      `<w:del w:id="101" w:author="李敏" w:date="${DATE}"><w:r><w:delText>200</w:delText></w:r></w:del>` + `<w:ins w:id="102" w:author="李敏" w:date="${DATE}"><w:r><w:t>300</w:t></w:r></w:ins>`;
    xml = xml.slice(0, p.start) + parts.before + change + parts.after + xml.slice(p.end);
  }
  // 7.1.3: an insertion at the end of the clause.
  {
    const p = paragraphWith(xml, '在送达或投诉处理完毕后5个工作日内补充材料并归档');
    const insertion = `<w:ins w:id="103" w:author="李敏" w:date="${DATE}"><w:r><w:t>，并在卷内备考表中注明</w:t></w:r></w:ins>`;
    const closing = p.xml.lastIndexOf('</w:p>');
    xml = xml.slice(0, p.start) + p.xml.slice(0, closing) + insertion + '</w:p>' + xml.slice(p.end);
  }
  files['word/document.xml'] = strToU8(xml);
  files['word/comments.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${comments
      .map(
        (c) =>
          `<w:comment w:id="${c.id}" w:author="${c.author}" w:date="${DATE}" w:initials="${c.author.slice(0, 1)}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:t>${c.text}</w:t></w:r></w:p></w:comment>`,
      )
      .join('')}</w:comments>`,
  );
  const rels = strFromU8(files['word/_rels/document.xml.rels']!);
  files['word/_rels/document.xml.rels'] = strToU8(
    rels.replace('</Relationships>', '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'),
  );
  const types = strFromU8(files['[Content_Types].xml']!);
  files['[Content_Types].xml'] = strToU8(
    types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'),
  );
  return zipSync(files as Zippable);
}

/** A 征求意见表 as a reviewer returns it (sheets as written by the generator, rows filled in). */
async function filledForm(): Promise<Buffer> {
  const text = (value: string) => ({ value, type: String });
  return writeXlsxFile([
    {
      sheet: '征求意见表',
      data: [
        ['序号', '章条编号', '原文', '修改意见', '理由', '提出单位', '联系人'].map(text),
        [
          { value: 1, type: Number },
          text('7.2.1'),
          text('办公室接收窗口归档时，应按每批办件数量的10%且不少于5件进行抽查'),
          text('抽查比例提高到20%'),
          text('2025年抽查不合格率偏高'),
          text('综合保障科'),
          text('陈刚'),
        ],
        [{ value: 2, type: Number }, text('8.2.2'), text('纸质档案原件在中心阅档室查阅'), text('=HYPERLINK("http://example.org","点此")'), text('+1 测试公式注入'), text('综合保障科'), text('陈刚')],
        [{ value: 3, type: Number }, text('8.4'), text('办公室应在每年1月底前统计'), text(''), text(''), text(''), text('')],
      ],
    },
    {
      sheet: '说明',
      data: [
        [text('标准编号'), text('Q/JMXZ 20403—2027')],
        [text('征求意见轮次'), { value: 1, type: Number }],
      ],
    },
  ]).toBuffer();
}

function zipOf(entries: Record<string, string | Uint8Array>, level: 6 | 9 = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, value] of Object.entries(entries)) files[name] = [typeof value === 'string' ? strToU8(value) : value, { level }];
  return zipSync(files);
}

const CONTENT_TYPES = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

function soffice(file: string, outDir: string): string {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${outDir}/lo-profile`, '--convert-to', 'pdf', '--outdir', outDir, file], { stdio: 'pipe', timeout: 120_000 });
  return join(
    outDir,
    file
      .split('/')
      .at(-1)!
      .replace(/\.docx$/u, '.pdf'),
  );
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

describe('征求意见 round trip', () => {
  const root = copyOfSampleCorpus();
  const out = temporaryDirectory();
  const returned = temporaryDirectory();
  const units = ['办公室', '信息技术科', '综合保障科', '业务协调科'];

  it('writes the package: .docx, PDF, 编制说明, 征求意见表 and the record', { timeout: 600_000 }, async () => {
    const corpus = loadCorpus(root);
    const standard = corpus.standards.find((s) => s.file === FILE)!;
    const result = await writeConsultationPackage(corpus, standard, { deadline: '2026-12-15', units, outDir: out, today: '2026-12-01' });
    expect(result.files.sort()).toEqual([`${STEM}-征求意见稿.docx`, `${STEM}-征求意见稿.pdf`, `${STEM}-征求意见表.xlsx`, `${STEM}-编制说明.docx`, `${STEM}-编制说明.pdf`].sort());
    const record = loadConsultations(root, FILE);
    expect(record).toHaveLength(1);
    expect(record[0]).toMatchObject({ round: 1, deadline: '2026-12-15', standard: 'Q/JMXZ 20403—2027', comments: [] });
    expect(record[0]!.units.map((u) => u.name)).toEqual(units);

    const parts = await readOfficeParts(readFileSync(join(out, `${STEM}-征求意见稿.docx`)));
    const styles = parts.get('word/styles.xml')!;
    for (const name of ['章标题', '一级条标题', '二级条标题', '表题', '注', '附录标识']) expect(styles).toContain(`w:val="${name}"`);
    const document = parts.get('word/document.xml')!;
    expect(document).toMatch(/TOC \\h/u);
    expect(document).toContain('（征求意见稿）');
    expect(document).toContain('请于2026年12月15日前反馈意见');
    expect(document).toContain('在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。');
    expect([...parts.entries()].some(([name, xml]) => name.startsWith('word/header') && xml.includes('Q/JMXZ 20403—2027'))).toBe(true);
    const form = await readOfficeParts(readFileSync(join(out, `${STEM}-征求意见表.xlsx`)));
    const formText = [...form.values()].join('');
    for (const column of ['序号', '章条编号', '原文', '修改意见', '理由', '提出单位', '联系人']) expect(formText).toContain(column);
    expect(formText).toContain('窗口经办人负责在办理过程中收集办件材料');
    const explanation = pageTexts(join(out, `${STEM}-编制说明.pdf`)).join('');
    expect(squeeze(explanation)).toContain('《办件档案管理规范》编制说明');
    expect(squeeze(explanation)).toContain('一、工作简况');
  });

  it('LibreOffice converts every generated .docx; page counts are within 20% of our PDFs', { timeout: 600_000 }, () => {
    const lo = temporaryDirectory();
    const shots = join(REPO_ROOT, 'test-results', 'screenshots');
    mkdirSync(shots, { recursive: true });
    for (const kind of ['征求意见稿', '编制说明']) {
      const converted = soffice(join(out, `${STEM}-${kind}.docx`), lo);
      const ours = pageCount(join(out, `${STEM}-${kind}.pdf`));
      const theirs = pageCount(converted);
      // Within 20%; a document of one or two pages may differ by one page (a fifth of a page is no measure).
      expect(Math.abs(theirs - ours)).toBeLessThanOrEqual(Math.max(1, Math.floor(ours * 0.2)));
      const text = squeeze(pageTexts(converted).join(''));
      expect(text).toContain(kind === '征求意见稿' ? '办件档案管理规范' : '一、工作简况');
      // Page images for a person to look at: the cover and a body page.
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', converted, join(shots, `consult-docx-${kind}-cover`)]);
      if (kind === '征求意见稿') execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '5', '-l', '5', converted, join(shots, `consult-docx-${kind}-body`)]);
    }
  });

  it("imports the reviewers' Word comments, tracked changes and 征求意见表, each at its clause; twice adds nothing", { timeout: 300_000 }, async () => {
    const docx = join(returned, `${STEM}-征求意见稿-办公室.docx`);
    writeFileSync(docx, reviewDocx(readFileSync(join(out, `${STEM}-征求意见稿.docx`))));
    const xlsx = join(returned, '征求意见表-综合保障科.xlsx');
    writeFileSync(xlsx, await filledForm());
    const result = await importReturnedFiles(loadCorpus(root), [docx, xlsx], { today: '2026-12-10' });
    expect(result.outcomes.map((o) => [o.added, o.error ?? ''])).toEqual([
      [5, ''],
      [2, ''],
    ]);
    const [record] = loadConsultations(root, FILE);
    const byProposal = (text: string) => record!.comments.find((c) => c.proposal.includes(text))!;
    expect(byProposal('首席代表每月抽查')).toMatchObject({
      clause: '4.1.1',
      unit: '办公室',
      person: '王立新',
      original: '首席代表负责审核本窗口办件档案的完整性和整理质量',
      reason: '首席代表无法逐件审核。',
    });
    expect(byProposal('保管期限建议为5年')).toMatchObject({ clause: '5.3.1', original: '证明开具、信息查询等公共服务类办件' });
    expect(byProposal('密级')).toMatchObject({ clause: '附录A', person: '李敏', reason: '部分办件涉及个人隐私。' });
    expect(byProposal('将“200”改为“300”')).toMatchObject({ clause: '6.2.4', person: '李敏' });
    expect(byProposal('增加“，并在卷内备考表中注明”')).toMatchObject({ clause: '7.1.3' });
    expect(byProposal('抽查比例提高到20%')).toMatchObject({ clause: '7.2.1', unit: '综合保障科', person: '陈刚', reason: '2025年抽查不合格率偏高' });
    expect(byProposal('HYPERLINK')).toMatchObject({ clause: '8.2.2', reason: '+1 测试公式注入' });
    expect(record!.comments.every((c) => c.answer === '待定')).toBe(true);
    expect(
      record!.units
        .filter((u) => u.replied)
        .map((u) => u.name)
        .sort(),
    ).toEqual(['办公室', '综合保障科'].sort());

    const again = await importReturnedFiles(loadCorpus(root), [docx, xlsx], { today: '2026-12-11' });
    expect(again.outcomes.map((o) => [o.added, o.duplicates])).toEqual([
      [0, 5],
      [0, 2],
    ]);
    expect(again.written).toEqual([]);
    expect(loadConsultations(root, FILE)[0]!.comments).toHaveLength(7);

    // The same review saved again by a real office suite (LibreOffice rewrites every part): the
    // comments and changes are found at the same clauses, so nothing is new.
    const resaved = temporaryDirectory();
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${resaved}/lo-profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', resaved, docx], {
      stdio: 'pipe',
      timeout: 120_000,
    });
    const fromLibreOffice = await importReturnedFiles(loadCorpus(root), [join(resaved, `${STEM}-征求意见稿-办公室.docx`)], { today: '2026-12-11' });
    expect(fromLibreOffice.outcomes.map((o) => [o.added, o.duplicates, o.error ?? ''])).toEqual([[0, 5, '']]);
  });

  it('refuses hostile files with a clear message and imports the rest', { timeout: 300_000 }, async () => {
    const bomb = join(returned, 'bomb-信息技术科.docx');
    writeFileSync(bomb, zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': `<w:document ${W}><w:body>${' '.repeat(30 * 1024 * 1024)}</w:body></w:document>` }, 9));
    const xxe = join(returned, 'xxe-信息技术科.docx');
    writeFileSync(
      xxe,
      zipOf({
        '[Content_Types].xml': CONTENT_TYPES,
        'word/document.xml': `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ${W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`,
      }),
    );
    const macro = join(returned, 'macro-信息技术科.docx');
    writeFileSync(macro, zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': `<w:document ${W}/>`, 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) }));
    const notZip = join(returned, 'plain-信息技术科.docx');
    writeFileSync(notZip, 'not a Word file');
    const good = join(returned, '征求意见表-业务协调科.xlsx');
    writeFileSync(
      good,
      await writeXlsxFile([
        { sheet: '征求意见表', data: [['章条编号', '修改意见', '提出单位'].map((value) => ({ value, type: String })), ['8.4', '统计时间改为2月底前', ''].map((value) => ({ value, type: String }))] },
        {
          sheet: '说明',
          data: [
            [
              { value: '标准编号', type: String },
              { value: 'Q/JMXZ 20403—2027', type: String },
            ],
          ],
        },
      ]).toBuffer(),
    );
    const result = await importReturnedFiles(loadCorpus(root), [bomb, xxe, macro, notZip, join(returned, 'missing.docx'), good], { today: '2026-12-12' });
    const errors = result.outcomes.map((o) => o.error ?? '');
    expect(errors[0]).toMatch(/压缩炸弹|超过/u);
    expect(errors[1]).toMatch(/DOCTYPE|实体/u);
    expect(errors[2]).toMatch(/宏/u);
    expect(errors[3]).toMatch(/不是 Office Open XML/u);
    expect(errors[4]).toBe('文件不存在。');
    expect(result.outcomes[5]!.error).toBeUndefined();
    expect(result.outcomes[5]!.added).toBe(1);
    expect(loadConsultations(root, FILE)[0]!.comments.find((c) => c.proposal === '统计时间改为2月底前')).toMatchObject({ unit: '业务协调科', clause: '8.4' });
  });

  it('answers → 意见汇总处理表 (xlsx and PDF) with the counts; silent units are recorded as overdue', { timeout: 600_000 }, async () => {
    const path = join(root, RECORD);
    let yaml = readFileSync(path, 'utf8');
    const answers = ['采纳', '部分采纳', '未采纳', '采纳', '采纳', '未采纳', '采纳', '部分采纳'];
    let n = 0;
    yaml = yaml.replace(/answer: 待定\n(\s+)answer-reason: ""/gu, (_, indent: string) => {
      const answer = answers[n++]!;
      return `answer: ${answer}\n${indent}answer-reason: ${answer === '采纳' ? '""' : `理由${n}`}`;
    });
    writeFileSync(path, yaml);
    const corpus = loadCorpus(root);
    const standard = corpus.standards.find((s) => s.file === FILE)!;
    const summaryDir = temporaryDirectory();
    const { record, files } = await writeSummary(corpus, standard, { outDir: summaryDir, today: '2026-12-16' });
    expect(files).toEqual([`${STEM}-意见汇总处理表-第1轮.xlsx`, `${STEM}-意见汇总处理表-第1轮.pdf`]);
    expect(record.units.find((u) => u.name === '信息技术科')).toMatchObject({ result: '逾期未回复，视为无意见' });
    expect(loadConsultations(root, FILE)[0]!.units.find((u) => u.name === '信息技术科')!.result).toBe('逾期未回复，视为无意见');
    const pdf = squeeze(pageTexts(join(summaryDir, files[1]!)).join(''));
    expect(pdf).toContain(squeeze('收到 3 个单位的 8 条意见，采纳 4 条，部分采纳 2 条，未采纳 2 条。'));
    for (const column of ['序号', '章条编号', '意见内容', '提出单位', '处理意见', '备注']) expect(pdf).toContain(column);
    expect(pdf).toContain('信息技术科：逾期未回复，视为无意见');
    // Formula-looking text stays text in every workbook we write.
    const sheets = await readOfficeParts(readFileSync(join(summaryDir, files[0]!)));
    const sheetXml = [...sheets]
      .filter(([name]) => name.startsWith('xl/worksheets/'))
      .map(([, xml]) => xml)
      .join('');
    expect(sheetXml).not.toMatch(/<f>|<f /u);
    expect([...sheets.values()].join('')).toContain('=HYPERLINK(');
    mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
    copyFileSync(join(summaryDir, files[1]!), join(REPO_ROOT, 'test-results', 'consult-summary.pdf'));
  });
});

describe('npm run export and npm run consult on the command line', () => {
  const root = copyOfSampleCorpus();

  it('exports standards in force as .docx that LibreOffice converts, figures and tables included', { timeout: 600_000 }, () => {
    const result = runScript('export', root, '30202', 'Q/JMXZ 30501—2020', '--format', 'docx', '--out', 'word');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('word/Q-JMXZ-30202-');
    const lo = temporaryDirectory();
    for (const name of readdirSync(join(root, 'word'))) {
      const docx = readFileSync(join(root, 'word', name));
      const files = unzipSync(docx);
      const document = strFromU8(files['word/document.xml']!);
      if (name.startsWith('Q-JMXZ-30202')) {
        // The SVG flow chart goes in as SVG with the PNG fallback Chromium drew.
        expect(Object.keys(files).some((file) => file.startsWith('word/media/') && file.endsWith('.svg'))).toBe(true);
        expect(Object.keys(files).some((file) => file.startsWith('word/media/') && file.endsWith('.png'))).toBe(true);
        expect(document).toContain('<w:tblHeader/>');
        const converted = soffice(join(root, 'word', name), lo);
        expect(pageCount(converted)).toBeGreaterThan(3);
        expect(squeeze(pageTexts(converted).join(''))).toContain('行政审批服务流程规范');
      }
      expect(document).not.toContain('征求意见稿');
    }
  });

  it('refuses what it cannot do with a message and exit status 2', { timeout: 300_000 }, () => {
    const current = runScript('consult', root, '30101', '--no-pdf');
    expect(current.status).toBe(2);
    expect(current.stderr).toContain('只有草案和征求意见稿可以征求意见');
    const format = runScript('export', root, '30101', '--format', 'pdf');
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('不支持的格式');
    const unknown = runScript('consult', root, '39999');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('找不到以下标准：39999');
    const date = runScript('consult', root, '20403', '--deadline', '12月15日');
    expect(date.status).toBe(2);
    expect(date.stderr).toContain('应写成 YYYY-MM-DD');
    const noRecord = runScript('comments', root, 'summary', '20403', '--no-pdf');
    expect(noRecord.status).toBe(2);
    expect(noRecord.stderr).toContain('没有征求意见记录');
  });
});
