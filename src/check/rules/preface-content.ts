import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CODE_IN_TEXT, codeFromMatch, datedKey, formatCode } from '../../model/code.ts';
import type { Section, Standard } from '../../model/types.ts';
import { defineRule, type Report } from '../rule.ts';

/** Any statement of the drafting rules; its wording and edition are preface-statements' concern, its place is ours. */
const DRAFTING = /^本(?:文件|标准|部分|指导性技术文件)(?:按照|依据|根据)GB\/T 1\.1[—–-]\d{4}/u;
const PROPOSED = /^本(?:文件|标准|部分)由(.+?)提出(?:并归口)?。/u;
const RESPONSIBLE = /^本(?:文件|标准|部分)由(.+?)(?:提出并)?归口。/u;
const UNITS = /^本(?:文件|标准|部分)起草单位[：:](.+?)。?$/u;
const DRAFTERS = /^本(?:文件|标准|部分)主要起草人[：:](.+?)。?$/u;
/** "……的历次版本发布情况为：" with a list, or one sentence: "本文件于2019年首次发布，本次为第一次修订。", "本标准于2000年12月6日首次发布。" (DA/T 22—2015). */
const HISTORY = /^本(?:文件|标准|部分)(?:(?:及其所代替文件)?的历次版本发布情况为[：:]|于\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?首次发布)/u;
const FIRST_EDITION = /^本(?:文件|标准|部分)为首次发布。$/u;

type MessageId = 'draftingFirst' | 'differs' | 'missingSentence' | 'noFigureOrTable' | 'noSubheading' | 'firstEdition' | 'historyMissing' | 'historyIncomplete';
type Paragraph = { text: string; node: RootContent };

function splitNames(text: string): string[] {
  return text
    .split(/[、，,；;]/u)
    .map((name) => name.trim())
    .filter(Boolean);
}

function codesIn(text: string): string[] {
  return [...text.matchAll(CODE_IN_TEXT)].map((match) => datedKey(codeFromMatch(match.groups!, match[0])));
}

/** The 归口 unit agrees with `department` when it names the department, with or without the organization before it, or the organization itself. */
function sameUnit(written: string, department: string, organization: string): boolean {
  return written === department || written === `${organization}${department}` || written === organization;
}

function checkAgreement(standard: Standard, paragraphs: Paragraph[], preface: Section, organization: string, report: (report: Report<MessageId>) => void): void {
  const meta = standard.meta;
  const find = (pattern: RegExp) => paragraphs.find((p) => pattern.test(p.text));
  const agree = (pattern: RegExp, key: string, what: string, expected: string | undefined, same: (written: string) => boolean, sentence: string): void => {
    if (!expected) return;
    const found = find(pattern);
    if (!found) {
      report({ messageId: 'missingSentence', data: { key, sentence }, at: preface.node });
      return;
    }
    const written = pattern.exec(found.text)![1]!;
    if (!same(written)) report({ messageId: 'differs', data: { what, written, key, expected }, at: found.node });
  };
  agree(PROPOSED, 'proposer', '提出单位', meta.proposer, (written) => written === meta.proposer, `本文件由${meta.proposer}提出。`);
  agree(RESPONSIBLE, 'department', '归口单位', meta.department, (written) => sameUnit(written, meta.department!, organization), `本文件由${organization}${meta.department}归口。`);
  const units = meta.draftingUnits.join('、');
  agree(UNITS, 'drafting-units', '起草单位', units || undefined, (written) => splitNames(written).join('、') === units, `本文件起草单位：${units}。`);
  const drafters = meta.drafters.join('、');
  agree(DRAFTERS, 'drafters', '主要起草人', drafters || undefined, (written) => splitNames(written).join('、') === drafters, `本文件主要起草人：${drafters}。`);
}

const HEAD =
  '---\nproposer: 江门市行政服务中心\ndepartment: 督查考核科\ndrafting-units: [江门市行政服务中心督查考核科]\ndrafters: [黄丽萍, 谢永康]\n---\n\n## 前言\n\n本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。\n\n';
const TAIL = '本文件由江门市行政服务中心提出。\n\n本文件由江门市行政服务中心督查考核科归口。\n\n本文件起草单位：江门市行政服务中心督查考核科。\n\n本文件主要起草人：黄丽萍、谢永康。\n\n';

export const prefaceContent = defineRule({
  id: 'preface-content',
  severity: 'error',
  scope: 'document',
  basis: [
    { clause: '8.3', detail: '前言的内容和顺序（起草规则说明的措辞和代替说明见 preface-statements）' },
    { document: 'Q/JMXZ 10102—2025', clause: '6.2.1', detail: '本中心标准的前言写明历次版本发布情况，首次发布的写"本文件为首次发布。"' },
  ],
  description: '前言以起草规则的说明开始；提出、归口、起草单位、起草人与文件头一致；不含表、图、公式和下级标题；写明首次发布或历次版本',
  messages: {
    draftingFirst: '起草规则的说明应是前言的第一段，其后依次为与其他文件的关系、代替说明、专利说明、提出和归口、起草单位、起草人、历次版本。',
    differs: '前言中的{what}"{written}"与文件头 {key}（{expected}）不一致。',
    missingSentence: '文件头写了 {key}，前言中应有"{sentence}"一句。',
    noFigureOrTable: '前言中不应有{what}；前言只陈述事实，表、图、公式写在正文或附录中。',
    noSubheading: '前言不分条，不应有下级标题。',
    firstEdition: '本文件没有代替其他文件，前言最后应写"本文件为首次发布。"（Q/JMXZ 10102—2025 6.2.1）。',
    historyMissing: '本文件代替了其他文件，前言应写"本文件及其所代替文件的历次版本发布情况为："并列出历次版本。',
    historyIncomplete: '历次版本发布情况中没有{code}；请补全历次版本。',
  },
  fixable: false,
  docs: {
    rationale:
      'GB/T 1.1—2020 8.3 规定前言依次给出：起草规则的说明，与其他文件的关系，代替说明和主要技术变化，专利说明，提出和归口信息，起草单位和起草人，历次版本发布情况；前言不包含要求，也不包含表、图、公式，不分条。封面、手册和体系表都从文件头读取代替关系、提出和归口单位、起草单位和起草人，前言与文件头不一致时，两处必有一处是错的。',
    howToFix:
      '把起草规则的说明放在前言第一段；核对前言与文件头的 proposer、department、drafting-units、drafters，改正错的一处；把前言中的表、图、公式移到正文或附录；首次发布的文件最后写"本文件为首次发布。"，修订的文件写"本文件及其所代替文件的历次版本发布情况为："并列出每一版。',
  },
  examples: {
    valid: [
      {
        name: '由其他单位提出的国家标准首次发布时不写"首次发布"（GB/T 45435—2025 的前言）',
        text: '---\nproposer: 中央军委装备发展部\n---\n\n## 前言\n\n本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。\n\n本文件由中央军委装备发展部提出。\n',
      },
      { name: '首次发布的文件', text: `${HEAD}请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。\n\n${TAIL}本文件为首次发布。\n` },
      {
        name: '修订的文件（GB/T 1.1—2020 前言的结构）',
        text: `${HEAD.replace('---\n\n', 'replaces: [Q/JMXZ 30501—2020]\n---\n\n')}本文件代替Q/JMXZ 30501—2020《投诉处理规范》，与Q/JMXZ 30501—2020相比，除结构调整和编辑性改动外，主要技术变化如下：\n\n- 更改了投诉受理时限（见6.1，2020年版的5.3）。\n\n${TAIL}本文件及其所代替文件的历次版本发布情况为：\n\n- 2020年首次发布为Q/JMXZ 30501—2020；\n- 本次为第一次修订。\n`,
      },
      {
        name: '历次版本写成一句话',
        text: `${HEAD.replace('---\n\n', 'replaces: [Q/JMXZ 30101—2019]\n---\n\n')}本文件代替Q/JMXZ 30101—2019《窗口服务规范》。\n\n${TAIL}本文件于2019年首次发布，本次为第一次修订。\n`,
      },
    ],
    invalid: [
      {
        name: '起草规则的说明不在第一段，前言中有表和下级标题，没有"首次发布"',
        text: `---\n---\n\n## 前言\n\n为规范投诉处理，制定本文件。\n\n本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。\n\n### 编制说明\n\n表1 起草过程\n\n| 阶段 | 时间 |\n|---|---|\n| 征求意见 | 2025年3月 |\n`,
        errors: [
          { messageId: 'draftingFirst', line: 8, column: 1, endLine: 8, endColumn: 53 },
          { messageId: 'noSubheading', line: 10, column: 1, endLine: 10, endColumn: 9 },
          { messageId: 'noFigureOrTable', line: 14, column: 1, endLine: 16, endColumn: 19 },
          { messageId: 'firstEdition', line: 12, column: 1, endLine: 12, endColumn: 8 },
        ],
      },
      {
        name: '提出、归口、起草单位和起草人与文件头不一致',
        text: `${HEAD}本文件由江门市政务服务数据管理局提出。\n\n本文件由江门市行政服务中心办公室归口。\n\n本文件起草单位：江门市行政服务中心信息技术科。\n\n本文件主要起草人：黄丽萍。\n\n本文件为首次发布。\n`,
        errors: [
          { messageId: 'differs', line: 12, column: 1, endLine: 12, endColumn: 20 },
          { messageId: 'differs', line: 14, column: 1, endLine: 14, endColumn: 20 },
          { messageId: 'differs', line: 16, column: 1, endLine: 16, endColumn: 24 },
          { messageId: 'differs', line: 18, column: 1, endLine: 18, endColumn: 14 },
        ],
      },
      {
        name: '文件头写了起草人，前言没有写',
        text: `${HEAD}${TAIL.replace('本文件主要起草人：黄丽萍、谢永康。\n\n', '')}本文件为首次发布。\n`,
        errors: [{ messageId: 'missingSentence', line: 8, column: 1, endLine: 8, endColumn: 6 }],
      },
      {
        name: '历次版本不全',
        text: `${HEAD.replace('---\n\n', 'replaces: [Q/JMXZ 30501—2020]\n---\n\n')}本文件代替Q/JMXZ 30501—2020《投诉处理规范》。\n\n${TAIL}本文件及其所代替文件的历次版本发布情况为：\n\n- 本次为第一次修订。\n`,
        errors: [{ messageId: 'historyIncomplete', line: 23, column: 1, endLine: 23, endColumn: 22 }],
      },
      {
        name: '修订的文件没有历次版本',
        text: `${HEAD.replace('---\n\n', 'replaces: [Q/JMXZ 30501—2020]\n---\n\n')}本文件代替Q/JMXZ 30501—2020《投诉处理规范》。\n\n${TAIL}`,
        errors: [{ messageId: 'historyMissing', line: 21, column: 1, endLine: 21, endColumn: 18 }],
      },
    ],
  },
  check(standard, { report, corpus }) {
    const preface = standard.elements.find((element) => element.kind === 'preface');
    if (!preface) return;
    const blocks = preface.blocks.filter((block) => block.type !== 'html');
    const paragraphs: Paragraph[] = blocks.filter((block) => block.type === 'paragraph').map((node) => ({ text: toString(node).trim(), node }));
    const statement = paragraphs.find((p) => DRAFTING.test(p.text));
    if (statement && statement !== paragraphs[0]) report({ messageId: 'draftingFirst', at: statement.node });
    for (const block of blocks) {
      if (block.type === 'table') report({ messageId: 'noFigureOrTable', data: { what: '表' }, at: block });
      if (block.type === 'paragraph' && block.children.some((child) => child.type === 'image')) report({ messageId: 'noFigureOrTable', data: { what: '图' }, at: block });
    }
    for (const formula of standard.formulas) if (formula.section === preface) report({ messageId: 'noFigureOrTable', data: { what: '公式' }, at: formula.node });
    const next = standard.elements[standard.elements.indexOf(preface) + 1];
    for (const heading of standard.unnumberedHeadings) {
      const line = heading.position?.start.line ?? 0;
      if (line > preface.position.line && (!next || line < next.position.line)) report({ messageId: 'noSubheading', at: heading });
    }
    const organization = corpus.system.organization.name;
    checkAgreement(standard, paragraphs, preface, organization, report);
    const last = paragraphs.at(-1)?.node ?? preface.node;
    const historyIndex = blocks.findIndex((block) => block.type === 'paragraph' && HISTORY.test(toString(block).trim()));
    if (standard.meta.replaces.length === 0) {
      // The center's own rule (Q/JMXZ 10102 6.2.1) for its own standards; GB/T 1.1 asks only for the history of a revision.
      const own = !standard.meta.proposer || standard.meta.proposer === organization;
      if (own && historyIndex < 0 && !paragraphs.some((p) => FIRST_EDITION.test(p.text))) report({ messageId: 'firstEdition', at: last });
      return;
    }
    if (historyIndex < 0) {
      report({ messageId: 'historyMissing', at: last });
      return;
    }
    const history = blocks
      .slice(historyIndex)
      .map((block) => toString(block))
      .join('\n');
    const mentioned = new Set(codesIn(history));
    for (const code of standard.meta.replaces) {
      if (!mentioned.has(datedKey(code)) && !(code.year && history.includes(`${code.year}年`))) report({ messageId: 'historyIncomplete', data: { code: formatCode(code) }, at: blocks[historyIndex]! });
    }
  },
});
