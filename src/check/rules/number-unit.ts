import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';
import { eachText } from './text-scan.ts';

export const NUMBER_UNIT_MESSAGES = {
  space: '数值与单位符号之间空一格："{written}"应写作"{fixed}"。',
  percent: '数值与"%"之间不空格："{written}"应写作"{fixed}"。',
  fullWidth: '数字用半角阿拉伯数字："{written}"是全角数字，本文件其他地方用半角数字。',
} as const;

// GB 3101—1993 3.4: a space between the value and the unit symbol; none before % or the plane-angle signs.
const UNIT_SYMBOLS = 'mm|cm|km|m|kg|mg|g|t|mL|L|min|s|h|kW|W|kV|V|mA|A|Hz|kHz|MHz|GHz|kPa|MPa|Pa|dB|lx|cd|℃|°C|m²|m³|kB|KB|MB|GB|TB|Mbit/s|kbit/s|bit/s';
const NO_SPACE = new RegExp(`(?<![A-Za-z0-9.])(\\d+(?:\\.\\d+)?)(${UNIT_SYMBOLS})(?![A-Za-z0-9²³/])`, 'gu');
const SPACED_PERCENT = /(\d)[ \u00a0\u3000]+%/gu;
const FULL_WIDTH = /[０-９]+/gu;

export const numberUnit: Rule = {
  id: 'number-unit',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.4（数和数值的表示）；GB 3101—1993 3.4（数值和单位符号之间留空隙）',
  description: '数值与单位符号之间空一格（"10 mm"），"%"前不空格；不混用全角和半角数字',
  check(standard, { report }) {
    const say = reporter(NUMBER_UNIT_MESSAGES, report);
    const fullWidth: { index: number; written: string; positionAt: (index: number) => { line: number; column: number } }[] = [];
    let halfWidth = false;
    eachText(standard, (text, positionAt) => {
      const value = text.value;
      for (const match of value.matchAll(NO_SPACE)) say(positionAt(match.index), 'space', { written: match[0], fixed: `${match[1]} ${match[2]}` });
      for (const match of value.matchAll(SPACED_PERCENT)) say(positionAt(match.index), 'percent', { written: match[0], fixed: `${match[1]}%` });
      for (const match of value.matchAll(FULL_WIDTH)) fullWidth.push({ index: match.index, written: match[0], positionAt });
      if (/[0-9]/u.test(value)) halfWidth = true;
    });
    if (halfWidth) for (const found of fullWidth) say(found.positionAt(found.index), 'fullWidth', { written: found.written });
  },
};
