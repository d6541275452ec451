import type { Position } from '../../model/types.ts';
import { defineRule } from '../rule.ts';
import { eachText } from './text-scan.ts';

// GB 3101—1993 3.4: a space between the value and the unit symbol; none before % (nor the plane-angle signs, not listed).
// Left out as ambiguous: g (also the acceleration of free fall, "0.5g"), t, A ("5A级"), single letters a code may end with.
const UNIT_SYMBOLS = 'mm|cm|km|m|kg|mg|mL|L|min|s|h|kW|W|kV|V|mA|Hz|kHz|MHz|GHz|kPa|MPa|Pa|dB|lx|cd|℃|°C|m²|m³|kB|KB|MB|GB|TB|Mbit/s|kbit/s|bit/s';
const NO_SPACE = new RegExp(`(?<![A-Za-z0-9.\\-/])(\\d+(?:\\.\\d+)?)(${UNIT_SYMBOLS})(?![A-Za-z0-9²³/])`, 'gu');
const SPACED_PERCENT = /(?<![\d.])(\d+(?:\.\d+)?)[ \u00a0\u3000]+%/gu;
const FULL_WIDTH = /[０-９]+/gu;
const ANY_DIGIT = /[0-9０-９]/u;

export const numberUnit = defineRule({
  id: 'number-unit',
  severity: 'warning',
  scope: 'document',
  basis: [
    { clause: '9.4', detail: '数和数值、量和单位的表示' },
    { document: 'GB 3101—1993', clause: '3.4', detail: '数值与单位符号之间留一空隙' },
  ],
  description: '数值与单位符号之间空一格（"10 mm"），"%"前不空格；不混用全角和半角数字',
  messages: {
    space: '数值与单位符号之间空一格："{written}"应写作"{fixed}"。',
    percent: '数值与"%"之间不空格："{written}"应写作"{fixed}"。',
    fullWidth: '数字用半角阿拉伯数字："{written}"是全角数字，本文件其他地方用半角数字。',
  },
  fixable: false,
  docs: {
    rationale:
      'GB/T 1.1—2020 9.4 要求量、单位和数值的表示符合 GB 3101、GB 3102：数值与单位符号之间留一空隙（"10 mm""30 min"），百分号和平面角的度、分、秒前不留空隙；数字用阿拉伯数字。全角和半角数字混用，检索"30 min"时找不到"３０ min"，印刷时字宽也不一致。',
    howToFix: '在数值和单位符号之间加一个空格（"15 mm"），删去"%"前的空格（"95%"），把全角数字改为半角。用汉字写的单位（"5个工作日""2小时"）不加空格。',
  },
  examples: {
    valid: [
      { name: '符号单位前空格，百分号和汉字单位不空', text: '## 4 要求\n\n4.1 候梯区照度不低于150 lx，字高不小于15 mm，接通率不低于95%，5个工作日内回复。\n' },
      { name: '"0.58g"中的 g 是重力加速度（GB/T 45435—2025 表2）', text: '## 5 要求\n\n5.1 最大水平加速度为0.58g，最大加加速度为0.25g/s。\n' },
    ],
    invalid: [
      {
        name: '数值紧贴单位符号，百分号前有空格',
        text: '## 4 要求\n\n4.1 字高不小于15mm，接通率不低于95 %。\n',
        errors: [
          { messageId: 'space', line: 3, column: 10, endLine: 3, endColumn: 14 },
          { messageId: 'percent', line: 3, column: 21, endLine: 3, endColumn: 25 },
        ],
      },
      {
        name: '全角数字与半角数字混用',
        text: '## 4 要求\n\n4.1 窗口应在１个工作日内答复，超过2个工作日的报科室负责人。\n',
        errors: [{ messageId: 'fullWidth', line: 3, column: 9, endLine: 3, endColumn: 10 }],
      },
    ],
  },
  check(standard, { report }) {
    const fullWidth: { start: Position; end: Position; written: string }[] = [];
    let halfWidth = false;
    eachText(standard, (text, positionAt) => {
      const value = text.value;
      // Every pattern below needs a digit: most texts have none, and the patterns' look-behinds are slow to scan.
      if (!ANY_DIGIT.test(value)) return;
      const range = (index: number, length: number) => ({ start: positionAt(index), end: positionAt(index + length) });
      for (const match of value.matchAll(NO_SPACE)) report({ messageId: 'space', data: { written: match[0], fixed: `${match[1]} ${match[2]}` }, at: range(match.index, match[0].length) });
      for (const match of value.matchAll(SPACED_PERCENT)) report({ messageId: 'percent', data: { written: match[0], fixed: `${match[1]}%` }, at: range(match.index, match[0].length) });
      for (const match of value.matchAll(FULL_WIDTH)) fullWidth.push({ ...range(match.index, match[0].length), written: match[0] });
      if (/[0-9]/u.test(value)) halfWidth = true;
    });
    if (halfWidth) for (const { written, ...at } of fullWidth) report({ messageId: 'fullWidth', data: { written }, at });
  },
});
