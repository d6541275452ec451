// Writing standards safely: atomic replacement, the byte-order mark kept, git's view of uncommitted work.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncommittedFiles, unifiedDiff, writeStandardSource } from '../src/authoring/files.ts';
import { applyEdits, nonOverlapping } from '../src/model/text-edits.ts';
import { commitAll, temporaryDirectory } from './authoring-helpers.ts';

describe('writing standards', () => {
  it('replaces the file whole, leaves no temporary file, and keeps a byte-order mark', () => {
    const dir = temporaryDirectory();
    const path = join(dir, '标准.md');
    writeFileSync(path, '\ufeff## 前言\n');
    writeStandardSource(path, '## 前言\n\n本文件按照GB/T 1.1—2020的规定起草。\n');
    expect(readFileSync(path, 'utf8')).toBe('\ufeff## 前言\n\n本文件按照GB/T 1.1—2020的规定起草。\n');
    writeStandardSource(join(dir, '新.md'), '## 前言\n');
    expect(readFileSync(join(dir, '新.md'), 'utf8')).toBe('## 前言\n');
    expect(readdirSync(dir).sort()).toEqual(['新.md', '标准.md']);
  });

  it('shows changes as a unified diff with readable file names', () => {
    expect(unifiedDiff('standards/标准.md', '### 5.2 受理\n', '### 5.3 受理\n')).toBe('--- a/standards/标准.md\n+++ b/standards/标准.md\n@@ -1,1 +1,1 @@\n-### 5.2 受理\n+### 5.3 受理\n');
  });

  it('applies edits by offset; overlapping edits are a mistake, identical ones count once', () => {
    expect(
      applyEdits('见5.2和5.3', [
        { start: 5, end: 8, text: '5.4' },
        { start: 1, end: 4, text: '5.3' },
      ]),
    ).toBe('见5.3和5.4');
    expect(() =>
      applyEdits('abc', [
        { start: 0, end: 2, text: 'x' },
        { start: 1, end: 3, text: 'y' },
      ]),
    ).toThrow('overlapping');
    expect(
      nonOverlapping([
        { start: 0, end: 1, text: 'x' },
        { start: 0, end: 1, text: 'x' },
        { start: 0, end: 2, text: 'y' },
      ]),
    ).toEqual([{ start: 0, end: 1, text: 'x' }]);
  });

  it('finds files with uncommitted changes, and says when git cannot tell', () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'a.md'), 'a\n');
    expect(uncommittedFiles(dir, ['a.md'])).toEqual({ message: expect.stringContaining('not a git repository') });
    commitAll(dir);
    writeFileSync(join(dir, 'b.md'), 'b\n');
    expect(uncommittedFiles(dir, ['a.md', 'b.md'])).toEqual({ files: ['b.md'] });
    writeFileSync(join(dir, 'a.md'), 'changed\n');
    expect(uncommittedFiles(dir, ['a.md'])).toEqual({ files: ['a.md'] });
    // Paths are relative to the corpus root, which may sit below the top of the repository.
    mkdirSync(join(dir, 'corpus'));
    writeFileSync(join(dir, 'corpus', 'c.md'), 'c\n');
    expect(uncommittedFiles(join(dir, 'corpus'), ['c.md'])).toEqual({ files: ['c.md'] });
  });
});
