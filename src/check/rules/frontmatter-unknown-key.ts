import { REVIEW_KEYS } from '../../parse/front-matter.ts';
import { offsetIndex } from '../../model/source-positions.ts';
import type { LegacyRule } from '../rule.ts';
import { nearest } from '../text-distance.ts';

export const KNOWN_KEYS = [
  'code', 'title', 'title-en', 'status', 'issued', 'effective', 'replaces',
  'proposer', 'department', 'drafting-units', 'drafters', 'review-due', 'drafting-rules',
  'applies-to', ...REVIEW_KEYS,
  'ics', 'ccs', 'filing-number', 'completed',
];

export const frontmatterUnknownKey: LegacyRule = {
  id: 'frontmatter-unknown-key',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.1（封面信息）',
  description: '文件头中没有未知字段（多为拼写错误）',
  check(standard, { report }) {
    const entries = standard.frontMatter?.entries ?? new Map();
    const toOffset = offsetIndex(standard.source);
    const unknown = [...entries.values()].filter((entry) => !KNOWN_KEYS.includes(entry.key)).map((entry) => ({ entry, suggestion: nearest(entry.key, KNOWN_KEYS) }));
    for (const { entry, suggestion } of unknown) {
      if (!suggestion) {
        report(entry.keyPosition, `未知字段 "${entry.key}"；可用字段为：${KNOWN_KEYS.join('、')}。`);
        continue;
      }
      // Renaming onto a key that is present, or that another misspelling also becomes, would duplicate a key.
      const start = toOffset(entry.keyPosition);
      const renamable = !entries.has(suggestion) && unknown.filter((u) => u.suggestion === suggestion).length === 1 && standard.source.slice(start, start + entry.key.length) === entry.key;
      report(entry.keyPosition, `未知字段 "${entry.key}"，是否应为 "${suggestion}"？`, renamable ? { start, end: start + entry.key.length, text: suggestion } : undefined);
    }
  },
};
