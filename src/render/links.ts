// Where things live in the handbook, and which references become links. Shared by the site and
// the printer so that a reference the checker accepts is always a working link.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { CorpusIndex } from '../model/corpus-index.ts';
import { formatCode } from '../model/code.ts';
import { anchorId, targetExists } from '../model/targets.ts';
import type { DocumentCode, LightStandard, Reference, Standard } from '../model/types.ts';

/** The id of an external standard's entry on the external-standards page: `GB-T-36113-2018`. */
export function externalId(code: DocumentCode): string {
  return formatCode(code)
    .replace(/（所有部分）/u, '')
    .replace(/[^A-Za-z0-9.]+/gu, '-')
    .replace(/-+$/u, '');
}

/** A base URL as the handbook writes it: with a trailing slash. */
export function handbookBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

export class HandbookUrls {
  readonly base: string;
  private readonly index: CorpusIndex;

  constructor(index: CorpusIndex, base = '/') {
    this.index = index;
    this.base = handbookBase(base);
  }

  /** True when this edition is the one shown at the undated address (the current or latest edition). */
  isMainEdition(standard: LightStandard): boolean {
    const code = standard.meta.code;
    return !!code && this.index.resolve({ ...code, year: undefined }) === standard;
  }

  /** `/standards/30101/` for the main edition, `/standards/30101/2019/` for earlier ones. */
  standard(standard: LightStandard): string {
    const code = standard.meta.code!;
    return this.isMainEdition(standard) ? `${this.base}standards/${code.serial}/` : `${this.base}standards/${code.serial}/${code.year}/`;
  }

  external(code: DocumentCode): string {
    return `${this.base}external/#${externalId(code)}`;
  }

  /** The link target of a reference made in `from`, or undefined when it leads nowhere. */
  reference(reference: Pick<Reference, 'document' | 'target'>, from: LightStandard): string | undefined {
    const { document, target } = reference;
    if (!document) return target && targetExists(from, target) ? `#${anchorId(target)}` : undefined;
    if (!this.index.isInternal(document)) {
      const known = this.index.external(document);
      return known ? this.external(known.code) : undefined;
    }
    const resolved = this.index.resolve(document);
    if (!resolved?.meta.code) return undefined;
    const page = resolved === from ? '' : this.standard(resolved);
    if (!target) return page || undefined;
    return targetExists(resolved, target) ? `${page}#${anchorId(target)}` : page || undefined;
  }
}

/**
 * The file an image in a standard refers to, if it is a local file inside the standards folder.
 * Remote URLs and paths that leave the folder are refused, so the output never reaches outside.
 */
export function localImagePath(src: string, standard: Standard, root: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(src) || src.startsWith('//') || isAbsolute(src)) return undefined;
  const standardsDir = join(root, 'standards');
  let decoded: string;
  try {
    decoded = decodeURI(src.split(/[?#]/u)[0]!);
  } catch {
    return undefined;
  }
  const path = resolve(root, dirname(standard.file), decoded);
  if (!existsSync(path)) return undefined;
  const real = realpathSync(path);
  const inside = relative(realpathSync(standardsDir), real);
  return inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..') ? undefined : real;
}
