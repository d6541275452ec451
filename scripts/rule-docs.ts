// `npm run rule-docs`: writes docs/rules.md from the rule modules (their docs, messages and examples).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalogueMarkdown } from '../src/check/catalogue.ts';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, catalogueMarkdown());
process.stdout.write('已生成 docs/rules.md。\n');
