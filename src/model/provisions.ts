// Provisions (GB/T 1.1—2020 附录C): every sentence or list item of a normative element that states a
// requirement (应/不应), a recommendation (宜/不宜), a permission (可/不必) or a possibility (能/不能),
// with a stable id, its subject and whom it applies to. Derived from the parsed model, never from Markdown.
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { MODAL_VERBS } from './modal-verbs.ts';
import { allSections, topLevelOf } from './sections.ts';
import type { Position, Provision, ProvisionType, Section, Standard, SystemConfig } from './types.ts';

/** The provision type of a sentence and where its first modal verb stands, or undefined. */
export function provisionType(sentence: string): { type: ProvisionType; at: number } | undefined {
  let found: { type: ProvisionType; at: number } | undefined;
  for (const { type, pattern } of MODAL_VERBS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(sentence);
    if (!match) continue;
    if (!found) found = { type, at: match.index };
    else found.at = Math.min(found.at, match.index);
  }
  return found;
}

const NOTE = /^(注|示例)\d{0,2}[：:]/u;
const OWN_NUMBER = /^(?:\d{1,2}(?:\.\d{1,3})+|[A-Z](?:\.\d{1,3})+)[ \u3000\t]+/u;
const SEGMENT = /[，,；;：:]/u;

/** Whether an element holds provisions: chapters after 3 and normative annexes (not 前言, scope, terms …). */
function isNormative(section: Section): boolean {
  const element = topLevelOf(section)!;
  if (element.kind === 'chapter') return Number(element.number) > 3;
  return element.kind === 'annex' && element.annexType === 'normative';
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function positionOf(node: { position?: { start: { line: number; column: number } } }): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** Finds the names of posts and departments in a text, longest name first at each place. */
class SubjectFinder {
  private readonly names: { alias: string; name: string }[];

  constructor(system: SystemConfig) {
    this.names = [...system.posts, ...system.departments]
      .flatMap((entry) => [entry.name, ...entry.aliases].map((alias) => ({ alias, name: entry.name })))
      .sort((a, b) => b.alias.length - a.alias.length);
  }

  namesIn(text: string): string[] {
    const found: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const match = this.names.find((entry) => text.startsWith(entry.alias, i));
      if (!match) continue;
      if (!found.includes(match.name)) found.push(match.name);
      i += match.alias.length - 1;
    }
    return found;
  }

  /**
   * The subject of a provision: names in the phrase right before the modal verb (`……的，导服人员应`),
   * or at the start of the phrase before it when the verb opens its phrase (`窗口工作人员发现……的，应`).
   */
  subjectOf(sentence: string, modalAt: number): string[] {
    const segments = sentence.slice(0, modalAt).split(SEGMENT);
    const last = segments.at(-1)!.trim();
    if (last !== '') return this.namesIn(last);
    const previous = segments.at(-2)?.trim() ?? '';
    const leading = this.names.find((entry) => previous.startsWith(entry.alias));
    return leading ? [leading.name] : [];
  }
}

interface Candidate {
  text: string;
  type: ProvisionType;
  subjects: string[];
  position: Position;
}

const cache = new WeakMap<Standard, { system: SystemConfig; provisions: Provision[] }>();

/** Every provision of a standard in document order. A standard without a code has none. */
export function provisionsOf(standard: Standard, system: SystemConfig): Provision[] {
  const cached = cache.get(standard);
  if (cached?.system === system) return cached.provisions;
  const provisions = deriveProvisions(standard, system);
  cache.set(standard, { system, provisions });
  return provisions;
}

function deriveProvisions(standard: Standard, system: SystemConfig): Provision[] {
  const serial = standard.meta.code?.serial;
  if (!serial) return [];
  const finder = new SubjectFinder(system);
  const ownPosts = system.posts.filter((post) => post.standard === serial).map((post) => post.name);
  const audience = [...new Set([...standard.meta.appliesTo, ...ownPosts])];
  const skipped = new Set<RootContent>([...standard.captions.map((c) => c.node), ...standard.formulas.map((f) => f.node), ...standard.notes.map((n) => n.node)]);
  const result: Provision[] = [];
  for (const section of allSections(standard)) {
    if (!section.number || !isNormative(section)) continue;
    const blocks: RootContent[] = section.untitled ? [section.node, ...section.blocks] : section.blocks;
    const candidates = blocks.flatMap((block, index) => (skipped.has(block) ? [] : candidatesOf(block, blocks[index - 1], blocks[index + 1], finder)));
    candidates.forEach((candidate, index) => {
      result.push({
        id: `${serial}:${section.number}/${index + 1}`,
        serial,
        clause: section.number,
        index: index + 1,
        type: candidate.type,
        text: candidate.text,
        subjects: candidate.subjects,
        appliesTo: candidate.subjects.length > 0 ? candidate.subjects : audience,
        position: candidate.position,
        section,
      });
    });
  }
  return result;
}

function paragraphText(node: Paragraph): string {
  return toString(node).trim().replace(OWN_NUMBER, '');
}

/** The sentence a paragraph ends with when it introduces the list after it (`……应履行下列职责：`). */
function leadInOf(paragraph: Paragraph): string | undefined {
  const text = paragraphText(paragraph);
  if (!/[：:]$/u.test(text)) return undefined;
  return sentences(text).at(-1);
}

function candidatesOf(block: RootContent, previous: RootContent | undefined, next: RootContent | undefined, finder: SubjectFinder): Candidate[] {
  if (block.type === 'paragraph') {
    const text = paragraphText(block);
    if (NOTE.test(text)) return [];
    const all = sentences(text);
    // A lead-in is stated by its list items, not on its own.
    const own = next?.type === 'list' && leadInOf(block) !== undefined ? all.slice(0, -1) : all;
    return own.flatMap((sentence) => {
      const found = provisionType(sentence);
      return found ? [{ text: sentence, type: found.type, subjects: finder.subjectOf(sentence, found.at), position: positionOf(block) }] : [];
    });
  }
  if (block.type === 'list') {
    const leadIn = previous?.type === 'paragraph' ? leadInOf(previous) : undefined;
    const leadType = leadIn === undefined ? undefined : provisionType(leadIn);
    return (block as List).children.flatMap((item: ListItem) => {
      const itemText = toString(item).trim();
      const own = provisionType(itemText);
      if (leadIn !== undefined && leadType) {
        const ownSubjects = own ? finder.subjectOf(itemText, own.at) : [];
        const subjects = ownSubjects.length > 0 ? ownSubjects : finder.subjectOf(leadIn, leadType.at);
        return [{ text: `${leadIn}${itemText}`, type: strongest(leadType.type, own?.type), subjects, position: positionOf(item) }];
      }
      // Under a lead-in without a modal verb (`有下列情形之一的，认定为……：`) the items describe, they do not require.
      if (leadIn !== undefined) return [];
      return own ? [{ text: itemText, type: own.type, subjects: finder.subjectOf(itemText, own.at), position: positionOf(item) }] : [];
    });
  }
  return [];
}

function strongest(a: ProvisionType, b: ProvisionType | undefined): ProvisionType {
  const order: ProvisionType[] = ['要求', '推荐', '允许', '可能'];
  return b !== undefined && order.indexOf(b) < order.indexOf(a) ? b : a;
}

/** Parses `30102:5.2.1/2`. */
export function parseProvisionId(id: string): { serial: string; clause: string; index: number } | undefined {
  const match = /^([0-9A-Za-z.]+):([0-9A-Z]+(?:\.\d+)*)\/(\d+)$/u.exec(id.trim());
  return match ? { serial: match[1]!, clause: match[2]!, index: Number(match[3]) } : undefined;
}
