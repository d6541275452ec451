// Hostile and broken input: every file gets a diagnostic or a sanitized page, never a crash, a
// hang or a file outside the output; and a build that dies midway leaves the published site intact.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildHandbook, cleanEnvironment } from './e2e/build-handbook.ts';
import { edit, FIXTURE_ROOT, fixtureText } from './helpers.ts';

const CHECK = fileURLToPath(new URL('../scripts/check.ts', import.meta.url));
const BUILD = fileURLToPath(new URL('../scripts/build.ts', import.meta.url));

function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hardening-'));
  cpSync(FIXTURE_ROOT, dir, { recursive: true });
  return dir;
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(path) : [path];
  });
}

/** A valid standard whose text tries every way to get script or outside content into a page. */
function hostileStandard(): string {
  return edit(
    fixtureText('30501-投诉处理规范.md'),
    '## 5 办理和回访',
    [
      '<script>alert("x")</script>',
      '',
      '<img src="x.png" onerror="alert(1)"> <a href="#" onclick="alert(2)">点击</a> <iframe src="https://example.com"></iframe>',
      '',
      '[链接](javascript:alert(3)) [另一个](JaVaScRiPt:alert(4)) [数据](data:text/html;base64,PHNjcmlwdD4=)',
      '',
      '![越界](../../../../../../etc/passwd) ![绝对](/etc/passwd) ![外部](https://example.com/x.png) ![协议](file:///etc/passwd)',
      '',
      '图1 越界的图片',
      '',
      '## 5 办理和回访',
    ].join('\n'),
  );
}

describe('hostile input to the checker', () => {
  it('gives each hostile file a diagnostic and keeps checking the rest', () => {
    const dir = copyOfFixture();
    const write = (name: string, content: string | Uint8Array): void => writeFileSync(join(dir, 'standards', name), content);
    const valid = fixtureText('30501-投诉处理规范.md').replace('code: Q/JMXZ 30501—2025', 'code: Q/JMXZ 30502—2025').replace('title: 投诉处理规范', 'title: 投诉回访规范');
    write(
      'alias-bomb.md',
      `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\n\n## 前言\n`,
    );
    write('invalid-utf8.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0xa0, 0xa1, 0x0a]));
    write('nul.md', `---\ncode: Q/JMXZ 30503—2025\n---\n\n## 前言\n\u0000\n`);
    write(
      'nested.md',
      valid
        .replace('code: Q/JMXZ 30502—2025', 'code: Q/JMXZ 30504—2025')
        .replace('title: 投诉回访规范', 'title: 嵌套测试规范')
        .replace('## 参考文献', `${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- 第${i + 1}层`).join('\n')}\n\n${'>'.repeat(2000)} 引用\n\n## 参考文献`),
    );
    write(
      'long-line.md',
      valid
        .replace('code: Q/JMXZ 30502—2025', 'code: Q/JMXZ 30505—2025')
        .replace('title: 投诉回访规范', 'title: 长段落测试规范')
        .replace('4.2 督查考核科应在', `4.2 ${'窗口应按4.2、4.3和5.1办理，见表1、附录A和GB/T 36113—2018的5.2；'.repeat(12_000)}督查考核科应在`),
    );
    write('hostile-html.md', hostileStandard().replace('code: Q/JMXZ 30501—2025', 'code: Q/JMXZ 30506—2025').replace('title: 投诉处理规范', 'title: 脚本测试规范'));
    const result = spawnSync(process.execPath, [CHECK, '--format', 'json', '--no-cache'], { cwd: dir, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
    expect(result.status, result.stderr).toBe(1);
    const diagnostics = JSON.parse(result.stdout).diagnostics as { file: string; rule: string; message: string }[];
    const rulesOf = (name: string): string[] => diagnostics.filter((d) => d.file === `standards/${name}`).map((d) => d.rule);
    expect(rulesOf('alias-bomb.md')).toContain('frontmatter-syntax');
    expect(rulesOf('invalid-utf8.md')).toEqual(['file-readable']);
    expect(rulesOf('nul.md')).toEqual(['file-readable']);
    expect(rulesOf('nested.md')).toContain('list-depth');
    expect(diagnostics.some((d) => d.message.includes('处理本文件时出错'))).toBe(false);
    // References are recognized all along the 600 KB line (each repetition cites 4.3, which that standard lacks).
    const longLine = diagnostics.filter((d) => d.file === 'standards/long-line.md' && d.rule === 'ref-internal');
    expect(longLine.length).toBe(12_000);
    expect(rulesOf('30501-投诉处理规范.md')).toEqual([]);
  }, 150_000);
});

describe('hostile input to the handbook', () => {
  it('renders scripts, handlers, dangerous links and outside images harmlessly, and writes nothing outside dist/', () => {
    const dir = copyOfFixture();
    writeFileSync(join(dir, 'standards/30501-投诉处理规范.md'), hostileStandard());
    const before = new Set(filesBelow(dir));
    const out = buildHandbook(dir);
    const page = readFileSync(join(out, 'standards/30501/index.html'), 'utf8');
    const text = page.slice(page.indexOf('<div class="standard-text"'));
    expect(text).not.toMatch(/<script|<iframe|onerror=|onclick=|javascript:|data:text\/html|etc\/passwd|example\.com/iu);
    expect(text).toContain('［图片不可用：越界］');
    // Only the build's own output appeared: nothing written into the corpus or next to it.
    const after = filesBelow(dir).filter((f) => !before.has(f) && !f.includes(`${join(dir, '.cache')}`));
    expect(after).toEqual([]);
    for (const file of filesBelow(out)) expect(relative(out, file).startsWith('..')).toBe(false);
  }, 150_000);
});

describe('atomic output', () => {
  it('keeps the published dist/ intact when a build is killed midway', async () => {
    const dir = copyOfFixture();
    const out = join(dir, 'dist');
    const env = { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', HANDBOOK_PRINT: '0' };
    const first = spawnSync(process.execPath, [BUILD, '--out', out], { cwd: dir, env, encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    const published = new Map(filesBelow(out).map((f) => [f, readFileSync(f, 'utf8')]));
    expect(published.size).toBeGreaterThan(10);

    writeFileSync(join(dir, 'standards/30501-投诉处理规范.md'), fixtureText('30501-投诉处理规范.md').replace('title: 投诉处理规范', 'title: 投诉办理规范'));
    const build = spawn(process.execPath, [BUILD, '--out', out], { cwd: dir, env });
    // Kill it once it is writing its new output (the staging folder exists), before the swap.
    const staging = join(dir, '.build');
    for (let i = 0; i < 600 && !existsSync(staging); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(staging)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    build.kill('SIGKILL');
    await new Promise((r) => build.once('exit', r));

    expect(new Set(filesBelow(out))).toEqual(new Set(published.keys()));
    for (const [file, content] of published) expect(readFileSync(file, 'utf8')).toBe(content);
    expect(statSync(out).isDirectory()).toBe(true);
  }, 150_000);
});
