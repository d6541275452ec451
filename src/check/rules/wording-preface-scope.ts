import type { LegacyRule } from '../rule.ts';
import { blockWithin, eachText } from './text-scan.ts';

// Modal 应/宜/可, not the same characters inside ordinary words (应急, 相应, 事宜, 许可, 可能 …).
// "本标准规定了应作为文书档案保存的归档文件……" (应 inside the object of 规定了) and "其他门类档案可以参照执行"
// (the usual statement of where else a document may be followed) state no requirement: real scopes use both.
const MODAL = /(?<![相对适响供反效回呼理报了])应(?![急用对答聘届])|(?<![便事适])宜(?![居])|(?<![许认不即])可(?![能行靠视及持信控追查见读]|以?参照|以?参考)/gu;

export const wordingPrefaceScope: LegacyRule = {
  id: 'wording-preface-scope',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.3、8.5（前言和范围不包含要求）',
  description: '前言和范围中不写要求（不出现作为能愿动词的"应""宜""可"）',
  check(standard, { report }) {
    const targets = standard.elements.filter((e) => e.kind === 'preface' || (e.kind === 'chapter' && e.number === '1'));
    for (const element of targets) {
      const next = standard.elements[standard.elements.indexOf(element) + 1];
      eachText(standard, (text, positionAt) => {
        // The drafting units and drafters are names (蒋可心), not sentences that could state a requirement.
        if (/^本(?:文件|标准)(?:主要)?起草(?:单位|人)/u.test(text.value)) return;
        MODAL.lastIndex = 0;
        for (let match = MODAL.exec(text.value); match; match = MODAL.exec(text.value)) {
          report(positionAt(match.index), `${element.kind === 'preface' ? '前言' : '范围'}中不应包含要求（"${match[0]}"）；要求写在核心技术要素中，${element.kind === 'preface' ? '前言只陈述事实' : '范围用"本文件规定了……""本文件适用于……"'}。`);
        }
      }, blockWithin(element, next));
    }
  },
};
