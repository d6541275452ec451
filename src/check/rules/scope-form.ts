import { toString } from 'mdast-util-to-string';
import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';

export const SCOPE_FORM_MESSAGES = {
  content: '范围的第一段应陈述文件的内容，写成"本文件规定了……""本文件确立了……""本文件给出了……"或"本文件界定了……"。',
  applicability: '范围中应有说明适用界限的句子"本文件适用于……"。',
} as const;

const CONTENT = /^本(?:文件|标准)(?:规定了|确立了|给出了|界定了|描述了|提供了)/u;
const APPLICABILITY = /本(?:文件|标准)(?:适用于|不适用于)/u;

export const scopeForm: Rule = {
  id: 'scope-form',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.5（范围）',
  description: '范围的第一段陈述文件的内容（"本文件规定了……"），并用"本文件适用于……"说明适用界限',
  check(standard, { report }) {
    const scope = standard.sections.get('1');
    if (!scope || scope.kind !== 'chapter') return;
    const say = reporter(SCOPE_FORM_MESSAGES, report);
    const paragraphs = scope.blocks.filter((block) => block.type === 'paragraph');
    const first = paragraphs[0];
    const at = first?.position ? { line: first.position.start.line, column: first.position.start.column } : scope.position;
    if (!first || !CONTENT.test(toString(first).trim())) say(at, 'content');
    if (!paragraphs.some((paragraph) => APPLICABILITY.test(toString(paragraph)))) say(scope.position, 'applicability');
  },
};
