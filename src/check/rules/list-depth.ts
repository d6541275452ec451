import type { LegacyRule } from '../rule.ts';

export const listDepth: LegacyRule = {
  id: 'list-depth',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 7.6（列项不超过两个层次）',
  description: '列项最多两个层次',
  check(standard, { report }) {
    for (const list of standard.lists) {
      if (list.depth === 3) report(list.position, '列项超过两个层次；第三层请改为分条或并入上一层。');
    }
    for (const position of standard.excessiveNesting) {
      report(position, '此行缩进或引用层次过深，已按上限处理；标准的列项不超过两个层次，请删除多余的缩进或">"。');
    }
  },
};
