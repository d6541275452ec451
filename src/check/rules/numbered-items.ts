// Shared by the table, figure and formula numbering rules and by renumbering: 1, 2, 3 … through the
// body, and A.1, A.2 … restarting in each annex (GB/T 1.1—2020 9.7–9.9).
import { topLevelOf } from '../../model/sections.ts';
import type { Position, Section } from '../../model/types.ts';

export interface NumberedItem {
  number: string;
  position: Position;
  section?: Section;
}

/** The number each item should carry, in order; `annexLetter` gives the letter an annex has (or will have). */
export function continuousItemNumbers(items: readonly NumberedItem[], annexLetter: (annex: Section) => string = (annex) => annex.number): string[] {
  const counters = new Map<string, number>();
  return items.map((item) => {
    const element = topLevelOf(item.section);
    const prefix = element?.kind === 'annex' ? `${annexLetter(element)}.` : '';
    const count = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, count);
    return `${prefix}${count}`;
  });
}

export function checkItemNumbering(items: NumberedItem[], label: string, report: (position: Position, message: string) => void): void {
  const expectedNumbers = continuousItemNumbers(items);
  items.forEach((item, index) => {
    const expected = expectedNumbers[index]!;
    if (item.number === expected) return;
    const annex = expected.includes('.') ? expected.split('.')[0] : undefined;
    const where = annex ? `附录${annex}中` : '正文中';
    report(item.position, `${label}${item.number} 应编为${label}${expected}：${where}${label}号${annex ? `为 ${annex}.1、${annex}.2……按附录重新编号` : '从1开始连续，不随章编号'}。`);
  });
}
