import { formatCode, parseCode } from '../../model/code.ts';
import { offsetIndex, referenceRange } from '../../model/source-positions.ts';
import type { TextEdit } from '../../model/text-edits.ts';
import type { DocumentCode, Position } from '../../model/types.ts';
import type { Rule, RuleContext } from '../rule.ts';

const WRONG_DASH = (code: DocumentCode): boolean => code.dash !== undefined && code.dash !== '—';

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

function checkCodeText(text: string, position: Position, context: RuleContext, what: string, source: string, at: number | undefined): void {
  const code = parseCode(text);
  if (!code) {
    context.report(position, `${what} "${text}" 不是可识别的标准编号，应写成"前缀 顺序号—年号"，如 ${context.corpus.system.organization.codePrefix} 30101—2025。`);
    return;
  }
  const fix = rewriteCode(source, at, text, code);
  if (WRONG_DASH(code)) {
    context.report(position, `${what} "${text}" 中顺序号与年号之间应使用一字线"—"（U+2014），应写成 ${formatCode(code)}。`, fix);
  } else if (text !== formatCode(code) && !code.allParts) {
    context.report(position, `${what} "${text}" 的写法不规范，应写成 ${formatCode(code)}（前缀与顺序号之间一个空格）。`, fix);
  }
}

export const codeFormat: Rule = {
  id: 'code-format',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.1（文件编号）',
  description: '文件编号写成"前缀 顺序号—年号"，顺序号符合体系的编号规则，年号前为一字线（文件头、第2章和正文引用中都是如此）',
  check(standard, context) {
    const { source } = standard;
    const toOffset = offsetIndex(source);
    const frontMatter = standard.frontMatter;
    const frontMatterEnd = frontMatter ? toOffset({ line: frontMatter.endLine + 1, column: 1 }) : 0;
    const codeEntry = frontMatter?.entries.get('code');
    if (codeEntry && typeof codeEntry.value === 'string') {
      const text = codeEntry.value.trim();
      const at = locate(source, text, toOffset(codeEntry.valuePosition), frontMatterEnd);
      checkCodeText(text, codeEntry.valuePosition, context, '编号', source, at);
      const code = standard.meta.code;
      const { codePrefix, serialPattern } = context.corpus.system.organization;
      if (code && code.prefix !== codePrefix) {
        context.report(codeEntry.valuePosition, `本中心标准的编号前缀应为 ${codePrefix}，而不是 ${code.prefix}。`);
      } else if (code && !serialPattern.test(code.serial)) {
        context.report(codeEntry.valuePosition, `顺序号 ${code.serial} 不符合体系的编号规则 ${serialPattern.source}（见 standards/system.yaml）：应为框架节点编号加节点内序号，如 30101。`);
      } else if (code && !code.year) {
        context.report(codeEntry.valuePosition, `编号缺少年号，应写成 ${formatCode(code, false)}—YYYY。`);
      }
    }
    const replaces = frontMatter?.entries.get('replaces');
    if (replaces) {
      const list = Array.isArray(replaces.value) ? replaces.value : [replaces.value];
      let from = toOffset(replaces.valuePosition);
      for (const item of list) {
        if (typeof item !== 'string' || !parseCode(item)) continue;
        const text = item.trim();
        const at = locate(source, text, from, frontMatterEnd);
        if (at !== undefined) from = at + text.length;
        checkCodeText(text, replaces.valuePosition, context, '被代替文件编号', source, at);
      }
    }
    for (const entry of standard.normativeList) {
      if (!WRONG_DASH(entry.code)) continue;
      const itemStart = toOffset(entry.position);
      const lineEnd = source.indexOf('\n', itemStart);
      const at = locate(source, entry.code.raw, itemStart, lineEnd < 0 ? source.length : lineEnd);
      context.report(entry.position, `第2章所列编号"${entry.code.raw}"中顺序号与年号之间应使用一字线"—"（U+2014），应写成 ${formatCode(entry.code)}。`, rewriteCode(source, at, entry.code.raw, entry.code));
    }
    for (const reference of standard.references) {
      const code = reference.document;
      if (!code || !WRONG_DASH(code)) continue;
      // A reference to another document starts with the document's code.
      const at = referenceRange(standard, reference)?.start;
      context.report(reference.position, `引用的编号"${code.raw}"中顺序号与年号之间应使用一字线"—"（U+2014），应写成 ${formatCode(code)}。`, rewriteCode(source, at, code.raw, code));
    }
  },
};
