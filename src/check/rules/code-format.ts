import { formatCode, parseCode } from '../../model/code.ts';
import type { Position } from '../../model/types.ts';
import type { Rule, RuleContext } from '../rule.ts';

function checkCodeText(text: string, position: Position, context: RuleContext, what: string): void {
  const code = parseCode(text);
  if (!code) {
    report(`${what} "${text}" 不是可识别的标准编号，应写成"前缀 顺序号—年号"，如 ${context.corpus.system.organization.codePrefix} 30101—2025。`);
    return;
  }
  if (code.dash && code.dash !== '—') {
    report(`${what} "${text}" 中顺序号与年号之间应使用一字线"—"（U+2014），应写成 ${formatCode(code)}。`);
  } else if (text !== formatCode(code) && !code.allParts) {
    report(`${what} "${text}" 的写法不规范，应写成 ${formatCode(code)}（前缀与顺序号之间一个空格）。`);
  }
  function report(message: string): void {
    context.report(position, message);
  }
}

export const codeFormat: Rule = {
  id: 'code-format',
  severity: 'error',
  basis: 'GB/T 1.1—2020 8.1（文件编号）',
  description: '文件编号写成"前缀 顺序号—年号"，顺序号符合体系的编号规则，年号前为一字线',
  check(standard, context) {
    const entries = standard.frontMatter?.entries;
    const codeEntry = entries?.get('code');
    if (codeEntry && typeof codeEntry.value === 'string') {
      checkCodeText(codeEntry.value.trim(), codeEntry.valuePosition, context, '编号');
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
    const replaces = entries?.get('replaces');
    const list = Array.isArray(replaces?.value) ? replaces.value : [replaces?.value];
    for (const item of list) {
      if (typeof item === 'string' && parseCode(item)) checkCodeText(item.trim(), replaces!.valuePosition, context, '被代替文件编号');
    }
  },
};
