import { toString } from 'mdast-util-to-string';
import type { TextEdit } from '../../model/text-edits.ts';
import type { Section, Standard } from '../../model/types.ts';
import type { LegacyRule } from '../rule.ts';

export const NORMATIVE_REFS_LEAD_IN = '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';
export const NO_NORMATIVE_REFS = '本文件没有规范性引用文件。';
/** The same sentences in GB/T 1.1—2009 (6.2.2), for texts drafted under that edition. */
export const NORMATIVE_REFS_LEAD_IN_2009 = '下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';
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
  if (first?.type === 'paragraph' && !isNote && first.position) {
    return { start: first.position.start.offset!, end: first.position.end.offset!, text: expected };
  }
  const headingEnd = chapter.node.position?.end.offset;
  if ((first === undefined || first.type === 'list' || isNote) && headingEnd !== undefined) return { start: headingEnd, end: headingEnd, text: `\n\n${expected}` };
  return undefined;
}

export const normativeRefsLeadin: LegacyRule = {
  id: 'normative-refs-leadin',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.6.2（规范性引用文件的引导语）',
  description: '第2章以规定的引导语开始；没有规范性引用文件时写规定的说明句',
  check(standard, { report }) {
    const chapter = standard.sections.get('2');
    if (!chapter || chapter.kind !== 'chapter') return;
    const paragraph = chapter.blocks.find((b) => b.type === 'paragraph');
    const text = paragraph ? toString(paragraph).trim() : '';
    const position = paragraph?.position ? { line: paragraph.position.start.line, column: 1 } : chapter.position;
    // A lead-in sentence ("下列文件……") means a list follows, even when it holds no recognizable document yet.
    const listed = standard.normativeList.length > 0 || text.startsWith('下列文件');
    const expected = standard.meta.draftingRules === '2009'
      ? (listed ? NORMATIVE_REFS_LEAD_IN_2009 : NO_NORMATIVE_REFS_2009)
      : (listed ? NORMATIVE_REFS_LEAD_IN : NO_NORMATIVE_REFS);
    if (text !== expected) {
      report(position, `第2章应${standard.normativeList.length > 0 ? '以固定的引导语开始' : '写明'}："${expected}"`, fixFor(standard, chapter, expected));
    }
  },
};
