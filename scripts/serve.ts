// `npm start` (after the build): serves dist/ locally with Astro's static preview server.
import { existsSync } from 'node:fs';
import { preview } from 'astro';

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
if (!existsSync('dist/index.html')) {
  console.error('dist/ 中没有手册；请先运行 npm run build。');
  process.exit(1);
}
const server = await preview({ root: process.cwd(), server: { port, host }, logLevel: 'warn' });
const base = process.env.HANDBOOK_BASE ?? '/';
console.log(`标准手册已启动：http://${host}:${server.port}${base}（按 Ctrl+C 停止）`);
