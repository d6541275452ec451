// Front matter: the YAML block at the top of a standard, read with key and value positions so that
// every diagnostic about it points at the line the author has to change.
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Yaml } from 'mdast';
import { parseCode } from '../model/code.ts';
import { REVIEW_KEYS } from '../model/front-matter-fields.ts';
import {
  DRAFTING_RULES,
  REVIEW_OUTCOMES,
  STATUSES,
  type DraftingRules,
  type FrontMatter,
  type Position,
  type ReviewOutcome,
  type ReviewRecord,
  type Status,
  type StandardMeta,
} from '../model/types.ts';

/** Parses the YAML node remark-frontmatter found; `yamlNode.position` places it in the file. */
export function readFrontMatter(yamlNode: Yaml): FrontMatter {
  const plain = plainFrontMatterEntries(yamlNode.value, yamlNode.position!.start.line);
  return plain ? { ...frontMatterFrame(yamlNode), entries: plain } : readFrontMatterByYaml(yamlNode);
}

/** Where the front matter stands, and its check-ignore comments (which YAML drops). */
function frontMatterFrame(yamlNode: Yaml): FrontMatter {
  const startLine = yamlNode.position!.start.line;
  const frontMatter: FrontMatter = { startLine, endLine: yamlNode.position!.end.line, entries: new Map(), comments: [] };
  yamlNode.value.split('\n').forEach((line, index) => {
    const comment = /^\s*#\s*(check-ignore\b.*)$/.exec(line);
    if (comment) frontMatter.comments.push({ text: comment[1]!, line: startLine + 1 + index });
  });
  return frontMatter;
}

/** The front matter as the YAML parser reads it, for any YAML (and to hold the fast path to). */
export function readFrontMatterByYaml(yamlNode: Yaml): FrontMatter {
  const frontMatter = frontMatterFrame(yamlNode);
  const startLine = frontMatter.startLine;
  // The YAML text starts on the line after the opening `---`.
  const toFile = (pos: { line: number; col: number }): Position => ({ line: startLine + pos.line, column: pos.col });
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlNode.value, { lineCounter, prettyErrors: false, uniqueKeys: true });

  const firstError = doc.errors[0];
  if (firstError) {
    frontMatter.error = { message: firstError.message.split('\n')[0]!, position: toFile(lineCounter.linePos(firstError.pos[0])) };
    return frontMatter;
  }
  if (doc.contents === null) return frontMatter;
  if (!isMap(doc.contents)) {
    frontMatter.error = { message: '文件头应为"键: 值"形式的映射', position: { line: startLine + 1, column: 1 } };
    return frontMatter;
  }
  let value: Record<string, unknown>;
  try {
    value = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  } catch (error) {
    frontMatter.error = { message: (error as Error).message, position: { line: startLine + 1, column: 1 } };
    return frontMatter;
  }
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const keyRange = pair.key.range ?? [0, 0, 0];
    const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range ?? keyRange;
    frontMatter.entries.set(key, {
      key,
      value: value[key],
      keyPosition: toFile(lineCounter.linePos(keyRange[0])),
      valuePosition: toFile(lineCounter.linePos(valueRange[0])),
      valueEnd: toFile(lineCounter.linePos(valueRange[1])),
    });
  }
  return frontMatter;
}

const PLAIN_ENTRY = /^([a-z][a-z0-9-]*): (\S.*)$/u;
/** Characters that give a YAML value other than a plain string when they start it. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/u;
/** Plain values the YAML core schema may read as null, booleans or numbers (a generous superset: `6.1开放时间` is a string). */
const TYPED = /^(?:~|null|true|false|[-+]?\.(?:inf|nan)|[-+]?\.?[0-9][0-9A-Za-z_.:+-]*)$/iu;

/** A plain YAML string, or undefined when YAML might read the text as something else. */
function plainString(text: string, inFlow: boolean): string | undefined {
  if (text === '' || INDICATOR.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':') || /\s$/u.test(text)) return undefined;
  if (inFlow && /[,[\]{}]/u.test(text)) return undefined;
  if (TYPED.test(text) && !DATE_PATTERN.test(text)) return undefined;
  return text;
}

/**
 * The fast path for what standards' front matter is made of: one `key: value` per line, the value
 * a plain string or a flow list of plain strings (`drafters: [梁永康, 黄丽娟]`), and whole-line
 * comments. Anything else — comments after a value, quotes, nesting, numbers, booleans, empty values, repeated keys — is left to the YAML
 * parser, so the result is always what it would give (tests/plain-markdown.test.ts compares them).
 */
export function plainFrontMatterEntries(yaml: string, startLine: number): FrontMatter['entries'] | undefined {
  const entries: FrontMatter['entries'] = new Map();
  const lines = yaml.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    // Blank lines and whole-line comments (YAML's `#` at the start of a line) hold no entry.
    if (line === '' || line.startsWith('#')) continue;
    const entry = PLAIN_ENTRY.exec(line);
    if (!entry || entries.has(entry[1]!)) return undefined;
    const [, key, text] = entry as unknown as [string, string, string];
    let value: string | string[] | undefined;
    if (text.startsWith('[')) {
      if (!text.endsWith(']')) return undefined;
      const inner = text.slice(1, -1).trim();
      const items = inner === '' ? [] : inner.split(',').map((item) => plainString(item.trim(), true));
      if (items.some((item) => item === undefined)) return undefined;
      value = items as string[];
    } else value = plainString(text, false);
    if (value === undefined) return undefined;
    const fileLine = startLine + 1 + index;
    entries.set(key, {
      key,
      value,
      keyPosition: { line: fileLine, column: 1 },
      valuePosition: { line: fileLine, column: key.length + 3 },
      valueEnd: { line: fileLine, column: line.length + 1 },
    });
  }
  return entries.size > 0 ? entries : undefined;
}

function stringField(frontMatter: FrontMatter, key: string): string | undefined {
  const value = frontMatter.entries.get(key)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function stringList(frontMatter: FrontMatter, key: string): string[] {
  const value = frontMatter.entries.get(key)?.value;
  if (typeof value === 'string') return [value.trim()];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').map((s) => s.trim()) : [];
}

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists. */
export function isValidDate(text: string): boolean {
  if (!DATE_PATTERN.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function dateField(frontMatter: FrontMatter, key: string): string | undefined {
  const text = stringField(frontMatter, key);
  return text !== undefined && isValidDate(text) ? text : undefined;
}

/** The metadata the rest of the toolchain relies on; invalid values are left undefined for the rules to report. */
export function readMeta(frontMatter: FrontMatter | undefined): StandardMeta {
  if (!frontMatter) return { replaces: [], draftingUnits: [], drafters: [], draftingRules: '2020', appliesTo: [] };
  const codeText = stringField(frontMatter, 'code');
  const status = stringField(frontMatter, 'status');
  return {
    code: codeText ? parseCode(codeText) : undefined,
    title: stringField(frontMatter, 'title'),
    titleEn: stringField(frontMatter, 'title-en'),
    status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as Status) : undefined,
    issued: dateField(frontMatter, 'issued'),
    effective: dateField(frontMatter, 'effective'),
    replaces: stringList(frontMatter, 'replaces').flatMap((text) => parseCode(text) ?? []),
    reviewDue: dateField(frontMatter, 'review-due'),
    proposer: stringField(frontMatter, 'proposer'),
    department: stringField(frontMatter, 'department'),
    draftingUnits: stringList(frontMatter, 'drafting-units'),
    drafters: stringList(frontMatter, 'drafters'),
    draftingRules: draftingRulesField(frontMatter) ?? '2020',
    appliesTo: stringList(frontMatter, 'applies-to'),
    ics: stringField(frontMatter, 'ics'),
    ccs: stringField(frontMatter, 'ccs'),
    filingNumber: stringField(frontMatter, 'filing-number'),
    completed: dateField(frontMatter, 'completed'),
    review: readReview(frontMatter),
  };
}

function readReview(frontMatter: FrontMatter): ReviewRecord | undefined {
  if (!REVIEW_KEYS.some((key) => frontMatter.entries.has(key))) return undefined;
  const outcome = stringField(frontMatter, 'review-outcome');
  return {
    date: dateField(frontMatter, 'reviewed'),
    outcome: (REVIEW_OUTCOMES as readonly string[]).includes(outcome ?? '') ? (outcome as ReviewOutcome) : undefined,
    earlyReason: stringField(frontMatter, 'review-reason'),
    basis: stringField(frontMatter, 'review-basis'),
    problems: stringField(frontMatter, 'review-problems'),
    proposal: stringField(frontMatter, 'review-proposal'),
    reviewers: stringList(frontMatter, 'reviewers'),
  };
}

/** `drafting-rules: GB/T 1.1—2009` → `2009`; undefined when absent or not an edition of GB/T 1.1. */
export function draftingRulesField(frontMatter: FrontMatter): DraftingRules | undefined {
  const code = parseCode(stringField(frontMatter, 'drafting-rules') ?? '');
  if (!code || code.prefix !== 'GB/T' || code.serial !== '1.1') return undefined;
  return (DRAFTING_RULES as readonly string[]).includes(code.year ?? '') ? (code.year as DraftingRules) : undefined;
}
