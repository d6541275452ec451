// The 宋体 and 黑体 the printer gives Chromium. Debian's fonts-noto-cjk ships its faces as OpenType
// collections with CFF outlines, which Chromium embeds in a PDF as nameless Type 3 fonts (pre-press
// and archiving reject those). The SC faces are therefore converted once into TrueType files in
// .cache/fonts/ (cjk-fonts.py, with Debian's python3-fonttools), and Chromium's fontconfig is pointed
// at them instead of the collections: the PDFs then embed named CID TrueType subsets. The family
// names stay "Noto Serif CJK SC" and "Noto Sans CJK SC", so the previews are unchanged.
// Chromium copies every face a document uses, whole, into the print job: a 30 MB face of 65,535
// glyphs made page.pdf() cost twice what it does with the subset of GB 2312 and the usual symbols
// written beside each face ("Noto Serif CJK SC Common" …, cjk-fonts.py --common), which print.css
// names first; a character outside it still comes from the whole face named next.
import { execFile as execFileCallback, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFile = promisify(execFileCallback);

const CONVERTER = fileURLToPath(new URL('cjk-fonts.py', import.meta.url));
/** Debian's python3-fonttools belongs to Debian's Python, whatever other python3 comes first on PATH. */
const PYTHON = process.env.PRINT_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
export const FONT_CACHE_DIR = fileURLToPath(new URL('../../.cache/fonts/', import.meta.url));

/** The faces print.css uses: 宋体 and 黑体, regular and bold. */
const FACES = [
  { family: 'Noto Serif CJK SC', style: 'Regular', file: 'NotoSerifCJKsc-Regular.ttf', common: 'NotoSerifCJKsc-Regular-Common.ttf' },
  { family: 'Noto Serif CJK SC', style: 'Bold', file: 'NotoSerifCJKsc-Bold.ttf', common: 'NotoSerifCJKsc-Bold-Common.ttf' },
  { family: 'Noto Sans CJK SC', style: 'Regular', file: 'NotoSansCJKsc-Regular.ttf', common: 'NotoSansCJKsc-Regular-Common.ttf' },
  { family: 'Noto Sans CJK SC', style: 'Bold', file: 'NotoSansCJKsc-Bold.ttf', common: 'NotoSansCJKsc-Bold-Common.ttf' },
] as const;

export interface PrintFonts {
  /** Environment for Chromium: its fontconfig finds the converted faces, not the collections. */
  env: Record<string, string>;
  /** Changes whenever a font file changes: part of every printed document's cache key. */
  fingerprint: string;
}

/** A missing tool or font, explained with the Debian package that brings it. */
export class FontSetupError extends Error {}

/** The collection file fontconfig gives for a face (Debian: /usr/share/fonts/opentype/noto/…ttc). */
function collectionOf(family: string, style: string): string {
  let file: string;
  try {
    file = execFileSync('fc-match', ['-f', '%{file}', `${family}:style=${style}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new FontSetupError('找不到 fc-match（fontconfig）；请安装：apt-get install fontconfig fonts-noto-cjk');
  }
  if (!/NotoS(erif|ans)CJK/u.test(file) || !existsSync(file)) {
    throw new FontSetupError(`找不到字体“${family} ${style}”（排版用作宋体/黑体）；请安装：apt-get install fonts-noto-cjk`);
  }
  return file;
}

/** Runs cjk-fonts.py: `args` are its arguments before the output file. */
async function convert(args: string[], family: string, target: string): Promise<void> {
  const partial = `${target}.${process.pid}.partial`;
  const source = args.at(-1)!;
  try {
    await execFile(PYTHON, [CONVERTER, ...args, family, partial], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    rmSync(partial, { force: true });
    const message = (error as { stderr?: string }).stderr ?? String(error);
    if (/No module named 'fontTools'|ENOENT/u.test(`${message}${String(error)}`)) {
      throw new FontSetupError('转换排版字体需要 python3 和 fontTools；请安装：apt-get install python3 python3-fonttools');
    }
    throw new FontSetupError(`无法从 ${source} 转换字体 ${family}：${message.trim()}`);
  }
  // Written under another name and renamed, so a parallel run never reads half a font.
  renameSync(partial, target);
}

function fontconfigFile(dir: string, collections: string[]): string {
  const escape = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by the printer (src/print/fonts.ts): the system's fonts, the SC faces converted to
     TrueType instead of the CFF collections they come from. -->
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${escape(dir)}</dir>
  <selectfont>
    <rejectfont>
${collections.map((file) => `      <glob>${escape(file)}</glob>`).join('\n')}
    </rejectfont>
  </selectfont>
</fontconfig>
`;
}

let prepared: Promise<PrintFonts> | undefined;

/** Converts the faces that are not in the cache yet (both cores), once per process. */
export function printFonts(dir = FONT_CACHE_DIR): Promise<PrintFonts> {
  prepared ??= preparePrintFonts(dir).catch((error: unknown) => {
    prepared = undefined;
    throw error;
  });
  return prepared;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Held by a process that is gone, or half made (no pid written) for more than half a minute. */
function lockIsStale(lock: string): boolean {
  try {
    const owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    if (owner > 0) return !alive(owner);
  } catch {
    // No pid yet, or the lock is just being removed.
  }
  try {
    return Date.now() - statSync(lock).mtimeMs > 30_000;
  } catch {
    return false;
  }
}

/**
 * Runs `convert` holding a lock folder, so that processes printing at once (test files, a build
 * beside `npm run print`) convert the faces once between them; a lock left by a dead process is taken over.
 */
async function withLock(dir: string, convert: () => Promise<void>): Promise<void> {
  const lock = join(dir, 'converting.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    await convert();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function preparePrintFonts(dir: string): Promise<PrintFonts> {
  mkdirSync(dir, { recursive: true });
  const faces = FACES.map((face) => ({ ...face, collection: collectionOf(face.family, face.style), target: join(dir, face.file), commonTarget: join(dir, face.common) }));
  const missing = () => faces.filter((face) => !existsSync(face.target) || !existsSync(face.commonTarget));
  if (missing().length > 0) {
    await withLock(dir, async () => {
      await Promise.all(
        missing().map(async (face) => {
          if (!existsSync(face.target)) await convert([face.collection], face.family, face.target);
          if (!existsSync(face.commonTarget)) await convert(['--common', face.target], face.family, face.commonTarget);
        }),
      );
    });
  }
  const configFile = join(dir, 'fonts.conf');
  const config = fontconfigFile(dir, [...new Set(faces.map((face) => face.collection))]);
  if (!existsSync(configFile) || readFileSync(configFile, 'utf8') !== config) writeFileSync(configFile, config);
  const hash = createHash('sha256').update(readFileSync(CONVERTER)).update(config);
  for (const face of faces) {
    for (const file of [face.file, face.common]) {
      const { size, mtimeMs } = statSync(join(dir, file));
      hash.update(`${file}:${size}:${mtimeMs}\n`);
    }
  }
  return { env: { FONTCONFIG_FILE: configFile }, fingerprint: hash.digest('hex') };
}
