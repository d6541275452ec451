// One definition of the modal verbs of 附录C: a sentence the provisions count as a requirement is the
// sentence the wording rules treat as one, and words that merely contain 应/宜/可/能 are neither.
import { describe, expect, it } from 'vitest';
import { REQUIREMENT, REQUIREMENT_OR_RECOMMENDATION, SHALL_SHOULD_MAY } from '../src/model/modal-verbs.ts';
import { provisionType } from '../src/model/provisions.ts';

const requirements = [
  '归档文件整理应遵循文件的形成规律，保持文件之间的有机联系。', // DA/T 22—2015 4.1: 整理应, not 理应
  '季度情况通报应包括以下内容：',
  '窗口工作人员不应推诿。',
  '检查人员应对照表1逐项检查。',
];
const noModal = ['中心设有相应的应急设施。', '本文件规定了应作为文书档案保存的归档文件的整理方法。', '功能和技能培训事宜见附录A。', '办事指南在窗口可及处公示。'];

describe('the modal verbs', () => {
  it.each(requirements)('finds the requirement in "%s" for provisions and rules alike', (sentence) => {
    expect(provisionType(sentence)?.type).toBe('要求');
    expect(REQUIREMENT.test(sentence)).toBe(true);
    expect(REQUIREMENT_OR_RECOMMENDATION.test(sentence)).toBe(true);
  });

  it.each(noModal)('finds no modal verb in "%s"', (sentence) => {
    expect(provisionType(sentence)).toBeUndefined();
    expect(REQUIREMENT_OR_RECOMMENDATION.test(sentence)).toBe(false);
    expect([...sentence.matchAll(SHALL_SHOULD_MAY)]).toEqual([]);
  });

  it('tells a recommendation and a permission apart from a requirement', () => {
    expect(provisionType('导服人员宜具有1年以上工作经历。')?.type).toBe('推荐');
    expect(REQUIREMENT.test('导服人员宜具有1年以上工作经历。')).toBe(false);
    expect(provisionType('窗口工作人员可呼叫下一号。')?.type).toBe('允许');
    expect([...'窗口工作人员可呼叫下一号。'.matchAll(SHALL_SHOULD_MAY)].map((m) => m[0])).toEqual(['可']);
  });
});
