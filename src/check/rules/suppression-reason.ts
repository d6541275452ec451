import { defineRule } from '../rule.ts';

export const suppressionReason = defineRule({
  id: 'suppression-reason',
  severity: 'warning',
  scope: 'document',
  basis: [{ tool: '忽略诊断须说明理由' }],
  description: '每条 check-ignore 注释都写明规则编号和理由，且规则编号存在',
  messages: {
    unknownRule: '忽略注释中的规则编号"{rule}"不存在；可用 npm run check -- --list-rules 查看全部规则。',
    noReason: '忽略注释未写理由：应写成"<!-- check-ignore {rule}: 理由 -->"。',
  },
  fixable: false,
  docs: {
    rationale: '有时某条诊断确实不适用（如引用上级文件原文），可以用注释在原处忽略它；但理由必须写下来，审查者才能判断忽略是否恰当。没有理由的忽略注释不生效。',
    howToFix: '写成"<!-- check-ignore 规则编号: 理由 -->"，规则编号用 npm run check -- --list-rules 查看。',
  },
  examples: {
    valid: [{ name: '写明理由的忽略', text: '## 4 受理\n\n<!-- check-ignore wording-forbidden: 引用上级文件原文 -->\n窗口人员必须当场登记投诉。\n' }],
    invalid: [
      { name: '没有理由', text: '## 4 受理\n\n<!-- check-ignore wording-forbidden -->\n窗口人员必须当场登记投诉。\n', errors: [{ messageId: 'noReason', line: 3, column: 1 }] },
      { name: '拼错的规则编号', text: '## 4 受理\n\n<!-- check-ignore wording-forbiden: 引用原文 -->\n窗口人员必须当场登记投诉。\n', errors: [{ messageId: 'unknownRule', line: 3, column: 1 }] },
    ],
  },
  check(standard, { knownRules, report }) {
    for (const suppression of standard.suppressions) {
      if (!knownRules.has(suppression.rule)) report({ messageId: 'unknownRule', data: { rule: suppression.rule }, at: suppression.position });
      else if (!suppression.reason) report({ messageId: 'noReason', data: { rule: suppression.rule }, at: suppression.position });
    }
  },
});
