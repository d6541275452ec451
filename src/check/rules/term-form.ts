import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule.ts';

const SOURCE_START = /^[[［【]?\s*来源\s*[：:]/u;
const SOURCE = /^\[来源：[^，,\]]+(?:，[^\]]+)?\]$/u;

export const termForm = defineRule({
  id: 'term-form',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '8.7', detail: '术语条目：术语、英文对应词、定义、来源' }],
  description: '术语后给出英文对应词；定义是一句话；来源写作"[来源：文件编号，条号]"',
  messages: {
    english: '术语 {number}"{term}"后没有英文对应词；在术语后空一格写英文，如"### {number} {term} english term"。',
    source: '来源的写法应为"[来源：文件编号，条号]"（方括号、全角冒号和逗号），如"[来源：GB/T 20000.1—2014，3.1]"；此处为"{written}"。',
    oneSentence: '术语 {number} 的定义应是一句话（只在末尾有一个"。"）；补充的信息写成"注："。',
  },
  fixable: false,
  docs: {
    rationale:
      'GB/T 1.1—2020 8.7.3 规定术语条目依次为条目编号、术语、英文对应词、定义，需要时有注、示例和来源；定义是能在上下文中代替术语的一句陈述，补充信息放在注中；来源以"[来源：文件编号，条号]"标明。英文对应词使术语与国际文件对照、检索时不生歧义。',
    howToFix: '在术语后空一格写英文对应词（小写，专有名词除外）；把定义改成一句话，其余内容移入"注："；来源写成"[来源：GB/T 36113—2018，3.1]"，修改过的写"[来源：……，有修改]"。',
  },
  examples: {
    valid: [
      {
        name: '术语、英文对应词、一句定义和来源（GB/T 20000.1—2014 3.1 的条目）',
        text: '## 3 术语和定义\n\n下列术语和定义适用于本文件。\n\n### 3.1 标准化 standardization\n\n为了在既定范围内获得最佳秩序，促进共同效益，对现实问题或潜在问题确立共同使用和重复使用的条款以及编制、发布和应用文件的活动。\n\n[来源：GB/T 20000.1—2014，3.1]\n',
      },
    ],
    invalid: [
      {
        name: '没有英文对应词，定义有两句',
        text: '## 3 术语和定义\n\n下列术语和定义适用于本文件。\n\n### 3.1 容缺受理\n\n申请材料主件齐全、次要材料欠缺时先行受理的方式。欠缺的材料由申请人承诺补齐。\n',
        errors: [
          { messageId: 'english', line: 5, column: 1, endLine: 5, endColumn: 13 },
          { messageId: 'oneSentence', line: 5, column: 1, endLine: 5, endColumn: 13 },
        ],
      },
      {
        name: '来源用了半角标点',
        text: '## 3 术语和定义\n\n下列术语和定义适用于本文件。\n\n### 3.1 投诉 complaint\n\n服务对象对服务不满意而提出的诉求。\n\n[来源:GB/T 36113—2018,3.1]\n',
        errors: [{ messageId: 'source', line: 9, column: 1, endLine: 9, endColumn: 25 }],
      },
    ],
  },
  check(standard, { report }) {
    for (const term of standard.terms) {
      if (!term.english) report({ messageId: 'english', data: { number: term.number, term: term.term }, at: term.section.node });
      if ((term.definition.match(/。/gu) ?? []).length > 1) report({ messageId: 'oneSentence', data: { number: term.number }, at: term.section.node });
      for (const block of term.section.blocks) {
        if (block.type !== 'paragraph') continue;
        const text = toString(block).trim();
        if (SOURCE_START.test(text) && !SOURCE.test(text)) report({ messageId: 'source', data: { written: text }, at: block });
      }
    }
  },
});
