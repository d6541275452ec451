// The marker a 列项 item has written at the start of its text (GB/T 1.1—2020 7.5): "a)" "b）", "1)",
// "——", "·". One detection for the parser's lists, the editor's view of 列项 (lists.ts), the handbook
// and the Word export, so a marker counts the same everywhere.

export interface WrittenMarker {
  kind: 'letter' | 'number' | 'dash' | 'dot';
  /** `a`, `3` for numbered items. */
  label?: string;
  /** The marker as written, `b）`, `——`. */
  text: string;
  /** Characters the marker and the spaces after it take at the start of the text. */
  length: number;
}

const WRITTEN_MARKER = /^(?:([a-z])[)）]|(\d{1,2})[)）]|(——)|(·))[ \u3000]*/u;

/** The marker written at the start of an item's text, or undefined. */
export function writtenListMarker(text: string): WrittenMarker | undefined {
  const match = WRITTEN_MARKER.exec(text);
  if (!match) return undefined;
  const [written, letter, number, dash] = match;
  const kind = letter ? 'letter' : number ? 'number' : dash ? 'dash' : 'dot';
  const label = letter ?? number;
  return { kind, ...(label === undefined ? {} : { label }), text: written.trim(), length: written.length };
}
