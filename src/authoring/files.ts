// Writing standards safely, and what git knows about them: tools that change many files at once
// write each one atomically and refuse to overwrite work the author has not committed.
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { formatPatch, OMIT_HEADERS, structuredPatch } from 'diff';

const BOM = '\ufeff';

/** Writes through a temporary file in the same directory and a rename, so a reader never sees half a file. */
export function writeFileAtomic(path: string, content: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Writes a standard's new source, keeping the byte-order mark the file had (the parser strips it). */
export function writeStandardSource(path: string, source: string): void {
  let hadBom = false;
  try {
    hadBom = readFileSync(path, 'utf8').startsWith(BOM);
  } catch {
    // A new file has no mark to keep.
  }
  writeFileAtomic(path, hadBom ? BOM + source : source);
}

/** A unified diff with plain file names (the library would escape Chinese names the way git quotes them). */
export function unifiedDiff(file: string, before: string, after: string): string {
  const hunks = formatPatch(structuredPatch(file, file, before, after, undefined, undefined, { context: 3 }), OMIT_HEADERS);
  return `--- a/${file}\n+++ b/${file}\n${hunks}`;
}

export type GitResult = { ok: true; stdout: string } | { ok: false; message: string };

export function git(cwd: string, args: readonly string[]): GitResult {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) return { ok: false, message: `无法运行 git（${result.error.message}）` };
  if (result.status !== 0) return { ok: false, message: result.stderr.trim() || `git ${args[0]} 失败` };
  return { ok: true, stdout: result.stdout };
}

/**
 * The given repository paths that git reports as modified, added or untracked; a `message` instead
 * when git cannot tell (no repository), since then nothing protects the author's work.
 */
export function uncommittedFiles(root: string, files: readonly string[]): { files: string[] } | { message: string } {
  const prefix = git(root, ['rev-parse', '--show-prefix']);
  if (!prefix.ok) return { message: prefix.message };
  const status = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', ...files]);
  if (!status.ok) return { message: status.message };
  // Porcelain paths are relative to the top of the repository; ours to `root`.
  const dirty = new Set(status.stdout.split('\0').map((entry) => entry.slice(3)));
  const top = prefix.stdout.trim();
  return { files: files.filter((file) => dirty.has(`${top}${file}`)) };
}
