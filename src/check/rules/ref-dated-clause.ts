import { formatCode } from '../../model/code.ts';
import { targetLabel } from '../../model/targets.ts';
import { defineRule, referenceTarget } from '../rule.ts';

export const refDatedClause = defineRule({
  id: 'ref-dated-clause',
  severity: 'warning',
  scope: 'corpus',
  basis: [{ clause: '9.5', detail: '引用具体条款应注日期' }],
  description: '引用其他文件的具体章、条、表、图时注明年号',
  messages: {
    undated: '引用 {code} 的{target}时应注日期{suggestion}：文件修订后条款编号可能改变。',
  },
  fixable: false,
  docs: {
    rationale: '不注日期的引用指向被引用文件的最新版本；文件修订后条款编号可能改变，所以引用其中具体的章、条、表、图时，应注明是哪一版（注日期引用）。',
    howToFix: '在编号后写上所引用版本的年号，如"GB/T 36113—2018的5.2"。',
  },
  examples: {
    valid: [{ name: '注日期引用条款', text: '## 4 受理\n\n投诉登记应符合GB/T 36113—2018的5.2的规定。\n' }],
    invalid: [
      {
        name: '不注日期引用条款',
        text: '## 4 受理\n\n投诉登记应符合GB/T 36113的5.2的规定。\n',
        errors: [{ messageId: 'undated', line: 3, column: 8, endLine: 3, endColumn: 22 }],
      },
    ],
  },
  check(standard, { index, report }) {
    for (const reference of standard.references) {
      const code = reference.document;
      if (!code || code.year || !reference.target) continue;
      const edition = index.isInternal(code) ? index.resolve(code)?.meta.code : index.external(code)?.code;
      const target = targetLabel(reference.target);
      const suggestion = edition?.year ? `，如"${formatCode(edition)}的${target}"` : '';
      report({ messageId: 'undated', data: { code: formatCode(code), target, suggestion }, at: referenceTarget(reference) });
    }
  },
});
