// How footnotes are marked in every output (handbook, print, Word): 条文脚注 with 1) 2) … (GB/T 1.1—2020
// 9.12), table and figure footnotes with their letter (9.8, 9.7).
import type { Footnote } from './types.ts';

/** The mark at a footnote's call and before its text: `1)` or `a`. */
export function footnoteMark(footnote: Pick<Footnote, 'kind' | 'label'>): string {
  return footnote.kind === 'text' ? `${footnote.label})` : footnote.label;
}
