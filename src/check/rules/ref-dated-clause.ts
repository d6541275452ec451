import { formatCode } from '../../model/code.ts';
import { targetLabel } from '../../model/targets.ts';
import type { LegacyRule } from '../rule.ts';

export const refDatedClause: LegacyRule = {
  id: 'ref-dated-clause',
  severity: 'warning',
  scope: 'corpus',
  basis: 'GB/T 1.1—2020 9.5.4.2（引用具体条款应注日期）',
  description: '引用其他文件的具体章、条、表、图时注明年号',
  check(standard, { index, report }) {
    for (const reference of standard.references) {
      const code = reference.document;
      if (!code || code.year || !reference.target) continue;
      const edition = index.isInternal(code) ? index.resolve(code)?.meta.code : index.external(code)?.code;
      const suggestion = edition?.year ? `，如"${formatCode(edition)}的${targetLabel(reference.target)}"` : '';
      report(reference.position, `引用 ${formatCode(code)} 的${targetLabel(reference.target)}时应注日期${suggestion}：文件修订后条款编号可能改变。`);
    }
  },
};
