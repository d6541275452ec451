// Builds the handbook of a corpus into a temporary folder, as `npm run build` does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUILD = fileURLToPath(new URL('../../scripts/build.ts', import.meta.url));

export function buildHandbook(corpusRoot: string, env: Record<string, string> = {}): string {
  const out = join(mkdtempSync(join(tmpdir(), 'handbook-')), 'dist');
  const result = spawnSync(process.execPath, [BUILD, '--out', out], {
    cwd: corpusRoot,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', HANDBOOK_PRINT: '0', ...env },
  });
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return out;
}
