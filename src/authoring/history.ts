// A standard's history as git keeps it: the commits that changed its file (for the handbook), and
// the file as it was at a revision (for comparing a draft with an earlier state: changes --from).
import { parseStandard } from '../parse/parse-standard.ts';
import type { Standard } from '../model/types.ts';
import { git } from './files.ts';
import { AuthoringError } from './errors.ts';

export interface HistoryEntry {
  commit: string;
  /** Author date, ISO 8601 with offset. */
  date: string;
  author: string;
  /** The commit message's first line. */
  message: string;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/**
 * The commits that changed `file` (a path relative to `root`), newest first, following renames.
 * Empty when the file is not in a git repository or not committed yet.
 */
export function gitHistory(file: string, root = process.cwd()): HistoryEntry[] {
  const log = git(root, ['log', '--follow', `--format=%H${FIELD}%aI${FIELD}%an${FIELD}%s${RECORD}`, '--', file]);
  if (!log.ok) return [];
  return log.stdout
    .split(RECORD)
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [commit, date, author, message] = record.split(FIELD) as [string, string, string, string];
      return { commit, date, author, message };
    });
}

/** The standard in `file` as it was at `revision` (a commit, tag, or HEAD~1). */
export function standardAtRevision(root: string, revision: string, file: string): Standard {
  const shown = git(root, ['show', `${revision}:./${file}`]);
  if (!shown.ok) throw new AuthoringError(`git 中找不到 ${revision} 版本的 ${file}（${shown.message}）；请确认版本（提交号、标签或 HEAD~1 这样的写法）和文件路径。`);
  return parseStandard(file, shown.stdout);
}

/**
 * The history of every file below `dir` in one git call (the handbook needs all of them; one
 * `git log` per file would cost a process per standard). Renames are not followed here.
 */
export function gitHistoryByFile(root: string, dir: string): Map<string, HistoryEntry[]> {
  const log = git(root, ['-c', 'core.quotePath=false', 'log', '--name-only', '--relative', `--format=${RECORD}%H${FIELD}%aI${FIELD}%an${FIELD}%s`, '--', dir]);
  const byFile = new Map<string, HistoryEntry[]>();
  if (!log.ok) return byFile;
  for (const record of log.stdout
    .split(RECORD)
    .map((r) => r.trim())
    .filter(Boolean)) {
    const [header, ...files] = record.split('\n');
    const [commit, date, author, message] = header!.split(FIELD) as [string, string, string, string];
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      byFile.set(file, [...(byFile.get(file) ?? []), { commit, date, author, message }]);
    }
  }
  return byFile;
}
