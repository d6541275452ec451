import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import type { Section } from '../../model/types.ts';
import { defineRule } from '../rule.ts';

const text = (body: string): string =>
  `---\ntitle: 示例规范\n---\n\n## 3 术语和定义\n\n下列术语和定义适用于本文件。\n\n### 3.1 首问责任人 first-inquiry responsible person\n\n首先接待服务对象的工作人员。\n\n## 4 要求\n\n${body}\n`;

export const termUnused = defineRule({
  id: 'term-unused',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '8.7', detail: '界定的是文件中使用的术语' }],
  description: '第3章界定的术语在本文件的其他部分（或其他术语的定义中）至少用到一次',
  messages: {
    unused: '术语"{term}"（{number}）在本文件中没有用到；不用的术语不必界定，请删除该条目，或检查正文是否改用了别的说法。',
  },
  fixable: false,
  docs: {
    rationale: '术语和定义是为理解文件中用到的术语而界定的（GB/T 1.1—2020 8.7）。正文不再使用的术语多是修订后遗留的，或正文改用了另一种说法，二者都让读者困惑。',
    howToFix: '删除不再使用的术语条目（并用 npm run renumber 重排编号），或把正文中的同义说法改回所界定的术语。术语标准（名称以"术语"结尾）不检查。',
  },
  examples: {
    valid: [{ name: '正文用到了术语', text: text('4.1 首问责任人应一次答复服务对象。\n\n4.2 不能答复的，应引导至相关窗口。') }],
    invalid: [{ name: '正文没有用到所界定的术语', text: text('4.1 首先接待的人员应一次答复服务对象。\n\n4.2 不能答复的，应引导至相关窗口。'), errors: [{ messageId: 'unused', line: 9, column: 1 }] }],
  },
  check(standard, { report }) {
    if (standard.terms.length === 0 || standard.meta.title?.endsWith('术语')) return;
    // Each section's own text once (titles, untitled clauses' paragraphs, blocks), with the sections
    // it lies in, so that each term looks for itself outside its own entry without re-reading the text.
    const parts: { text: string; within: Section[] }[] = [];
    const collect = (sections: Section[], within: Section[]): void => {
      for (const section of sections) {
        const path = [...within, section];
        const texts: string[] = [];
        if (section.title) texts.push(section.title);
        if (section.untitled) texts.push(toString(section.node));
        for (const block of section.blocks as RootContent[]) texts.push(toString(block));
        parts.push({ text: texts.join('\n'), within: path });
        collect(section.children, path);
      }
    };
    collect(standard.elements, []);
    for (const term of standard.terms) {
      const outside = parts.filter((part) => !part.within.includes(term.section));
      // "horizontal figure of merit; HFOM", "RDF schema: RDFS": the text may use the abbreviation instead.
      const abbreviation = /[;；:：][ \u3000]*([A-Za-z][A-Za-z0-9-]{1,15})$/u.exec(term.english ?? '')?.[1];
      const short = abbreviation ? new RegExp(`(?<![A-Za-z])${abbreviation}(?![A-Za-z])`, 'u') : undefined;
      if (outside.some((part) => part.text.includes(term.term) || short?.test(part.text))) continue;
      report({ messageId: 'unused', data: { term: term.term, number: term.number }, at: term.position });
    }
  },
});
