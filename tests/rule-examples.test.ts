// The generic rule tester, in the manner of ESLint's RuleTester and remark-lint's ok/not-ok files:
// every rule's own examples are its tests. Valid examples report nothing; each invalid example
// reports exactly the expected messages at the expected positions; fixes produce the shown output.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { catalogueMarkdown } from '../src/check/catalogue.ts';
import { EXAMPLE_FILE, fixExample, runExample } from '../src/check/examples.ts';
import { defineRule, formatBasis } from '../src/check/rule.ts';
import { RULES } from '../src/check/rules/index.ts';
import { GBT_1_1_CLAUSES } from '../src/model/gbt-1-1-clauses.ts';
import type { Diagnostic } from '../src/model/types.ts';
import { check } from './helpers.ts';

/** A diagnostic in the terms of an expected report: only the fields the example states. */
function asExpected(diagnostic: Diagnostic, expected: { endLine?: number; endColumn?: number; file?: string }): Record<string, unknown> {
  return {
    messageId: diagnostic.messageId,
    line: diagnostic.line,
    column: diagnostic.column,
    ...(expected.endLine === undefined ? {} : { endLine: diagnostic.endLine }),
    ...(expected.endColumn === undefined ? {} : { endColumn: diagnostic.endColumn }),
    ...(diagnostic.file === EXAMPLE_FILE ? {} : { file: diagnostic.file }),
  };
}

describe('the rule catalogue', () => {
  it('checks the fixture corpus (real standards of the sample system) clean', () => {
    expect(check()).toEqual([]);
  });

  it('is documented in docs/rules.md as generated from the rule modules (npm run rule-docs)', () => {
    const documented = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    expect(documented, 'docs/rules.md is out of date: run npm run rule-docs').toBe(catalogueMarkdown());
    for (const rule of RULES) expect(documented).toContain(`## ${rule.id}\n`);
  });

  it('keeps corpus rules off the Markdown tree and the source (held by tsc in npm test)', () => {
    const probe = defineRule({
      id: 'probe',
      severity: 'warning',
      scope: 'corpus',
      basis: [{ tool: '类型检查' }],
      description: '只用于类型检查',
      messages: {},
      fixable: false,
      docs: { rationale: '无', howToFix: '无' },
      examples: { valid: [], invalid: [] },
      check(standard, { index }) {
        // @ts-expect-error A corpus rule sees light standards, which carry no Markdown tree.
        void standard.tree;
        const other = standard.meta.code && index.resolve(standard.meta.code);
        // @ts-expect-error Nor do the other standards it looks up.
        void other?.source;
      },
    });
    expect(probe.scope).toBe('corpus');
  });

  it('names an editorial practice as no clause of GB/T 1.1—2020 (table-cells: only the units are 9.8)', () => {
    const tableCells = RULES.find((rule) => rule.id === 'table-cells')!;
    const shown = tableCells.basis.map(formatBasis);
    expect(shown[0]).toMatch(/^GB\/T 1\.1—2020 9\.8 表（.*单位/u);
    expect(shown[1]).toMatch(/^编辑惯例（不是 GB\/T 1\.1—2020 的条款）：.*"—".*"同上"/u);
  });

  it('has unique rule ids', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });

  it('cites clauses of GB/T 1.1—2020 that exist, by number and title, with no clause numbers hidden in the details', () => {
    for (const rule of RULES) {
      for (const basis of rule.basis) {
        if ('clause' in basis && !('document' in basis)) {
          expect(Object.keys(GBT_1_1_CLAUSES), rule.id).toContain(basis.clause);
          expect(formatBasis(basis)).toContain(`GB/T 1.1—2020 ${basis.clause} ${GBT_1_1_CLAUSES[basis.clause]}`);
        }
        if ('detail' in basis && basis.detail) expect(basis.detail, rule.id).not.toMatch(/\d+\.\d+/u);
      }
    }
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_, rule) => {
  it('has metadata, docs and examples for every message', () => {
    expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/u);
    expect(rule.description).toMatch(/[\u4e00-\u9fff]/u);
    expect(rule.basis.length).toBeGreaterThan(0);
    expect(rule.docs.rationale).toMatch(/[\u4e00-\u9fff]/u);
    expect(rule.docs.howToFix).toMatch(/[\u4e00-\u9fff]/u);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
    const exampled = new Set(rule.examples.invalid.flatMap((example) => example.errors.map((e) => e.messageId)));
    expect([...exampled].sort()).toEqual(Object.keys(rule.messages).sort());
    for (const template of Object.values<string>(rule.messages)) expect(template).toMatch(/[\u4e00-\u9fff]/u);
    if (rule.fixable) expect(rule.examples.invalid.some((example) => example.output !== undefined)).toBe(true);
  });

  it.each(rule.examples.valid.map((example, index) => [example.name ?? `valid ${index + 1}`, example] as const))('valid: %s', (_, example) => {
    expect(runExample(rule, example)).toEqual([]);
  });

  it.each(rule.examples.invalid.map((example, index) => [example.name ?? `invalid ${index + 1}`, example] as const))('invalid: %s', (_, example) => {
    const found = runExample(rule, example);
    const sorted = [...example.errors].sort((a, b) => (a.file ?? EXAMPLE_FILE).localeCompare(b.file ?? EXAMPLE_FILE) || a.line - b.line || a.column - b.column);
    expect(found.map((d, i) => asExpected(d, sorted[i] ?? {}))).toEqual(sorted.map((e) => ({ ...e })));
    for (const diagnostic of found) {
      expect(diagnostic.severity).toBe(rule.severity);
      expect(diagnostic.message).toMatch(/[\u4e00-\u9fff]/u);
      if (!rule.fixable) expect(diagnostic.fix).toBeUndefined();
    }
    if (example.output !== undefined) expect(fixExample(rule, example)).toBe(example.output);
    else expect(found.every((d) => d.fix === undefined)).toBe(true);
  });
});
