import { toString } from 'mdast-util-to-string';
import { normativeReferencesChapter } from '../../model/sections.ts';
import type { TextEdit } from '../../model/text-edits.ts';
import type { Section, Standard } from '../../model/types.ts';
import { defineRule } from '../rule.ts';

export const NORMATIVE_REFS_LEAD_IN =
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';
export const NO_NORMATIVE_REFS = '本文件没有规范性引用文件。';
/** The same sentences in GB/T 1.1—2009 (6.2.2), for texts drafted under that edition. */
export const NORMATIVE_REFS_LEAD_IN_2009 =
  '下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';
export const NO_NORMATIVE_REFS_2009 = '本文件没有规范性引用文件。';

/**
 * The fixed sentence is only written for the author when chapter 2 says unambiguously which one it
 * needs: a list of documents (the lead-in) or no list at all (the "none" sentence). A list that holds
 * no recognizable document is left to the author.
 */
function fixFor(standard: Standard, chapter: Section, expected: string): TextEdit | undefined {
  const hasList = chapter.blocks.some((b) => b.type === 'list');
  if (hasList && standard.normativeList.length === 0) return undefined;
  const first = chapter.blocks.find((b) => b.type !== 'html');
  const isNote = first?.type === 'paragraph' && /^(?:注|示例)\d*[：:]/u.test(toString(first).trim());
  const start = first?.position?.start.offset;
  const end = first?.position?.end.offset;
  if (first?.type === 'paragraph' && !isNote && start !== undefined && end !== undefined) return { start, end, text: expected };
  const headingEnd = chapter.node.position?.end.offset;
  if ((first === undefined || first.type === 'list' || isNote) && headingEnd !== undefined) return { start: headingEnd, end: headingEnd, text: `\n\n${expected}` };
  return undefined;
}

const HEADING = '## 2 规范性引用文件\n\n';
const LIST = '- GB/T 36113—2018 政务服务中心服务投诉处置规范\n';
const CITATION = '\n## 4 受理\n\n投诉处置应符合GB/T 36113—2018的规定。\n';

export const normativeRefsLeadin = defineRule({
  id: 'normative-refs-leadin',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '8.6', detail: '规范性引用文件的引导语' }],
  description: '第2章以规定的引导语开始；没有规范性引用文件时写规定的说明句',
  messages: {
    leadIn: '第2章应以固定的引导语开始："{sentence}"',
    none: '第2章应写明："{sentence}"',
  },
  fixable: true,
  docs: {
    rationale: '引导语说明所列文件通过正文中的规范性引用成为本文件必不可少的条款，并说明注日期与不注日期引用的区别；它的措辞是规定的，不能改写。没有规范性引用文件时，第2章仍保留，写规定的说明句。',
    howToFix: '把第2章第一段改为规定的引导语或说明句；npm run check -- --fix 可自动写入。',
  },
  examples: {
    valid: [
      { name: '有引用文件时的引导语', text: `${HEADING}${NORMATIVE_REFS_LEAD_IN}\n\n${LIST}${CITATION}` },
      { name: '没有引用文件', text: `${HEADING}${NO_NORMATIVE_REFS}\n` },
      { name: '按2009版起草的引导语', text: `---\ndrafting-rules: GB/T 1.1—2009\n---\n\n${HEADING}${NORMATIVE_REFS_LEAD_IN_2009}\n\n${LIST}${CITATION}` },
    ],
    invalid: [
      {
        name: '改写了引导语（可自动修复）',
        text: `${HEADING}下列文件适用于本文件。\n\n${LIST}${CITATION}`,
        errors: [{ messageId: 'leadIn', line: 3, column: 1 }],
        output: `${HEADING}${NORMATIVE_REFS_LEAD_IN}\n\n${LIST}${CITATION}`,
      },
      {
        name: '没有引用文件却空着（可自动修复）',
        text: '## 2 规范性引用文件\n\n## 3 术语和定义\n',
        errors: [{ messageId: 'none', line: 1, column: 1 }],
        output: `${HEADING}${NO_NORMATIVE_REFS}\n\n## 3 术语和定义\n`,
      },
    ],
  },
  check(standard, { report }) {
    const chapter = normativeReferencesChapter(standard);
    if (!chapter) return;
    const paragraph = chapter.blocks.find((b) => b.type === 'paragraph');
    const text = paragraph ? toString(paragraph).trim() : '';
    // A lead-in sentence ("下列文件……") means a list follows, even when it holds no recognizable document yet.
    const listed = standard.normativeList.length > 0 || text.startsWith('下列文件');
    const expected = standard.meta.draftingRules === '2009' ? (listed ? NORMATIVE_REFS_LEAD_IN_2009 : NO_NORMATIVE_REFS_2009) : listed ? NORMATIVE_REFS_LEAD_IN : NO_NORMATIVE_REFS;
    if (text !== expected) {
      const at = paragraph?.position ? { line: paragraph.position.start.line, column: 1 } : chapter.position;
      report({ messageId: listed ? 'leadIn' : 'none', data: { sentence: expected }, at, fix: fixFor(standard, chapter, expected) });
    }
  },
});
