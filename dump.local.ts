import { runExample } from './src/check/examples.ts';
import { RULES } from './src/check/rules/index.ts';
import type { Rule } from './src/check/rule.ts';
const ids = process.argv.slice(2);
for (const rule of RULES as Rule[]) {
  if (!ids.includes(rule.id)) continue;
  for (const [kind, list] of [['valid', rule.examples.valid], ['invalid', rule.examples.invalid]] as const) {
    for (const example of list) {
      const found = runExample(rule, example);
      const expected = 'errors' in example ? JSON.stringify((example as any).errors.map((e: any) => [e.messageId, e.line, e.column, e.endLine, e.endColumn])) : '[]';
      const actual = JSON.stringify(found.map((d) => [d.messageId, d.line, d.column, d.endLine, d.endColumn]));
      if (expected !== actual) console.log(`${rule.id} ${kind} ${example.name}\n  expected ${expected}\n  actual   ${actual}\n  ${found.map(d=>d.message).join('\n  ')}`);
    }
  }
}
