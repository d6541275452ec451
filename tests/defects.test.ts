// A second fixture set whose files carry seeded defects, each announced by a marker on the line
// before it: `<!-- expect: rule-a, rule-b -->` in Markdown, `# expect: rule` in front matter.
// The checker must report exactly those rules at exactly those lines.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../src/check/run.ts';
import { findStandardFiles, loadCorpus, toRepoPath } from '../src/corpus.ts';
import { TODAY } from './helpers.ts';

const ROOT = fileURLToPath(new URL('./fixtures/defects/', import.meta.url));
const MARKER = /^(?:<!--|#)\s*expect:\s*([a-z, -]+?)\s*(?:-->)?$/u;

function expectedDefects(): string[] {
  const expected: string[] = [];
  for (const path of findStandardFiles(`${ROOT}standards`)) {
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const marker = MARKER.exec(line.trim());
        if (!marker) return;
        for (const rule of marker[1]!.split(',')) expected.push(`${toRepoPath(ROOT, path)}:${index + 2} ${rule.trim()}`);
      });
  }
  return expected.sort();
}

describe('seeded defects', () => {
  it('are each reported at the line after their marker, and nothing else is reported', () => {
    const expected = expectedDefects();
    expect(expected.length).toBeGreaterThanOrEqual(15);
    const actual = checkCorpus(loadCorpus(ROOT), { today: TODAY })
      .map((d) => `${d.file}:${d.line} ${d.rule}`)
      .sort();
    expect(actual).toEqual(expected);
  });
});
