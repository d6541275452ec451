import type { LegacyRule } from '../rule.ts';
import { eachText } from './text-scan.ts';

// 不可能 expresses possibility (allowed); 不可抗力 and 禁止标志 are fixed terms.
const FORBIDDEN = /必须|不得|严禁|禁止(?!标志)|不可(?!能|抗力|少)/gu;
const SUGGESTION: Record<string, string> = { 必须: '应', 不得: '不应', 严禁: '不应', 禁止: '不应', 不可: '不应' };

export const wordingForbidden: LegacyRule = {
  id: 'wording-forbidden',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 附录C（要求型条款用"应""不应"）',
  description: '不使用"必须""不得""不可""严禁""禁止"表述要求',
  check(standard, { report }) {
    eachText(standard, (text, positionAt) => {
      FORBIDDEN.lastIndex = 0;
      for (let match = FORBIDDEN.exec(text.value); match; match = FORBIDDEN.exec(text.value)) {
        // "应禁止修改元数据": after a modal verb 禁止/严禁/不得 are the action required, not the modal.
        if (match[0] !== '必须' && /(?:应|宜|可|应当|须)[ \u3000]?$/u.test(text.value.slice(Math.max(0, match.index - 3), match.index))) continue;
        report(positionAt(match.index), `"${match[0]}"不是 GB/T 1.1 规定的能愿动词，要求应改用"${SUGGESTION[match[0]]}"。`);
      }
    });
  },
};
