// Returned .docx and .xlsx files are untrusted: they are opened here, and only here, before any
// XML in them is parsed. The zip is read with yauzl, which checks every entry's real size against
// its declared one while inflating; on top of that, limits on the file, the number of parts, each
// part and the whole refuse zip bombs and oversized parts, a document with macros is refused, and
// so is XML with a DOCTYPE (external entities, entity expansion). Nothing in a file is executed.
import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';

export const LIMITS = {
  fileBytes: 30 * 1024 * 1024,
  entries: 1000,
  /** One XML part uncompressed. */
  partBytes: 20 * 1024 * 1024,
  totalBytes: 80 * 1024 * 1024,
  /** Compression ratio above which a large part is taken for a bomb. */
  ratio: 200,
};

/** A returned file that is refused; the message, in Chinese, says why. */
export class UnsafeFileError extends Error {}

export interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Parses one XML part of a returned file as events. A DOCTYPE (the door to external entities and
 * entity expansion) is refused, and malformed XML is reported by part name.
 */
export function parseOfficeXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (tag) => handlers.open?.(tag as SaxesTagPlain));
  parser.on('closetag', (tag) => handlers.close?.(tag.name));
  parser.on('text', (text) => handlers.text?.(text));
  parser.on('doctype', () => {
    throw new UnsafeFileError(`部件 ${part} 含 DOCTYPE，拒绝读取。`);
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof UnsafeFileError) throw error;
    throw new UnsafeFileError(`部件 ${part} 不是有效的 XML：${(error as Error).message.split('\n')[0]}`);
  }
}

/** The XML parts of an Office file, by path inside the zip. Media and other binary parts are not read. */
export type OfficeParts = Map<string, string>;

const MACRO_PARTS = /(^|\/)(vbaProject\.bin|vbaData\.xml|activeX\/[^/]+)$/iu;

function readAll(stream: Readable, limit: number, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stream.destroy();
        reject(new UnsafeFileError(`部件 ${name} 解压后超过 ${limit / 1024 / 1024} MB，拒绝读取（可能是压缩炸弹）。`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error) => reject(error instanceof UnsafeFileError ? error : new UnsafeFileError(`部件 ${name} 无法解压：${error.message}`)));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** The next entry of a zip opened with lazyEntries, or undefined at its end. */
function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry): void => {
      cleanup();
      resolve(entry);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(undefined);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** Opens an Office file and returns its XML parts, or throws UnsafeFileError. */
export async function readOfficeParts(data: Buffer): Promise<OfficeParts> {
  if (data.length > LIMITS.fileBytes) throw new UnsafeFileError(`文件大于 ${LIMITS.fileBytes / 1024 / 1024} MB，拒绝读取。`);
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) throw new UnsafeFileError('不是 Office Open XML 文件（.docx/.xlsx 应为 zip 格式）；旧版 .doc/.xls 请另存为 .docx/.xlsx 后再导入。');
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(data, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch (error) {
    throw new UnsafeFileError(`zip 结构损坏：${(error as Error).message}`);
  }
  if (zip.entryCount > LIMITS.entries) {
    zip.close();
    throw new UnsafeFileError(`文件含 ${zip.entryCount} 个部件，超过 ${LIMITS.entries} 个，拒绝读取。`);
  }
  const parts: OfficeParts = new Map();
  let total = 0;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      const name = entry.fileName;
      if (name.endsWith('/')) continue;
      if (MACRO_PARTS.test(name)) throw new UnsafeFileError(`文件含宏或二进制代码部件（${name}），拒绝读取；请另存为不含宏的 .docx/.xlsx 后再导入。`);
      if (!/\.(xml|rels)$/iu.test(name)) continue;
      if (entry.uncompressedSize > LIMITS.partBytes)
        throw new UnsafeFileError(`部件 ${name} 解压后 ${Math.round(entry.uncompressedSize / 1024 / 1024)} MB，超过 ${LIMITS.partBytes / 1024 / 1024} MB，拒绝读取。`);
      if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / Math.max(1, entry.compressedSize) > LIMITS.ratio) {
        throw new UnsafeFileError(`部件 ${name} 的压缩比异常（${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}:1），疑为压缩炸弹，拒绝读取。`);
      }
      total += entry.uncompressedSize;
      if (total > LIMITS.totalBytes) throw new UnsafeFileError(`文件解压后超过 ${LIMITS.totalBytes / 1024 / 1024} MB，拒绝读取。`);
      const stream = await zip.openReadStreamPromise(entry);
      const xml = (await readAll(stream, LIMITS.partBytes, name)).toString('utf8');
      if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) throw new UnsafeFileError(`部件 ${name} 含 DOCTYPE 或实体声明（可能引用外部实体），拒绝读取。`);
      parts.set(name, xml);
    }
  } catch (error) {
    if (error instanceof UnsafeFileError) throw error;
    throw new UnsafeFileError(`文件无法解压：${(error as Error).message}`);
  } finally {
    zip.close();
  }
  const types = parts.get('[Content_Types].xml');
  if (!types) throw new UnsafeFileError('文件缺少 [Content_Types].xml，不是有效的 Office 文件。');
  if (/macroEnabled|vbaProject/iu.test(types)) throw new UnsafeFileError('文件是启用宏的文档（.docm/.xlsm），拒绝读取；请另存为 .docx/.xlsx 后再导入。');
  return parts;
}
