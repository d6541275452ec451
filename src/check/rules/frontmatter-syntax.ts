import type { LegacyRule } from '../rule.ts';

export const frontmatterSyntax: LegacyRule = {
  id: 'frontmatter-syntax',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.1（封面信息由文件头给出）',
  description: '文件以 YAML 文件头（--- … ---）开始且语法正确',
  check(standard, { report }) {
    const frontMatter = standard.frontMatter;
    if (!frontMatter) {
      report({ line: 1, column: 1 }, '缺少文件头：请在文件第一行写 "---"，随后写 code、title、status 等字段，再以 "---" 结束。');
    } else if (frontMatter.error) {
      report(frontMatter.error.position, `文件头 YAML 语法错误：${frontMatter.error.message}。请检查缩进、冒号后的空格和引号是否成对。`);
    }
  },
};
