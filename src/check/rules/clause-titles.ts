import { allSections } from '../../model/sections.ts';
import type { LegacyRule } from '../rule.ts';

export const clauseTitles: LegacyRule = {
  id: 'clause-titles',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 7.4（同级条都有标题或都无标题；无标题条不再细分）',
  description: '同一层次的条要么都有标题，要么都没有；无标题条不再分条',
  check(standard, { report }) {
    for (const section of allSections(standard)) {
      const titled = section.children.filter((c) => !c.untitled);
      const untitled = section.children.filter((c) => c.untitled);
      if (titled.length > 0 && untitled.length > 0) {
        const minority = titled.length >= untitled.length ? untitled : titled;
        for (const child of minority) {
          report(child.position, `条 ${child.number} 与同级条${child.untitled ? '不同：同级条有标题，请为它加标题（写成标题行）' : '不同：同级条无标题，请去掉它的标题（写成以编号开头的段落）'}。`);
        }
      }
      if (section.untitled && section.children.length > 0) {
        report(section.children[0]!.position, `无标题条 ${section.number} 不应再细分；请给 ${section.number} 加标题，或将 ${section.children[0]!.number} 改为列项。`);
      }
    }
  },
};
