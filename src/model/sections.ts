import type { Section, Standard } from './types.ts';

/** Every section of a standard, depth first in document order. */
export function allSections(standard: Standard): Section[] {
  const result: Section[] = [];
  const visit = (sections: Section[]): void => {
    for (const section of sections) {
      result.push(section);
      visit(section.children);
    }
  };
  visit(standard.elements);
  return result;
}

/** The top-level element (chapter, annex, 前言 …) a section belongs to. */
export function topLevelOf(section: Section | undefined): Section | undefined {
  let current = section;
  while (current?.parent) current = current.parent;
  return current;
}
