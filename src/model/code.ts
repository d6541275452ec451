// Document numbers: parsing, formatting and matching of codes such as `GB/T 36113—2018`.
import type { DocumentCode } from './types.ts';

/**
 * Every kind of code a standard cites: national GB, GB/T, GB/Z; industry XX/T and XX/Z; metrology JJF and
 * JJG; local DB with province, city or county digits (`DB44/T`, `DB3205/T`, `DB 31117/Z`); group T/…;
 * enterprise Q/…; international ISO, IEC, ISO/IEC, ISO/TR, ISO/TS, ISO/IEC Guide.
 */
const PREFIX = String.raw`(?:GB(?:/[TZ])?|DB ?\d{2,6}(?:/[TZ])?|T/[A-Z0-9]{2,12}|Q/[A-Z0-9]{2,12}|ISO/IEC(?: (?:Guide|TR|TS))?|ISO/(?:TR|TS|PAS)|ISO|IEC(?:/(?:TR|TS))?|JJ[FG]|[A-Z]{2,3}/[TZ])`;
/** Part numbers: `32169.2` nationally, `16175-3` in ISO and IEC codes (a hyphen and at most three digits, never a year). */
const SERIAL = String.raw`\d{1,8}(?:\.\d{1,4}){0,3}(?:-\d{1,3}(?!\d)){0,2}`;
/** Between serial and year: the em dash, the dashes authors type by mistake, and the colon of ISO and IEC codes. */
const DASHES = '—–\\-－‒―:：';
const ALL_PARTS = '(?:（所有部分）|\\(所有部分\\))';

/** Matches a code anywhere in text. Groups: prefix, serial, dash, year, allParts. No nested quantifiers: linear time. */
export const CODE_IN_TEXT = new RegExp(String.raw`(?<![A-Za-z/])(?<prefix>${PREFIX})[ \u00a0\u3000]?(?<serial>${SERIAL})(?:(?<dash>[${DASHES}])(?<year>\d{4}))?(?<allParts>${ALL_PARTS})?`, 'gu');

const WHOLE_CODE = new RegExp(`^${CODE_IN_TEXT.source}$`, 'u');

export function codeFromMatch(groups: Record<string, string | undefined>, raw: string): DocumentCode {
  return {
    prefix: groups.prefix!,
    serial: groups.serial!,
    year: groups.year,
    dash: groups.dash,
    allParts: groups.allParts !== undefined,
    raw,
  };
}

/** Parses a whole string as one code; undefined when it is not one. */
export function parseCode(text: string): DocumentCode | undefined {
  const trimmed = text.trim();
  const match = WHOLE_CODE.exec(trimmed);
  return match?.groups ? codeFromMatch(match.groups, trimmed) : undefined;
}

/** ISO and IEC documents write their year after a colon (`ISO 13008:2012`); Chinese documents after an em dash. */
export function isInternational(code: Pick<DocumentCode, 'prefix'>): boolean {
  return /^(?:ISO|IEC)/u.test(code.prefix);
}

/** The character that stands between serial and year in this kind of code. */
export function yearSeparator(code: Pick<DocumentCode, 'prefix'>): string {
  return isInternational(code) ? ':' : '—';
}

/** The code as GB/T 1.1 writes it: prefix, one space, serial, em dash (colon for ISO and IEC), year. */
export function formatCode(code: DocumentCode, withYear = true): string {
  const dated = withYear && code.year ? `${yearSeparator(code)}${code.year}` : '';
  return `${code.prefix} ${code.serial}${dated}${code.allParts ? '（所有部分）' : ''}`;
}

/** Identity of a document regardless of edition: `GB/T 36113`. */
export function undatedKey(code: DocumentCode): string {
  return `${code.prefix.replace(/ /gu, '')} ${code.serial}`;
}

/** Identity of one edition: `GB/T 36113—2018`, or the undated key when no year is given. */
export function datedKey(code: DocumentCode): string {
  return code.year ? `${undatedKey(code)}—${code.year}` : undatedKey(code);
}

/** The series a part belongs to: `GB/T 32169.2` → `GB/T 32169`, `ISO 16175-3` → `ISO 16175`. */
export function seriesKey(code: DocumentCode): string {
  return `${code.prefix.replace(/ /gu, '')} ${code.serial.split(/[.-]/u)[0]}`;
}

/** Whether `citation` refers to the document `entry` stands for (all parts, undated or same edition). */
export function codeCovers(entry: DocumentCode, citation: DocumentCode): boolean {
  if (entry.allParts) return seriesKey(entry) === seriesKey(citation);
  if (undatedKey(entry) !== undatedKey(citation)) return false;
  return !entry.year || !citation.year || entry.year === citation.year;
}

/** The file name of a document's printed text: `Q/JMXZ 30101—2025` → `Q-JMXZ-30101-2025`. */
export function codeFileStem(code: DocumentCode): string {
  return formatCode(code)
    .replace(/[^A-Za-z0-9.]+/gu, '-')
    .replace(/^-|-$/gu, '');
}
