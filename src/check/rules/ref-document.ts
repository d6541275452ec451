import { formatCode } from '../../model/code.ts';
import { targetExists, targetLabel } from '../../model/targets.ts';
import { defineRule, frontMatterText, referenceTarget } from '../rule.ts';

const WINDOW = 'standards/30101-窗口服务规范.md';
const WINDOW_TEXT = `${frontMatterText('code: Q/JMXZ 30101—2025\nstatus: current')}\n## 4 服务要求\n\n### 4.1 仪容\n\n内容。\n\n### 4.2 首问负责\n\n内容。\n`;
const citing = (citation: string): string => `${frontMatterText('code: Q/JMXZ 30501—2025')}\n## 4 受理\n\n投诉受理应符合${citation}的规定。\n`;

export const refDocument = defineRule({
  id: 'ref-document',
  severity: 'error',
  scope: 'corpus',
  basis: [{ clause: '9.5', detail: '引用其他文件' }],
  description: '引用的本体系标准存在；注日期引用的版本存在；引用的条款在该版本中存在',
  messages: {
    noSuchEdition: '本体系中没有 {code}；现有版本为 {editions}。',
    notInSystem: '引用的 {code} 不在本标准体系中；请核对编号，或先起草该标准。',
    noSuchTarget: '{code}（{file}）中没有{target}；请核对被引用文件的条款编号。',
  },
  fixable: false,
  docs: {
    rationale: '引用本体系的其他标准时，被引用的标准、版本和条款都必须存在，否则要求落空；被引用的标准修订后条款编号可能改变，所以要逐一核对。',
    howToFix: '核对被引用文件的编号、年号和条款编号后改正引用；引用的标准尚未起草时，先起草它或删去引用。',
  },
  examples: {
    valid: [{ name: '引用存在的条款', text: citing('Q/JMXZ 30101—2025的4.2'), files: { [WINDOW]: WINDOW_TEXT } }],
    invalid: [
      { name: '不存在的版本', text: citing('Q/JMXZ 30101—2020'), files: { [WINDOW]: WINDOW_TEXT }, errors: [{ messageId: 'noSuchEdition', line: 7, column: 8 }] },
      { name: '体系中没有的标准', text: citing('Q/JMXZ 30199—2025'), files: { [WINDOW]: WINDOW_TEXT }, errors: [{ messageId: 'notInSystem', line: 7, column: 8 }] },
      {
        name: '不存在的条',
        text: citing('Q/JMXZ 30101—2025的4.9'),
        files: { [WINDOW]: WINDOW_TEXT },
        errors: [{ messageId: 'noSuchTarget', line: 7, column: 8, endLine: 7, endColumn: 29 }],
      },
    ],
  },
  check(standard, { index, report }) {
    for (const reference of standard.references) {
      const code = reference.document;
      if (!code || !index.isInternal(code)) continue;
      const target = index.resolve(code);
      // An earlier edition of this very document may predate the repository (`2015年版的4.3`):
      // it can only be checked when it is kept; whether it must be is replaces-valid's concern.
      const ownEarlierEdition = standard.meta.code?.serial === code.serial && code.year !== standard.meta.code.year;
      if (!target && ownEarlierEdition) continue;
      const at = referenceTarget(reference);
      if (!target) {
        const editions = index.editionsOf(code);
        if (editions.length > 0) report({ messageId: 'noSuchEdition', data: { code: formatCode(code), editions: editions.map((s) => s.meta.code?.raw ?? s.file).join('、') }, at });
        else report({ messageId: 'notInSystem', data: { code: formatCode(code) }, at });
        continue;
      }
      if (target === standard && !reference.target) continue;
      if (reference.target && !targetExists(target, reference.target)) {
        report({ messageId: 'noSuchTarget', data: { code: target.meta.code?.raw ?? formatCode(code), file: target.file, target: targetLabel(reference.target) }, at });
      }
    }
  },
});
