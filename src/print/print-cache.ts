// Finished PDFs kept by the hash of everything they are made from: the print document (which holds
// the rendered text, the stylesheet, the link targets and the titles of cited standards), the files
// it pulls in (images), the printer's own code and templates, Paged.js, Chromium and the fonts.
// An unchanged document is copied from the cache instead of being printed again.
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, type PageLayout } from './browser.ts';
import { TEMPLATE_DIR } from './templates.ts';

const PRINT_SOURCE_DIR = fileURLToPath(new URL('.', import.meta.url));

export interface CachedPdf {
  pdf: Uint8Array;
  layout: PageLayout;
  pages: number;
}

/** The parts a key is made of; strings and bytes are hashed with their lengths so none can run into the next. */
export type KeyPart = string | Uint8Array;

function update(hash: Hash, part: KeyPart): void {
  const bytes = typeof part === 'string' ? Buffer.from(part) : part;
  hash.update(`${bytes.length}:`).update(bytes);
}

/** Hash of the printer itself: its code and templates, Paged.js, Chromium's binary and the fonts. */
export function printerFingerprint(fontFingerprint: string, pagedjsFile: string): string {
  const hash = createHash('sha256');
  for (const dir of [PRINT_SOURCE_DIR, TEMPLATE_DIR]) {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (statSync(file).isFile()) {
        update(hash, name);
        update(hash, readFileSync(file));
      }
    }
  }
  update(hash, readFileSync(pagedjsFile));
  const chromium = existsSync(CHROMIUM_PATH) ? statSync(CHROMIUM_PATH) : undefined;
  update(hash, chromium ? `${chromium.size}:${chromium.mtimeMs}` : 'no chromium');
  update(hash, fontFingerprint);
  return hash.digest('hex');
}

/** Cache entries unused this long are removed after a full print. */
const PRUNE_AFTER_DAYS = 30;

export class PrintCache {
  readonly dir: string;
  private readonly fingerprint: string;

  constructor(dir: string, fingerprint: string) {
    this.dir = dir;
    this.fingerprint = fingerprint;
    mkdirSync(dir, { recursive: true });
  }

  key(parts: KeyPart[]): string {
    const hash = createHash('sha256');
    update(hash, this.fingerprint);
    for (const part of parts) update(hash, part);
    return hash.digest('hex');
  }

  get(key: string): CachedPdf | undefined {
    const base = join(this.dir, key);
    try {
      const meta = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { layout: PageLayout; pages: number };
      const pdf = new Uint8Array(readFileSync(`${base}.pdf`));
      // Touched on use: prune() keeps what any printer used lately.
      const now = new Date();
      utimesSync(`${base}.json`, now, now);
      return { pdf, layout: meta.layout, pages: meta.pages };
    } catch {
      return undefined;
    }
  }

  put(key: string, entry: CachedPdf): void {
    const base = join(this.dir, key);
    // PDF first, then the JSON that makes the entry visible; each renamed into place whole.
    const write = (file: string, data: string | Uint8Array): void => {
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, data);
      renameSync(partial, file);
    };
    write(`${base}.pdf`, entry.pdf);
    write(`${base}.json`, JSON.stringify({ layout: entry.layout, pages: entry.pages }));
  }

  /**
   * Drops entries no printer has used for PRUNE_AFTER_DAYS: old editions of the output. By age, not by
   * this run's use, since other documents (booklets, forms) share the folder.
   */
  prune(now = Date.now()): void {
    if (!existsSync(this.dir)) return;
    for (const name of readdirSync(this.dir).filter((n) => n.endsWith('.json'))) {
      const base = join(this.dir, name.slice(0, -'.json'.length));
      if (now - statSync(`${base}.json`).mtimeMs > PRUNE_AFTER_DAYS * 86_400_000) {
        rmSync(`${base}.json`, { force: true });
        rmSync(`${base}.pdf`, { force: true });
      }
    }
  }
}

/** Where a corpus keeps its printed PDFs between runs (beside the check cache). */
export function corpusPrintCacheDir(corpusRoot: string): string {
  return join(corpusRoot, '.cache', 'print');
}
