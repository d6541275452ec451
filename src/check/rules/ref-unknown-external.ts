import { formatCode } from '../../model/code.ts';
import type { LegacyRule } from '../rule.ts';

export const refUnknownExternal: LegacyRule = {
  id: 'ref-unknown-external',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.6（引用文件应可获得）',
  description: '引用的外部标准登记在 standards/external.yaml 中，以便核对名称和状态',
  check(standard, { index, report }) {
    for (const reference of standard.references) {
      const code = reference.document;
      if (!code || index.isInternal(code) || index.knowsExternal(code)) continue;
      report(reference.position, `外部标准 ${formatCode(code)} 未登记在 standards/external.yaml 中，无法核对其名称和现行状态；请补充登记（code、title、status）。`);
    }
    for (const entry of standard.normativeList) {
      if (!index.isInternal(entry.code) && !index.knowsExternal(entry.code)) {
        report(entry.position, `外部标准 ${formatCode(entry.code)} 未登记在 standards/external.yaml 中，无法核对其名称和现行状态；请补充登记。`);
      }
    }
  },
};
