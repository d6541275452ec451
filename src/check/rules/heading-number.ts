import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule.ts';

export const headingNumber = defineRule({
  id: 'heading-number',
  severity: 'error',
  scope: 'document',
  basis: [
    { clause: '7.2', detail: '章的编号' },
    { clause: '7.3', detail: '条的编号' },
  ],
  description: '每个标题都有编号（或是前言、引言、附录、参考文献、索引），正文不用一级标题',
  messages: {
    unnumbered: '标题"{text}"没有编号：章写成"## 4 {text}"，条写成"### 4.1 {text}"；不编号的要素只有前言、引言、参考文献和索引。',
    titleHeading: '正文中不使用一级标题"#"：标准名称由文件头的 title 给出，章用"##"。',
  },
  fixable: false,
  docs: {
    rationale: '章和条以编号标识，引用（"见5.2"）、目次和手册中的锚点都依赖编号；不编号的标题既无法被引用，也打乱了层次。标准名称属于封面和首页，由文件头给出，正文从第1章开始。',
    howToFix: '在标题文字前写上编号（章"## 4 标题"，条"### 4.1 标题"）；若它本是前言、引言、参考文献或索引，写出这些名称；删除正文中的一级标题"#"。',
  },
  examples: {
    valid: [{ name: '编号的章和条', text: '## 前言\n\n前言内容。\n\n## 4 受理\n\n### 4.1 登记\n\n登记内容。\n\n## 参考文献\n\n- [1] 《信访工作条例》\n' }],
    invalid: [
      {
        name: '没有编号的条标题',
        text: '## 4 受理\n\n### 登记\n\n登记内容。\n',
        errors: [{ messageId: 'unnumbered', line: 3, column: 1, endLine: 3, endColumn: 7 }],
      },
      {
        name: '正文中的一级标题',
        text: '# 投诉处理规范\n\n## 4 受理\n\n受理内容。\n',
        errors: [{ messageId: 'titleHeading', line: 1, column: 1, endLine: 1, endColumn: 9 }],
      },
    ],
  },
  check(standard, { report }) {
    for (const heading of standard.unnumberedHeadings) report({ messageId: 'unnumbered', data: { text: toString(heading).trim() }, at: heading });
    for (const heading of standard.titleHeadings) report({ messageId: 'titleHeading', at: heading });
  },
});
