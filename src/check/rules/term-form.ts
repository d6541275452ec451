import { toString } from 'mdast-util-to-string';
import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';

export const TERM_FORM_MESSAGES = {
  english: '术语 {number}"{term}"后没有英文对应词；在术语后空一格写英文，如"### {number} {term} english term"。',
  source: '来源的写法应为"[来源：文件编号，条号]"（方括号、全角冒号和逗号），如"[来源：GB/T 20000.1—2014，3.1]"；此处为"{written}"。',
  oneSentence: '术语 {number} 的定义应是一句话（只在末尾有一个"。"）；补充的信息写成"注："。',
} as const;

const SOURCE_START = /^[[［【]?\s*来源\s*[：:]/u;
const SOURCE = /^\[来源：[^，,\]]+(?:，[^\]]+)?\]$/u;

export const termForm: Rule = {
  id: 'term-form',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.7.3（术语条目）',
  description: '术语后给出英文对应词；定义是一句话；来源写作"[来源：文件编号，条号]"',
  check(standard, { report }) {
    const say = reporter(TERM_FORM_MESSAGES, report);
    for (const term of standard.terms) {
      if (!term.english) say(term.position, 'english', { number: term.number, term: term.term });
      if ((term.definition.match(/。/gu) ?? []).length > 1) say(term.position, 'oneSentence', { number: term.number });
      for (const block of term.section.blocks) {
        if (block.type !== 'paragraph') continue;
        const text = toString(block).trim();
        if (SOURCE_START.test(text) && !SOURCE.test(text)) say({ line: block.position!.start.line, column: block.position!.start.column }, 'source', { written: text });
      }
    }
  },
};
