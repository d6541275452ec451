import { formatCode } from '../../model/code.ts';
import { targetExists, targetLabel } from '../../model/targets.ts';
import type { LegacyRule } from '../rule.ts';

export const refDocument: LegacyRule = {
  id: 'ref-document',
  severity: 'error',
  scope: 'corpus',
  basis: 'GB/T 1.1—2020 9.5（引用其他文件）',
  description: '引用的本体系标准存在；注日期引用的版本存在；引用的条款在该版本中存在',
  check(standard, { index, report }) {
    for (const reference of standard.references) {
      const code = reference.document;
      if (!code || !index.isInternal(code)) continue;
      const target = index.resolve(code);
      // An earlier edition of this very document may predate the repository (`2015年版的4.3`):
      // it can only be checked when it is kept; whether it must be is replaces-valid's concern.
      const ownEarlierEdition = standard.meta.code?.serial === code.serial && code.year !== standard.meta.code.year;
      if (!target && ownEarlierEdition) continue;
      if (!target) {
        const editions = index.editionsOf(code);
        report(reference.position, editions.length > 0
          ? `本体系中没有 ${formatCode(code)}；现有版本为 ${editions.map((s) => s.meta.code!.raw).join('、')}。`
          : `引用的 ${formatCode(code)} 不在本标准体系中；请核对编号，或先起草该标准。`);
        continue;
      }
      if (target === standard && !reference.target) continue;
      if (reference.target && !targetExists(target, reference.target)) {
        report(reference.position, `${target.meta.code!.raw}（${target.file}）中没有${targetLabel(reference.target)}；请核对被引用文件的条款编号。`);
      }
    }
  },
};
