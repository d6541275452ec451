import type { LegacyRule } from '../rule.ts';

const REQUIRED_CHAPTERS: [string, string][] = [
  ['1', '范围'],
  ['2', '规范性引用文件'],
  ['3', '术语和定义'],
];

/** Chapter 3 may combine definitions with symbols and abbreviations (GB/T 1.1—2020 8.7, 8.8). */
const TERMS_CHAPTER_TITLE = /^术语(?:和定义|、定义(?:、(?:符号|缩略语))?和(?:符号|缩略语))$/u;

export const structureElements: LegacyRule = {
  id: 'structure-elements',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 表3（要素的构成及表述）',
  description: '必备要素齐全且名称正确：前言、1 范围、2 规范性引用文件、3 术语和定义',
  check(standard, { report }) {
    if (standard.loadError || !standard.frontMatter) return;
    const afterFrontMatter = { line: standard.frontMatter.endLine + 1, column: 1 };
    if (!standard.elements.some((e) => e.kind === 'preface')) {
      report(standard.elements[0]?.position ?? afterFrontMatter, '缺少"## 前言"：前言是必备要素，位于第1章之前。');
    }
    for (const [number, title] of REQUIRED_CHAPTERS) {
      const chapter = standard.sections.get(number);
      if (!chapter || chapter.kind !== 'chapter') {
        report(afterFrontMatter, `缺少第${number}章"${title}"：应写成"## ${number} ${title}"${number === '1' ? '' : '（无内容时写固定的说明句）'}。`);
      } else if (chapter.title !== title && !(number === '3' && TERMS_CHAPTER_TITLE.test(chapter.title))) {
        report(chapter.position, `第${number}章的标题应为"${title}"，而不是"${chapter.title}"。`);
      }
    }
    const chapters = standard.elements.filter((e) => e.kind === 'chapter');
    // In a terminology standard the term entries of chapter 3 are the core technical elements.
    const isTerminology = standard.meta.title?.endsWith('术语') ?? false;
    if (chapters.length > 0 && chapters.length < 4 && !isTerminology) {
      report(chapters.at(-1)!.position, '缺少核心技术要素：第3章之后应至少有一章规定具体要求（第4章起）。');
    }
  },
};
