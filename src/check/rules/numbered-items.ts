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

export interface Misnumbered<T> {
  item: T;
  expected: string;
  /** The annex letter, for items in an annex. */
  annex?: string;
}

/** The items whose number is not the continuous one. */
export function misnumberedItems<T extends NumberedItem>(items: readonly T[]): Misnumbered<T>[] {
  const expectedNumbers = continuousItemNumbers(items);
  return items.flatMap((item, index) => {
    const expected = expectedNumbers[index];
    if (expected === undefined || item.number === expected) return [];
    return [{ item, expected, annex: expected.includes('.') ? expected.split('.')[0] : undefined }];
  });
}
