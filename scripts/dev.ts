// `npm run dev`: the handbook with live reload. Saving a standard re-checks only the standards the
// change can affect, prints their diagnostics at once, and reloads the page, which shows them too.
import { join, resolve } from 'node:path';
import { dev } from 'astro';
import type { Plugin } from 'vite';
import { affectedFiles } from '../src/check/affected.ts';
import { formatText, summarize } from '../src/check/format.ts';
import { checkCorpus } from '../src/check/run.ts';
import { loadCorpus, type ParseCache } from '../src/corpus.ts';
import type { Corpus, Standard } from '../src/model/types.ts';
import { ConfigError } from '../src/parse/config.ts';

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

process.env.HANDBOOK_DEV = '1';
process.env.HANDBOOK_ROOT = root;
const server = await dev({
  root: resolve(import.meta.dirname, '..'),
  logLevel: 'warn',
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? '127.0.0.1' },
  vite: { plugins: [liveCheck()] },
});
console.log(`标准手册（编写模式）已启动：http://${server.address.address}:${server.address.port}/ 保存标准后页面自动刷新。`);
