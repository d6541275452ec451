// The peer of the benchmark: the same Markdown built by a stock Astro site (content collection,
// Astro's own Markdown rendering) and indexed by Pagefind, as our build indexes its site.
// Usage: node scripts/bench/peer-build.ts <corpus-dir> <work-dir>
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';

const [corpus, work] = process.argv.slice(2).map((p) => resolve(p));
if (!corpus || !work) {
  console.error('用法：node scripts/bench/peer-build.ts <语料目录> <工作目录>');
  process.exit(2);
}

const FILES: Record<string, string> = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { standards: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(join(corpus, 'standards'))} }) }) };
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const entries = await getCollection('standards');
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>标准</title></head><body><ul>{entries.map((e) => <li><a href={'/' + e.id + '/'}>{e.data.code} {e.data.title}</a></li>)}</ul></body></html>
`,
  'src/pages/[...id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('standards')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><h1>{entry.data.code} {entry.data.title}</h1><Content /></body></html>
`,
};

rmSync(work, { recursive: true, force: true });
for (const [name, content] of Object.entries(FILES)) {
  mkdirSync(join(work, name, '..'), { recursive: true });
  writeFileSync(join(work, name), content);
}
const started = performance.now();
await build({ root: work, logLevel: 'error' });
const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
const added = await index!.addDirectory({ path: join(work, 'dist') });
await index!.writeFiles({ outputPath: join(work, 'dist', 'pagefind') });
await pagefind.close();
const ms = performance.now() - started;
const indexBytes = readdirSync(join(work, 'dist', 'pagefind'), { recursive: true, withFileTypes: true }).reduce(
  (sum, entry) => sum + (entry.isFile() ? statSync(join(entry.parentPath, entry.name)).size : 0),
  0,
);
console.log(JSON.stringify({ task: 'peer-build', ms, pages: added.page_count, indexBytes }));
