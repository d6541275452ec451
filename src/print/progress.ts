// Progress of a print run on the terminal, shared by `npm run print` and `npm run build`.
import type { PrintProgress } from './print-corpus.ts';

/** One updating line on a terminal; one line per document in a log. */
export function showProgress(progress: PrintProgress): void {
  const counter = `[${progress.done}/${progress.total}]`;
  const tty = process.stdout.isTTY;
  if (progress.current && tty) process.stdout.write(`\r\x1b[K${counter} 正在排版 ${progress.current} …`);
  if (progress.printed) {
    const { code, title, pages } = progress.printed;
    const line = `${counter} 已完成 ${code ? `${code} ` : ''}${title}（${pages} 页${progress.cached ? '，未变，取自缓存' : ''}）`;
    process.stdout.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
  }
  if (progress.failed) {
    if (tty) process.stdout.write('\r\x1b[K');
    process.stderr.write(`${counter} 排版失败 ${progress.failed.code}：${progress.failed.message}\n`);
  }
}
