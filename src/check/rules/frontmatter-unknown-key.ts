import type { Rule } from '../rule.ts';
import { nearest } from '../text-distance.ts';

export const KNOWN_KEYS = [
  'code', 'title', 'title-en', 'status', 'issued', 'effective', 'replaces',
  'proposer', 'department', 'drafting-units', 'drafters', 'review-due',
];

export const frontmatterUnknownKey: Rule = {
  id: 'frontmatter-unknown-key',
  severity: 'warning',
  basis: 'GB/T 1.1—2020 8.1（封面信息）',
  description: '文件头中没有未知字段（多为拼写错误）',
  check(standard, { report }) {
    for (const entry of standard.frontMatter?.entries.values() ?? []) {
      if (KNOWN_KEYS.includes(entry.key)) continue;
      const suggestion = nearest(entry.key, KNOWN_KEYS);
      report(entry.keyPosition, suggestion
        ? `未知字段 "${entry.key}"，是否应为 "${suggestion}"？`
        : `未知字段 "${entry.key}"；可用字段为：${KNOWN_KEYS.join('、')}。`);
    }
  },
};
