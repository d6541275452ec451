import { itemListsOf, type ItemList, type ListEntry, type ListMarker } from '../../model/lists.ts';
import { topLevelOf } from '../../model/sections.ts';
import type { Section } from '../../model/types.ts';
import { defineRule, type MessageData } from '../rule.ts';
import { SYMBOLS_TITLE } from './symbols-form.ts';

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
  if (last === '。') return 'period';
  if ('：:'.includes(last)) return 'colon';
  return 'none';
}

/** A Markdown bullet takes the mark of its level when printed. */
function printedMarker(entry: ListEntry, level: number): ListMarker {
  return entry.marker === 'bullet' ? (level === 1 ? 'dash' : 'dot') : entry.marker;
}

/** Chapter 2, 参考文献, 索引 and 符号和缩略语 list entries, not the parts of a sentence. */
function isListing(section: Section): boolean {
  const element = topLevelOf(section);
  if (!element || element.kind === 'bibliography' || element.kind === 'index') return true;
  if (element.kind === 'chapter' && element.number === '2') return true;
  for (let current: Section | undefined = section; current; current = current.parent) if (SYMBOLS_TITLE.test(current.title)) return true;
  return false;
}

/** The items whose end punctuation counts, in reading order: an item that opens a sub-list hands its end to the sub-list. */
function sentenceItems(list: ItemList): ListEntry[] {
  return list.items.flatMap((item) => {
    if (!item.sublist) return [item];
    const opens = ['colon', 'none'].includes(endOf(item.text));
    return [...(opens ? [] : [item]), ...sentenceItems(item.sublist)];
  });
}

type Say = (at: ListEntry, messageId: 'levelMarker' | 'sequence', data: MessageData) => void;

function checkMarkers(list: ItemList, say: Say): void {
  const first = list.items[0]!;
  const family = printedMarker(first, list.level);
  const allowed = LEVEL_MARKERS[list.level];
  if (allowed && !allowed.markers.includes(family)) say(first, 'levelMarker', { level: list.level === 1 ? '一' : '二', allowed: allowed.text, found: MARKER_TEXT[family] });
  list.items.forEach((item, index) => {
    if (item.sublist) checkMarkers(item.sublist, say);
    // Markdown lists have their markers checked by list-items; a run of paragraphs "a) …" has one family by construction.
    if (list.form === 'markdown') return;
    if (item.label !== undefined) {
      const expected = family === 'letter' ? String.fromCharCode(97 + index) : String(index + 1);
      if (item.label !== expected) say(item, 'sequence', { expected: `${expected})`, written: `${item.label})`, first: family === 'letter' ? 'a)' : '1)' });
    }
  });
}

export const listForm = defineRule({
  id: 'list-form',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '7.5', detail: '列项的引语、列项符号和编号、各项的标点' }],
  description: '列项有以"："结束的引语；第一层用"——"或 a)，第二层用"·"或 1)，写成段落的编号连续（Markdown 列表的编号见 list-items）；各项以"；"结束、最后一项以"。"结束，或全部不加标点',
  messages: {
    leadInEnd: '列项的引语应以"："结束（或是由各项补全的半句话）；此处引语以"{end}"结束。',
    noLeadIn: '列项前没有引语；请在列项前写一句以"："结束的引语，如"……包括以下内容："。',
    levelMarker: '第{level}层次列项应使用{allowed}；此处用了"{found}"。',
    sequence: '此项编为"{written}"，应为"{expected}"：列项编号从 {first} 起连续，不跳号、不重号。',
    itemEnd: '列项中除最后一项外，各项以"；"结束（或全部是短语，都不加标点）；此项以"{end}"结束。',
    lastItemEnd: '列项的最后一项以"。"结束；此项以"{end}"结束。',
  },
  fixable: false,
  docs: {
    rationale:
      'GB/T 1.1—2020 7.5 规定列项由引语和被引出的并列各项组成：引语是以冒号结束的句子，或由各项补全的半句话；第一层次用破折号或字母编号 a)、b)，第二层次用间隔号或数字编号 1)、2)；各项之间用分号、最后一项用句号，短语的各项可都不加标点。统一的形式让读者一眼看出哪些内容并列、列项在哪里结束，引用"5.1.1的b)"时编号也不会错位。',
    howToFix:
      '在列项前写以"："结束的引语；同一层只用一种符号（Markdown 的"- "在第一层印成"——"、第二层印成"·"）；编号按 a)、b)、c)…… 连续；除最后一项外各项以"；"结束，最后一项以"。"结束，或者各项都是短语时全部不加标点。',
  },
  examples: {
    valid: [
      {
        name: '列项中间插入示例，其后各项仍属同一引语（GB/T 35639—2017 5.1）',
        text: '## 5 地址数据模型\n\n5.1 图2中的关联关系应满足以下要求：\n\n- 地址组分不能为空。\n- 一个地址只参照一个可编配地址对象。\n\n示例1：一个建筑物有多个出入口。\n\n- 一个参照对象可以被多个地址组分参照。\n',
      },
      {
        name: '引语以冒号结束，各项以分号、最后一项以句号结束（Q/JMXZ 30501 6.3.1 的不予受理情形）',
        text: '## 5 投诉受理\n\n5.1 有下列情形之一的，不予受理：\n\n- 投诉事项不属于中心及进驻部门职责范围的；\n- 投诉事项已进入行政复议、行政诉讼或仲裁程序的。\n',
      },
      {
        name: '字母编号的第一层、间隔号的第二层（GB/T 1.1—2020 4.2 的写法）',
        text: '## 4 文件的类别\n\n4.1 按照不同的属性可以将标准划分为不同的类别：\n\na) 按照标准化对象可以将标准划分为诸如以下对象类别：\n   - 产品标准；\n   - 过程标准；\n   - 服务标准；\n\nb) 按照标准内容的功能可以将标准划分为术语标准、符号标准、试验标准和规范标准等。\n',
      },
      {
        name: '由各项补全的半句话，各项都是短语',
        text: '## 6 公示\n\n6.1 窗口公示的内容包括\n\n- 窗口号和进驻部门\n- 工作人员姓名和照片\n- 监督电话\n',
      },
    ],
    invalid: [
      {
        name: '引语以句号结束',
        text: '## 5 投诉渠道\n\n5.1 中心设置以下投诉渠道。\n\n- 现场投诉；\n- 电话投诉。\n',
        errors: [{ messageId: 'leadInEnd', line: 3, column: 1, endLine: 3, endColumn: 16 }],
      },
      {
        name: '列项紧跟在标题后，没有引语',
        text: '## 5 投诉渠道\n\n### 5.1 中心受理渠道\n\n- 现场投诉；\n- 电话投诉。\n',
        errors: [{ messageId: 'noLeadIn', line: 5, column: 1, endLine: 5, endColumn: 8 }],
      },
      {
        name: '第一层用数字编号',
        text: '## 5 要求\n\n5.1 窗口应做到：\n\n1) 按时到岗；\n2) 着装整洁。\n',
        errors: [{ messageId: 'levelMarker', line: 5, column: 1, endLine: 5, endColumn: 9 }],
      },
      {
        name: '写成段落的字母编号跳号（前言中主要技术变化的写法）',
        text: '## 前言\n\n本文件代替Q/JMXZ 30101—2019，主要技术变化如下：\n\na) 增加了离岗的要求；\n\nb) 更改了叫号要求；\n\nd) 删除了领取结果的要求。\n',
        errors: [{ messageId: 'sequence', line: 9, column: 1, endLine: 9, endColumn: 15 }],
      },
      {
        name: '第一项以冒号结束（GB/T 39046—2020 5.1 的转录）',
        text: '## 5 数据项表示\n\n### 5.1 概述\n\n数据项用下列属性描述：\n\n- 数据项名称：\n- 数据类型及格式；\n- 备注。\n',
        errors: [{ messageId: 'itemEnd', line: 7, column: 1, endLine: 7, endColumn: 9 }],
      },
      {
        name: '中间一项以句号结束，最后一项没有句号',
        text: '## 5 投诉渠道\n\n5.1 中心设置以下投诉渠道：\n\n- 现场投诉。\n- 电话投诉；\n- 网上投诉\n',
        errors: [
          { messageId: 'itemEnd', line: 5, column: 1, endLine: 5, endColumn: 8 },
          { messageId: 'lastItemEnd', line: 7, column: 1, endLine: 7, endColumn: 7 },
        ],
      },
    ],
  },
  check(standard, { report }) {
    const say = (at: ListEntry | NonNullable<ItemList['leadIn']>, messageId: 'leadInEnd' | 'noLeadIn' | 'levelMarker' | 'sequence' | 'itemEnd' | 'lastItemEnd', data: MessageData = {}): void => {
      report({ messageId, data, at: at.node });
    };
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
});
