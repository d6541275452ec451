import { defineRule } from '../rule.ts';

export const numberingChapters = defineRule({
  id: 'numbering-chapters',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '7.2', detail: '章的编号从1开始连续' }],
  description: '章编号从1开始连续',
  messages: {
    wrongNumber: '章编号应为 {expected}（上一章为 {previous}），实际为 {actual}；章编号应从1开始连续。',
  },
  fixable: false,
  docs: {
    rationale: '章以阿拉伯数字从1开始连续编号，引用（"见第5章"）和目次都靠编号定位；跳号或重号使引用指向错误的章。',
    howToFix: '按顺序改正章编号，并同步修改引用这些章和其中条的地方；npm run renumber 可一次完成编号和引用的改写。',
  },
  examples: {
    valid: [{ name: '连续的章', text: '## 1 范围\n\n范围。\n\n## 2 规范性引用文件\n\n本文件没有规范性引用文件。\n' }],
    invalid: [{ name: '跳过了第2章', text: '## 1 范围\n\n范围。\n\n## 3 术语和定义\n\n术语。\n', errors: [{ messageId: 'wrongNumber', line: 5, column: 1 }] }],
  },
  check(standard, { report }) {
    const chapters = standard.elements.filter((e) => e.kind === 'chapter');
    chapters.forEach((chapter, index) => {
      const expected = String(index + 1);
      if (chapter.number !== expected) report({ messageId: 'wrongNumber', data: { expected, previous: chapters[index - 1]?.number ?? '无', actual: chapter.number }, at: chapter });
    });
  },
});
