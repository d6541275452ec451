// Word export of real published standards (tests/fixtures/real/): merged cells and written list
// markers come out as Word's own spans and markers, as the handbook and the printer show them.
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.ts';
import { standardToDocx } from '../src/export/docx.ts';
import { parseStandard } from '../src/parse/parse-standard.ts';
import type { Standard } from '../src/model/types.ts';

const ROOT = fileURLToPath(new URL('./fixtures/real/', import.meta.url));
const corpus = loadCorpus(ROOT);

async function docxParts(standard: Standard | undefined): Promise<Record<string, string>> {
  if (!standard) throw new Error('no such standard in the real fixtures');
  const data = await standardToDocx(standard, { organization: corpus.system.organization, root: corpus.root });
  const files = unzipSync(new Uint8Array(data));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

async function documentXml(serial: string): Promise<string> {
  return (await docxParts(corpus.standards.find((s) => s.meta.code?.serial === serial)))['word/document.xml']!;
}

/** The visible text of a part, run by run. */
const runTexts = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join('');

/** The visible text of each table cell, in document order. */
const cellTexts = (xml: string): string[] => [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/gu)].map((m) => [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(''));

describe('Word export of real standards', () => {
  it('writes the merged cells of JR/T 0319—2024 表1 as row and column spans, without the ^^ and << markers', async () => {
    const xml = await documentXml('90204');
    expect(xml).toMatch(/<w:gridSpan w:val="3"\/>/u);
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/u);
    expect(xml).toMatch(/<w:vMerge w:val="continue"\/>/u);
    const cells = cellTexts(xml);
    expect(cells).toContain('C 字符型');
    expect(cells.filter((text) => text === '^^' || text === '<<')).toEqual([]);
  });

  it("keeps the a) b) markers written in the text as the items' markers, with no —— added before them", async () => {
    const xml = await documentXml('90204');
    expect(xml).toContain('a)\t');
    expect(xml).not.toMatch(/——\t<\/w:t><\/w:r><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t(?: [^>]*)?>a\)/u);
  });

  it('writes the footnotes of GB/T 45435—2025 表6 after the table with raised letters, called by raised letters in the cells', async () => {
    const xml = await documentXml('90202');
    expect(xml).toMatch(/<w:t(?: [^>]*)?>1 575\.42<\/w:t><\/w:r><w:r><w:rPr><w:vertAlign w:val="superscript"\/><\/w:rPr><w:t(?: [^>]*)?>a<\/w:t>/u);
    expect(runTexts(xml)).toContain('注：表中给出的是天线端口处的连续波干扰（CWI）功率。a CWI应与所提供的卫星信号同步');
  });

  it('writes sub-figure captions under their images and the figure caption once (GB/T 44795—2024 图A.1)', async () => {
    const text = runTexts(await documentXml('90205'));
    expect(text).toMatch(/a\) 互连孔布局(?:［图片不可用：隔离孔布局］)?b\) 隔离孔布局(?:［图片不可用：导热孔布局］)?c\) 导热孔布局图A\.1　交错孔示意图/u);
    expect(text.match(/交错孔示意图/gu)).toHaveLength(1);
  });

  it('makes a 条文脚注 a Word footnote at its call, with its text in the footnotes part', async () => {
    const standard = parseStandard('standards/示例.md', '---\ncode: Q/JMXZ 30501—2025\ntitle: 示例规范\n---\n\n## 5 要求\n\n5.1 材料清单[^1]由窗口公布。\n\n[^1]: 清单每年更新一次。\n');
    const parts = await docxParts(standard);
    expect(parts['word/document.xml']).toMatch(/<w:footnoteReference w:id="\d+"\/>/u);
    expect(runTexts(parts['word/footnotes.xml']!)).toContain('清单每年更新一次。');
    expect(runTexts(parts['word/document.xml']!)).not.toContain('清单每年更新一次。');
  });
});
