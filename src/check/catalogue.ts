// The rule catalogue as the reference pages show it (handbook /rules/ and docs/rules.md): each rule
// with its bases, messages and examples, and what the rule really reports on each example.
import type { Diagnostic } from '../model/types.ts';
import { runExample, type ExampleConfig } from './examples.ts';
import { formatBasis, type Rule, type RuleExample } from './rule.ts';
import { RULES } from './rules/index.ts';

export const SEVERITY_LABELS = { error: '错误', warning: '警告' } as const;
export const SCOPE_LABELS = { document: '逐个文件检查', corpus: '对照整个标准体系检查' } as const;

export interface CatalogueExample {
  kind: 'valid' | 'invalid';
  example: RuleExample;
  /** What the rule reports on the example (nothing for a valid one). */
  diagnostics: Diagnostic[];
  /** The example's fixed text, for invalid examples that show one. */
  output?: string;
}

export interface CatalogueEntry {
  rule: Rule;
  bases: string[];
  examples: CatalogueExample[];
}

/** `config`: the system configuration the examples are checked under (default the sample system's). */
export function catalogueEntry(rule: Rule, config?: ExampleConfig): CatalogueEntry {
  const examples: CatalogueExample[] = [
    ...rule.examples.valid.map((example) => ({ kind: 'valid' as const, example, diagnostics: runExample(rule, example, config) })),
    ...rule.examples.invalid.map((example) => ({
      kind: 'invalid' as const,
      example,
      diagnostics: runExample(rule, example, config),
      ...(example.output === undefined ? {} : { output: example.output }),
    })),
  ];
  return { rule, bases: rule.basis.map(formatBasis), examples };
}

export function ruleCatalogue(config?: ExampleConfig, rules: readonly Rule[] = RULES): CatalogueEntry[] {
  return rules.map((rule) => catalogueEntry(rule, config));
}

/** A fenced Markdown block that no backtick run inside the text can close. */
function fenced(text: string, info = 'markdown'): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/gu)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

function exampleMarkdown(entry: CatalogueExample, index: number): string {
  const title = `${entry.kind === 'valid' ? '正确示例' : '错误示例'} ${index + 1}${entry.example.name ? `：${entry.example.name}` : ''}`;
  const parts = [`#### ${title}`, '', fenced(entry.example.text)];
  for (const [file, text] of Object.entries(entry.example.files ?? {})) parts.push('', `同一体系中的 \`${file}\`：`, '', fenced(text));
  if (entry.kind === 'invalid') {
    parts.push('', '检查结果：', '', ...entry.diagnostics.map((d) => `- ${d.file === 'standards/示例.md' ? '' : `${d.file} `}第 ${d.line} 行第 ${d.column} 列（${d.messageId}）：${d.message}`));
  }
  if (entry.output !== undefined) parts.push('', '`npm run check -- --fix` 修复后：', '', fenced(entry.output));
  return parts.join('\n');
}

/** docs/rules.md: the whole catalogue as one Markdown page, generated from the rule modules. */
export function catalogueMarkdown(entries: readonly CatalogueEntry[] = ruleCatalogue()): string {
  const lines = [
    '<!-- 本文件由 npm run rule-docs 根据 src/check/rules/ 中的规则模块生成，请勿手工修改。 -->',
    '',
    '# 检查规则说明',
    '',
    `\`npm run check\` 共有 ${entries.length} 条规则。每条规则说明它检查什么、依据哪一条款、为什么这样要求、怎样修改，并附有正确和错误的示例（示例就是规则的测试）。手册中的"检查规则"栏目（/rules/）是同样的内容。`,
    '',
    '| 规则 | 级别 | 检查内容 |',
    '|---|---|---|',
    ...entries.map(({ rule }) => `| [${rule.id}](#${rule.id}) | ${SEVERITY_LABELS[rule.severity]} | ${rule.description.replaceAll('|', '\\|')} |`),
  ];
  for (const { rule, bases, examples } of entries) {
    lines.push(
      '',
      `## ${rule.id}`,
      '',
      rule.description,
      '',
      `- 级别：${SEVERITY_LABELS[rule.severity]}（可在 standards/system.yaml 的 rules 中调整）`,
      `- 范围：${SCOPE_LABELS[rule.scope]}`,
      `- 依据：${bases.join('；')}`,
      `- 自动修复：${rule.fixable ? '部分问题可用 `npm run check -- --fix` 修复' : '无'}`,
      '',
      '### 为什么',
      '',
      rule.docs.rationale,
      '',
      '### 怎样修改',
      '',
      rule.docs.howToFix,
      '',
      '### 提示信息',
      '',
      ...Object.entries<string>(rule.messages).map(([id, template]) => `- \`${id}\`：${template}`),
      '',
      '### 示例',
      '',
      ...examples.filter((e) => e.kind === 'valid').map((e, i) => `${exampleMarkdown(e, i)}\n`),
      ...examples.filter((e) => e.kind === 'invalid').map((e, i) => `${exampleMarkdown(e, i)}\n`),
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
