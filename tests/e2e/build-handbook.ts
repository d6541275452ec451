// Builds the handbook of a corpus into a temporary folder, as `npm run build` does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILD = fileURLToPath(new URL('../../scripts/build.ts', import.meta.url));

/** Vitest exports Vite's env (BASE_URL, MODE, NODE_ENV=test …); a real build must not inherit them. */
export function cleanEnvironment(): Record<string, string> {
  const inherited = Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/u.test(key));
  return Object.fromEntries(inherited.filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export function buildHandbook(corpusRoot: string, env: Record<string, string> = {}): string {
  const out = join(mkdtempSync(join(tmpdir(), 'handbook-')), 'dist');
  const result = spawnSync(process.execPath, [BUILD, '--out', out], {
    cwd: corpusRoot,
    encoding: 'utf8',
    env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', HANDBOOK_PRINT: '0', ...env },
  });
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return out;
}
