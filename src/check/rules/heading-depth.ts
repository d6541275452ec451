import { allSections } from '../../model/sections.ts';
import type { LegacyRule } from '../rule.ts';

export const headingDepth: LegacyRule = {
  id: 'heading-depth',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 7.4（条的层次与编号一致）',
  description: '标题层级与编号层级一致：章用"##"，4.1 用"###"，4.1.1 用"####"',
  check(standard, { report }) {
    for (const section of allSections(standard)) {
      if (section.untitled || section.node.type !== 'heading') continue;
      const expected = section.kind === 'annex' ? 2 : section.number.split('.').length + 1;
      if (section.depth !== expected) {
        report(section.position, `"${section.number}"的标题应使用 ${'#'.repeat(expected)}（${expected} 个 #），实际为 ${'#'.repeat(section.depth)}。`);
      }
    }
  },
};
