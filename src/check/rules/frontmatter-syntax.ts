import { defineRule } from '../rule.ts';

export const frontmatterSyntax = defineRule({
  id: 'frontmatter-syntax',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '8.1', detail: '封面信息由文件头给出' }],
  description: '文件以 YAML 文件头（--- … ---）开始且语法正确',
  messages: {
    missing: '缺少文件头：请在文件第一行写 "---"，随后写 code、title、status 等字段，再以 "---" 结束。',
    syntax: '文件头 YAML 语法错误：{error}。请检查缩进、冒号后的空格和引号是否成对。',
  },
  fixable: false,
  docs: {
    rationale: '封面上的编号、名称、状态、发布和实施日期都写在文件头中；文件头缺失或无法读取时，体系表、手册和印刷稿都得不到这些信息。',
    howToFix: '在文件第一行写"---"，逐行写"字段: 值"（冒号后一个空格），再以"---"结束；值中含冒号时加引号。',
  },
  examples: {
    valid: [{ name: '完整的文件头', text: '---\ncode: Q/JMXZ 30501—2025\ntitle: 投诉处理规范\nstatus: current\n---\n' }],
    invalid: [
      { name: '没有文件头', text: '## 前言\n\n前言内容。\n', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
      { name: '值中有未加引号的冒号', text: '---\ntitle: 投诉处理规范: 第二版\n---\n', errors: [{ messageId: 'syntax', line: 2, column: 8 }] },
    ],
  },
  check(standard, { report }) {
    const frontMatter = standard.frontMatter;
    if (!frontMatter) report({ messageId: 'missing', at: { line: 1, column: 1 } });
    else if (frontMatter.error) report({ messageId: 'syntax', data: { error: frontMatter.error.message }, at: frontMatter.error.position });
  },
});
