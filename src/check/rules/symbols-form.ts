import { toString } from 'mdast-util-to-string';
import { itemListsOf } from '../../model/lists.ts';
import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';

export const SYMBOLS_FORM_MESSAGES = {
  leadIn: '"{title}"一章应以引导语"{expected}"开始。',
  numbered: '符号和缩略语清单不编号；请改为不带编号的列项。',
  order: '"{entry}"应排在"{before}"之前：符号和缩略语按字母顺序排列（同一字母大写在前、小写在后）。',
} as const;

const TITLE = /^(符号和缩略语|符号|缩略语|代号和缩略语)$/u;

/** Alphabetical, a capital before the small letter of the same name (GB/T 1.1—2020 8.8). */
function compareEntries(a: string, b: string): number {
  const byLetters = a.toLowerCase().localeCompare(b.toLowerCase(), 'en');
  if (byLetters !== 0) return byLetters;
  return a === b ? 0 : a < b ? -1 : 1;
}

export const symbolsForm: Rule = {
  id: 'symbols-form',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.8（符号和缩略语）',
  description: '符号和缩略语一章以"下列符号和缩略语适用于本文件。"开始，清单不编号、按字母顺序排列',
  check(standard, { report }) {
    const say = reporter(SYMBOLS_FORM_MESSAGES, report);
    for (const chapter of standard.elements) {
      if (chapter.kind !== 'chapter' || !TITLE.test(chapter.title)) continue;
      const expected = `下列${chapter.title}适用于本文件。`;
      const first = chapter.blocks.find((block) => block.type === 'paragraph');
      if (!first || toString(first).trim() !== expected) say(first?.position ? { line: first.position.start.line, column: 1 } : chapter.position, 'leadIn', { title: chapter.title, expected });
      for (const list of itemListsOf(standard).filter((l) => l.section === chapter)) {
        if (list.items.some((item) => item.marker !== 'bullet' && item.marker !== 'dash')) say(list.position, 'numbered');
        const keys = list.items.map((item) => item.text.split(/[ \u3000：:]/u)[0]!);
        for (let i = 1; i < keys.length; i++) {
          if (compareEntries(keys[i]!, keys[i - 1]!) < 0) say(list.items[i]!.position, 'order', { entry: keys[i]!, before: keys[i - 1]! });
        }
      }
    }
  },
};
