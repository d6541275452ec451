import { isScopeChapter } from '../../model/sections.ts';
import { SHALL_SHOULD_MAY } from '../../model/modal-verbs.ts';
import { defineRule } from '../rule.ts';
import { blockWithin, eachText } from './text-scan.ts';

// "其他门类档案可以参照执行" is the usual statement of where else a document may be followed, not a
// permission: real scopes end with it.
const FOLLOW_ALSO = /^可以?参[照考]/u;

export const wordingPrefaceScope = defineRule({
  id: 'wording-preface-scope',
  severity: 'warning',
  scope: 'document',
  basis: [
    { clause: '8.3', detail: '前言不包含要求' },
    { clause: '8.5', detail: '范围不包含要求' },
  ],
  description: '前言和范围中不写要求（不出现作为能愿动词的"应""宜""可"）',
  messages: {
    preface: '前言中不应包含要求（"{word}"）；要求写在核心技术要素中，前言只陈述事实。',
    scope: '范围中不应包含要求（"{word}"）；要求写在核心技术要素中，范围用"本文件规定了……""本文件适用于……"。',
  },
  fixable: false,
  docs: {
    rationale:
      '前言陈述文件的起草依据、代替关系、提出和归口单位等事实；范围说明文件规定了什么、适用于什么。两者都不包含要求，要求只写在核心技术要素中，读者才不会漏看或误读条款。"应急""相应""许可""可能"等词中的字不算能愿动词。',
    howToFix: '把要求移到第4章起的相应条款中；前言和范围改写为陈述句。',
  },
  examples: {
    valid: [
      { name: '陈述式的前言和范围', text: '## 前言\n\n本文件由江门市行政服务中心提出并归口。\n\n## 1 范围\n\n本文件规定了应急情况下投诉的受理。\n' },
      { name: '起草人的姓名不是要求', text: '## 前言\n\n本文件主要起草人：蒋可心。\n' },
    ],
    invalid: [
      { name: '前言中的要求', text: '## 前言\n\n本文件宜与窗口服务规范配合使用。\n', errors: [{ messageId: 'preface', line: 3, column: 4 }] },
      { name: '范围中的要求', text: '## 1 范围\n\n本文件适用于投诉处理，窗口人员应遵守。\n', errors: [{ messageId: 'scope', line: 3, column: 16 }] },
    ],
  },
  check(standard, { report }) {
    const targets = standard.elements.filter((e) => e.kind === 'preface' || isScopeChapter(e));
    for (const element of targets) {
      const next = standard.elements[standard.elements.indexOf(element) + 1];
      const messageId = element.kind === 'preface' ? 'preface' : 'scope';
      eachText(
        standard,
        (text, positionAt) => {
          // The drafting units and drafters are names (蒋可心), not sentences that could state a requirement.
          if (/^本(?:文件|标准)(?:主要)?起草(?:单位|人)/u.test(text.value)) return;
          for (const match of text.value.matchAll(SHALL_SHOULD_MAY)) {
            if (FOLLOW_ALSO.test(text.value.slice(match.index))) continue;
            report({ messageId, data: { word: match[0] }, at: { start: positionAt(match.index), end: positionAt(match.index + match[0].length) } });
          }
        },
        blockWithin(element, next),
      );
    }
  },
});
