// One detection of the markers written in 列项 items: the parser's lists, the editor's view of 列项
// (model/lists.ts) and the handbook read "a)", "1)", "——", "·" the same way.
import { describe, expect, it } from 'vitest';
import { writtenListMarker } from '../src/model/list-markers.ts';
import { itemListsOf } from '../src/model/lists.ts';
import { parseStandard } from '../src/parse/parse-standard.ts';
import { renderStandard } from '../src/render/render-standard.ts';

const TEXT = `---
title: 示例规范
---

## 4 要求

4.1 受理时应核对下列材料：

- a) 申请书；
- b） 身份证明：
  1) 居民身份证；
  2) 户口簿。

4.2 窗口配备下列设施：

a) 叫号机；

b) 评价器：

1) 触摸屏评价器；

2) 按键评价器。

4.3 工作日志记录：

1. 受理件数；
2. 办结件数。
`;

describe('list markers', () => {
  it('reads the written markers', () => {
    expect(writtenListMarker('a) 申请书')).toEqual({ kind: 'letter', label: 'a', text: 'a)', length: 3 });
    expect(writtenListMarker('b）身份证明')).toEqual({ kind: 'letter', label: 'b', text: 'b）', length: 2 });
    expect(writtenListMarker('12) 评价器')).toEqual({ kind: 'number', label: '12', text: '12)', length: 4 });
    expect(writtenListMarker('—— 叫号机')).toEqual({ kind: 'dash', text: '——', length: 3 });
    expect(writtenListMarker('·居民身份证')).toEqual({ kind: 'dot', text: '·', length: 1 });
    expect(writtenListMarker('ab) 不是编号')).toBeUndefined();
    expect(writtenListMarker('2025年起施行')).toBeUndefined();
  });

  const standard = parseStandard('standards/示例.md', TEXT);

  it('gives the parser and the 列项 view the same markers', () => {
    expect(standard.lists.map((list) => [list.style, list.items.map((item) => item.marker)])).toEqual([
      ['letter', ['a)', 'b）']],
      ['number', ['1)', '2)']],
      ['number', ['1)', '2)']],
      ['number', ['1)', '2)']],
    ]);
    const views = itemListsOf(standard);
    expect(views.map((list) => list.items.map((item) => [item.marker, item.label, item.text]))).toEqual([
      [
        ['letter', 'a', '申请书；'],
        ['letter', 'b', '身份证明：'],
      ],
      [
        ['letter', 'a', '叫号机；'],
        ['letter', 'b', '评价器：'],
      ],
      [
        ['decimal', '1', '受理件数；'],
        ['decimal', '2', '办结件数。'],
      ],
    ]);
    for (const parent of [views[0]!.items[1]!, views[1]!.items[1]!]) {
      expect(parent.sublist!.items.map((item) => [item.marker, item.label])).toEqual([
        ['number', '1'],
        ['number', '2'],
      ]);
    }
    // The "1." list is told apart from "1)" by the delimiter the parser read from the source.
    expect(standard.lists.map((list) => list.delimiter)).toEqual([undefined, ')', ')', '.']);
  });

  it('prints a written marker once, in the handbook', () => {
    const { html } = renderStandard(standard, { hrefFor: () => undefined, imageSrc: () => undefined });
    expect(html).toContain('<span class="list-marker">a)</span>申请书；');
    expect(html).toContain('<span class="list-marker">b）</span>身份证明：');
    expect(html).toContain('<span class="list-marker">1)</span>居民身份证；');
    expect(html).not.toMatch(/b）<\/span>\s*b）/u);
  });
});
