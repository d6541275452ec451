// `npm run dev` as an author uses it: save a standard, see the re-check in the terminal and the
// diagnostics on the page. Runs on a copy of the fixture corpus.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { affectedFiles } from '../src/check/affected.ts';
import { loadCorpus } from '../src/corpus.ts';
import { cleanEnvironment } from './e2e/build-handbook.ts';
import { corpusWith, FIXTURE_ROOT } from './helpers.ts';

const DEV = fileURLToPath(new URL('../scripts/dev.ts', import.meta.url));

describe('affectedFiles', () => {
  it('takes the changed file, its other editions and the standards that cite it', () => {
    const corpus = corpusWith();
    const window = corpus.standards.find((s) => s.file === 'standards/30101-窗口服务规范.md')!;
    expect([...affectedFiles(corpus, [window])].sort()).toEqual(['standards/30101-2019-窗口服务规范.md', 'standards/30101-窗口服务规范.md', 'standards/30501-投诉处理规范.md']);
  });

  it('leaves out standards unrelated to the change (sample corpus)', () => {
    const corpus = loadCorpus(fileURLToPath(new URL('..', import.meta.url)));
    const supervision = corpus.standards.find((s) => s.meta.code?.serial === '40303')!;
    const affected = affectedFiles(corpus, [supervision]);
    expect(affected.has(supervision.file)).toBe(true);
    const citers = corpus.standards.filter((s) => s.references.some((r) => r.document?.serial === '40303'));
    for (const citer of citers) expect(affected.has(citer.file)).toBe(true);
    expect(affected.size).toBeLessThan(corpus.standards.length / 2);
  });
});

describe('npm run dev', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('re-checks a saved standard and shows its diagnostics on the page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dev-'));
    cpSync(FIXTURE_ROOT, dir, { recursive: true });
    // A standard with an image, which the page shows from media/.
    mkdirSync(join(dir, 'standards/assets'));
    writeFileSync(join(dir, 'standards/assets/柜台.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const window = join(dir, 'standards/30101-窗口服务规范.md');
    writeFileSync(window, readFileSync(window, 'utf8').replace('## 4 服务要求\n', '## 4 服务要求\n\n![窗口柜台](assets/柜台.svg)\n'));
    child = spawn(process.execPath, [DEV], { cwd: dir, env: { ...cleanEnvironment(), PORT: '0', ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr!.on('data', (chunk) => {
      output += String(chunk);
    });
    const waitFor = async (pattern: RegExp, from = 0): Promise<RegExpMatchArray> => {
      for (let i = 0; i < 1200; i++) {
        const match = output.slice(from).match(pattern);
        if (match) return match;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`timed out waiting for ${pattern}; output:\n${output}`);
    };
    const address = (await waitFor(/http:\/\/[\d.]+:\d+\//u))[0];
    const page = async (): Promise<string> => (await fetch(`${address}standards/30501/`)).text();
    expect(await page()).not.toContain('检查发现');
    const image = /<img src="([^"]+)" alt="窗口柜台"/u.exec(await (await fetch(`${address}standards/30101/`)).text());
    const served = await fetch(new URL(image![1]!, address));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    expect(await served.text()).toContain('<svg');
    // Search works as in the built handbook: the index is built from the served pages.
    const indexed = await waitFor(/\[搜索\] 已为 (\d+) 个页面建立搜索索引/u);
    expect(Number(indexed[1])).toBeGreaterThan(5);
    const bundle = await fetch(`${address}pagefind/pagefind-entry.json`);
    expect(bundle.status).toBe(200);
    expect(Object.keys(((await bundle.json()) as { languages: object }).languages)).toContain('zh-cn');
    // The PDF link of a standard page is printed when asked for.
    expect(await page()).toContain('print/Q-JMXZ-30501-2025.pdf');
    const pdf = await fetch(`${address}print/Q-JMXZ-30501-2025.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const file = join(dir, 'standards/30501-投诉处理规范.md');
    const mark = output.length;
    writeFileSync(file, readFileSync(file, 'utf8').replace('应按4.2重新登记', '应按4.9重新登记'));
    const recheck = await waitFor(/\[检查\] 重新检查受影响的 (\d+) 个文件[\s\S]*?检查了 \d+ 个文件）/u, mark);
    expect(recheck[0]).toContain('standards/30501-投诉处理规范.md:74:');
    expect(recheck[0]).toContain('ref-internal');
    expect(Number(recheck[1])).toBe(3);
    const html = await page();
    expect(html).toContain('检查发现 1 个问题');
    expect(html).toContain('引用的4.9在本文件中不存在');
    // The save refreshes the search index.
    await waitFor(/\[搜索\] 已为 \d+ 个页面建立搜索索引/u, mark);
  }, 180_000);
});
