import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import { CODE_IN_TEXT, codeFromMatch, datedKey, formatCode } from '../../model/code.ts';
import type { Position, Section, Standard } from '../../model/types.ts';
import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';

export const PREFACE_CONTENT_MESSAGES = {
  draftingFirst: '前言的第一句应是起草规则的说明："本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"',
  replacesMissing: '文件头 replaces 写明本文件代替{codes}，前言中应有"本文件代替{codes}……"的说明。',
  replacesDiffers: '前言说本文件代替{written}，文件头 replaces 为{expected}；两处应一致。',
  replacesExtra: '前言说本文件代替{written}，但文件头没有 replaces；请在文件头写 replaces: [{written}]，或删去这句。',
  proposerDiffers: '前言写本文件由"{written}"提出，文件头 proposer 为"{expected}"；两处应一致。',
  departmentDiffers: '前言写本文件由"{written}"归口，文件头 department 为"{expected}"；两处应一致。',
  unitsDiffer: '前言的起草单位"{written}"与文件头 drafting-units（{expected}）不一致。',
  draftersDiffer: '前言的主要起草人"{written}"与文件头 drafters（{expected}）不一致。',
  missingSentence: '文件头写了 {key}，前言中应有"{sentence}"一句。',
  noFigureOrTable: '前言中不应有{what}；前言只陈述事实，表、图、公式写在正文或附录中。',
  noSubheading: '前言不分条，不应有下级标题。',
  firstEdition: '本文件没有代替其他文件，前言最后应写"本文件为首次发布。"。',
  historyMissing: '本文件代替了其他文件，前言应写"本文件及其所代替文件的历次版本发布情况为："并列出历次版本。',
  historyIncomplete: '历次版本发布情况中没有{code}；请补全历次版本。',
} as const;

const DRAFTING = /^本(?:文件|标准)按照GB\/T 1\.1—20(?:20|09)(?:《[^》]{1,60}》)?(?:的规定|给出的规则)起草。/u;
const REPLACES = /^本(?:文件|标准)代替/u;
const PROPOSED = /^本(?:文件|标准)由(.+?)提出(?:并归口)?。/u;
const RESPONSIBLE = /^本(?:文件|标准)由(.+?)(?:提出并)?归口。/u;
const UNITS = /^本(?:文件|标准)起草单位[：:](.+?)。?$/u;
const DRAFTERS = /^本(?:文件|标准)主要起草人[：:](.+?)。?$/u;
const HISTORY = /^本(?:文件|标准)及其所代替文件的历次版本发布情况为[：:]/u;
const FIRST_EDITION = '本文件为首次发布。';

function blockPosition(block: RootContent): Position {
  return { line: block.position?.start.line ?? 1, column: block.position?.start.column ?? 1 };
}

function splitNames(text: string): string[] {
  return text.split(/[、，,；;]/u).map((name) => name.trim()).filter(Boolean);
}

function codesIn(text: string): string[] {
  return [...text.matchAll(CODE_IN_TEXT)].map((match) => datedKey(codeFromMatch(match.groups!, match[0])));
}

/** The 归口 unit agrees with `department` when it names the department, with or without the organization before it. */
function sameUnit(written: string, department: string, organization: string): boolean {
  return written === department || written === `${organization}${department}` || written === organization;
}

function checkAgreement(standard: Standard, paragraphs: { text: string; position: Position }[], say: ReturnType<typeof reporter<keyof typeof PREFACE_CONTENT_MESSAGES>>, organization: string, preface: Section): void {
  const meta = standard.meta;
  const find = (pattern: RegExp) => paragraphs.find((p) => pattern.test(p.text));
  const replaced = meta.replaces.map((code) => datedKey(code));
  const replaces = find(REPLACES);
  if (replaces) {
    // The codes the sentence names before its first comma: "本文件代替A、B，与A相比……".
    const written = codesIn(replaces.text.split(/[，。]/u)[0]!);
    if (replaced.length === 0) say(replaces.position, 'replacesExtra', { written: written.join('、') });
    else if (written.join('|') !== replaced.join('|')) say(replaces.position, 'replacesDiffers', { written: written.join('、') || '（无编号）', expected: replaced.join('、') });
  } else if (replaced.length > 0) {
    say(preface.position, 'replacesMissing', { codes: meta.replaces.map((code) => formatCode(code)).join('、') });
  }
  const proposed = find(PROPOSED);
  if (meta.proposer && !proposed) say(preface.position, 'missingSentence', { key: 'proposer', sentence: `本文件由${meta.proposer}提出。` });
  const proposer = proposed ? PROPOSED.exec(proposed.text)![1]! : undefined;
  if (proposed && meta.proposer && proposer !== meta.proposer) say(proposed.position, 'proposerDiffers', { written: proposer!, expected: meta.proposer });
  const responsible = find(RESPONSIBLE);
  const unit = responsible ? RESPONSIBLE.exec(responsible.text)![1]! : undefined;
  if (responsible && meta.department && !sameUnit(unit!, meta.department, organization)) say(responsible.position, 'departmentDiffers', { written: unit!, expected: meta.department });
  if (meta.department && !responsible) say(preface.position, 'missingSentence', { key: 'department', sentence: `本文件由${organization}${meta.department}归口。` });
  const units = find(UNITS);
  const writtenUnits = units ? splitNames(UNITS.exec(units.text)![1]!) : [];
  if (units && meta.draftingUnits.length > 0 && writtenUnits.join('|') !== meta.draftingUnits.join('|')) say(units.position, 'unitsDiffer', { written: writtenUnits.join('、'), expected: meta.draftingUnits.join('、') });
  if (!units && meta.draftingUnits.length > 0) say(preface.position, 'missingSentence', { key: 'drafting-units', sentence: `本文件起草单位：${meta.draftingUnits.join('、')}。` });
  const drafters = find(DRAFTERS);
  const writtenDrafters = drafters ? splitNames(DRAFTERS.exec(drafters.text)![1]!) : [];
  if (drafters && meta.drafters.length > 0 && writtenDrafters.join('|') !== meta.drafters.join('|')) say(drafters.position, 'draftersDiffer', { written: writtenDrafters.join('、'), expected: meta.drafters.join('、') });
  if (!drafters && meta.drafters.length > 0) say(preface.position, 'missingSentence', { key: 'drafters', sentence: `本文件主要起草人：${meta.drafters.join('、')}。` });
}

export const prefaceContent: Rule = {
  id: 'preface-content',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.3（前言）',
  description: '前言以起草规则的说明开始；代替说明、提出、归口、起草单位、起草人与文件头一致；不含表、图、公式和下级标题；写明首次发布或历次版本',
  check(standard, { report, corpus }) {
    const preface = standard.elements.find((element) => element.kind === 'preface');
    if (!preface) return;
    const say = reporter(PREFACE_CONTENT_MESSAGES, report);
    const blocks = preface.blocks.filter((block) => block.type !== 'html');
    const paragraphs = blocks.filter((block) => block.type === 'paragraph').map((block) => ({ text: toString(block).trim(), position: blockPosition(block) }));
    const first = paragraphs[0];
    if (!first || !DRAFTING.test(first.text)) say(first?.position ?? preface.position, 'draftingFirst');
    for (const block of blocks) {
      if (block.type === 'table') say(blockPosition(block), 'noFigureOrTable', { what: '表' });
      if (block.type === 'paragraph' && block.children.some((child) => child.type === 'image')) say(blockPosition(block), 'noFigureOrTable', { what: '图' });
    }
    for (const formula of standard.formulas) if (formula.section === preface) say(formula.position, 'noFigureOrTable', { what: '公式' });
    const next = standard.elements[standard.elements.indexOf(preface) + 1];
    for (const heading of standard.unnumberedHeadings) {
      const line = heading.position?.start.line ?? 0;
      if (line > preface.position.line && (!next || line < next.position.line)) say({ line, column: 1 }, 'noSubheading');
    }
    checkAgreement(standard, paragraphs, say, corpus.system.organization.name, preface);
    const history = paragraphs.find((p) => HISTORY.test(p.text));
    if (standard.meta.replaces.length === 0) {
      if (!history && !paragraphs.some((p) => p.text === FIRST_EDITION)) say(paragraphs.at(-1)?.position ?? preface.position, 'firstEdition');
      return;
    }
    if (!history) {
      say(paragraphs.at(-1)?.position ?? preface.position, 'historyMissing');
      return;
    }
    const historyIndex = blocks.findIndex((block) => block.type === 'paragraph' && HISTORY.test(toString(block).trim()));
    const listed = blocks.slice(historyIndex).map((block) => toString(block)).join('\n');
    const mentioned = new Set(codesIn(listed));
    for (const code of standard.meta.replaces) {
      if (!mentioned.has(datedKey(code))) say(history.position, 'historyIncomplete', { code: formatCode(code) });
    }
  },
};
