import { toString } from 'mdast-util-to-string';
import type { Rule } from '../rule.ts';

export const headingNumber: Rule = {
  id: 'heading-number',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 7.3、7.4（章、条的编号）',
  description: '每个标题都有编号（或是前言、引言、附录、参考文献、索引），正文不用一级标题',
  check(standard, { report }) {
    for (const heading of standard.unnumberedHeadings) {
      const text = toString(heading).trim();
      report({ line: heading.position!.start.line, column: heading.position!.start.column }, `标题"${text}"没有编号：章写成"## 4 ${text}"，条写成"### 4.1 ${text}"；不编号的要素只有前言、引言、参考文献和索引。`);
    }
    for (const heading of standard.titleHeadings) {
      report({ line: heading.position!.start.line, column: 1 }, '正文中不使用一级标题"#"：标准名称由文件头的 title 给出，章用"##"。');
    }
  },
};
