import { allSections } from '../../model/sections.ts';
import { defineRule } from '../rule.ts';

export const clauseTitles = defineRule({
  id: 'clause-titles',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '7.3', detail: '同级条都有标题或都无标题；无标题条不再细分' }],
  description: '同一层次的条要么都有标题，要么都没有；无标题条不再分条',
  messages: {
    needsTitle: '条 {number} 与同级条不同：同级条有标题，请为它加标题（写成标题行）。',
    dropTitle: '条 {number} 与同级条不同：同级条无标题，请去掉它的标题（写成以编号开头的段落）。',
    untitledSubdivided: '无标题条 {number} 不应再细分；请给 {number} 加标题，或将 {child} 改为列项。',
  },
  fixable: false,
  docs: {
    rationale: '同一层次的条是并列的，要么都有标题，要么都没有，目次和版面才整齐；无标题条的内容就是它那一段，再细分会使下级条无处挂靠。',
    howToFix: '为少数几个条补上或去掉标题，使同级条一致；要细分的条先加标题，或把下级内容改为列项。',
  },
  examples: {
    valid: [
      { name: '都有标题', text: '## 4 受理\n\n### 4.1 登记\n\n内容。\n\n### 4.2 告知\n\n内容。\n' },
      { name: '都没有标题', text: '## 4 受理\n\n4.1 投诉应当场登记。\n\n4.2 投诉应一次告知。\n' },
    ],
    invalid: [
      {
        name: '一个条没有标题',
        text: '## 4 受理\n\n### 4.1 登记\n\n内容。\n\n### 4.2 告知\n\n内容。\n\n4.3 投诉应及时转办。\n',
        errors: [{ messageId: 'needsTitle', line: 11, column: 1 }],
      },
      {
        name: '一个条有标题',
        text: '## 4 受理\n\n4.1 投诉应当场登记。\n\n4.2 投诉应一次告知。\n\n### 4.3 转办\n\n内容。\n',
        errors: [{ messageId: 'dropTitle', line: 7, column: 1 }],
      },
      {
        name: '无标题条再细分',
        text: '## 4 受理\n\n### 4.1 登记\n\n4.1.1 投诉应当场登记。\n\n4.1.1.1 登记内容包括投诉人。\n\n4.1.1.2 登记内容包括事由。\n\n4.1.2 投诉应编号。\n\n### 4.2 告知\n\n内容。\n',
        errors: [{ messageId: 'untitledSubdivided', line: 7, column: 1 }],
      },
    ],
  },
  check(standard, { report }) {
    for (const section of allSections(standard)) {
      const titled = section.children.filter((c) => !c.untitled);
      const untitled = section.children.filter((c) => c.untitled);
      if (titled.length > 0 && untitled.length > 0) {
        const minority = titled.length >= untitled.length ? untitled : titled;
        for (const child of minority) report({ messageId: child.untitled ? 'needsTitle' : 'dropTitle', data: { number: child.number }, at: child });
      }
      const first = section.children[0];
      if (section.untitled && first) report({ messageId: 'untitledSubdivided', data: { number: section.number, child: first.number }, at: first });
    }
  },
});
