import { toString } from 'mdast-util-to-string';
import { termsChapter } from '../../model/sections.ts';
import { defineRule } from '../rule.ts';

const EMPTY_SENTENCE = '本文件没有需要界定的术语和定义。';
/** `下列…`, `GB/T 33358界定的以及下列…`, `GB/T 20000.1和GB/T 33358—2016界定的…` (GB/T 1.1—2020 8.7; the same in 2009). */
const LEAD_IN = /^(?:下列|[^。]{2,400}?界定的(?:以及下列)?)术语和定义适用于本文件。/u;
/** "GB/T 29261.3—2012和ISO/IEC 19762-1界定的术语和定义适用于本文件。": only others' terms apply. */
const OTHERS_TERMS_ONLY = /^[^。]{2,400}?界定的术语和定义适用于本文件。$/u;
const TERMS = '## 3 术语和定义\n\n下列术语和定义适用于本文件。\n\n';

export const termEntry = defineRule({
  id: 'term-entry',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '8.7', detail: '术语和定义' }],
  description: '第3章有引导语或"没有需要界定的术语"的说明；每个术语条目有术语、定义',
  messages: {
    noTerms: '第3章没有术语条目，应写"{sentence}"。',
    leadIn: '{section}应以引导语"下列术语和定义适用于本文件。"（或"××界定的以及下列术语和定义适用于本文件。"）开始。',
    noDefinition: '术语 {number}"{term}"缺少定义：在标题下写一段陈述式定义。',
    definitionStart: '术语 {number} 的定义不宜以"是""指"开头，应直接写成能代替术语的陈述。',
  },
  fixable: false,
  docs: {
    rationale:
      '术语条目由条目编号、术语、英文对应词和定义组成；定义应能在正文中直接替换术语，所以写成陈述而不以"是""指"开头。引导语说明这些定义在本文件中适用；没有术语时也要写明，读者才知道第3章不是漏写了。',
    howToFix: '第3章开头写"下列术语和定义适用于本文件。"，每个术语条目的标题下写定义；没有术语时只写"本文件没有需要界定的术语和定义。"。',
  },
  examples: {
    valid: [
      { name: '有引导语和定义', text: `${TERMS}### 3.1 投诉 complaint\n\n服务对象对服务不满意的反映。\n` },
      { name: '没有术语', text: `## 3 术语和定义\n\n${EMPTY_SENTENCE}\n` },
      { name: '只采用其他文件界定的术语', text: '## 3 术语和定义\n\nGB/T 36113—2018界定的术语和定义适用于本文件。\n' },
      { name: '其他文件界定的以及下列术语', text: '## 3 术语和定义\n\nGB/T 36113—2018界定的以及下列术语和定义适用于本文件。\n\n### 3.1 回访 return visit\n\n办结后了解满意程度的活动。\n' },
    ],
    invalid: [
      { name: '没有术语也没有说明', text: '## 3 术语和定义\n\n无。\n', errors: [{ messageId: 'noTerms', line: 1, column: 1 }] },
      { name: '缺少引导语', text: '## 3 术语和定义\n\n### 3.1 投诉 complaint\n\n服务对象对服务不满意的反映。\n', errors: [{ messageId: 'leadIn', line: 1, column: 1 }] },
      { name: '缺少定义', text: `${TERMS}### 3.1 投诉 complaint\n\n### 3.2 回访 return visit\n\n办结后了解满意程度的活动。\n`, errors: [{ messageId: 'noDefinition', line: 5, column: 1 }] },
      { name: '定义以"是"开头', text: `${TERMS}### 3.1 投诉 complaint\n\n是服务对象对服务不满意的反映。\n`, errors: [{ messageId: 'definitionStart', line: 5, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    const chapter = termsChapter(standard);
    if (!chapter) return;
    // The lead-in opens the section holding the entries: chapter 3, or 3.1 in a combined chapter 3.
    const termsSection = standard.terms[0]?.section.parent ?? chapter;
    const firstParagraph = termsSection.blocks.find((b) => b.type === 'paragraph');
    const text = firstParagraph ? toString(firstParagraph).trim() : '';
    if (standard.terms.length === 0 && text !== EMPTY_SENTENCE && !OTHERS_TERMS_ONLY.test(text)) report({ messageId: 'noTerms', data: { sentence: EMPTY_SENTENCE }, at: chapter });
    if (standard.terms.length > 0 && !LEAD_IN.test(text)) {
      const at = firstParagraph?.position ? { line: firstParagraph.position.start.line, column: 1 } : termsSection.position;
      report({ messageId: 'leadIn', data: { section: termsSection === chapter ? '第3章' : termsSection.number }, at });
    }
    for (const term of standard.terms) {
      if (!term.definition) report({ messageId: 'noDefinition', data: { number: term.number, term: term.term }, at: term.section });
      else if (/^(?:是|指)/u.test(term.definition)) report({ messageId: 'definitionStart', data: { number: term.number }, at: term.section });
    }
  },
});
