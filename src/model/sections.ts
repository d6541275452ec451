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

/** The three chapters every standard has, by number (GB/T 1.1—2020 表3). */
export const SCOPE_CHAPTER = '1';
export const NORMATIVE_REFERENCES_CHAPTER = '2';
export const TERMS_CHAPTER = '3';

function chapter(standard: Pick<Standard, 'sections'>, number: string): Section | undefined {
  const section = standard.sections.get(number);
  return section?.kind === 'chapter' ? section : undefined;
}

/** Chapter 1, 范围. */
export function scopeChapter(standard: Pick<Standard, 'sections'>): Section | undefined {
  return chapter(standard, SCOPE_CHAPTER);
}

/** Chapter 2, 规范性引用文件. */
export function normativeReferencesChapter(standard: Pick<Standard, 'sections'>): Section | undefined {
  return chapter(standard, NORMATIVE_REFERENCES_CHAPTER);
}

/** Chapter 3, 术语和定义. */
export function termsChapter(standard: Pick<Standard, 'sections'>): Section | undefined {
  return chapter(standard, TERMS_CHAPTER);
}

export function isScopeChapter(section: Section): boolean {
  return section.kind === 'chapter' && section.number === SCOPE_CHAPTER;
}

export function isNormativeReferencesChapter(section: Section): boolean {
  return section.kind === 'chapter' && section.number === NORMATIVE_REFERENCES_CHAPTER;
}

export function isTermsChapter(section: Section): boolean {
  return section.kind === 'chapter' && section.number === TERMS_CHAPTER;
}
