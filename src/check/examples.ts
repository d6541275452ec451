// Runs a rule's examples: each example is checked alone, in a corpus made of the sample system's
// configuration and the example's files, by the rule under test only. The test suite asserts the
// outcome against the examples' expectations; the rule pages show the same outcome.
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../corpus.ts';
import type { Corpus, Diagnostic } from '../model/types.ts';
import { readRecords, standardOfRecord } from '../consult/record.ts';
import { parseExternalStandards } from '../parse/config.ts';
import { parseStandard } from '../parse/parse-standard.ts';
import { fixCorpus } from './fix.ts';
import type { Rule, RuleExample } from './rule.ts';
import { checkCorpus } from './run.ts';

/** The file every example is, in its corpus. */
export const EXAMPLE_FILE = 'standards/示例.md';
/** The date examples are checked on, unless they give their own. */
export const EXAMPLE_TODAY = '2026-11-26';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

// Examples are read as files are: as UTF-8 bytes (so file-readable sees what the disk would give it).
const UTF8 = new TextEncoder();

export type ExampleConfig = Pick<Corpus, 'system' | 'external'>;

let sampleConfig: ExampleConfig | undefined;

/** The sample system's configuration (standards/ of this repository), which the rule tests use. */
export function sampleSystemConfig(): ExampleConfig {
  sampleConfig ??= loadConfig(REPOSITORY_ROOT);
  return sampleConfig;
}

/** The example's corpus: the configuration (by default the sample system's) and the example's files. */
export function exampleCorpus(example: RuleExample, config: ExampleConfig = sampleSystemConfig()): Corpus {
  const files = Object.entries({ ...example.files, [EXAMPLE_FILE]: example.text });
  // Consultation records (`standards/示例.征求意见-1.yaml`) go with the standard they belong to.
  const records = Map.groupBy(
    files.filter(([file]) => standardOfRecord(file)),
    ([file]) => standardOfRecord(file)!,
  );
  const consultations = new Map([...records].map(([standard, sources]) => [standard, readRecords(sources.map(([file, source]) => ({ file, source })))]));
  const standards = files.filter(([file]) => !standardOfRecord(file)).map(([file, text]) => parseStandard(file, UTF8.encode(text)));
  const external = example.external ? [...config.external, ...parseExternalStandards(example.external, 'standards/external.yaml')] : config.external;
  return { root: REPOSITORY_ROOT, ...config, external, standards, consultations };
}

/** What the rule reports on the example, on every file of its corpus. */
export function runExample(rule: Rule, example: RuleExample, config?: ExampleConfig): Diagnostic[] {
  // The severity of an example's reports is the rule's own, whatever system.yaml sets.
  const corpus = exampleCorpus(example, config);
  corpus.system = { ...corpus.system, rules: new Map() };
  return checkCorpus(corpus, { rules: [rule], today: example.today ?? EXAMPLE_TODAY });
}

/** The example's text after applying the rule's fixes (as `check --fix` would). */
export function fixExample(rule: Rule, example: RuleExample, config?: ExampleConfig): string {
  const corpus = exampleCorpus(example, config);
  corpus.system = { ...corpus.system, rules: new Map() };
  const { fixed } = fixCorpus(corpus, { rules: [rule], today: example.today ?? EXAMPLE_TODAY, files: new Set([EXAMPLE_FILE]) });
  return fixed.get(EXAMPLE_FILE) ?? example.text;
}
