// Recognizes references in running text the way GB/T 1.1—2020 (9.5) writes them: `见4.2`, `第5章`,
// `附录A`, `表1`, `图2`, `公式(1)`, `GB/T 36113—2018的5.2`. Every pattern is a flat alternation with
// bounded repetition and the scan only moves forward, so recognition is linear in the text length.
import { CODE_IN_TEXT, codeFromMatch } from '../model/code.ts';
import type { DocumentCode, ReferenceTarget } from '../model/types.ts';

export interface RecognizedReference {
  start: number;
  end: number;
  document?: DocumentCode;
  target?: ReferenceTarget;
  /** Written as an informative pointer: `见…`, `参见…`. */
  pointer: boolean;
  /** `2019年版的4.3`: a target in another edition of this same document. */
  edition?: string;
}

const CLAUSE = String.raw`(?:\d{1,2}(?:\.\d{1,3}){1,5}|[A-Z](?:\.\d{1,3}){1,5})`;
const TABLE_OR_FIGURE_NUMBER = String.raw`(?:[A-Z]\.\d{1,3}|\d{1,3})`;
/** What may not follow a number for it to be a clause number rather than a quantity (1.5小时, 2.5%). */
const NOT_A_QUANTITY = String.raw`(?![\d.%％‰℃°]|[ \u3000]?(?:米|元|万|千|亿|倍|个|名|人|次|份|张|页|天|日|周|月|年|小时|分钟|秒|公里|平方|立方|吨|度|分|岁|级|项|件|号|层|楼|kg|g|m|cm|mm|h|min)(?![的]))`;
const TRIGGER = '(?:参见|参照|按照|依照|依据|根据|符合|满足|执行|遵照|遵守|见|按)';

const TARGET_ALTERNATIVES = String.raw`第(?<chapter>\d{1,2})章|附录(?<annex>[A-Z])(?![A-Za-z])|表(?<table>${TABLE_OR_FIGURE_NUMBER})(?![\d.份张名个次])|图(?<figure>${TABLE_OR_FIGURE_NUMBER})(?![\d.份张名个次])|公式[（(](?<formula>${TABLE_OR_FIGURE_NUMBER})[)）]`;

/** Anchors in text: a document code, a self-evident target, or a clause number after a trigger word. */
const ANCHOR = new RegExp(
  String.raw`${CODE_IN_TEXT.source}|(?<edition>(?:19|20)\d{2})年版(?=的|中的|第)|(?<![代发列报外仪统清年课])(?:${TARGET_ALTERNATIVES})|(?<trigger>${TRIGGER})(?<clause>${CLAUSE})${NOT_A_QUANTITY}|(?<enumTrigger>${TRIGGER})(?<enumChapter>\d{1,2})(?=[、，和或及与至~～]\d)`,
  'gu',
);
const TARGET_AFTER_CODE = new RegExp(String.raw`(?:的|中的|中)?(?:${TARGET_ALTERNATIVES}|(?<clause>${CLAUSE})${NOT_A_QUANTITY})`, 'uy');
const CONTINUATION = new RegExp(
  String.raw`[ \u3000]?(?:、|，|和|或|及|与|以及|至|~|～)[ \u3000]?(?:(?<clause>${CLAUSE})${NOT_A_QUANTITY}|${TARGET_ALTERNATIVES}|(?<chapter>\d{1,2})(?=[、，和或及与至~～的章]))`,
  'uy',
);
/** A list item after a clause number: `6.2.2 a)`, `5.1.3的c）` (GB/T 1.1—2020 9.5). */
const ITEM_AFTER_CLAUSE = /^(?:的|中的)?[ \u3000]?([a-z])[)）]/u;
/** A sub-figure after a figure number: `图A.1a)`, `图4 b)` (GB/T 1.1—2020 9.7). */
const SUBFIGURE_AFTER_FIGURE = /^[ \u3000]?([a-z])[)）]/u;

function targetFrom(groups: Record<string, string | undefined>): ReferenceTarget | undefined {
  if (groups.chapter) return { kind: 'chapter', number: String(Number(groups.chapter)) };
  // `按6、7、8.1～8.4`: a chapter number opening an enumeration after a trigger word.
  if (groups.enumChapter) return { kind: 'chapter', number: String(Number(groups.enumChapter)) };
  if (groups.annex) return { kind: 'annex', letter: groups.annex };
  if (groups.table) return { kind: 'table', number: groups.table };
  if (groups.figure) return { kind: 'figure', number: groups.figure };
  if (groups.formula) return { kind: 'formula', number: groups.formula };
  if (groups.clause) return { kind: 'clause', number: groups.clause };
  return undefined;
}

function precededByPointer(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 2), index);
  return before.endsWith('见');
}

/** A figure reference that goes on to a sub-figure: `图A.1` + `a)`. */
function withSubfigure(text: string, end: number, target: ReferenceTarget): { target: ReferenceTarget; end: number } {
  if (target.kind !== 'figure') return { target, end };
  const subfigure = SUBFIGURE_AFTER_FIGURE.exec(text.slice(end, end + 4));
  return subfigure ? { target: { ...target, subfigure: subfigure[1]! }, end: end + subfigure[0].length } : { target, end };
}

/** Finds every reference in one run of text. */
export function recognizeReferences(text: string): RecognizedReference[] {
  const found: RecognizedReference[] = [];
  ANCHOR.lastIndex = 0;
  for (let match = ANCHOR.exec(text); match !== null; match = ANCHOR.exec(text)) {
    const groups = match.groups!;
    let end = match.index + match[0].length;
    let document: DocumentCode | undefined;
    let start = match.index;
    let pointer: boolean;
    let target: ReferenceTarget | undefined;
    let edition: string | undefined;
    if (groups.edition) {
      // Only with a target is `2019年版` a reference: `（见4.2，2019年版的4.3）` in a revision's 前言.
      TARGET_AFTER_CODE.lastIndex = end;
      const targetMatch = TARGET_AFTER_CODE.exec(text);
      target = targetMatch?.groups ? targetFrom(targetMatch.groups) : undefined;
      if (!target) {
        ANCHOR.lastIndex = end;
        continue;
      }
      edition = groups.edition;
      end = TARGET_AFTER_CODE.lastIndex;
      pointer = true;
    } else if (groups.prefix) {
      document = codeFromMatch(groups, match[0]);
      pointer = precededByPointer(text, start);
      TARGET_AFTER_CODE.lastIndex = end;
      const targetMatch = TARGET_AFTER_CODE.exec(text);
      if (targetMatch?.groups) {
        target = targetFrom(targetMatch.groups);
        end = TARGET_AFTER_CODE.lastIndex;
      }
    } else {
      const trigger = groups.trigger ?? groups.enumTrigger;
      if (trigger) start += trigger.length;
      pointer = trigger ? trigger === '见' || trigger === '参见' : precededByPointer(text, start);
      target = targetFrom(groups);
    }
    if (target?.kind === 'clause') {
      const item = ITEM_AFTER_CLAUSE.exec(text.slice(end, end + 6));
      if (item) {
        target = { ...target, item: item[1]! };
        end += item[0].length;
      }
    }
    if (target) ({ target, end } = withSubfigure(text, end, target));
    found.push({ start, end, document, target, pointer, edition });
    // Enumerations share the first item's document: `见4.2、4.3和5.1`, `GB/T 36113—2018的5.2和5.3`.
    if (target) {
      CONTINUATION.lastIndex = end;
      for (let next = CONTINUATION.exec(text); next?.groups; next = CONTINUATION.exec(text)) {
        const numberText = next[0].replace(/^[ \u3000]?(?:、|，|和|或|及|与|以及|至|~|～)[ \u3000]?/u, '');
        const part = withSubfigure(text, CONTINUATION.lastIndex, targetFrom(next.groups)!);
        found.push({ start: CONTINUATION.lastIndex - numberText.length, end: part.end, document, target: part.target, pointer, edition });
        end = part.end;
        CONTINUATION.lastIndex = end;
      }
    }
    ANCHOR.lastIndex = end;
  }
  return found;
}

/** Wording that makes a citation a provision (GB/T 1.1—2020 9.5.4.2): `应符合…`, `按…执行`, `宜参照…`. */
const REQUIREMENT_WORDING = /应|宜|按|符合|执行|遵守|遵照|依照|依据|满足|采用|规定|要求/u;

/** Splits text into sentences once, so looking up the sentence of each reference stays linear overall. */
export function sentenceFinder(text: string): (index: number) => string {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) if ('。；！？\n'.includes(text[i]!)) ends.push(i);
  ends.push(text.length);
  return (index) => {
    let low = 0;
    let high = ends.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid]! < index) low = mid + 1;
      else high = mid;
    }
    const from = low === 0 ? 0 : ends[low - 1]! + 1;
    return text.slice(from, ends[low]);
  };
}

export function isRequirementSentence(sentence: string): boolean {
  return REQUIREMENT_WORDING.test(sentence);
}
