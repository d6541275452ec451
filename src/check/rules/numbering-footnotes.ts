import type { Footnote, Standard } from '../../model/types.ts';
import { defineRule } from '../rule.ts';
import { eachText } from './text-scan.ts';

/** A footnote call whose definition is missing stays literal text: `[^3]`. */
const LITERAL_CALL = /\[\^([^\]\s]{1,20})\]/gu;

/** The label each footnote should have: 1, 2, 3 … through the document; a, b, c … per table and per figure. */
function expectedLabels(standard: Standard): Map<Footnote, string> {
  const expected = new Map<Footnote, string>();
  let text = 0;
  const perOwner = new Map<unknown, number>();
  for (const footnote of standard.footnotes) {
    if (footnote.kind === 'text') {
      if (footnote.calls.length > 0) expected.set(footnote, String(++text));
      continue;
    }
    // A figure's footnotes are lettered in the order they stand above its caption.
    const owner = footnote.kind === 'table' ? footnote.table : (footnote.figure ?? 'figure');
    const index = (perOwner.get(owner) ?? 0) + 1;
    perOwner.set(owner, index);
    expected.set(footnote, String.fromCharCode(0x60 + index));
  }
  return expected;
}

export const numberingFootnotes = defineRule({
  id: 'numbering-footnotes',
  severity: 'error',
  scope: 'document',
  basis: [
    { clause: '9.12', detail: '条文脚注的编号 1)、2)……全文连续' },
    { clause: '9.8', detail: '表脚注的编号 a、b、c……每个表重新编号' },
    { clause: '9.7', detail: '图脚注的编号 a、b、c……每幅图重新编号' },
  ],
  description: '条文脚注写作 [^1]、[^2]……按首次出现的顺序全文连续；表脚注和图脚注写作 [^a]、[^b]……每个表或图从 a 开始；每个脚注都有内容，且在条文或表中被引出',
  messages: {
    textNumber: '条文脚注 {label}) 应编为 {expected})：条文脚注从1开始按出现顺序全文连续编号。',
    tableNumber: '表脚注 {label} 应编为 {expected}：每个表的脚注按在表中出现的顺序从 a 开始编号。',
    figureNumber: '图脚注 {label} 应编为 {expected}：每幅图的脚注从 a 开始编号。',
    uncalled: '脚注 [^{label}] 有内容，但{where}没有引出它（在需注释的词后写 [^{label}]）。',
    undefined: '"[^{label}]" 没有对应的脚注内容；在段落后另起一段写 "[^{label}]: 脚注内容"（表脚注写在表和表注之后）。',
  },
  fixable: false,
  docs: {
    rationale:
      'GB/T 1.1—2020 9.12 规定条文脚注用 1)、2)、3)……从前言开始全文连续编号；9.8 规定表脚注用上标的 a、b、c……每个表单独编号，置于表中、表注之后；图脚注同理（9.7）。编号错位时读者按编号找不到脚注，引出而没有内容、或有内容而未引出的脚注都说明文本有遗漏。',
    howToFix: '条文脚注在需注释的词后写 [^1]，在段落之后另起一段写 "[^1]: 脚注内容"；表脚注在单元格中写 [^a]，内容写在表（及表注）之后；图脚注的内容写在图和图题之间。按出现顺序改正编号。',
  },
  examples: {
    valid: [
      {
        name: '条文脚注和表脚注',
        text: '## 5 要求\n\n5.1 材料清单[^1]由窗口公布。\n\n[^1]: 清单每年更新。\n\n表1 时限\n\n| 事项 | 时限 |\n|---|---|\n| 登记[^a] | 1日 |\n\n注：时限为工作日。\n\n[^a]: 材料齐全的，应当场办结。\n',
      },
      {
        name: '两个表的脚注各自从 a 开始（GB/T 35639—2017 表1、表2）',
        text: '#### 5.2.2 Address(地址类)\n\n表1 Address(地址类)属性\n\n| 属性名 | 域 |\n|---|---|\n| id | Oid[^a] |\n\n注：M——必选项。\n\n[^a]: Oid在ISO 19152:2012中定义为对象标识符。\n\n#### 5.2.3 AddressComponent(地址组分类)\n\n表2 AddressComponent(地址组分类)属性\n\n| 属性名 | 域 |\n|---|---|\n| id | Oid[^a] |\n\n[^a]: Oid在ISO 19152:2012中定义为对象标识符。\n',
      },
      {
        name: '表脚注在表注之后，含要求（GB/T 45435—2025 表6）',
        text: '##### 6.5.1.2 测试场景\n\n表6 稳态精度测试CW连续波功率和频率\n\n| 频率/MHz | 功率/dBm |\n|---|---|\n| 1 575.42[^a] | -120.5 |\n| 1 626.0[^b] | 8 |\n\n注：表中给出的是天线端口处的连续波干扰（CWI）功率。\n\n[^a]: CWI应与所提供的卫星信号同步。\n\n[^b]: 只适用于装有卫星通信（SATCOM）的飞机。\n',
      },
    ],
    invalid: [
      {
        name: '条文脚注跳号',
        text: '## 5 要求\n\n5.1 材料清单[^2]由窗口公布。\n\n[^2]: 清单每年更新。\n',
        errors: [{ messageId: 'textNumber', line: 5, column: 1 }],
      },
      {
        name: '表脚注不从 a 开始',
        text: '## 5 要求\n\n表1 时限\n\n| 事项 | 时限 |\n|---|---|\n| 登记[^b] | 1日 |\n\n[^b]: 工作日。\n',
        errors: [{ messageId: 'tableNumber', line: 9, column: 1 }],
      },
      {
        name: '图脚注不从 a 开始',
        text: '## 5 要求\n\n![流程](flow.svg)\n\n[^c]: 仅用于室外。\n\n图1 办理流程\n',
        errors: [{ messageId: 'figureNumber', line: 5, column: 1 }],
      },
      {
        name: '有内容而没有引出的脚注',
        text: '## 5 要求\n\n5.1 材料清单由窗口公布。\n\n[^1]: 清单每年更新。\n',
        errors: [{ messageId: 'uncalled', line: 5, column: 1 }],
      },
      {
        name: '引出了却没有内容的脚注',
        text: '## 5 要求\n\n5.1 材料清单[^1]由窗口公布。\n',
        errors: [{ messageId: 'undefined', line: 3, column: 9, endLine: 3, endColumn: 13 }],
      },
    ],
  },
  check(standard, { report }) {
    const expected = expectedLabels(standard);
    for (const footnote of standard.footnotes) {
      const at = footnote.definition ?? footnote.calls[0]!;
      if (footnote.kind !== 'figure' && footnote.calls.length === 0) {
        report({ messageId: 'uncalled', data: { label: footnote.label, where: footnote.kind === 'table' ? '表中' : '条文中' }, at });
        continue;
      }
      const label = expected.get(footnote);
      if (label === undefined || label === footnote.label) continue;
      const messageId = footnote.kind === 'text' ? 'textNumber' : footnote.kind === 'table' ? 'tableNumber' : 'figureNumber';
      report({ messageId, data: { label: footnote.label, expected: label }, at });
    }
    // Calls left as text, outside the footnotes' own texts.
    eachText(
      standard,
      (text, positionAt) => {
        for (const match of text.value.matchAll(LITERAL_CALL))
          report({ messageId: 'undefined', data: { label: match[1]! }, at: { start: positionAt(match.index), end: positionAt(match.index + match[0].length) } });
      },
      (block) => block.type !== 'footnoteDefinition',
    );
  },
});
