// The `npm run check` command as an author uses it: output formats, paths, exit codes, bad input.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatBases } from '../src/check/rule.ts';
import { RULES } from '../src/check/rules/index.ts';
import { FIXTURE_ROOT, edit } from './helpers.ts';

const CHECK = fileURLToPath(new URL('../scripts/check.ts', import.meta.url));

/** The handbook address diagnostics link to, fixed so the machine's HOST and PORT don't matter. */
const HANDBOOK_URL = 'http://handbook.example/jm/';

function run(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CHECK, ...args], { cwd, encoding: 'utf8', env: { ...process.env, HANDBOOK_URL } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  cpSync(FIXTURE_ROOT, dir, { recursive: true });
  return dir;
}

const COMPLAINTS = 'standards/30501-投诉处理规范.md';

describe('npm run check', () => {
  it('exits 0 on a clean corpus and says so', () => {
    const result = run(FIXTURE_ROOT);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('没有发现问题');
    expect(result.stdout).toContain('检查了 3 个文件');
  });

  it('prints compiler-style lines grouped by file and exits 1 on errors', () => {
    const dir = copyOfFixture();
    const path = join(dir, COMPLAINTS);
    writeFileSync(path, edit(readFileSync(path, 'utf8'), '应按4.2重新登记', '必须按4.7重新登记'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^standards\/30501-投诉处理规范\.md:74:\d+ {2}error {4}引用的4\.7在本文件中不存在.* {2}ref-internal$/mu);
    expect(result.stdout).toMatch(/^standards\/30501-投诉处理规范\.md:74:\d+ {2}warning {2}.*wording-forbidden$/mu);
    expect(result.stdout).toContain('1 个错误，1 个警告');
  });

  it('prints one JSON object with repository-relative files', () => {
    const dir = copyOfFixture();
    const path = join(dir, COMPLAINTS);
    writeFileSync(path, edit(readFileSync(path, 'utf8'), 'code: Q/JMXZ 30501—2025', 'code: Q/JMXZ 30501-2025'));
    const result = run(dir, '--format', 'json');
    const output = JSON.parse(result.stdout);
    expect(output.summary).toEqual({ files: 3, errors: 1, warnings: 0 });
    expect(output.diagnostics).toEqual([
      expect.objectContaining({
        file: COMPLAINTS,
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 24,
        severity: 'error',
        rule: 'code-format',
        messageId: 'wrongDash',
        url: `${HANDBOOK_URL}rules/code-format/`,
      }),
    ]);
    expect(Object.keys(output.diagnostics[0]).sort()).toEqual(['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'messageId', 'rule', 'severity', 'url']);
  });

  it('checks only the given paths, against the whole corpus', () => {
    const dir = copyOfFixture();
    const path = join(dir, COMPLAINTS);
    writeFileSync(path, edit(readFileSync(path, 'utf8'), '应按4.2重新登记', '应按4.7重新登记'));
    const other = run(dir, '--format', 'json', 'standards/30101-窗口服务规范.md');
    expect(JSON.parse(other.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 0 });
    const same = run(dir, '--format', 'json', COMPLAINTS);
    expect(JSON.parse(same.stdout).summary.errors).toBe(1);
    expect(same.status).toBe(1);
  });

  it("shows the address of each diagnostic's rule page on request", () => {
    const dir = copyOfFixture();
    const path = join(dir, COMPLAINTS);
    writeFileSync(path, edit(readFileSync(path, 'utf8'), 'code: Q/JMXZ 30501—2025', 'code: Q/JMXZ 30501-2025'));
    expect(run(dir).stdout).not.toContain('规则说明');
    const lines = run(dir, '--urls').stdout.split('\n');
    const at = lines.findIndex((line) => line.endsWith('code-format'));
    expect(lines[at + 1]).toBe(`  规则说明：${HANDBOOK_URL}rules/code-format/`);
  });

  it('lists every rule with severity, basis and description', () => {
    const result = run(FIXTURE_ROOT, '--list-rules');
    expect(result.status).toBe(0);
    for (const rule of RULES) {
      expect(result.stdout).toContain(rule.id);
      expect(result.stdout).toContain(formatBases(rule));
    }
  });

  it('exits 2 for unusable arguments or configuration', () => {
    expect(run(FIXTURE_ROOT, '--format', 'xml').status).toBe(2);
    expect(run(FIXTURE_ROOT, '--no-such-option').status).toBe(2);
    const missing = run(FIXTURE_ROOT, 'standards/missing.md');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到 standards/missing.md');
    const dir = copyOfFixture();
    writeFileSync(join(dir, 'standards/system.yaml'), 'organization: [broken');
    const broken = run(dir);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('standards/system.yaml');
  });

  it('honours severity settings in system.yaml', () => {
    const dir = copyOfFixture();
    const path = join(dir, COMPLAINTS);
    writeFileSync(path, edit(readFileSync(path, 'utf8'), '应在收到投诉后', '必须在收到投诉后'));
    const system = join(dir, 'standards/system.yaml');
    writeFileSync(system, readFileSync(system, 'utf8').replace('rules: {}', 'rules:\n  wording-forbidden: error'));
    expect(run(dir).status).toBe(1);
    writeFileSync(system, readFileSync(system, 'utf8').replace('wording-forbidden: error', 'wording-forbidden: off'));
    const off = run(dir, '--format', 'json');
    expect(JSON.parse(off.stdout).diagnostics).toEqual([]);
  });

  it('survives bad files: each gets a positioned diagnostic and the rest are still checked', () => {
    const dir = copyOfFixture();
    const write = (name: string, content: string | Uint8Array): void => writeFileSync(join(dir, 'standards', name), content);
    write('broken-yaml.md', '---\ncode: Q/JMXZ 30102—2025\ntitle: [未闭合\n---\n\n## 前言\n');
    write('binary.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    write('gbk.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xb1, 0xea, 0xd7, 0xbc, 0x0a]));
    write('empty.md', '');
    write('huge.md', `---\ncode: Q/JMXZ 30103—2025\n---\n${'长'.repeat(2_000_000)}\n`);
    write(
      'no-number.md',
      readFileSync(join(dir, COMPLAINTS), 'utf8')
        .replace('code: Q/JMXZ 30501—2025', 'code: Q/JMXZ 30502—2025')
        .replace('title: 投诉处理规范', 'title: 投诉回访规范')
        .replace('### 5.1 办理', '### 办理'),
    );
    const path = join(dir, COMPLAINTS);
    writeFileSync(path, edit(readFileSync(path, 'utf8'), '应按4.2重新登记', '应按4.7重新登记'));
    const result = run(dir, '--format', 'json');
    expect(result.status).toBe(1);
    const diagnostics = JSON.parse(result.stdout).diagnostics as { file: string; line: number; rule: string }[];
    const rulesFor = (name: string): string[] => diagnostics.filter((d) => d.file === `standards/${name}`).map((d) => `${d.rule}@${d.line}`);
    expect(rulesFor('broken-yaml.md')).toContain('frontmatter-syntax@3');
    expect(rulesFor('binary.md')).toEqual(['file-readable@1']);
    expect(rulesFor('gbk.md')).toEqual(['file-readable@2']);
    expect(rulesFor('empty.md')).toContain('frontmatter-syntax@1');
    expect(rulesFor('huge.md')).toEqual(['file-readable@1']);
    expect(rulesFor('no-number.md')).toContain(`heading-number@${readFileSync(join(dir, 'standards/no-number.md'), 'utf8').split('\n').indexOf('### 办理') + 1}`);
    expect(rulesFor('30501-投诉处理规范.md')).toContain('ref-internal@74');
  });
});
