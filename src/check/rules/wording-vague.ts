import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Standard } from '../../model/types.ts';
import { defineRule } from '../rule.ts';
import { REQUIREMENT } from '../../model/modal-verbs.ts';
import { blockWithin, eachText } from './text-scan.ts';

const SENTENCE = /[^。；！？\n]+/gu;
// Not the fault "不及时", nor indicators named after it ("及时率", "及时修复率", "及时性").
const VAGUE_TIME = /(?<!不)及时(?![率性])(?!\p{Script=Han}{1,3}率)|尽快|尽早|适时/gu;
/** Principles ("及时高效的原则") state an aim, not a time to keep. */
const PRINCIPLE = /原则/u;
const HEDGE = /尽可能|尽量|通常/gu;
/** A sentence that gives a time limit, or points to one, is measurable. */
const TIME_LIMIT = /[\d一二三四五六七八九十两]+[ \u00a0]?(?:个)?(?:工作日|自然日|日|天|小时|分钟|min|h|周|个月|年)|当日|当天|当场|即时|立即|次日|时限(?:按|见|为)|[见按]表[A-Z]?\.?\d/u;

/** Requirements stand in the chapters after 3 and in annexes, outside notes and examples. */
function requirementBlocks(standard: Standard): (node: RootContent) => boolean {
  const ranges = standard.elements
    .map((element, index) => ({ element, within: blockWithin(element, standard.elements[index + 1]) }))
    .filter(({ element }) => element.kind === 'annex' || (element.kind === 'chapter' && Number(element.number) > 3));
  return (node) => ranges.some((range) => range.within(node)) && !(node.type === 'paragraph' && /^(?:注|示例)\d{0,2}[：:]/u.test(toString(node)));
}

export const wordingVague = defineRule({
  id: 'wording-vague',
  severity: 'warning',
  scope: 'document',
  basis: [
    { clause: '9.4', detail: '条文的表述准确、可证实' },
    { clause: '附录C', detail: '"应"表示要求' },
  ],
  description: '要求中不用没有时限的"及时""尽快"，"应"不与"尽可能""通常"同用',
  messages: {
    vagueTime: '要求中的"{word}"没有可检查的时限；请写明时限（如"在1个工作日内""当日"），或引用规定时限的条款和表。',
    hedge: '"{word}"与"应"同用，要求无法判定是否做到；确需灵活时用"宜"，或写明在什么条件下应当怎样。',
  },
  fixable: false,
  docs: {
    rationale:
      '要求（"应"）必须能被证实是否做到（GB/T 1.1—2020 5.3、9.4）。"及时""尽快"没有期限，"应尽可能""通常应"没有界限，检查人无从判定，办事人也就可以随意拖延。本中心制定标准正是为了结束随意办理，所以没有可测量期限的要求值得一条警告。',
    howToFix: '把"及时"换成具体期限（"在1个工作日内""当日""30 min内"），或引用规定期限的条款、表（"按表2的时限"）；"应尽可能……"改为"宜……"，或写明条件（"……时，应……"）。',
  },
  examples: {
    valid: [
      { name: '写明时限的要求', text: '## 6 受理\n\n6.1 督查考核科应在收到投诉后1个工作日内完成登记。\n' },
      { name: '"尽快"与明确的期限同用（"在一周之内作出答复"）', text: '## 6 受理\n\n6.1 涉及两个以上单位的投诉，应尽快与有关单位沟通协调，在一周之内作出答复。\n' },
      { name: '"尽量"不在"应"所在的分句中（JR/T 0319—2024 5.3.1）', text: '## 5 属性\n\n5.1 英文名称由字母、数字和下划线组成，用尽量简洁的英文缩写并以下划线分隔，具体编制规则应符合4.3.1的规定。\n' },
      { name: '指标名称"及时率""及时修复率"', text: '## 9 考核\n\n9.1 归档及时率应不低于98%，及时修复率不应低于95%。\n' },
      { name: '原则中的"及时高效"', text: '## 4 基本要求\n\n4.1 投诉处理应遵循依法依规、实事求是、及时高效的原则。\n' },
    ],
    invalid: [
      {
        name: '"应及时"没有期限（政务服务投诉制度中常见的写法）',
        text: '## 4 处理\n\n4.1 投诉举报信息处理完毕，政务服务中心应及时将有关材料归档备查。\n',
        errors: [{ messageId: 'vagueTime', line: 3, column: 23, endLine: 3, endColumn: 25 }],
      },
      {
        name: '"应尽可能"',
        text: '## 5 服务\n\n5.1 窗口应尽可能一次办结。\n',
        errors: [{ messageId: 'hedge', line: 3, column: 8, endLine: 3, endColumn: 11 }],
      },
    ],
  },
  check(standard, { report }) {
    eachText(
      standard,
      (text, positionAt) => {
        for (const sentence of text.value.matchAll(SENTENCE)) {
          if (!REQUIREMENT.test(sentence[0])) continue;
          const start = sentence.index;
          const range = (index: number, length: number) => ({ start: positionAt(start + index), end: positionAt(start + index + length) });
          if (!TIME_LIMIT.test(sentence[0]) && !PRINCIPLE.test(sentence[0])) {
            for (const word of sentence[0].matchAll(VAGUE_TIME)) report({ messageId: 'vagueTime', data: { word: word[0] }, at: range(word.index, word[0].length) });
          }
          // A hedge weakens the 应 of its own clause ("应尽可能……", "通常应……"), not of the next one.
          for (const word of sentence[0].matchAll(HEDGE)) {
            const clause = sentence[0].slice(0, word.index).split(/[，,]/u).at(-1)! + sentence[0].slice(word.index).split(/[，,]/u)[0]!;
            if (REQUIREMENT.test(clause)) report({ messageId: 'hedge', data: { word: word[0] }, at: range(word.index, word[0].length) });
          }
        }
      },
      requirementBlocks(standard),
    );
  },
});
