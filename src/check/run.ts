// Runs the rules over a corpus: severity settings from system.yaml, suppression comments, and a
// guard so that a failing rule becomes a diagnostic instead of stopping the check.
import type { Corpus, Diagnostic, Standard } from '../model/types.ts';
import { CorpusIndex } from '../model/corpus-index.ts';
import { formatMessage, targetRange, type Report, type Rule } from './rule.ts';
import { RULES } from './rules/index.ts';

export interface CheckOptions {
  /** Only report diagnostics for these files (repository-relative paths); default all. */
  files?: ReadonlySet<string>;
  today?: string;
  rules?: readonly Rule[];
  /** Run only the rules of this scope (the two phases of checkStandardFiles); default both. */
  scope?: Rule['scope'];
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function isSuppressed(standard: Standard, diagnostic: Diagnostic): boolean {
  return standard.suppressions.some((s) => s.rule === diagnostic.rule && s.reason !== '' && diagnostic.line >= s.fromLine && diagnostic.line <= s.toLine);
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

function toDiagnostic(base: Pick<Diagnostic, 'file' | 'severity' | 'rule'>, messages: Readonly<Record<string, string>>, report: Report<string>): Diagnostic {
  const template = messages[report.messageId];
  if (template === undefined) throw new Error(`unknown message id ${report.messageId}`);
  const { start, end } = targetRange(report.at);
  return {
    ...base,
    line: start.line,
    column: start.column,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    messageId: report.messageId,
    message: formatMessage(template, report.data),
    ...(report.fix ? { fix: report.fix } : {}),
  };
}

export function checkCorpus(corpus: Corpus, options: CheckOptions = {}): Diagnostic[] {
  const rules = (options.rules ?? RULES).filter((rule) => !options.scope || rule.scope === options.scope);
  const index = new CorpusIndex(corpus);
  const knownRules = new Set(RULES.map((r) => r.id));
  const diagnostics: Diagnostic[] = [];
  for (const standard of corpus.standards) {
    if (options.files && !options.files.has(standard.file)) continue;
    for (const rule of rules) {
      const setting = corpus.system.rules.get(rule.id) ?? rule.severity;
      if (setting === 'off') continue;
      // An unreadable file has no model to check beyond the reason it is unreadable.
      if (standard.loadError && rule.id !== 'file-readable') continue;
      const found: Diagnostic[] = [];
      const base = { file: standard.file, severity: setting, rule: rule.id };
      const report = (problem: Report<string>): void => {
        found.push(toDiagnostic(base, rule.messages, problem));
      };
      try {
        rule.check(standard, { corpus, index, today: options.today ?? todayIso(), knownRules, report });
      } catch (error) {
        const message = `检查规则 ${rule.id} 处理本文件时出错（${(error as Error).message}）；其他规则的结果不受影响，请将本文件报告给工具维护人员。`;
        found.push({ ...base, line: 1, column: 1, message });
      }
      diagnostics.push(...found.filter((d) => !isSuppressed(standard, d)));
    }
  }
  return diagnostics.sort(compareDiagnostics);
}
