// Replacements of source ranges: the one way every tool (check --fix, renumber) changes a standard,
// so the author's formatting outside the edited ranges survives byte for byte.

/** Replace `source.slice(start, end)` with `text`. Offsets are UTF-16 code units into the source. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

function byPosition(a: TextEdit, b: TextEdit): number {
  return a.start - b.start || a.end - b.end;
}

/** Identical edits collapse into one; otherwise the first of two overlapping edits wins. */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const kept: TextEdit[] = [];
  for (const edit of [...edits].sort(byPosition)) {
    const last = kept.at(-1);
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue;
    if (last && edit.start < last.end) continue;
    kept.push(edit);
  }
  return kept;
}

/** Applies edits that must not overlap (overlap means the caller computed them wrongly). */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort(byPosition);
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    result += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + source.slice(at);
}
