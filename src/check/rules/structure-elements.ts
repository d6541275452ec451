import { NORMATIVE_REFERENCES_CHAPTER, SCOPE_CHAPTER, TERMS_CHAPTER } from '../../model/sections.ts';
import { defineRule, frontMatterText } from '../rule.ts';

const REQUIRED_CHAPTERS: [string, string][] = [
  [SCOPE_CHAPTER, '范围'],
  [NORMATIVE_REFERENCES_CHAPTER, '规范性引用文件'],
  [TERMS_CHAPTER, '术语和定义'],
];

/** Chapter 3 may combine definitions with symbols and abbreviations (GB/T 1.1—2020 8.7, 8.8). */
const TERMS_CHAPTER_TITLE = /^术语(?:和定义|、定义(?:、(?:符号|缩略语))?和(?:符号|缩略语))$/u;

const HEAD = frontMatterText('title: 投诉处理规范');
const PREFACE = '## 前言\n\n本文件由江门市行政服务中心提出并归口。\n';
const CHAPTERS_1_3 = '## 1 范围\n\n本文件规定了投诉的受理。\n\n## 2 规范性引用文件\n\n本文件没有规范性引用文件。\n\n## 3 术语和定义\n\n本文件没有需要界定的术语和定义。\n';
const CHAPTER_4 = '## 4 受理\n\n投诉应当场登记。\n';

export const structureElements = defineRule({
  id: 'structure-elements',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '6.2', detail: '要素的构成（表3）' }, { clause: '8.3' }, { clause: '8.11' }],
  description: '必备要素齐全且名称正确：前言、1 范围、2 规范性引用文件、3 术语和定义，以及至少一章核心技术要素',
  messages: {
    noPreface: '缺少"## 前言"：前言是必备要素，位于第1章之前。',
    missingChapter: '缺少第{number}章"{title}"：应写成"## {number} {title}"{hint}。',
    chapterTitle: '第{number}章的标题应为"{title}"，而不是"{actual}"。',
    noCoreElements: '缺少核心技术要素：第3章之后应至少有一章规定具体要求（第4章起）。',
  },
  fixable: false,
  docs: {
    rationale:
      '前言、范围、规范性引用文件、术语和定义是每份标准的必备要素，位置和名称固定，读者据此在任何标准中都能找到同样的内容；核心技术要素是标准存在的理由。术语标准的术语条目就是其核心技术要素。',
    howToFix: '补上缺少的要素：前言写在第1章之前；第2章、第3章无内容时也要保留，写固定的说明句（"本文件没有规范性引用文件。""本文件没有需要界定的术语和定义。"）；第4章起写具体要求。',
  },
  examples: {
    valid: [
      { name: '必备要素齐全', text: `${HEAD}\n${PREFACE}\n${CHAPTERS_1_3}\n${CHAPTER_4}` },
      { name: '第3章兼列缩略语', text: `${HEAD}\n${PREFACE}\n${CHAPTERS_1_3.replace('## 3 术语和定义', '## 3 术语、定义和缩略语')}\n${CHAPTER_4}` },
    ],
    invalid: [
      { name: '缺少前言', text: `${HEAD}\n${CHAPTERS_1_3}\n${CHAPTER_4}`, errors: [{ messageId: 'noPreface', line: 5, column: 1 }] },
      {
        name: '缺少第2章',
        text: `${HEAD}\n${PREFACE}\n## 1 范围\n\n本文件规定了投诉的受理。\n\n## 3 术语和定义\n\n本文件没有需要界定的术语和定义。\n\n${CHAPTER_4}\n## 5 办理\n\n投诉应及时办理。\n`,
        errors: [{ messageId: 'missingChapter', line: 4, column: 1 }],
      },
      {
        name: '第1章的标题不对',
        text: `${HEAD}\n${PREFACE}\n${CHAPTERS_1_3.replace('## 1 范围', '## 1 适用范围')}\n${CHAPTER_4}`,
        errors: [{ messageId: 'chapterTitle', line: 9, column: 1 }],
      },
      { name: '没有核心技术要素', text: `${HEAD}\n${PREFACE}\n${CHAPTERS_1_3}`, errors: [{ messageId: 'noCoreElements', line: 17, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    if (standard.loadError || !standard.frontMatter) return;
    const afterFrontMatter = { line: standard.frontMatter.endLine + 1, column: 1 };
    if (!standard.elements.some((e) => e.kind === 'preface')) report({ messageId: 'noPreface', at: standard.elements[0] ?? afterFrontMatter });
    for (const [number, title] of REQUIRED_CHAPTERS) {
      const chapter = standard.sections.get(number);
      if (!chapter || chapter.kind !== 'chapter') {
        report({ messageId: 'missingChapter', data: { number, title, hint: number === SCOPE_CHAPTER ? '' : '（无内容时写固定的说明句）' }, at: afterFrontMatter });
      } else if (chapter.title !== title && !(number === TERMS_CHAPTER && TERMS_CHAPTER_TITLE.test(chapter.title))) {
        report({ messageId: 'chapterTitle', data: { number, title, actual: chapter.title }, at: chapter });
      }
    }
    const chapters = standard.elements.filter((e) => e.kind === 'chapter');
    const last = chapters.at(-1);
    // In a terminology standard the term entries of chapter 3 are the core technical elements.
    const isTerminology = standard.meta.title?.endsWith('术语') ?? false;
    if (last && chapters.length < 4 && !isTerminology) report({ messageId: 'noCoreElements', at: last });
  },
});
