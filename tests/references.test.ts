// Recognition of references in running text, as GB/T 1.1—2020 writes them.
import { describe, expect, it } from 'vitest';
import { recognizeReferences } from '../src/parse/references.ts';
import { parseStandard } from '../src/parse/parse-standard.ts';
import { targetLabel } from '../src/model/targets.ts';
import { check, edit, fixtureText, lineOf } from './helpers.ts';

function labels(text: string): string[] {
  return recognizeReferences(text).map((r) => `${r.document ? `${r.document.raw}:` : ''}${r.edition ? `${r.edition}年版:` : ''}${r.target ? targetLabel(r.target) : ''}${r.pointer ? '(见)' : ''}`);
}

describe('recognizeReferences', () => {
  it('finds chapter enumerations, ranges and list items as real standards write them (issue 10)', () => {
    expect(labels('应按6、7、8.1～8.4的规定执行')).toEqual(['第6章', '第7章', '8.1', '8.4']);
    expect(labels('（见5.1～5.3）')).toEqual(['5.1(见)', '5.3(见)']);
    expect(labels('应符合6.2.2 a)的要求，按5.1.3的c）处理')).toEqual(['6.2.2 a)', '5.1.3 c)']);
    // Not references: a number of days, a bare chapter number that opens no enumeration.
    expect(labels('应在4.2、3个工作日内办结，按6的规定')).toEqual([]);
  });

  it('reads every kind of code: ISO colon years and hyphen parts, JJF, DB with city and county digits, group codes', () => {
    expect(labels('符合ISO 13008:2012、ISO 16175-3:2010、ISO/IEC Guide 99、JJF 1001—2011、DB 31117/Z 016—2022、DB3205/T 1124.4—2024和T/CAB 0001—2020')).toEqual([
      'ISO 13008:2012:',
      'ISO 16175-3:2010:',
      'ISO/IEC Guide 99:',
      'JJF 1001—2011:',
      'DB 31117/Z 016—2022:',
      'DB3205/T 1124.4—2024:',
      'T/CAB 0001—2020:',
    ]);
  });

  it('finds clauses after trigger words, with enumerations', () => {
    expect(labels('应按4.2、4.3和5.1的规定执行')).toEqual(['4.2', '4.3', '5.1']);
    expect(labels('（见A.1.2）')).toEqual(['A.1.2(见)']);
  });

  it('finds chapters, annexes, tables, figures and formulas', () => {
    expect(labels('符合第5章，填写附录B中的表B.1，流程见图2，按公式(1)计算')).toEqual(['第5章', '附录B', '表B.1', '图2(见)', '公式(1)']);
  });

  it('finds other documents, dated or undated, with a clause', () => {
    expect(labels('应符合GB/T 36113—2018的5.2和5.3的规定，并执行Q/JMXZ 30102')).toEqual(['GB/T 36113—2018:5.2', 'GB/T 36113—2018:5.3', 'Q/JMXZ 30102:']);
    expect(labels('GB/T 32169（所有部分）')).toEqual(['GB/T 32169（所有部分）:']);
  });

  it('finds targets in an earlier edition of the same document', () => {
    expect(labels('更改了离岗的要求（见6.2，2019年版的5.4.2）')).toEqual(['6.2(见)', '2019年版:5.4.2(见)']);
    expect(labels('2019年版首次发布')).toEqual([]);
  });

  it('does not take quantities and ordinary words for references', () => {
    expect(labels('按1.5小时计，首席代表1名，报表1份，按2.5%收取')).toEqual([]);
  });
});

describe('references to an earlier edition', () => {
  it('are checked against that edition', () => {
    const window = fixtureText('30101-窗口服务规范.md');
    const broken = edit(window, '2019年版的4.2）', '2019年版的4.9）');
    const diagnostics = check({ 'standards/30101-窗口服务规范.md': broken }).filter((d) => d.rule === 'ref-document');
    expect(diagnostics).toEqual([expect.objectContaining({ line: lineOf(broken, '2019年版的4.9'), message: expect.stringContaining('Q/JMXZ 30101—2019') })]);
    expect(check().filter((d) => d.rule === 'ref-document')).toEqual([]);
  });
});

describe('normative citations in list items (GB/T 1.1—2020 8.6, 9.5)', () => {
  const cited = (body: string): string[] =>
    parseStandard('standards/示例.md', `---\ncode: Q/JMXZ 30501—2025\n---\n\n## 5 要求\n\n${body}`)
      .references.filter((r) => r.document)
      .map((r) => `${r.document!.raw}${r.normative ? ' 规范性' : ''}`);

  it('carries a lead-in requirement into Markdown list items and into nested items under an item that requires', () => {
    expect(cited('5.1 文书应符合下列规定：\n\n- a) 格式为GB/T 9704—2012所定；\n- b) 用纸为A4。\n')).toEqual(['GB/T 9704—2012 规范性']);
    expect(cited('5.1 文书包括下列内容：\n\n- a) 正文，其格式应符合下列文件：\n  1) GB/T 9704—2012；\n- b) 附件，如GB/T 7408.1—2023的示例。\n')).toEqual(['GB/T 9704—2012 规范性', 'GB/T 7408.1—2023']);
  });

  it('carries it into items written as paragraphs a) … b) …, as imported Word texts have them', () => {
    expect(cited('5.1 文书应符合下列规定：\n\na) 格式为GB/T 9704—2012所定；\n\nb) 日期为GB/T 7408.1—2023所定。\n')).toEqual(['GB/T 9704—2012 规范性', 'GB/T 7408.1—2023 规范性']);
    expect(cited('5.1 文书包括下列内容：\n\na) 正文；\n\nb) 附件，如GB/T 7408.1—2023的示例。\n')).toEqual(['GB/T 7408.1—2023']);
  });

  it('does not make a 条文脚注 a normative citation (GB/T 1.1—2020 9.12), but does a table footnote (9.8)', () => {
    expect(cited('5.1 文书格式统一[^1]。\n\n[^1]: 格式按GB/T 9704—2012。\n')).toEqual(['GB/T 9704—2012']);
    expect(cited('表1 文书\n\n| 文书 | 格式 |\n|---|---|\n| 通知[^a] | 统一 |\n\n[^a]: 格式按GB/T 9704—2012。\n')).toEqual(['GB/T 9704—2012 规范性']);
  });
});

describe('sub-figure references', () => {
  it('reads 图A.1a) and 图A.1a)或图A.1b) as references to sub-figures', () => {
    expect(labels('可用图A.1a)或图A.1b)两种排列方式，导热孔用图A.1c)，流程见图2')).toEqual(['图A.1a)', '图A.1b)', '图A.1c)', '图2(见)']);
  });
});
