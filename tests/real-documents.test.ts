// Real published standards, transcribed into our format (tests/fixtures/real/): the checker must report
// exactly the diagnostics listed in expected.yaml — the originals' true defects, what an excerpt leaves
// out, and the office's lifecycle rules — and nothing else: no false errors, no false warnings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../src/check/run.ts';
import { loadCorpus } from '../src/corpus.ts';
import { renderStandard } from '../src/render/render-standard.ts';
import { TODAY } from './helpers.ts';

const ROOT = fileURLToPath(new URL('./fixtures/real/', import.meta.url));

interface Expected {
  line: number;
  rule: string;
  clause?: string;
  why: string;
}
interface FixtureExpectation {
  complete: boolean;
  defects: Expected[];
  excerpt: Expected[];
  office: Expected[];
}

const expectations = parse(readFileSync(`${ROOT}expected.yaml`, 'utf8')) as Record<string, FixtureExpectation>;
const corpus = loadCorpus(ROOT);
const diagnostics = checkCorpus(corpus, { today: TODAY });

describe('real published standards', () => {
  it('are all listed in expected.yaml', () => {
    expect(corpus.standards.map((s) => s.file.replace(/^standards\//u, '')).sort()).toEqual(Object.keys(expectations).sort());
  });

  for (const [file, expected] of Object.entries(expectations)) {
    it(`${file}: reports its true defects and nothing false`, () => {
      const actual = diagnostics
        .filter((d) => d.file === `standards/${file}`)
        .map((d) => `${d.line} ${d.rule}`)
        .sort();
      const listed = [...expected.defects, ...expected.excerpt, ...expected.office].map((e) => `${e.line} ${e.rule}`).sort();
      expect(actual).toEqual(listed);
      for (const defect of expected.defects) expect(defect.clause, `${file}:${defect.line} names the clause it breaks`).toMatch(/^GB\/T 1\.1—(?:2020|2009) /u);
    });
  }
});

describe('real published standards in the handbook and print HTML', () => {
  const html = (file: string): string => {
    const standard = corpus.standards.find((s) => s.file === `standards/${file}`)!;
    return renderStandard(standard, { hrefFor: (reference) => (reference.target && !reference.document ? '#' : undefined), imageSrc: (src) => src }).html;
  };
  const gps = html('90201-基于数字化模型的测量通用要求.md');
  const beidou = html('90202-航空辅助导航北斗机载设备技术要求和测试方法.md');

  it('renders merged cells as rowspan and colspan, with header rows merged into the head', () => {
    // GB/T 38368—2019 表C.1: an empty corner over three header rows, 链环 across seven columns.
    expect(gps).toContain('<table class="merged"><thead><tr><th rowspan="3"></th><th colspan="7">链环</th></tr><tr><th>A</th>');
    expect(gps).not.toContain('^^');
    expect(gps).not.toContain('&#x3C;&#x3C;');
    // GB/T 45435—2025 表5: 灵敏度和动态范围 spans four rows of test clauses.
    expect(beidou).toMatch(/<td rowspan="4">9<\/td><td rowspan="4">灵敏度和动态范围<\/td><td rowspan="4">5\.2\.3<\/td><td>6\.5\.3<\/td>/u);
  });

  it('prints list markers a) and 1) as written, —— by default, and none for lists of documents and abbreviations', () => {
    expect(beidou).toContain('<ul class="list list-letter"><li><span class="list-marker">a)</span>识别卫星健康状态');
    expect(beidou).toContain('<ul class="list list-number"><li><span class="list-marker">1)</span>1 bit的');
    expect(beidou).toMatch(/<span class="list-marker">i\)<\/span>检查被测设备是否排除故障卫星/u);
    expect(beidou).toContain('<ul class="list list-plain"><li>BDS：北斗卫星导航系统');
  });

  it("prints a table's footnotes in its frame after the table notes, called by superscript letters (GB/T 45435—2025 表6)", () => {
    expect(beidou).toMatch(/<tr><td>1 575\.42<sup><a href="#[^"]+" class="footnote-ref">a<\/a><\/sup><\/td>/u);
    expect(beidou).toMatch(
      /<tfoot><tr><td colspan="3"><p class="note table-note">注：表中给出的是天线端口处的连续波干扰（CWI）功率。<\/p><p id="表6脚注a" class="footnote table-footnote"><span class="footnote-label">a<\/span> CWI应与所提供的卫星信号同步，整个试验过程中应保持准确的频率关系。<\/p><p id="表6脚注b" class="footnote table-footnote"><span class="footnote-label">b<\/span> 只适用于/u,
    );
    // Its definitions are not printed a second time where they stand in the source.
    expect(beidou.match(/只适用于装有卫星通信/gu)).toHaveLength(1);
  });

  it("prints a figure's footnote between the figure and its caption (GB/T 38368—2019 图B.1)", () => {
    expect(gps).toMatch(
      /<p><img [^>]+><\/p>\s*<p id="图B\.1脚注a" class="footnote figure-footnote"><span class="footnote-label">a<\/span> MBD：基于模型的定义（Model Based Definition）。<\/p>\s*<p id="图B\.1" class="caption figure-caption">/u,
    );
  });

  it('prints sub-figures with their own captions under one figure caption, and links 图A.1a) to the sub-figure (GB/T 44795—2024)', () => {
    const sip = html('90205-系统级封装一体化基板通用要求.md');
    expect(sip).toContain('<p id="图A.1a" class="subfigure-caption">a) 互连孔布局</p>');
    expect(sip).toMatch(/<p id="图A\.1c" class="subfigure-caption">c\) 导热孔布局<\/p>\s*<p id="图A\.1" class="caption figure-caption">图A\.1 交错孔示意图<\/p>/u);
    expect(sip).toContain('可用<a href="#" class="ref">图A.1a)</a>或<a href="#" class="ref">图A.1b)</a>两种排列方式');
    const standard = corpus.standards.find((s) => s.file.endsWith('90205-系统级封装一体化基板通用要求.md'))!;
    const figures = standard.captions.filter((caption) => caption.kind === 'figure');
    expect(figures.map((figure) => `${figure.number}:${figure.subfigures?.map((sub) => sub.label).join('')}:${figure.images?.length}`)).toEqual(['A.1:abc:3', 'A.2:abc:3']);
  });

  it("letters each table's footnotes from a, and prints a figure's key as plain lines above its caption (GB/T 35639—2017 表1、表2、图1)", () => {
    const address = html('90105-地址模型.md');
    expect(address).toMatch(
      /<p class="note table-note">注：M——必选项；O——可选项；N——出现次数>1。<\/p><p id="表1脚注a" class="footnote table-footnote"><span class="footnote-label">a<\/span> Oid在ISO 19152:2012中/u,
    );
    expect(address).toMatch(/<p id="表2脚注a" class="footnote table-footnote"><span class="footnote-label">a<\/span> Oid在ISO 19152:2012中/u);
    expect(address.match(/href="#%E8%A1%A82%E8%84%9A%E6%B3%A8a"/gu)).toHaveLength(1);
    expect(address).toMatch(
      /<p class="figure-key">说明：<\/p>\s*<ul class="list list-plain"><li>1——关联\(association\)——.*?<\/ul>\s*<p id="图1" class="caption figure-caption">图1 UML中的关系符号<\/p>/su,
    );
  });

  it('keeps table notes inside the table frame', () => {
    expect(beidou).toMatch(/<\/tbody><tfoot><tr><td colspan="5"><p class="note table-note">注：1 kt（节）/u);
  });

  it('sets LaTeX formulas as MathML with the number flush right, and the symbols after 式中 as plain lines', () => {
    expect(beidou).toMatch(
      /<div id="公式B\.1" class="formula"><div class="formula-body"><span class="katex"><math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML" display="block">.*<msqrt>.*<\/math><\/span><\/div><span class="formula-number">\(B\.1\)<\/span><\/div>/su,
    );
    expect(beidou).toMatch(/<p>式中：<\/p>\s*<ul class="list list-plain"><li><span class="katex"><math/u);
    expect(beidou).not.toContain('$$');
  });
});
