import { formatCode, parseCode, yearSeparator } from '../../model/code.ts';
import { offsetIndex, offsetRange, referenceRange } from '../../model/source-positions.ts';
import type { TextEdit } from '../../model/text-edits.ts';
import type { DocumentCode, FrontMatterEntry } from '../../model/types.ts';
import { defineRule, frontMatterText, type ReportTarget, type RuleContext } from '../rule.ts';

const WRONG_DASH = (code: DocumentCode): boolean => code.dash !== undefined && code.dash !== yearSeparator(code);

/** What goes between serial and year: an em dash in Chinese codes, a colon in ISO and IEC codes (`ISO 13008:2012`). */
function separatorName(code: DocumentCode): string {
  return yearSeparator(code) === ':' ? '冒号":"（ISO、IEC 文件编号的写法）' : '一字线"—"（U+2014）';
}

const MESSAGES = {
  unrecognized: '{what} "{text}" 不是可识别的标准编号，应写成"前缀 顺序号—年号"，如 {prefix} 30101—2025。',
  wrongDash: '{what} "{text}" 中顺序号与年号之间应使用{separator}，应写成 {fixed}。',
  spacing: '{what} "{text}" 的写法不规范，应写成 {fixed}（前缀与顺序号之间一个空格）。',
  wrongPrefix: '本中心标准的编号前缀应为 {expected}，而不是 {actual}。',
  serialPattern: '顺序号 {serial} 不符合体系的编号规则 {pattern}（见 standards/system.yaml）：应为框架节点编号加节点内序号，如 30101。',
  missingYear: '编号缺少年号，应写成 {code}—YYYY。',
  listedWrongDash: '第2章所列编号"{text}"中顺序号与年号之间应使用{separator}，应写成 {fixed}。',
  referenceWrongDash: '引用的编号"{text}"中顺序号与年号之间应使用{separator}，应写成 {fixed}。',
};

/** The edit that rewrites a code found at `start` in the GB/T 1.1 form, if it is really there. */
function rewriteCode(source: string, start: number | undefined, text: string, code: DocumentCode): TextEdit | undefined {
  if (start === undefined || source.slice(start, start + text.length) !== text) return undefined;
  return { start, end: start + text.length, text: formatCode(code) };
}

/** Where `text` stands in the source, searching from `from` but not past `limit`. */
function locate(source: string, text: string, from: number, limit: number): number | undefined {
  const at = source.indexOf(text, from);
  return at >= 0 && at + text.length <= limit ? at : undefined;
}

/** Checks one code written in the front matter, found at source offset `start` (or only near `fallback`). */
function checkCodeText(text: string, what: string, source: string, start: number | undefined, fallback: ReportTarget, context: RuleContext<keyof typeof MESSAGES>): void {
  // Found only when reported: mapping offsets to lines means indexing the whole source.
  const at = (): ReportTarget => (start === undefined ? fallback : offsetRange(source, start, start + text.length));
  const code = parseCode(text);
  if (!code) {
    context.report({ messageId: 'unrecognized', data: { what, text, prefix: context.corpus.system.organization.codePrefix }, at: at() });
    return;
  }
  const fix = rewriteCode(source, start, text, code);
  const data = { what, text, fixed: formatCode(code), separator: separatorName(code) };
  if (WRONG_DASH(code)) context.report({ messageId: 'wrongDash', data, at: at(), fix });
  else if (text !== formatCode(code) && !code.allParts) context.report({ messageId: 'spacing', data, at: at(), fix });
}

function checkOwnCode(entry: FrontMatterEntry, code: DocumentCode | undefined, context: RuleContext<keyof typeof MESSAGES>): void {
  const { codePrefix, serialPattern } = context.corpus.system.organization;
  if (code && code.prefix !== codePrefix) {
    context.report({ messageId: 'wrongPrefix', data: { expected: codePrefix, actual: code.prefix }, at: entry });
  } else if (code && !serialPattern.test(code.serial)) {
    context.report({ messageId: 'serialPattern', data: { serial: code.serial, pattern: serialPattern.source }, at: entry });
  } else if (code && !code.year) {
    context.report({ messageId: 'missingYear', data: { code: formatCode(code, false) }, at: entry });
  }
}

export const codeFormat = defineRule({
  id: 'code-format',
  severity: 'error',
  scope: 'document',
  basis: [
    { clause: '8.1', detail: '封面上的文件编号' },
    { clause: '9.5', detail: '引用文件的编号' },
  ],
  description: '文件编号写成"前缀 顺序号—年号"，顺序号符合体系的编号规则，年号前为一字线（文件头、第2章和正文引用中都是如此）',
  messages: MESSAGES,
  fixable: true,
  docs: {
    rationale: '文件编号是文件的唯一标识，体系表、引用和检索都靠它对上号：前缀与顺序号之间一个空格，顺序号与年号之间用一字线"—"。连字符"-"或短横"–"看起来相近，却使编号无法被识别和链接。',
    howToFix: '按提示改写编号；一字线、空格之类的写法问题可用 npm run check -- --fix 自动修正。顺序号不合体系编号规则时，按 standards/system.yaml 的框架节点重新分配顺序号。',
  },
  examples: {
    valid: [
      { name: '文件头中规范的编号', text: frontMatterText('code: Q/JMXZ 30501—2025\nreplaces: [Q/JMXZ 30501—2020]') },
      { name: '正文中规范的引用', text: `${frontMatterText('code: Q/JMXZ 30501—2025')}\n## 4 要求\n\n受理应符合GB/T 36113—2018的要求。\n` },
    ],
    invalid: [
      {
        name: '连字符代替一字线（可自动修复）',
        text: frontMatterText('code: Q/JMXZ 30501-2025'),
        errors: [{ messageId: 'wrongDash', line: 2, column: 7, endLine: 2, endColumn: 24 }],
        output: frontMatterText('code: Q/JMXZ 30501—2025'),
      },
      {
        name: '前缀与顺序号之间用了全角空格',
        text: frontMatterText('code: Q/JMXZ\u300030501—2025'),
        errors: [{ messageId: 'spacing', line: 2, column: 7 }],
        output: frontMatterText('code: Q/JMXZ 30501—2025'),
      },
      { name: '不可识别的编号', text: frontMatterText('code: 投诉处理规范'), errors: [{ messageId: 'unrecognized', line: 2, column: 7 }] },
      { name: '前缀不是本中心的', text: frontMatterText('code: DB4407/T 30501—2025'), errors: [{ messageId: 'wrongPrefix', line: 2, column: 7 }] },
      { name: '顺序号不合体系编号规则', text: frontMatterText('code: Q/JMXZ 305—2025'), errors: [{ messageId: 'serialPattern', line: 2, column: 7 }] },
      { name: '缺少年号', text: frontMatterText('code: Q/JMXZ 30501'), errors: [{ messageId: 'missingYear', line: 2, column: 7 }] },
      {
        name: '被代替文件编号中的短横',
        text: frontMatterText('code: Q/JMXZ 30501—2025\nreplaces: [Q/JMXZ 30501–2020]'),
        errors: [{ messageId: 'wrongDash', line: 3, column: 12, endLine: 3, endColumn: 29 }],
        output: frontMatterText('code: Q/JMXZ 30501—2025\nreplaces: [Q/JMXZ 30501—2020]'),
      },
      {
        name: '第2章所列编号中的连字符',
        text: `${frontMatterText('code: Q/JMXZ 30501—2025')}\n## 2 规范性引用文件\n\n- GB/T 36113-2018 政务服务中心服务投诉处置规范\n`,
        errors: [{ messageId: 'listedWrongDash', line: 7, column: 1 }],
        output: `${frontMatterText('code: Q/JMXZ 30501—2025')}\n## 2 规范性引用文件\n\n- GB/T 36113—2018 政务服务中心服务投诉处置规范\n`,
      },
      {
        name: 'ISO 编号的年号前应为冒号',
        text: `${frontMatterText('code: Q/JMXZ 30501—2025')}\n## 4 要求\n\n归档应符合ISO 15489-1—2016的要求。\n`,
        errors: [{ messageId: 'referenceWrongDash', line: 7, column: 6 }],
        output: `${frontMatterText('code: Q/JMXZ 30501—2025')}\n## 4 要求\n\n归档应符合ISO 15489-1:2016的要求。\n`,
      },
      {
        name: '正文引用中的连字符',
        text: `${frontMatterText('code: Q/JMXZ 30501—2025')}\n## 4 要求\n\n受理应符合GB/T 36113-2018的要求。\n`,
        errors: [{ messageId: 'referenceWrongDash', line: 7, column: 6 }],
        output: `${frontMatterText('code: Q/JMXZ 30501—2025')}\n## 4 要求\n\n受理应符合GB/T 36113—2018的要求。\n`,
      },
    ],
  },
  check(standard, context) {
    const { source } = standard;
    const toOffset = offsetIndex(source);
    const frontMatter = standard.frontMatter;
    const frontMatterEnd = frontMatter ? toOffset({ line: frontMatter.endLine + 1, column: 1 }) : 0;
    const codeEntry = frontMatter?.entries.get('code');
    if (codeEntry && typeof codeEntry.value === 'string') {
      const text = codeEntry.value.trim();
      checkCodeText(text, '编号', source, locate(source, text, toOffset(codeEntry.valuePosition), frontMatterEnd), codeEntry, context);
      checkOwnCode(codeEntry, standard.meta.code, context);
    }
    const replaces = frontMatter?.entries.get('replaces');
    if (replaces) {
      const list = Array.isArray(replaces.value) ? replaces.value : [replaces.value];
      let from = toOffset(replaces.valuePosition);
      for (const item of list) {
        if (typeof item !== 'string' || !parseCode(item)) continue;
        const text = item.trim();
        const start = locate(source, text, from, frontMatterEnd);
        if (start !== undefined) from = start + text.length;
        checkCodeText(text, '被代替文件编号', source, start, replaces, context);
      }
    }
    for (const entry of standard.normativeList) {
      if (!WRONG_DASH(entry.code)) continue;
      const itemStart = toOffset(entry.position);
      const lineEnd = source.indexOf('\n', itemStart);
      const start = locate(source, entry.code.raw, itemStart, lineEnd < 0 ? source.length : lineEnd);
      context.report({
        messageId: 'listedWrongDash',
        data: { text: entry.code.raw, fixed: formatCode(entry.code), separator: separatorName(entry.code) },
        at: entry.position,
        fix: rewriteCode(source, start, entry.code.raw, entry.code),
      });
    }
    for (const reference of standard.references) {
      const code = reference.document;
      if (!code || !WRONG_DASH(code)) continue;
      // A reference to another document starts with the document's code.
      const range = referenceRange(standard, reference);
      const at = range ? offsetRange(source, range.start, range.start + code.raw.length) : reference.position;
      context.report({
        messageId: 'referenceWrongDash',
        data: { text: code.raw, fixed: formatCode(code), separator: separatorName(code) },
        at,
        fix: rewriteCode(source, range?.start, code.raw, code),
      });
    }
  },
});
