// `check --fix`, in the manner of ESLint: apply the fixes rules attached to their diagnostics, re-parse,
// check again, and repeat while fixes keep coming (one fix can uncover another), within a bound.
import { nonOverlapping, applyEdits } from '../model/text-edits.ts';
import type { Corpus, Diagnostic } from '../model/types.ts';
import { parseStandard } from '../parse/parse-standard.ts';
import { checkCorpus, type CheckOptions } from './run.ts';

const MAX_PASSES = 10;

export interface FixOutcome {
  /** New sources of the standards that changed, by repository path. */
  fixed: Map<string, string>;
  /** How many fixes were applied over all passes. */
  applied: number;
  /** The diagnostics that remain after fixing. */
  remaining: Diagnostic[];
}

/** Fixes the corpus in memory (its standards are replaced by the fixed ones); writing is the caller's. */
export function fixCorpus(corpus: Corpus, options: CheckOptions = {}): FixOutcome {
  const fixed = new Map<string, string>();
  let applied = 0;
  let diagnostics = checkCorpus(corpus, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const byFile = new Map<string, Diagnostic[]>();
    for (const diagnostic of diagnostics) {
      if (diagnostic.fix) byFile.set(diagnostic.file, [...(byFile.get(diagnostic.file) ?? []), diagnostic]);
    }
    if (byFile.size === 0) break;
    for (const [file, withFixes] of byFile) {
      const index = corpus.standards.findIndex((s) => s.file === file);
      const edits = nonOverlapping(withFixes.map((d) => d.fix!));
      const source = applyEdits(corpus.standards[index]!.source, edits);
      corpus.standards[index] = parseStandard(file, source);
      fixed.set(file, source);
      applied += edits.length;
    }
    diagnostics = checkCorpus(corpus, options);
  }
  return { fixed, applied, remaining: diagnostics };
}
