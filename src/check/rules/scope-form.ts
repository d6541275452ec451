import { toString } from 'mdast-util-to-string';
import { defineRule } from '../rule.ts';

const CONTENT = /^本(?:文件|标准|部分)(?:规定了|确立了|给出了|界定了|描述了|提供了)/u;
const APPLICABILITY = /本(?:文件|标准|部分)(?:适用于|不适用于)/u;

export const scopeForm = defineRule({
  id: 'scope-form',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '8.5', detail: '范围陈述文件的内容和适用界限' }],
  description: '范围的第一段陈述文件的内容（"本文件规定了……"），并用"本文件适用于……"说明适用界限',
  messages: {
    content: '范围的第一段应陈述文件的内容，写成"本文件规定了……""本文件确立了……""本文件给出了……"或"本文件界定了……"。',
    applicability: '范围中应有说明适用界限的句子"本文件适用于……"。',
  },
  fixable: false,
  docs: {
    rationale:
      '范围是读者决定是否使用这份文件的依据：GB/T 1.1—2020 8.5 要求它简洁地指明文件的标准化对象和所涉及的方面，并指明适用界限。固定的句式（"本文件规定了……""本文件适用于……"）让读者在每份标准的同一位置找到同样的信息。',
    howToFix: '第一段写"本文件规定了（确立了、给出了、界定了）……"，列出文件的主要内容；再写一段"本文件适用于……"，必要时加"……不适用于……"。',
  },
  examples: {
    valid: [
      {
        name: 'GB/T 1.1—2020 第1章的写法',
        text: '## 1 范围\n\n本文件确立了标准化文件的结构及其起草的总体原则和要求，并规定了文件名称、层次、要素的编写和表述规则以及文件的编排格式。\n\n本文件适用于国家、行业和地方标准化文件的起草，其他标准化文件的起草参照使用。\n',
      },
    ],
    invalid: [
      {
        name: '第一段不是内容陈述',
        text: '## 1 范围\n\n为规范投诉处理工作，制定本文件。\n\n本文件适用于江门市行政服务中心投诉的处理。\n',
        errors: [{ messageId: 'content', line: 3, column: 1, endLine: 3, endColumn: 17 }],
      },
      {
        name: '没有适用界限',
        text: '## 1 范围\n\n本文件规定了投诉的受理、办理和回访的要求。\n',
        errors: [{ messageId: 'applicability', line: 1, column: 1, endLine: 1, endColumn: 8 }],
      },
    ],
  },
  check(standard, { report }) {
    const scope = standard.sections.get('1');
    if (!scope || scope.kind !== 'chapter') return;
    const paragraphs = scope.blocks.filter((block) => block.type === 'paragraph');
    const first = paragraphs[0];
    if (!first || !CONTENT.test(toString(first).trim())) report({ messageId: 'content', at: first ?? scope.node });
    if (!paragraphs.some((paragraph) => APPLICABILITY.test(toString(paragraph)))) report({ messageId: 'applicability', at: scope.node });
  },
});
