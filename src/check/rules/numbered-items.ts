// Shared by the table, figure and formula numbering rules: 1, 2, 3 … through the body, and A.1, A.2 …
// restarting in each annex (GB/T 1.1—2020 9.7–9.9).
import { topLevelOf } from '../../model/sections.ts';
import type { Position, Section } from '../../model/types.ts';

export interface NumberedItem {
  number: string;
  position: Position;
  section?: Section;
}

export function checkItemNumbering(items: NumberedItem[], label: string, report: (position: Position, message: string) => void): void {
  const counters = new Map<string, number>();
  for (const item of items) {
    const element = topLevelOf(item.section);
    const prefix = element?.kind === 'annex' ? `${element.number}.` : '';
    const count = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, count);
    const expected = `${prefix}${count}`;
    if (item.number !== expected) {
      const where = prefix ? `附录${element!.number}中` : '正文中';
      report(item.position, `${label}${item.number} 应编为${label}${expected}：${where}${label}号${prefix ? `为 ${prefix}1、${prefix}2……按附录重新编号` : '从1开始连续，不随章编号'}。`);
    }
  }
}
