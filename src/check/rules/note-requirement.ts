import { toString } from 'mdast-util-to-string';
import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';

export const NOTE_REQUIREMENT_MESSAGES = {
  requirement: '{kind}中不应包含要求（"{word}"）；{kind}只给出附加信息，要求写在条文中。',
} as const;

// Modal 应/不应/宜/不宜, not the same characters inside ordinary words (应急, 相应, 适应, 事宜, 便宜 …).
const MODAL = /不?(?<![相对适响供反效回呼理报])应(?![急用对答聘届])|不?(?<![便事适])宜(?![居])/u;

export const noteRequirement: Rule = {
  id: 'note-requirement',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.10、9.11（示例和注不包含要求）',
  description: '注和示例中不写要求（不用"应""不应""宜""不宜"）',
  check(standard, { report }) {
    const say = reporter(NOTE_REQUIREMENT_MESSAGES, report);
    for (const note of standard.notes) {
      const text = toString(note.node).replace(/^(?:注|示例)\d{0,2}[：:]/u, '');
      const modal = MODAL.exec(text);
      if (modal) say(note.position, 'requirement', { kind: note.kind === 'note' ? '注' : '示例', word: modal[0] });
    }
  },
};
