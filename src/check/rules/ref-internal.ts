import { targetExists, targetLabel } from '../../model/targets.ts';
import type { LegacyRule } from '../rule.ts';

export const refInternal: LegacyRule = {
  id: 'ref-internal',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.5（文件内的引用）',
  description: '文件内引用的章、条、附录、表、图、公式都存在',
  check(standard, { report }) {
    for (const reference of standard.references) {
      if (reference.document || !reference.target) continue;
      if (!targetExists(standard, reference.target)) {
        report(reference.position, `引用的${targetLabel(reference.target)}在本文件中不存在；请更正编号（可能在增删条款后未同步修改引用）。`);
      }
    }
  },
};
