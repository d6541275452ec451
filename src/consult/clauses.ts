// The clauses of a standard as reviewers see them: 章条编号 and the text that stands there, in
// document order. The 征求意见表 is pre-filled with them and returned files are located by them.
import { toString } from 'mdast-util-to-string';
import { allSections } from '../model/sections.ts';
import type { Section, Standard } from '../model/types.ts';

export interface ClauseText {
  /** `前言`, `1`, `4.1.1`, `附录A`, `A.1`, `参考文献`. */
  label: string;
  section: Section;
  /** The clause's own text: its title or its paragraph, then the blocks before its first subclause. */
  text: string;
}

export function clauseLabel(section: Section): string {
  if (section.kind === 'annex') return `附录${section.number}`;
  return section.number || section.title;
}

function ownText(section: Section): string {
  const head = section.untitled ? toString(section.node).replace(/^[A-Z\d.]+[\s\u3000]*/u, '') : section.title;
  return [head, ...section.blocks.map((block) => toString(block))].join('\n').trim();
}

export function clauseTexts(standard: Standard): ClauseText[] {
  return allSections(standard).map((section) => ({ label: clauseLabel(section), section, text: ownText(section) }));
}
