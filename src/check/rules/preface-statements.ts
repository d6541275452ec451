import { datedKey, formatCode, CODE_IN_TEXT, codeFromMatch } from '../../model/code.ts';
import { toString } from 'mdast-util-to-string';
import type { Paragraph } from 'mdast';
import { defineRule } from '../rule.ts';

const STATEMENT_2020 = '本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。';
/** GB/T 1.1—2009 8.2: "本标准按照GB/T 1.1—2009给出的规则起草。" (本部分、本指导性技术文件; some add the title). */
const STATEMENT_2009 = /^本(?:标准|部分|文件|指导性技术文件)按照GB\/T 1\.1—2009(?:《[^》]{1,60}》)?给出的规则起草。$/u;
/** Any sentence that states the drafting rules, in whatever wording. */
const ANY_STATEMENT = /^本(?:文件|标准|部分|指导性技术文件)(?:按照|依据|根据)GB\/T 1\.1[—–-](\d{4})/u;
const PATENT_NOTICE = '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。';
const REPLACES = /^本(?:文件|标准|部分)代替/u;

const LEAD = (front: string, preface: string): string => `---\ntitle: 示例规范\n${front}---\n\n## 前言\n\n${preface}\n`;
const PATENT = `\n${PATENT_NOTICE}\n`;

export const prefaceStatements = defineRule({
  id: 'preface-statements',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '8.3', detail: '前言中的起草规则说明、代替说明和专利说明' }],
  description: '前言说明按哪一版 GB/T 1.1 起草（与文件头 drafting-rules 一致、用该版的措辞），代替说明与 replaces 一致，按2020版起草的有专利说明',
  messages: {
    missingStatement: '前言缺少起草规则的说明，应写："{expected}"',
    wrongWording: '起草规则的说明应写成："{expected}"；"{actual}"是{edition}的写法。',
    editionMismatch: '前言说按 GB/T 1.1—{stated} 起草，文件头的 drafting-rules 却是 GB/T 1.1—{declared}（未写时为2020）；请使两者一致。',
    missingPatentNotice: '前言缺少专利说明："{expected}"',
    missingReplaces: '文件头 replaces 写明代替 {codes}，前言中应有"本文件代替{codes}……"的说明。',
    replacesMismatch: '前言说代替 {stated}，文件头 replaces 是 {declared}；两处应一致。',
  },
  fixable: false,
  docs: {
    rationale:
      '读者从前言得知文件按哪一版起草规则编写、代替了哪个文件。措辞与所依据的版本不符、与文件头矛盾，或缺少专利说明，都会误导使用者。按 GB/T 1.1—2009 起草的旧版本或采用的文件保留2009版的写法，在文件头写 drafting-rules: GB/T 1.1—2009。',
    howToFix:
      '按2020版起草的写"本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。"，不写2009版的"给出的规则"；代替说明中的编号与文件头 replaces 保持一致；写上固定的专利说明。',
  },
  examples: {
    valid: [
      { name: '2020版的起草说明和专利说明', text: LEAD('', `${STATEMENT_2020}\n${PATENT}`) },
      { name: '按2009版起草并在文件头写明', text: LEAD('drafting-rules: GB/T 1.1—2009\n', '本标准按照GB/T 1.1—2009给出的规则起草。') },
      { name: '代替说明与 replaces 一致', text: LEAD('replaces: [Q/JMXZ 30101—2019]\n', `${STATEMENT_2020}\n\n本文件代替Q/JMXZ 30101—2019《窗口服务规范》。\n${PATENT}`) },
    ],
    invalid: [
      {
        name: '2020版写成了"给出的规则"',
        text: LEAD('', `本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》给出的规则起草。\n${PATENT}`),
        errors: [{ messageId: 'wrongWording', line: 7, column: 1 }],
      },
      { name: '前言说按2009版起草，文件头没有写明', text: LEAD('', `本标准按照GB/T 1.1—2009给出的规则起草。\n${PATENT}`), errors: [{ messageId: 'editionMismatch', line: 7, column: 1 }] },
      {
        name: '缺少起草规则的说明（DA/T 22—2015 的前言即如此）',
        text: LEAD('drafting-rules: GB/T 1.1—2009\n', '本标准由国家档案局提出并归口。'),
        errors: [{ messageId: 'missingStatement', line: 6, column: 1 }],
      },
      { name: '缺少专利说明', text: LEAD('', STATEMENT_2020), errors: [{ messageId: 'missingPatentNotice', line: 5, column: 1 }] },
      {
        name: '代替说明与 replaces 不一致',
        text: LEAD('replaces: [Q/JMXZ 30101—2019]\n', `${STATEMENT_2020}\n\n本文件代替Q/JMXZ 30101—2015。\n${PATENT}`),
        errors: [{ messageId: 'replacesMismatch', line: 10, column: 1 }],
      },
      { name: 'replaces 写了代替，前言没有说明', text: LEAD('replaces: [Q/JMXZ 30101—2019]\n', `${STATEMENT_2020}\n${PATENT}`), errors: [{ messageId: 'missingReplaces', line: 8, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    const preface = standard.elements.find((element) => element.kind === 'preface');
    if (!preface) return;
    const paragraphs = preface.blocks.filter((block): block is Paragraph => block.type === 'paragraph').map((node) => ({ node, text: toString(node).trim() }));
    const declared = standard.meta.draftingRules;
    const statement = paragraphs.find((p) => ANY_STATEMENT.test(p.text));
    const expected = declared === '2009' ? '本标准按照GB/T 1.1—2009给出的规则起草。' : STATEMENT_2020;
    if (!statement) {
      report({ messageId: 'missingStatement', data: { expected }, at: preface.node });
    } else {
      const stated = ANY_STATEMENT.exec(statement.text)![1]!;
      if (stated !== declared) {
        report({ messageId: 'editionMismatch', data: { stated, declared }, at: statement.node });
      } else if (declared === '2020' ? statement.text !== STATEMENT_2020 : !STATEMENT_2009.test(statement.text)) {
        const edition = /给出的规则/u.test(statement.text) ? 'GB/T 1.1—2009' : '不规范';
        report({ messageId: 'wrongWording', data: { expected, actual: statement.text, edition }, at: statement.node });
      }
    }
    if (declared === '2020' && !paragraphs.some((p) => p.text.includes(PATENT_NOTICE))) {
      report({ messageId: 'missingPatentNotice', data: { expected: PATENT_NOTICE }, at: preface.node });
    }
    const declaredReplaces = standard.meta.replaces.map(datedKey).sort();
    const replacesSentence = paragraphs.find((p) => REPLACES.test(p.text));
    if (!replacesSentence) {
      if (declaredReplaces.length > 0) report({ messageId: 'missingReplaces', data: { codes: standard.meta.replaces.map((c) => formatCode(c)).join('、') }, at: statement?.node ?? preface.node });
      return;
    }
    // The codes the sentence names before its first full stop or "，与…相比".
    const sentence = replacesSentence.text.split(/[。]|，与/u)[0]!;
    const stated = [...sentence.matchAll(new RegExp(CODE_IN_TEXT.source, 'gu'))].map((m) => codeFromMatch(m.groups!, m[0]));
    const statedKeys = stated.map(datedKey).sort();
    if (statedKeys.join() !== declaredReplaces.join()) {
      report({
        messageId: 'replacesMismatch',
        data: { stated: stated.map((c) => formatCode(c)).join('、') || '（无编号）', declared: standard.meta.replaces.map((c) => formatCode(c)).join('、') || '（空）' },
        at: replacesSentence.node,
      });
    }
  },
});
