// Shared by the authoring command tests: throw-away copies of the sample corpus (the real standards/
// is never touched), running a script as the author would, and a git repository around a copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

const temporaryDirectories: string[] = [];
afterAll(() => {
  for (const dir of temporaryDirectories) rmSync(dir, { recursive: true, force: true });
});

/** An empty directory that is removed when the test file has run. */
export function temporaryDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'authoring-'));
  temporaryDirectories.push(dir);
  return dir;
}

/** A temporary directory holding a copy of the repository's sample standards/. */
export function copyOfSampleCorpus(): string {
  const dir = temporaryDirectory();
  cpSync(join(REPO_ROOT, 'standards'), join(dir, 'standards'), { recursive: true });
  return dir;
}

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<name>.ts` with `cwd` as the repository root. */
export function runScript(name: string, cwd: string, ...args: string[]): ScriptResult {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', `${name}.ts`), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Makes `dir` a git repository with everything in it committed. */
export function commitAll(dir: string, message = 'sample corpus'): void {
  if (spawnSync('git', ['rev-parse', '--git-dir'], { cwd: dir }).status !== 0) {
    git(dir, 'init', '--quiet', '--initial-branch=main');
    git(dir, 'config', 'user.name', '测试作者');
    git(dir, 'config', 'user.email', 'author@example.org');
  }
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', message);
}

export function readText(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

export function writeText(dir: string, file: string, content: string): void {
  writeFileSync(join(dir, file), content);
}
