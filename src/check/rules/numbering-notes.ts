import type { Note, Section } from '../../model/types.ts';
import type { LegacyRule } from '../rule.ts';

const LABEL = { note: '注', example: '示例' } as const;

/** Notes, and examples, are numbered within their clause: each group is numbered on its own (shared with renumbering). */
export function noteGroups(notes: readonly Note[]): Note[][] {
  const groups = new Map<string, Note[]>();
  const sectionKey = (section: Section | undefined): string => section ? `${section.number}@${section.position.line}` : '';
  for (const note of notes) {
    const key = `${note.kind}|${sectionKey(note.section)}`;
    groups.set(key, [...(groups.get(key) ?? []), note]);
  }
  return [...groups.values()];
}

export const numberingNotes: LegacyRule = {
  id: 'numbering-notes',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.2（注、示例的编号）',
  description: '同一条中只有一个注时写"注："，多个时写"注1：""注2："……连续；示例同理',
  check(standard, { report }) {
    for (const notes of noteGroups(standard.notes)) {
      const label = LABEL[notes[0]!.kind];
      if (notes.length === 1) {
        const only = notes[0]!;
        if (only.number !== undefined) report(only.position, `本条只有一个${label}，应写"${label}："而不是"${label}${only.number}："。`);
        continue;
      }
      notes.forEach((note, index) => {
        if (note.number !== index + 1) {
          report(note.position, `本条有多个${label}，此处应为"${label}${index + 1}："；同一条中的${label}从1开始连续编号。`);
        }
      });
    }
  },
};
