import { toString } from 'mdast-util-to-string';
import type { LegacyRule } from '../rule.ts';

const EMPTY_SENTENCE = '本文件没有需要界定的术语和定义。';
/** `下列…`, `GB/T 33358界定的以及下列…`, `GB/T 20000.1和GB/T 33358—2016界定的…` (GB/T 1.1—2020 8.7.2; the same in 2009). */
const LEAD_IN = /^(?:下列|[^。]{2,400}?界定的(?:以及下列)?)术语和定义适用于本文件。/u;

export const termEntry: LegacyRule = {
  id: 'term-entry',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.7（术语和定义）',
  description: '第3章有引导语或"没有需要界定的术语"的说明；每个术语条目有术语、定义',
  check(standard, { report }) {
    const chapter = standard.sections.get('3');
    if (!chapter || chapter.kind !== 'chapter') return;
    // The lead-in opens the section holding the entries: chapter 3, or 3.1 in a combined chapter 3.
    const termsSection = standard.terms[0]?.section.parent ?? chapter;
    const firstParagraph = termsSection.blocks.find((b) => b.type === 'paragraph');
    const text = firstParagraph ? toString(firstParagraph).trim() : '';
    // "GB/T 29261.3—2012和ISO/IEC 19762-1界定的术语和定义适用于本文件。": only others' terms apply.
    if (standard.terms.length === 0 && text !== EMPTY_SENTENCE && !/^[^。]{2,400}?界定的术语和定义适用于本文件。$/u.test(text)) {
      report(chapter.position, `第3章没有术语条目，应写"${EMPTY_SENTENCE}"。`);
    }
    if (standard.terms.length > 0 && !LEAD_IN.test(text)) {
      report(firstParagraph?.position ? { line: firstParagraph.position.start.line, column: 1 } : termsSection.position, `${termsSection === chapter ? '第3章' : termsSection.number}应以引导语"下列术语和定义适用于本文件。"（或"××界定的以及下列术语和定义适用于本文件。"）开始。`);
    }
    for (const term of standard.terms) {
      if (!term.definition) {
        report(term.position, `术语 ${term.number}"${term.term}"缺少定义：在标题下写一段陈述式定义。`);
      } else if (/^(?:是|指)/u.test(term.definition)) {
        report(term.position, `术语 ${term.number} 的定义不宜以"是""指"开头，应直接写成能代替术语的陈述。`);
      }
    }
  },
};
