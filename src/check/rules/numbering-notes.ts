import type { Note, Section } from '../../model/types.ts';
import { defineRule } from '../rule.ts';

const LABEL = { note: '注', example: '示例' } as const;

/** Notes, and examples, are numbered within their clause: each group is numbered on its own (shared with renumbering). */
export function noteGroups(notes: readonly Note[]): Note[][] {
  const groups = new Map<string, Note[]>();
  const sectionKey = (section: Section | undefined): string => (section ? `${section.number}@${section.position.line}` : '');
  for (const note of notes) {
    // A table's notes are numbered within the table, apart from the clause's own notes (GB/T 1.1—2020 9.8).
    const table = note.table?.position ? `|table@${note.table.position.start.line}` : '';
    const key = `${note.kind}|${sectionKey(note.section)}${table}`;
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  return [...groups.values()];
}

export const numberingNotes = defineRule({
  id: 'numbering-notes',
  severity: 'error',
  scope: 'document',
  basis: [
    { clause: '9.10', detail: '示例的编号' },
    { clause: '9.11', detail: '注的编号' },
    { clause: '9.8', detail: '表注在表中单独编号' },
  ],
  description: '同一条中只有一个注时写"注："，多个时写"注1：""注2："……连续；示例同理',
  messages: {
    single: '本条只有一个{label}，应写"{label}："而不是"{label}{number}："。',
    sequence: '本条有多个{label}，此处应为"{label}{expected}："；同一条中的{label}从1开始连续编号。',
  },
  fixable: false,
  docs: {
    rationale: '注和示例在所在的条中编号：只有一个时不编号，写"注："；有多个时写"注1：""注2："……。这样读者一看便知本条还有没有别的注。',
    howToFix: '只有一个注或示例时去掉编号；有多个时从1开始连续编号。',
  },
  examples: {
    valid: [
      { name: '一个注', text: '## 5 回访\n\n回访应在办结后进行。\n\n注：回访可采用电话方式。\n' },
      { name: '两个注', text: '## 5 回访\n\n回访应在办结后进行。\n\n注1：回访可采用电话方式。\n\n注2：回访可采用短信方式。\n' },
      {
        name: '条中的注和表注各自编号',
        text: '## 5 回访\n\n回访应在办结后进行。\n\n注：回访可采用电话方式。\n\n表1 回访时限\n\n| 事项 | 时限 |\n|---|---|\n| 投诉 | 3日 |\n\n注：时限为工作日。\n',
      },
    ],
    invalid: [
      { name: '单个注带了编号', text: '## 5 回访\n\n回访应在办结后进行。\n\n注1：回访可采用电话方式。\n', errors: [{ messageId: 'single', line: 5, column: 1 }] },
      { name: '注跳号', text: '## 5 回访\n\n回访应在办结后进行。\n\n注1：回访可采用电话方式。\n\n注3：回访可采用短信方式。\n', errors: [{ messageId: 'sequence', line: 7, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    for (const notes of noteGroups(standard.notes)) {
      const only = notes.length === 1 ? notes[0] : undefined;
      if (only) {
        if (only.number !== undefined) report({ messageId: 'single', data: { label: LABEL[only.kind], number: only.number }, at: only.node });
        continue;
      }
      notes.forEach((note, index) => {
        if (note.number !== index + 1) report({ messageId: 'sequence', data: { label: LABEL[note.kind], expected: index + 1 }, at: note.node });
      });
    }
  },
});
