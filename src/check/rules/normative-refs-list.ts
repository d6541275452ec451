import { toString } from 'mdast-util-to-string';
import { codeCovers, formatCode } from '../../model/code.ts';
import { normativeReferencesChapter } from '../../model/sections.ts';
import { defineRule, referenceTarget } from '../rule.ts';
import { NORMATIVE_REFS_LEAD_IN } from './normative-refs-leadin.ts';

const CHAPTER_2 = `## 2 规范性引用文件\n\n${NORMATIVE_REFS_LEAD_IN}\n\n`;

export const normativeRefsList = defineRule({
  id: 'normative-refs-list',
  severity: 'error',
  scope: 'document',
  basis: [
    { clause: '8.6', detail: '清单与正文中的规范性引用一一对应' },
    { clause: '9.5', detail: '规范性引用' },
  ],
  description: '第2章列出的文件都在正文中被规范性引用，正文中规范性引用的文件都列入第2章',
  messages: {
    notCited: '第2章列出了 {code}，但正文中没有对它的规范性引用（如"应符合{undated}的规定"）；请在正文中引用它，或将它移入参考文献。',
    notListed: '正文规范性引用了 {code}，但第2章没有列出；请在第2章列表中加入"{code} 文件名称"。',
    notAStandard: '"{text}"不是"编号 名称"形式的标准；第2章只列标准文件，法律法规、政策文件列入参考文献。',
    punctuation: '第2章的列项末尾不加标点。',
  },
  fixable: false,
  docs: {
    rationale:
      '第2章的清单与正文中的规范性引用一一对应：只有正文中以"应符合……""按……"规范性引用的文件才列入清单，列入清单的文件在正文中都有这样的引用。法律法规和政策文件不作规范性引用，列入参考文献。',
    howToFix: '为清单中无人引用的文件补上正文中的规范性引用，或把它移到参考文献；把正文中规范性引用而未列出的文件加入清单（"编号 名称"，末尾不加标点）。',
  },
  examples: {
    valid: [{ name: '清单与引用一致', text: `${CHAPTER_2}- GB/T 36113—2018 政务服务中心服务投诉处置规范\n\n## 4 受理\n\n投诉处置应符合GB/T 36113—2018的规定。\n` }],
    invalid: [
      {
        name: '列出而未引用',
        text: `${CHAPTER_2}- GB/T 36113—2018 政务服务中心服务投诉处置规范\n\n## 4 受理\n\n投诉应当场登记。\n`,
        errors: [{ messageId: 'notCited', line: 5, column: 1 }],
      },
      {
        name: '引用而未列出',
        text: '## 2 规范性引用文件\n\n本文件没有规范性引用文件。\n\n## 4 受理\n\n投诉处置应符合GB/T 36113—2018的规定。\n',
        errors: [{ messageId: 'notListed', line: 7, column: 8, endLine: 7, endColumn: 23 }],
      },
      {
        name: '清单中的法规',
        text: `${CHAPTER_2}- 《信访工作条例》\n`,
        errors: [{ messageId: 'notAStandard', line: 5, column: 1 }],
      },
      {
        name: '列项末尾加了句号',
        text: `${CHAPTER_2}- GB/T 36113—2018 政务服务中心服务投诉处置规范。\n\n## 4 受理\n\n投诉处置应符合GB/T 36113—2018的规定。\n`,
        errors: [{ messageId: 'punctuation', line: 5, column: 1 }],
      },
    ],
  },
  check(standard, { report }) {
    const chapter = normativeReferencesChapter(standard);
    if (!chapter) return;
    const normative = standard.references.flatMap((r) => (r.normative && r.document ? [{ reference: r, code: r.document }] : []));
    for (const entry of standard.normativeList) {
      if (!normative.some(({ code }) => codeCovers(entry.code, code))) {
        report({ messageId: 'notCited', data: { code: formatCode(entry.code), undated: formatCode(entry.code, false) }, at: entry.position });
      }
    }
    const reported = new Set<string>();
    for (const { reference, code } of normative) {
      if (code.prefix === standard.meta.code?.prefix && code.serial === standard.meta.code.serial) continue;
      if (standard.normativeList.some((entry) => codeCovers(entry.code, code))) continue;
      const key = formatCode(code);
      if (reported.has(key)) continue;
      reported.add(key);
      report({ messageId: 'notListed', data: { code: key }, at: referenceTarget(reference) });
    }
    for (const block of chapter.blocks) {
      if (block.type !== 'list') continue;
      for (const item of block.children) {
        const text = toString(item).trim();
        if (!standard.normativeList.some((e) => e.position.line === item.position?.start.line)) report({ messageId: 'notAStandard', data: { text }, at: item });
        else if (/[。；，;,.]$/u.test(text)) report({ messageId: 'punctuation', at: item });
      }
    }
  },
});
