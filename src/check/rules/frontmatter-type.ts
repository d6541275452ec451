import { parseCode } from '../../model/code.ts';
import { STATUSES } from '../../model/types.ts';
import { isValidDate } from '../../parse/front-matter.ts';
import type { LegacyRule } from '../rule.ts';

const STRING_KEYS = ['title', 'title-en', 'proposer', 'department', 'review-reason', 'review-basis', 'review-problems', 'review-proposal', 'ics', 'ccs', 'filing-number'];
const DATE_KEYS = ['issued', 'effective', 'review-due', 'reviewed', 'completed'];
const LIST_KEYS = ['drafting-units', 'drafters', 'applies-to', 'reviewers'];

export const frontmatterType: LegacyRule = {
  id: 'frontmatter-type',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.1（封面信息）',
  description: '文件头字段的类型和取值正确：状态为规定的枚举值，日期为存在的 YYYY-MM-DD，代替文件为编号列表',
  check(standard, { report }) {
    const entries = standard.frontMatter?.entries;
    if (!entries) return;
    for (const key of STRING_KEYS) {
      const entry = entries.get(key);
      if (entry && (typeof entry.value !== 'string' || entry.value.trim() === '')) {
        report(entry.valuePosition, `"${key}" 应为非空文本。`);
      }
    }
    const status = entries.get('status');
    if (status && !(STATUSES as readonly unknown[]).includes(status.value)) {
      report(status.valuePosition, `状态 "${String(status.value)}" 无效，应为 ${STATUSES.join('、')} 之一。`);
    }
    for (const key of DATE_KEYS) {
      const entry = entries.get(key);
      if (entry && !(typeof entry.value === 'string' && isValidDate(entry.value.trim()))) {
        report(entry.valuePosition, `"${key}" 的值 "${String(entry.value)}" 不是有效日期，应写成 YYYY-MM-DD，如 2025-03-01。`);
      }
    }
    for (const key of LIST_KEYS) {
      const entry = entries.get(key);
      const ok = entry && (typeof entry.value === 'string' || (Array.isArray(entry.value) && entry.value.every((v) => typeof v === 'string')));
      if (entry && !ok) report(entry.valuePosition, `"${key}" 应为文本或文本列表，如 [张某, 李某]。`);
    }
    const replaces = entries.get('replaces');
    if (replaces) {
      const list = Array.isArray(replaces.value) ? replaces.value : [replaces.value];
      for (const item of list) {
        if (typeof item !== 'string' || !parseCode(item)) {
          report(replaces.valuePosition, `"replaces" 中的 "${String(item)}" 不是标准编号，应写成如 Q/JMXZ 30101—2019。`);
        }
      }
    }
  },
};
