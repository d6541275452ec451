import { allSections } from '../../model/sections.ts';
import type { LegacyRule } from '../rule.ts';

export const hangingParagraph: LegacyRule = {
  id: 'hanging-paragraph',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 7.5（悬置段）',
  description: '章或条的标题与其第一个下级条之间不宜有段落（悬置段）',
  check(standard, { report }) {
    for (const section of allSections(standard)) {
      // Chapter 3 and its 3.1 术语和定义 open with the lead-in sentence before the entries (GB/T 1.1—2020 8.7.2).
      if (section.children.length === 0 || section.number === '3' || section === standard.terms[0]?.section.parent) continue;
      const hanging = section.blocks.find((b) => b.type === 'paragraph' || b.type === 'list' || b.type === 'table');
      if (hanging?.position) {
        report({ line: hanging.position.start.line, column: hanging.position.start.column }, `${section.number} 与其第一个条 ${section.children[0]!.number} 之间有悬置段；请把这段内容编为一个条（如"${section.number}.1 总则"），或移入下级条中。`);
      }
    }
  },
};
