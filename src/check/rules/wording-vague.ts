import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Standard } from '../../model/types.ts';
import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';
import { blockWithin, eachText } from './text-scan.ts';

export const WORDING_VAGUE_MESSAGES = {
  vagueTime: '要求中的"{word}"没有可检查的时限；请写明时限（如"在1个工作日内""当日"），避免随意办理。',
  hedge: '"{word}"与"应"同用，要求无法判定是否做到；确需灵活时用"宜"，或写明在什么条件下应当怎样。',
} as const;

const SENTENCE = /[^。；！？\n]+/gu;
const REQUIRES = /(?<![相对适响供反效回呼理报])应(?![急用对答聘届])/u;
const VAGUE_TIME = /及时(?![率性])|尽快|尽早|适时/gu;
const HEDGE = /尽可能|尽量|通常/gu;
/** A sentence that gives a time limit, or points to one, is measurable. */
const TIME_LIMIT = /\d+[ \u00a0]?(?:个)?(?:工作日|自然日|日|天|小时|分钟|min|h|周|个月|年)|当日|当天|当场|即时|立即|时限(?:按|见|为)|[见按]表[A-Z]?\.?\d/u;

/** Requirements stand in the chapters after 3 and in annexes, outside notes and examples. */
function requirementBlocks(standard: Standard): (node: RootContent) => boolean {
  const ranges = standard.elements
    .map((element, index) => ({ element, within: blockWithin(element, standard.elements[index + 1]) }))
    .filter(({ element }) => element.kind === 'annex' || (element.kind === 'chapter' && Number(element.number) > 3));
  return (node) => ranges.some((range) => range.within(node)) && !(node.type === 'paragraph' && /^(?:注|示例)\d{0,2}[：:]/u.test(toString(node)));
}

export const wordingVague: Rule = {
  id: 'wording-vague',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.4、附录C（要求应明确、可证实）',
  description: '要求中不用没有时限的"及时""尽快"，"应"不与"尽可能""通常"同用',
  check(standard, { report }) {
    const say = reporter(WORDING_VAGUE_MESSAGES, report);
    eachText(standard, (text, positionAt) => {
      for (const sentence of text.value.matchAll(SENTENCE)) {
        if (!REQUIRES.test(sentence[0])) continue;
        const start = sentence.index;
        if (!TIME_LIMIT.test(sentence[0])) {
          for (const word of sentence[0].matchAll(VAGUE_TIME)) say(positionAt(start + word.index), 'vagueTime', { word: word[0] });
        }
        for (const word of sentence[0].matchAll(HEDGE)) say(positionAt(start + word.index), 'hedge', { word: word[0] });
      }
    }, requirementBlocks(standard));
  },
};
