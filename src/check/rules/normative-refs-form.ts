import type { DocumentCode } from '../../model/types.ts';
import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';

export const NORMATIVE_REFS_FORM_MESSAGES = {
  noClauses: '第2章不分条；请把"{number}"下的文件并入第2章的清单。',
  numberedList: '第2章的文件清单不编序号；请改为不带编号的列项（"- 编号 名称"）。',
  order: '{code}应排在{before}之前：清单按国家标准、行业标准、地方标准、团体标准、ISO标准、ISO/IEC标准、IEC标准、其他标准的顺序，同类按代号和顺序号由小到大排列。',
} as const;

/** GB/T 1.1—2020 8.6.2: national, industry, local, group, ISO, ISO/IEC, IEC, others. */
function group(code: DocumentCode): number {
  const prefix = code.prefix;
  if (/^GB(?:\/[TZ])?$/u.test(prefix)) return 0;
  if (/^DB/u.test(prefix)) return 2;
  if (/^T\//u.test(prefix)) return 3;
  if (prefix === 'ISO') return 4;
  if (prefix === 'ISO/IEC') return 5;
  if (prefix === 'IEC') return 6;
  if (/^Q\//u.test(prefix)) return 7;
  return 1;
}

/** National and international standards are ordered by serial alone; the others by their code letters first. */
function compareCodes(a: DocumentCode, b: DocumentCode): number {
  const byGroup = group(a) - group(b);
  if (byGroup !== 0) return byGroup;
  const byPrefix = [0, 4, 5, 6].includes(group(a)) ? 0 : a.prefix.replace(/\/[TZ]$/u, '').localeCompare(b.prefix.replace(/\/[TZ]$/u, ''), 'en');
  if (byPrefix !== 0) return byPrefix;
  const as = a.serial.split('.').map(Number);
  const bs = b.serial.split('.').map(Number);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const diff = (as[i] ?? -1) - (bs[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

export const normativeRefsForm: Rule = {
  id: 'normative-refs-form',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.6.2（规范性引用文件清单的排列）',
  description: '第2章不分条，清单不编序号，文件按国家、行业、地方、团体、ISO、IEC、其他标准的顺序并按编号排列',
  check(standard, { report }) {
    const chapter = standard.sections.get('2');
    if (!chapter || chapter.kind !== 'chapter') return;
    const say = reporter(NORMATIVE_REFS_FORM_MESSAGES, report);
    for (const clause of chapter.children) say(clause.position, 'noClauses', { number: clause.number });
    for (const block of chapter.blocks) {
      if (block.type === 'list' && block.ordered && block.position) say({ line: block.position.start.line, column: block.position.start.column }, 'numberedList');
    }
    const entries = standard.normativeList;
    for (let i = 1; i < entries.length; i++) {
      const previous = entries[i - 1]!;
      const entry = entries[i]!;
      if (compareCodes(entry.code, previous.code) < 0) say(entry.position, 'order', { code: entry.code.raw, before: previous.code.raw });
    }
  },
};
