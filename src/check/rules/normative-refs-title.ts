import { formatCode } from '../../model/code.ts';
import type { LegacyRule } from '../rule.ts';

export const normativeRefsTitle: LegacyRule = {
  id: 'normative-refs-title',
  severity: 'error',
  scope: 'corpus',
  basis: 'GB/T 1.1—2020 8.6.3（规范性引用文件清单中的文件名称）',
  description: '第2章所列文件的名称与该文件的名称（本体系标准或 external.yaml 的登记）一致',
  check(standard, { index, report }) {
    for (const entry of standard.normativeList) {
      if (entry.code.allParts || !entry.title) continue;
      const known = index.isInternal(entry.code) ? index.resolve(entry.code)?.meta.title : index.external(entry.code)?.title;
      if (known && entry.title.replace(/\s+/gu, '') !== known.replace(/\s+/gu, '')) {
        report(entry.position, `${formatCode(entry.code)} 的名称应为"${known}"，而不是"${entry.title}"。`);
      }
    }
  },
};
