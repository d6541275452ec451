import { defineRule, frontMatterText } from '../rule.ts';

export const supersededSuccessor = defineRule({
  id: 'superseded-successor',
  severity: 'error',
  scope: 'corpus',
  basis: [{ clause: '8.3', detail: '前言中的代替关系' }],
  description: '状态为被代替的文件有代替它的新文件',
  messages: {
    noSuccessor: '本文件状态为 superseded，但没有文件在 replaces 中代替 {code}；请在新版本的 replaces 中写明它，或将状态改为 withdrawn。',
  },
  fixable: false,
  docs: {
    rationale: '"被代替"说的是有新版本取而代之；找不到新版本，读者就无从得知现在该依据哪份文件。没有新版本而停止使用的文件，状态是"废止"。',
    howToFix: '在新版本的文件头写"replaces: [旧版本编号]"；若没有新版本，把状态改为 withdrawn。',
  },
  examples: {
    valid: [
      {
        name: '新版本写明了代替关系',
        text: frontMatterText('code: Q/JMXZ 30101—2019\nstatus: superseded'),
        files: { 'standards/30101-窗口服务规范.md': frontMatterText('code: Q/JMXZ 30101—2025\nstatus: current\nreplaces: [Q/JMXZ 30101—2019]') },
      },
    ],
    invalid: [
      {
        name: '新版本漏写了 replaces',
        text: frontMatterText('code: Q/JMXZ 30101—2019\nstatus: superseded'),
        files: { 'standards/30101-窗口服务规范.md': frontMatterText('code: Q/JMXZ 30101—2025\nstatus: current') },
        errors: [{ messageId: 'noSuccessor', line: 3, column: 9, endLine: 3, endColumn: 19 }],
      },
    ],
  },
  check(standard, { index, report }) {
    const entry = standard.frontMatter?.entries.get('status');
    if (standard.meta.status !== 'superseded' || !standard.meta.code || !entry) return;
    if (index.successorsOf(standard).length === 0) report({ messageId: 'noSuccessor', data: { code: standard.meta.code.raw }, at: entry });
  },
});
