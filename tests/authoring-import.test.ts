// `npm run import`: a standard kept in Word into our Markdown. The tests build their .docx files
// with the docx package, so no binary fixture is committed.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, ImageRun, Math as WordMath, MathRun, Packer, Paragraph, Tab, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../src/authoring/import-docx.ts';
import { parseStandard } from '../src/parse/parse-standard.ts';
import { checkCorpus } from '../src/check/run.ts';
import { loadCorpus } from '../src/corpus.ts';
import { copyOfSampleCorpus, readText, runScript } from './authoring-helpers.ts';

const ORGANIZATION = { organization: '江门市行政服务中心' };
/** A 1×1 PNG. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

const heading = (text: string, level: 1 | 2 = 1): Paragraph => new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
const text = (content: string): Paragraph => new Paragraph({ text: content });
const tabbed = (number: string, content: string): Paragraph => new Paragraph({ children: [new TextRun({ children: [number, new Tab(), content] })] });
const listItem = (content: string): Paragraph => new Paragraph({ text: content, numbering: { reference: 'items', level: 0 } });
const table = (rows: string[][], merged = false): Table =>
  new Table({
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          children: cells.map((cell, c) => new TableCell({ children: [new Paragraph(cell)], ...(merged && r === 0 && c === 0 ? { columnSpan: 2 } : {}) })),
        }),
    ),
  });

function docx(children: (Paragraph | Table)[]): Promise<Buffer> {
  const document = new Document({
    styles: { paragraphStyles: [{ id: 'TOC1', name: 'toc 1' }] },
    numbering: { config: [{ reference: 'items', levels: [{ level: 0, format: 'lowerLetter', text: '%1)', alignment: AlignmentType.START }] }] },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** A complete standard as an office would keep it in Word: cover, styled headings (some numbered by hand), lists, tables, notes, an annex. */
const SIMPLE_COVER = (): (Paragraph | Table)[] => [
  new Paragraph({ text: 'ICS 03.080', alignment: AlignmentType.LEFT }),
  new Paragraph({ text: 'Q/JMXZ 30104—2024', alignment: AlignmentType.RIGHT }),
  text('江门市行政服务中心标准'),
  new Paragraph({ text: '窗口延时服务规范', heading: HeadingLevel.TITLE }),
  text('Specification for extended window service hours'),
  text('2024-03-01发布　　　　2024-04-01实施'),
  text('江门市行政服务中心　发布'),
];

function wellKeptStandard(cover: (Paragraph | Table)[] = SIMPLE_COVER(), firstEdition = true): Promise<Buffer> {
  return docx([
    ...cover,
    heading('前言'),
    text('本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。'),
    text('请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。'),
    text('本文件由江门市行政服务中心提出并归口。'),
    ...(firstEdition ? [text('本文件为首次发布。')] : []),
    heading('范围'),
    text('本文件规定了江门市行政服务中心窗口延时服务的基本要求和服务要求。'),
    text('本文件适用于中心设置的延时服务窗口。'),
    heading('规范性引用文件'),
    text('下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。'),
    text('GB/T 36113-2018 政务服务中心服务投诉处置规范'),
    heading('3 术语和定义'),
    text('下列术语和定义适用于本文件。'),
    heading('延时服务 extended-hours service', 2),
    text('在法定工作日午间和下班后为服务对象办理业务的服务。'),
    heading('延时时长 extended duration', 2),
    text('延时服务中办结时间晚于下班时间的部分。'),
    heading('基本要求'),
    tabbed('4.1', '延时服务窗口应在中心服务大厅入口公示延时服务的时段和事项。'),
    tabbed('4.2', '延时服务中的投诉处置应符合GB/T 36113—2018的规定。'),
    heading('服务要求'),
    heading('开放时段', 2),
    text('5.1.1 延时服务的时段见表1。'),
    text('表1 延时服务时段'),
    table([
      ['时段', '时间'],
      ['午间', '12:00—14:30'],
      ['下班后', '17:30—19:00'],
    ]),
    text('注：法定节假日不提供延时服务。'),
    text('5.1.2 延时服务时段内窗口不应无人值守。'),
    heading('办理', 2),
    text('5.2.1 延时服务窗口应办理下列事项：'),
    listItem('社会需求量大的高频事项；'),
    listItem('预约办理的事项。'),
    text('5.2.2 延时服务的办件应按附录A登记，延时时长按公式(1)计算。'),
    new Paragraph({ children: [new TextRun({ children: ['延时时长 = 办结时间 − 下班时间', new Tab(), '(1)'] })] }),
    heading('附录A（规范性）延时服务登记表'),
    text('表A.1 延时服务登记表'),
    table([
      ['日期', '窗口', '事项', '延时时长'],
      [' ', ' ', ' ', ' '],
    ]),
    heading('参考文献'),
    text('[1] 《中华人民共和国行政许可法》'),
  ]);
}

const EXPECTED = `---
code: Q/JMXZ 30104—2024
title: 窗口延时服务规范
title-en: Specification for extended window service hours
status: current
issued: 2024-03-01
effective: 2024-04-01
proposer: 江门市行政服务中心
---

## 前言

本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。

请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。

本文件由江门市行政服务中心提出并归口。

本文件为首次发布。

## 1 范围

本文件规定了江门市行政服务中心窗口延时服务的基本要求和服务要求。

本文件适用于中心设置的延时服务窗口。

## 2 规范性引用文件

下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。

- GB/T 36113-2018 政务服务中心服务投诉处置规范

## 3 术语和定义

下列术语和定义适用于本文件。

### 3.1 延时服务 extended-hours service

在法定工作日午间和下班后为服务对象办理业务的服务。

### 3.2 延时时长 extended duration

延时服务中办结时间晚于下班时间的部分。

## 4 基本要求

4.1 延时服务窗口应在中心服务大厅入口公示延时服务的时段和事项。

4.2 延时服务中的投诉处置应符合GB/T 36113—2018的规定。

## 5 服务要求

### 5.1 开放时段

5.1.1 延时服务的时段见表1。

表1 延时服务时段

| 时段 | 时间 |
|---|---|
| 午间 | 12:00—14:30 |
| 下班后 | 17:30—19:00 |

注：法定节假日不提供延时服务。

5.1.2 延时服务时段内窗口不应无人值守。

### 5.2 办理

5.2.1 延时服务窗口应办理下列事项：

- 社会需求量大的高频事项；
- 预约办理的事项。

5.2.2 延时服务的办件应按附录A登记，延时时长按公式(1)计算。

延时时长 = 办结时间 − 下班时间 (1)

## 附录A（规范性）延时服务登记表

表A.1 延时服务登记表

| 日期 | 窗口 | 事项 | 延时时长 |
|---|---|---|---|
|   |   |   |   |

## 参考文献

- [1] 《中华人民共和国行政许可法》
`;

describe('importing a standard kept in Word', () => {
  it('maps the cover, numbered headings (styled or by hand), terms, lists, tables, notes, formulas and annexes', async () => {
    const imported = await importDocx(await wellKeptStandard(), ORGANIZATION);
    expect(imported.markdown).toBe(EXPECTED);
    expect(imported.problems).toEqual([]);
    expect(imported.code?.raw).toBe('Q/JMXZ 30104—2024');
  });

  it('npm run import writes it next to its subsystem, with the safe fixes applied, and the corpus checks clean', async () => {
    const dir = copyOfSampleCorpus();
    writeFileSync(join(dir, '延时服务.docx'), await wellKeptStandard());
    const result = runScript('import', dir, '延时服务.docx');
    expect(result.stderr).toContain('已自动修复 1 处');
    expect(result.stderr).toContain('检查通过');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('standards/300-服务提供/30104-窗口延时服务规范.md\n');
    expect(readText(dir, 'standards/300-服务提供/30104-窗口延时服务规范.md')).toBe(EXPECTED.replace('GB/T 36113-2018 政务', 'GB/T 36113—2018 政务'));
    expect(checkCorpus(loadCorpus(dir))).toEqual([]);
    const again = runScript('import', dir, '延时服务.docx');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('standards/300-服务提供/30104-窗口延时服务规范.md 已存在');
  });

  it('reports what it could not map with the Word paragraph it came from', async () => {
    const buffer = await docx([
      text('Q/JMXZ 30105—2024'),
      new Paragraph({ text: '窗口预约服务规范', heading: HeadingLevel.TITLE }),
      text('（内部讨论稿）'),
      text('目次'),
      new Paragraph({ style: 'TOC1', children: [new TextRun({ children: ['前言', new Tab(), 'I'] })] }),
      heading('前言'),
      text('本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。'),
      heading('1 范围'),
      text('本文件规定了预约服务的要求。'),
      heading('2 服务要求'),
      text('附录A给出了预约登记表。'),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 10, height: 10 } })] }),
      text('图1 预约流程'),
      table([['预约事项'], ['预约', '1个工作日']], true),
      heading('附录A 预约登记表'),
      new Paragraph({ children: [new WordMath({ children: [new MathRun('t=1')] })] }),
    ]);
    const { markdown, problems } = await importDocx(buffer, ORGANIZATION);
    expect(problems.map((p) => `第${p.paragraph}段（${p.excerpt}）：${p.message}`)).toEqual([
      '第0段（）：Word 公式对象未导入：请把公式写成文字段落，如"办结时限 = 受理日 + 5个工作日　(1)"。',
      '第3段（（内部讨论稿））：封面上的这段内容在文件头中没有对应字段，未导入。',
      '第12段（）：图片未导入：请把图片文件放入 standards/assets/，在此处写 ![说明](../assets/文件名)，图题写在图片下一段。',
      '第14段（）：表格前没有表题（如"表1 标题"），已导入表格；请补写表题。',
      '第15段（附录A 预约登记表）：附录A没有标明（规范性）或（资料性），已按（资料性）导入；请核对。',
    ]);
    expect(markdown).toContain('## 2 服务要求\n\n附录A给出了预约登记表。\n\n<!-- 未导入：Word 第12段的图片 -->\n\n图1 预约流程\n\n| 预约事项 | << |\n|---|---|\n| 预约 | 1个工作日 |');
    expect(markdown).toContain('## 附录A（资料性）预约登记表');
    expect(markdown).not.toContain('目次');
  });

  it('imports Word footnotes as 条文脚注 [^1] with their text after the calling paragraph (GB/T 1.1—2020 9.12)', async () => {
    const document = new Document({
      footnotes: { 7: { children: [new Paragraph('清单每年更新一次。')] }, 9: { children: [new Paragraph('不含公示期。')] } },
      sections: [
        {
          children: [
            heading('前言'),
            text('本文件按照GB/T 1.1—2020的规定起草。'),
            heading('1 范围'),
            new Paragraph({ children: [new TextRun('本文件规定了受理要求，材料清单'), new FootnoteReferenceRun(7), new TextRun('由窗口公布。')] }),
            new Paragraph({ children: [new TextRun('办结时限为5个工作日'), new FootnoteReferenceRun(9), new TextRun('。')] }),
          ],
        },
      ],
    });
    const { markdown, problems } = await importDocx(await Packer.toBuffer(document), ORGANIZATION);
    expect(problems.filter((p) => p.message.includes('注'))).toEqual([]);
    expect(markdown).toContain('本文件规定了受理要求，材料清单[^1]由窗口公布。\n\n[^1]: 清单每年更新一次。\n\n办结时限为5个工作日[^2]。\n\n[^2]: 不含公示期。');
    const standard = parseStandard('standards/导入.md', markdown);
    expect(standard.footnotes.map((f) => `${f.kind} ${f.label} ${f.calls.length} ${f.definition ? '有内容' : ''}`)).toEqual(['text 1 1 有内容', 'text 2 1 有内容']);
  });

  it('writes cells merged across rows with ^^, the syntax the checker, the renderer and print share', async () => {
    const cell = (content: string, rowSpan = 1): TableCell => new TableCell({ children: [new Paragraph(content)], rowSpan });
    const buffer = await docx([
      heading('前言'),
      text('表1 预约时段'),
      new Table({
        rows: [
          new TableRow({ children: [cell('类别'), cell('时段'), cell('说明')] }),
          new TableRow({ children: [cell('工作日', 2), cell('午间'), cell('12:00起')] }),
          new TableRow({ children: [cell('晚间'), cell('17:30起')] }),
        ],
      }),
    ]);
    const { markdown, problems } = await importDocx(buffer, ORGANIZATION);
    expect(markdown).toContain('表1 预约时段\n\n| 类别 | 时段 | 说明 |\n|---|---|---|\n| 工作日 | 午间 | 12:00起 |\n| ^^ | 晚间 | 17:30起 |\n');
    expect(problems.map((p) => p.message).join()).not.toContain('合并');
  });

  it('maps a realistic Word cover to front matter: code and 代替 in one paragraph, ICS and CCS, 备案号, dates and issuer in a table', async () => {
    const borderless = (cells: string[]): Table => new Table({ rows: [new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })] });
    const lines = (...parts: string[]): Paragraph => new Paragraph({ children: parts.map((part, i) => new TextRun({ text: part, break: i > 0 ? 1 : 0 })) });
    const cover = (codeLine: Paragraph): (Paragraph | Table)[] => [
      lines('ICS 03.080', 'CCS A 12'),
      text('Q/JMXZ'),
      text('江门市行政服务中心标准'),
      codeLine,
      text('备案号：00001-2024'),
      new Paragraph({ text: '窗口延时服务规范', heading: HeadingLevel.TITLE }),
      text('Specification for extended window service hours'),
      borderless(['2024-03-01 发布', '2024-04-01 实施']),
      text('江门市行政服务中心　　发布'),
    ];
    const { markdown, problems, code, title } = await importDocx(await wellKeptStandard(cover(lines('Q/JMXZ 30104—2024', '代替 Q/JMXZ 30104—2019')), false), ORGANIZATION);
    expect(
      markdown.startsWith(
        '---\ncode: Q/JMXZ 30104—2024\ntitle: 窗口延时服务规范\ntitle-en: Specification for extended window service hours\nstatus: current\nissued: 2024-03-01\neffective: 2024-04-01\nreplaces: [Q/JMXZ 30104—2019]\n',
      ),
    ).toBe(true);
    expect(code && title).toBeTruthy();
    expect(problems.filter((p) => p.message.includes('封面'))).toEqual([]);
    // The command saves it by its code and title, and does not exit with an error.
    const dir = copyOfSampleCorpus();
    writeFileSync(join(dir, '封面.docx'), await wellKeptStandard(cover(text('Q/JMXZ 30104—2024'))));
    const result = runScript('import', dir, '封面.docx');
    expect(result.stderr).toContain('检查通过');
    expect(result.status).toBe(0);
    expect(readText(dir, 'standards/300-服务提供/30104-窗口延时服务规范.md')).toContain('issued: 2024-03-01\neffective: 2024-04-01\n');
  });

  it('says so when the file is not a Word document, and writes nothing', () => {
    const dir = copyOfSampleCorpus();
    writeFileSync(join(dir, '损坏.docx'), 'not a zip file');
    const result = runScript('import', dir, '损坏.docx');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('无法读取 损坏.docx');
    expect(runScript('import', dir, '标准.doc').stderr).toContain('不是 .docx 文件');
    expect(existsSync(join(dir, 'standards/300-服务提供/30104-窗口延时服务规范.md'))).toBe(false);
  });
});
