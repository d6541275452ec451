// `npm run dev`: the handbook with live reload. Saving a standard re-checks only the standards the
// change can affect, prints their diagnostics at once, and reloads the page, which shows them too.
// Search works as in the built handbook (the index is built from the served pages at start and
// after every save), and a standard's PDF and print preview are printed when first asked for.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { dev } from 'astro';
import * as pagefind from 'pagefind';
import type { Plugin } from 'vite';
import { codeFileStem, formatCode } from '../src/model/code.ts';
import { printCorpus } from '../src/print/print-corpus.ts';
import { affectedFiles } from '../src/check/affected.ts';
import { formatText, summarize } from '../src/check/format.ts';
import { checkCorpus } from '../src/check/run.ts';
import { loadCorpus, type ParseCache } from '../src/corpus.ts';
import type { Corpus, Standard } from '../src/model/types.ts';
import { ConfigError } from '../src/parse/config.ts';
import { htmlForIndex, PARTS_FILE } from '../src/search/index-pages.ts';
import { contentTypeOf } from '../src/render/content-types.ts';

const root = process.cwd();
const standardsDir = resolve(root, 'standards');

function load(cache: ParseCache): Corpus | undefined {
  try {
    return loadCorpus(root, cache);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`配置错误：${error.message}`);
    return undefined;
  }
}

function report(corpus: Corpus, files: Set<string> | undefined, started: number): void {
  const diagnostics = checkCorpus(corpus, { files });
  const summary = summarize(diagnostics, files?.size ?? corpus.standards.length);
  const took = (performance.now() - started).toFixed(0);
  console.log(`\n[检查] ${files ? `重新检查受影响的 ${files.size} 个文件` : '检查全部标准'}，用时 ${took} ms`);
  console.log(formatText(diagnostics, summary));
}

/** Vite plugin: watches standards/, re-checks what a change affects and reloads the browser. */
function liveCheck(): Plugin {
  const cache: ParseCache = new Map();
  let corpus = load(cache);
  if (corpus) report(corpus, undefined, performance.now());
  let timer: NodeJS.Timeout | undefined;
  const pending = new Set<string>();
  return {
    name: 'jmxz-live-check',
    configureServer(server) {
      server.watcher.add(standardsDir);
      server.watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(standardsDir)) return;
        pending.add(resolve(path));
        clearTimeout(timer);
        timer = setTimeout(() => {
          const started = performance.now();
          const paths = [...pending];
          pending.clear();
          const before = corpus;
          corpus = load(cache);
          if (corpus) {
            const configChanged = paths.some((p) => p.endsWith('.yaml'));
            const changed: Standard[] = [];
            for (const standard of [...(before?.standards ?? []), ...corpus.standards]) {
              if (paths.includes(join(root, standard.file))) changed.push(standard);
            }
            report(corpus, configChanged || !before ? undefined : affectedFiles(corpus, changed), started);
          }
          server.ws.send({ type: 'full-reload' });
        }, 80);
      });
    },
  };
}

const base = (process.env.HANDBOOK_BASE ?? '/').replace(/\/?$/u, '/');

/** Pagefind's files in memory, built by fetching every page the dev server serves (search itself excepted). */
function devSearch(): { plugin: Plugin; start: (origin: string) => void } {
  let files = new Map<string, Uint8Array>();
  let origin = '';
  let running: Promise<void> | undefined;
  let again = false;
  async function build(): Promise<void> {
    const started = performance.now();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
    const queue = [base];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await fetch(`${origin}${path}`);
      if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) continue;
      const html = await response.text();
      await index.addHTMLFile({ url: path, content: htmlForIndex(html) });
      for (const [, href] of html.matchAll(/href="([^"#?]+)/gu)) {
        const next = new URL(href!, `${origin}${path}`);
        if (next.origin === origin && next.pathname.startsWith(base) && next.pathname.endsWith('/') && next.pathname !== `${base}search/`) queue.push(next.pathname);
      }
    }
    const written = await index.getFiles();
    files = new Map(written.files.map((file) => [file.path, file.content]));
    // The dev server's index is one part (src/search/index-pages.ts).
    files.set(PARTS_FILE, new TextEncoder().encode(`${JSON.stringify({ parts: [] })}\n`));
    await index.deleteIndex();
    console.log(`[搜索] 已为 ${seen.size} 个页面建立搜索索引，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
  }
  /** Rebuilds the index; a save during a rebuild starts one more afterwards. */
  function refresh(): void {
    if (running) {
      again = true;
      return;
    }
    running = build()
      .catch((error: unknown) => console.error(`[搜索] 建立索引失败：${(error as Error).message}`))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          refresh();
        }
      });
  }
  let timer: NodeJS.Timeout | undefined;
  return {
    start: (address) => {
      origin = address;
      refresh();
    },
    plugin: {
      name: 'jmxz-dev-search',
      configureServer(server) {
        server.watcher.on('all', (_event, path) => {
          if (!origin || !resolve(path).startsWith(standardsDir)) return;
          clearTimeout(timer);
          timer = setTimeout(refresh, 500);
        });
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (!path.startsWith(`${base}pagefind/`)) return next();
          const file = files.get(path.slice(`${base}pagefind/`.length));
          if (!file) {
            response.writeHead(files.size === 0 ? 503 : 404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(files.size === 0 ? '搜索索引正在建立，请稍候再试。' : '没有这个文件。');
            return;
          }
          response.writeHead(200, { 'Content-Type': contentTypeOf(path) }).end(file);
        });
      },
    },
  };
}

/** A standard's PDF and print preview, printed into .cache/dev-print/ the first time they are asked for after a change. */
function devPrint(): Plugin {
  const outDir = join(root, '.cache', 'dev-print');
  const cache: ParseCache = new Map();
  return {
    name: 'jmxz-dev-print',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
        if (!path.startsWith(`${base}print/`)) return next();
        const name = path.slice(`${base}print/`.length);
        const file = normalize(join(outDir, name));
        const send = (): void => {
          if (!file.startsWith(outDir) || !existsSync(file)) {
            response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('没有这个打印文件。');
            return;
          }
          response.writeHead(200, { 'Content-Type': contentTypeOf(file) }).end(readFileSync(file));
        };
        const stem = /^(.+)\.(?:pdf|html)$/u.exec(name)?.[1];
        const corpus = stem ? load(cache) : undefined;
        const standard = corpus?.standards.find((s) => s.meta.code?.year && codeFileStem(s.meta.code) === stem);
        if (!corpus || !standard) return send();
        console.log(`[排版] 正在排版 ${formatCode(standard.meta.code!)}……`);
        printCorpus(corpus, { outDir, codes: [formatCode(standard.meta.code!)] }).then(
          ({ failures }) => {
            if (failures.length > 0) {
              response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`排版失败：${failures.map((f) => f.message).join('；')}`);
              return;
            }
            send();
          },
          (error: unknown) => response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`排版失败：${(error as Error).message}`),
        );
      });
    },
  };
}

process.env.HANDBOOK_DEV = '1';
process.env.HANDBOOK_ROOT = root;
const search = devSearch();
const server = await dev({
  root: resolve(import.meta.dirname, '..'),
  logLevel: 'warn',
  // The standards' images are files below media/ (site/pages/media/): the static build writes them as
  // files, but with the site's `trailingSlash: 'always'` Astro's dev server answers them only with a
  // slash after the file name, which no page writes.
  trailingSlash: 'ignore',
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? '127.0.0.1' },
  vite: { plugins: [liveCheck(), search.plugin, devPrint()] },
});
search.start(`http://${server.address.address}:${server.address.port}`);
console.log(`标准手册（编写模式）已启动：http://${server.address.address}:${server.address.port}/ 保存标准后页面自动刷新。`);
