import { allSections } from '../../model/sections.ts';
import { defineRule } from '../rule.ts';

export const headingDepth = defineRule({
  id: 'heading-depth',
  severity: 'error',
  scope: 'document',
  basis: [
    { clause: '7.3', detail: '条的层次' },
    { clause: '10.2', detail: '层次' },
  ],
  description: '标题层级与编号层级一致：章用"##"，4.1 用"###"，4.1.1 用"####"',
  messages: {
    wrongDepth: '"{number}"的标题应使用 {expected}（{count} 个 #），实际为 {actual}。',
  },
  fixable: false,
  docs: {
    rationale: '编号表明条的层次，Markdown 的标题级别决定手册和印刷稿中的字号和目次层级；两者不一致时，版面上的层次与编号不符。',
    howToFix: '按编号的层数写"#"：章（4）两个，一级条（4.1）三个，二级条（4.1.1）四个；附录标题两个。',
  },
  examples: {
    valid: [{ name: '层级与编号一致', text: '## 4 受理\n\n### 4.1 登记\n\n#### 4.1.1 当场登记\n\n内容。\n' }],
    invalid: [{ name: '一级条用了四个 #', text: '## 4 受理\n\n#### 4.1 登记\n\n内容。\n', errors: [{ messageId: 'wrongDepth', line: 3, column: 1, endLine: 3, endColumn: 12 }] }],
  },
  check(standard, { report }) {
    for (const section of allSections(standard)) {
      if (section.untitled || section.node.type !== 'heading') continue;
      const expected = section.kind === 'annex' ? 2 : section.number.split('.').length + 1;
      if (section.depth !== expected) {
        report({ messageId: 'wrongDepth', data: { number: section.number, expected: '#'.repeat(expected), count: expected, actual: '#'.repeat(section.depth) }, at: section });
      }
    }
  },
});
