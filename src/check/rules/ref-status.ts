import { formatCode } from '../../model/code.ts';
import { STATUS_LABELS } from '../../model/types.ts';
import type { LegacyRule } from '../rule.ts';

export const refStatus: LegacyRule = {
  id: 'ref-status',
  severity: 'error',
  scope: 'corpus',
  basis: 'GB/T 1.1—2020 8.6（不规范性引用已废止、被代替或未发布的文件）',
  description: '规范性引用的文件是现行的：不是被代替、废止的文件，也不是未发布的草案',
  check(standard, { index, report }) {
    for (const reference of standard.references) {
      const code = reference.document;
      if (!code || !reference.normative) continue;
      if (index.isInternal(code)) {
        const target = index.resolve(code);
        const status = target?.meta.status;
        if (!target || target === standard || !status || status === 'current') continue;
        const successor = index.successorsOf(target)[0]?.meta.code;
        report(reference.position, `规范性引用的 ${formatCode(code)} 状态为"${STATUS_LABELS[status]}"，不应作规范性引用${successor ? `；请改为引用 ${successor.raw}` : ''}。`);
        continue;
      }
      const external = index.external(code);
      if (external?.status === '废止') {
        report(reference.position, `规范性引用的 ${formatCode(code)} 已废止${external.replacedBy ? `，已被 ${formatCode(external.replacedBy)} 代替，请改为引用新版本` : '，请改为引用现行文件或列入参考文献'}。`);
      }
    }
  },
};
