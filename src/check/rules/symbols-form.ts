import { toString } from 'mdast-util-to-string';
import { itemListsOf } from '../../model/lists.ts';
import { allSections } from '../../model/sections.ts';
import { defineRule } from '../rule.ts';

/** The element (a chapter, or a clause of chapter 3 in a combined 术语、定义和缩略语) that lists symbols and abbreviations. */
export const SYMBOLS_TITLE = /^(?:符号和缩略语|符号|缩略语|代号和缩略语|代号)$/u;

/** Alphabetical, a capital before the small letter of the same name (GB/T 1.1—2020 8.8). */
function compareEntries(a: string, b: string): number {
  const byLetters = a.toLowerCase().localeCompare(b.toLowerCase(), 'en');
  if (byLetters !== 0) return byLetters;
  return a === b ? 0 : a < b ? -1 : 1;
}

export const symbolsForm = defineRule({
  id: 'symbols-form',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '8.8', detail: '符号和缩略语的引导语和排列' }],
  description: '符号和缩略语一章以"下列符号和缩略语适用于本文件。"开始，清单不编号、按字母顺序排列',
  messages: {
    leadIn: '"{title}"一章应以引导语"{expected}"开始。',
    numbered: '符号和缩略语清单不编号；请改为不带编号的列项。',
    order: '"{entry}"应排在"{before}"之前：符号和缩略语按字母顺序排列（同一字母大写在前、小写在后）。',
  },
  fixable: false,
  docs: {
    rationale: 'GB/T 1.1—2020 8.8 规定符号和缩略语一章以"下列符号和缩略语适用于本文件。"引出一个无编号的清单，按拉丁字母顺序排列（大写在前、小写在后）。固定的排列使读者能像查词典一样查到一个缩略语。',
    howToFix: '在章标题后写引导语（只有符号写"下列符号适用于本文件。"，只有缩略语写"下列缩略语适用于本文件。"）；用"- "列出各项，每项"符号或缩略语 说明"，按字母顺序排列。',
  },
  examples: {
    valid: [
      {
        name: '第3章中的缩略语条（GB/T 45435—2025 3.2 的写法）',
        text: '## 3 术语、定义和缩略语\n\n### 3.1 术语和定义\n\n下列术语和定义适用于本文件。\n\n#### 3.1.1 虚警 false alert\n\n没有发生定位失效却给出告警的情况。\n\n### 3.2 缩略语\n\n下列缩略语适用于本文件。\n\n- BDS：北斗卫星导航系统（BeiDou Navigation Satellite System）\n- CW：连续波（Continuous Wave）\n- FD：故障检测（Fault Detection）\n- FDE：故障检测与排除（Fault Detection and Exclusion）\n',
      },
      {
        name: '按字母顺序的缩略语',
        text: '## 4 缩略语\n\n下列缩略语适用于本文件。\n\n- CA 证书认证机构（Certificate Authority）\n- OFD 版式文档格式（Open Fixed-layout Document）\n- PDF 便携式文档格式（Portable Document Format）\n',
      },
    ],
    invalid: [
      {
        name: '缩略语没有按字母顺序（知识关联通用规则 第4章原文的次序）',
        text: '## 4 缩略语\n\n下列缩略语适用于本文件。\n\n- ISLI：国际标准关联标识符（International Standard Link Identifier）\n- OWL：OWL网络本体语言（OWL Web Ontology Language）\n- SKOS：简单知识组织系统（Simple Knowledge Organization System）\n- XML：可扩展标记语言（Extensible Markup Language）\n- FOAF：FOAF词汇表（Friend Of A Friend）\n- DOAP：DOAP词汇表（Description of A Project）\n',
        errors: [
          { messageId: 'order', line: 9, column: 1, endLine: 9, endColumn: 35 },
          { messageId: 'order', line: 10, column: 1, endLine: 10, endColumn: 41 },
        ],
      },
      {
        name: '引导语不对，清单编号且次序颠倒',
        text: '## 4 符号和缩略语\n\n本文件使用下列缩略语：\n\n1. PDF 便携式文档格式\n2. CA 证书认证机构\n',
        errors: [
          { messageId: 'leadIn', line: 3, column: 1, endLine: 3, endColumn: 12 },
          { messageId: 'numbered', line: 5, column: 1, endLine: 6, endColumn: 13 },
          { messageId: 'order', line: 6, column: 1, endLine: 6, endColumn: 13 },
        ],
      },
    ],
  },
  check(standard, { report }) {
    const lists = itemListsOf(standard);
    for (const section of allSections(standard)) {
      if (section.kind === 'annex' || !SYMBOLS_TITLE.test(section.title)) continue;
      const expected = `下列${section.title}适用于本文件。`;
      const first = section.blocks.find((block) => block.type === 'paragraph');
      if (!first || toString(first).trim() !== expected) report({ messageId: 'leadIn', data: { title: section.title, expected }, at: first ?? section.node });
      for (const list of lists.filter((l) => l.section === section)) {
        const node = section.blocks.find((block) => block.type === 'list' && block.position?.start.line === list.position.line);
        if (list.items.some((item) => item.marker !== 'bullet' && item.marker !== 'dash')) report({ messageId: 'numbered', at: node ?? list.position });
        const keys = list.items.map((item) => item.text.split(/[ \u3000：:]/u)[0]!);
        for (let i = 1; i < keys.length; i++) {
          if (compareEntries(keys[i]!, keys[i - 1]!) < 0) report({ messageId: 'order', data: { entry: keys[i]!, before: keys[i - 1]! }, at: list.items[i]!.node });
        }
      }
    }
  },
});
