import type { LegacyRule } from '../rule.ts';

export const numberingChapters: LegacyRule = {
  id: 'numbering-chapters',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 7.3（章的编号从1开始连续）',
  description: '章编号从1开始连续，且每章有标题',
  check(standard, { report }) {
    const chapters = standard.elements.filter((e) => e.kind === 'chapter');
    chapters.forEach((chapter, index) => {
      const expected = String(index + 1);
      if (chapter.number !== expected) {
        report(chapter.position, `章编号应为 ${expected}（上一章为 ${index === 0 ? '无' : chapters[index - 1]!.number}），实际为 ${chapter.number}；章编号应从1开始连续。`);
      }
    });
  },
};
