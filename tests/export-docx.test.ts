// Word export of real published standards (tests/fixtures/real/): merged cells and written list
// markers come out as Word's own spans and markers, as the handbook and the printer show them.
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.ts';
import { standardToDocx } from '../src/export/docx.ts';

const ROOT = fileURLToPath(new URL('./fixtures/real/', import.meta.url));
const corpus = loadCorpus(ROOT);

async function documentXml(serial: string): Promise<string> {
  const standard = corpus.standards.find((s) => s.meta.code?.serial === serial);
  if (!standard) throw new Error(`no standard ${serial} in the real fixtures`);
  const data = await standardToDocx(standard, { organization: corpus.system.organization, root: corpus.root });
  return strFromU8(unzipSync(new Uint8Array(data))['word/document.xml']!);
}

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
});
