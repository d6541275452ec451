import { formatCode } from '../../model/code.ts';
import { STATUS_LABELS } from '../../model/types.ts';
import { defineRule, frontMatterText, referenceTarget } from '../rule.ts';

const OLD = 'standards/30101-2019-窗口服务规范.md';
const citing = (citation: string): string => `${frontMatterText('code: Q/JMXZ 30501—2025')}\n## 4 受理\n\n投诉受理应符合${citation}的规定。\n`;

export const refStatus = defineRule({
  id: 'ref-status',
  severity: 'error',
  scope: 'corpus',
  basis: [{ clause: '8.6', detail: '不规范性引用已废止、被代替或未发布的文件' }],
  description: '规范性引用的文件是现行的：不是被代替、废止的文件，也不是未发布的草案',
  messages: {
    internalNotCurrent: '规范性引用的 {code} 状态为"{status}"，不应作规范性引用{successor}。',
    externalWithdrawn: '规范性引用的 {code} 已废止，已被 {replacement} 代替，请改为引用新版本。',
    externalWithdrawnNoSuccessor: '规范性引用的 {code} 已废止，请改为引用现行文件或列入参考文献。',
  },
  fixable: false,
  docs: {
    rationale: '规范性引用使被引用文件的内容成为本文件的要求；已废止、被代替的文件不再有效，未发布的草案还可能改变，都不能作为要求的依据。',
    howToFix: '改为引用现行版本（提示中给出了代替它的文件）；草案发布后再引用；只作参考时移入参考文献。',
  },
  examples: {
    valid: [{ name: '引用现行标准', text: citing('GB/T 36113—2018') }],
    invalid: [
      {
        name: '引用被代替的本体系标准',
        text: citing('Q/JMXZ 30101—2019'),
        files: {
          [OLD]: frontMatterText('code: Q/JMXZ 30101—2019\nstatus: superseded'),
          'standards/30101-窗口服务规范.md': frontMatterText('code: Q/JMXZ 30101—2025\nstatus: current\nreplaces: [Q/JMXZ 30101—2019]'),
        },
        errors: [{ messageId: 'internalNotCurrent', line: 7, column: 8, endLine: 7, endColumn: 25 }],
      },
      { name: '引用已废止的国家标准', text: citing('GB/T 1.1—2009'), errors: [{ messageId: 'externalWithdrawn', line: 7, column: 8 }] },
      {
        name: '引用已废止且无新版本的国家标准',
        text: citing('GB/T 9999—2001'),
        external: '- { code: GB/T 9999—2001, title: 示例废止标准, status: 废止 }',
        errors: [{ messageId: 'externalWithdrawnNoSuccessor', line: 7, column: 8 }],
      },
    ],
  },
  check(standard, { index, report }) {
    for (const reference of standard.references) {
      const code = reference.document;
      if (!code || !reference.normative) continue;
      const at = referenceTarget(reference);
      if (index.isInternal(code)) {
        const target = index.resolve(code);
        const status = target?.meta.status;
        if (!target || target === standard || !status || status === 'current') continue;
        const successor = index.successorsOf(target)[0]?.meta.code;
        report({ messageId: 'internalNotCurrent', data: { code: formatCode(code), status: STATUS_LABELS[status], successor: successor ? `；请改为引用 ${successor.raw}` : '' }, at });
        continue;
      }
      const external = index.external(code);
      if (external?.status !== '废止') continue;
      if (external.replacedBy) report({ messageId: 'externalWithdrawn', data: { code: formatCode(code), replacement: formatCode(external.replacedBy) }, at });
      else report({ messageId: 'externalWithdrawnNoSuccessor', data: { code: formatCode(code) }, at });
    }
  },
});
