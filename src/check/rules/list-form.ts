import { itemListsOf, type ItemList, type ListEntry, type ListMarker } from '../../model/lists.ts';
import { topLevelOf } from '../../model/sections.ts';
import type { Section } from '../../model/types.ts';
import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';

export const LIST_FORM_MESSAGES = {
  leadInEnd: '列项的引语应以"："结束（或是由各项补全的半句话）；此处引语以"{end}"结束。',
  noLeadIn: '列项前没有引语；请在列项前写一句以"："结束的引语，如"……包括以下内容："。',
  mixedMarkers: '同一层次的列项应使用同一种列项符号或编号；本层第一项用"{expected}"，此项用"{found}"。',
  levelMarker: '第{level}层次列项应使用{allowed}；此处用了"{found}"。',
  sequence: '列项编号应为"{expected}"：编号从{first}起连续，不跳号、不重号。',
  itemEnd: '列项中除最后一项外，各项以"；"结束（或全部是短语，都不加标点）；此项以"{end}"结束。',
  lastItemEnd: '列项的最后一项以"。"结束；此项以"{end}"结束。',
} as const;

type End = 'semicolon' | 'comma' | 'period' | 'colon' | 'none';
const END_TEXT: Record<End, string> = { semicolon: '；', comma: '，', period: '。', colon: '：', none: '无标点' };
const MARKER_TEXT: Record<ListMarker, string> = { bullet: '——', dash: '——', dot: '·', letter: 'a)', number: '1)', decimal: '1.' };
const LEVEL_MARKERS: Record<number, { markers: ListMarker[]; text: string }> = {
  1: { markers: ['dash', 'letter'], text: '破折号"——"或字母编号 a)、b)……' },
  2: { markers: ['dot', 'number'], text: '间隔号"·"或数字编号 1)、2)……' },
};

function endOf(text: string): End {
  const last = text.trimEnd().at(-1) ?? '';
  if ('；;'.includes(last)) return 'semicolon';
  if ('，,'.includes(last)) return 'comma';
  if ('。'.includes(last)) return 'period';
  if ('：:'.includes(last)) return 'colon';
  return 'none';
}

/** A Markdown bullet takes the mark of its level when printed. */
function printedMarker(entry: ListEntry, level: number): ListMarker {
  return entry.marker === 'bullet' ? (level === 1 ? 'dash' : 'dot') : entry.marker;
}

/** Chapter 2, 参考文献, 索引 and 符号和缩略语 list entries, not sentences. */
function isListing(section: Section): boolean {
  const element = topLevelOf(section);
  if (!element) return true;
  if (element.kind === 'bibliography' || element.kind === 'index') return true;
  return element.kind === 'chapter' && (element.number === '2' || /^(?:符号|缩略语|代号)/u.test(element.title));
}

/** The items whose end punctuation counts, in reading order: an item that opens a sub-list hands its end to the sub-list. */
function sentenceItems(list: ItemList): ListEntry[] {
  return list.items.flatMap((item) => {
    if (!item.sublist) return [item];
    const opens = ['colon', 'none'].includes(endOf(item.text));
    return [...(opens ? [] : [item]), ...sentenceItems(item.sublist)];
  });
}

function checkMarkers(list: ItemList, report: (at: ListEntry, id: keyof typeof LIST_FORM_MESSAGES, values: Record<string, string>) => void): void {
  const first = list.items[0]!;
  const family = printedMarker(first, list.level);
  const allowed = LEVEL_MARKERS[list.level];
  if (allowed && !allowed.markers.includes(family)) report(first, 'levelMarker', { level: list.level === 1 ? '一' : '二', allowed: allowed.text, found: MARKER_TEXT[family] });
  list.items.forEach((item, index) => {
    const marker = printedMarker(item, list.level);
    if (marker !== family) report(item, 'mixedMarkers', { expected: MARKER_TEXT[family], found: MARKER_TEXT[marker] });
    else if (item.label !== undefined && (family === 'letter' || family === 'number' || family === 'decimal')) {
      const expected = family === 'letter' ? String.fromCharCode(97 + index) : String(index + 1);
      if (item.label !== expected) report(item, 'sequence', { expected: family === 'letter' ? `${expected})` : `${expected})`, first: family === 'letter' ? ' a) ' : ' 1) ' });
    }
    if (item.sublist) checkMarkers(item.sublist, report);
  });
}

export const listForm: Rule = {
  id: 'list-form',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 7.5（列项）',
  description: '列项有以"："结束的引语；每层只用一种列项符号或编号（第一层"——"或 a)，第二层"·"或 1)），编号连续；各项以"；"结束、最后一项以"。"结束，或全部不加标点',
  check(standard, { report }) {
    const message = reporter(LIST_FORM_MESSAGES, report);
    const say = (at: { position: ListEntry['position'] }, id: keyof typeof LIST_FORM_MESSAGES, values: Record<string, string> = {}): void => message(at.position, id, values);
    for (const list of itemListsOf(standard)) {
      checkMarkers(list, say);
      if (isListing(list.section)) continue;
      if (!list.leadIn) say(list.items[0]!, 'noLeadIn');
      else if (!['colon', 'none'].includes(endOf(list.leadIn.text))) say(list.leadIn, 'leadInEnd', { end: END_TEXT[endOf(list.leadIn.text)] });
      const items = sentenceItems(list);
      const ends = items.map((item) => endOf(item.text));
      if (ends.every((end) => end === 'none') || ends.every((end) => end === 'period')) continue;
      items.forEach((item, index) => {
        const end = ends[index]!;
        if (index < items.length - 1 && end !== 'semicolon' && end !== 'comma') say(item, 'itemEnd', { end: END_TEXT[end] });
        if (index === items.length - 1 && end !== 'period') say(item, 'lastItemEnd', { end: END_TEXT[end] });
      });
    }
  },
};
