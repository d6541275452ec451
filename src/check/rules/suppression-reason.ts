import type { LegacyRule } from '../rule.ts';

export const suppressionReason: LegacyRule = {
  id: 'suppression-reason',
  severity: 'warning',
  scope: 'document',
  basis: '本工具要求：忽略诊断须说明理由',
  description: '每条 check-ignore 注释都写明规则编号和理由，且规则编号存在',
  check(standard, { knownRules, report }) {
    for (const suppression of standard.suppressions) {
      if (!knownRules.has(suppression.rule)) {
        report(suppression.position, `忽略注释中的规则编号"${suppression.rule}"不存在；可用 npm run check -- --list-rules 查看全部规则。`);
      } else if (!suppression.reason) {
        report(suppression.position, `忽略注释未写理由：应写成"<!-- check-ignore ${suppression.rule}: 理由 -->"。`);
      }
    }
  },
};
