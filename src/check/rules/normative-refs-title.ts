import { formatCode } from '../../model/code.ts';
import { defineRule } from '../rule.ts';
import { NORMATIVE_REFS_LEAD_IN } from './normative-refs-leadin.ts';

export const normativeRefsTitle = defineRule({
  id: 'normative-refs-title',
  severity: 'error',
  scope: 'corpus',
  basis: [{ clause: '8.6', detail: '清单中的文件名称' }],
  description: '第2章所列文件的名称与该文件的名称（本体系标准或 external.yaml 的登记）一致',
  messages: {
    wrongTitle: '{code} 的名称应为"{known}"，而不是"{title}"。',
  },
  fixable: false,
  docs: {
    rationale:
      '清单中的每个文件以编号和完整名称列出，读者据此确认引用的是哪份文件；名称与该文件的真实名称不符，往往是编号写错或抄错了名称。名称以本体系中的标准或 standards/external.yaml 的登记为准。',
    howToFix: '按提示改正名称；若名称无误而编号错了，改正编号；external.yaml 中的登记有误时更正登记。',
  },
  examples: {
    valid: [
      { name: '名称与登记一致', text: `## 2 规范性引用文件\n\n${NORMATIVE_REFS_LEAD_IN}\n\n- GB/T 36113—2018 政务服务中心服务投诉处置规范\n` },
      {
        name: 'ISO 文件的英文名称写在圆括号中（GB/T 35639—2017 第2章），不算名称的一部分',
        text: `## 2 规范性引用文件\n\n${NORMATIVE_REFS_LEAD_IN}\n\n- ISO 19103:2015 地理信息 概念模式语言(Geographic information—Conceptual schema language)\n`,
        external: '- { code: ISO 19103:2015, title: 地理信息 概念模式语言, status: 现行 }',
      },
    ],
    invalid: [
      {
        name: '抄错了名称',
        text: `## 2 规范性引用文件\n\n${NORMATIVE_REFS_LEAD_IN}\n\n- GB/T 36113—2018 政务服务中心投诉处理规范\n`,
        errors: [{ messageId: 'wrongTitle', line: 5, column: 1 }],
      },
    ],
  },
  check(standard, { index, report }) {
    for (const entry of standard.normativeList) {
      if (entry.code.allParts || !entry.title) continue;
      const known = index.isInternal(entry.code) ? index.resolve(entry.code)?.meta.title : index.external(entry.code)?.title;
      if (known && entry.title.replace(/\s+/gu, '') !== known.replace(/\s+/gu, '')) {
        report({ messageId: 'wrongTitle', data: { code: formatCode(entry.code), known, title: entry.title }, at: entry.position });
      }
    }
  },
});
