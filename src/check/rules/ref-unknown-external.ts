import { formatCode } from '../../model/code.ts';
import { defineRule, referenceTarget } from '../rule.ts';
import { NORMATIVE_REFS_LEAD_IN } from './normative-refs-leadin.ts';

export const refUnknownExternal = defineRule({
  id: 'ref-unknown-external',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '8.6', detail: '引用文件应可获得' }],
  description: '引用的外部标准登记在 standards/external.yaml 中，以便核对名称和状态',
  messages: {
    cited: '外部标准 {code} 未登记在 standards/external.yaml 中，无法核对其名称和现行状态；请补充登记（code、title、status）。',
    listed: '外部标准 {code} 未登记在 standards/external.yaml 中，无法核对其名称和现行状态；请补充登记。',
  },
  fixable: false,
  docs: {
    rationale: '被引用的文件应是可获得的，它的名称和现行状态要能核对：检查在离线状态下进行，所以本中心引用的国家、行业和地方标准登记在 standards/external.yaml 中，名称和废止情况据此核对。',
    howToFix: '在 standards/external.yaml 中加一行登记（code、title、status，可写 replaced-by 和 node）；若是编号写错，改正编号。',
  },
  examples: {
    valid: [{ name: '已登记的国家标准', text: '## 4 受理\n\n投诉处置应符合GB/T 36113—2018的规定。\n' }],
    invalid: [
      { name: '正文引用未登记的标准', text: '## 4 受理\n\n投诉处置参见GB/T 99999—2020。\n', errors: [{ messageId: 'cited', line: 3, column: 7, endLine: 3, endColumn: 22 }] },
      { name: '第2章列出未登记的标准', text: `## 2 规范性引用文件\n\n${NORMATIVE_REFS_LEAD_IN}\n\n- GB/T 99999—2020 示例规范\n`, errors: [{ messageId: 'listed', line: 5, column: 1 }] },
    ],
  },
  check(standard, { index, report }) {
    for (const reference of standard.references) {
      const code = reference.document;
      if (!code || index.isInternal(code) || index.knowsExternal(code)) continue;
      report({ messageId: 'cited', data: { code: formatCode(code) }, at: referenceTarget(reference) });
    }
    for (const entry of standard.normativeList) {
      if (!index.isInternal(entry.code) && !index.knowsExternal(entry.code)) report({ messageId: 'listed', data: { code: formatCode(entry.code) }, at: entry.position });
    }
  },
});
