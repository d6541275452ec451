// Diagnostic output for people (compiler style, grouped by file) and for machines (JSON).
import type { Diagnostic } from '../model/types.ts';
import { formatBases, type Rule } from './rule.ts';
import { ruleUrl } from './rule-url.ts';

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

export function summarize(diagnostics: readonly Diagnostic[], files: number): Summary {
  return {
    files,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

/** With `urls`, each diagnostic is followed by the address of its rule's page. */
export function formatText(diagnostics: readonly Diagnostic[], summary: Summary, { urls = false } = {}): string {
  const lines: string[] = [];
  let currentFile = '';
  for (const d of diagnostics) {
    if (d.file !== currentFile) {
      if (currentFile) lines.push('');
      currentFile = d.file;
    }
    lines.push(`${d.file}:${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.message}  ${d.rule}`);
    if (urls) lines.push(`  规则说明：${ruleUrl(d.rule)}`);
  }
  if (lines.length > 0) lines.push('');
  const verdict = summary.errors === 0 && summary.warnings === 0 ? '✔ 没有发现问题' : `${summary.errors > 0 ? '✖' : '⚠'} ${summary.errors} 个错误，${summary.warnings} 个警告`;
  lines.push(`${verdict}（检查了 ${summary.files} 个文件）`);
  const fixable = diagnostics.filter((d) => d.fix).length;
  if (fixable > 0) lines.push(`其中 ${fixable} 个问题可用 npm run check -- --fix 自动修复。`);
  return lines.join('\n');
}

/** The fix is internal to `--fix`; the end of the reported text and the message id are given when known; `url` is the rule's page. */
export function formatJson(diagnostics: readonly Diagnostic[], summary: Summary): string {
  const plain = diagnostics.map(({ file, line, column, endLine, endColumn, severity, rule, messageId, message }) => ({
    file,
    line,
    column,
    endLine,
    endColumn,
    severity,
    rule,
    messageId,
    message,
    url: ruleUrl(rule),
  }));
  return JSON.stringify({ diagnostics: plain, summary }, null, 2);
}

export function formatRuleList(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  return rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${formatBases(r)}\n${' '.repeat(width + 11)}${r.description}`).join('\n');
}
