import { defineRule } from '../rule.ts';
import { eachText } from './text-scan.ts';

// No published standard in the stored corpora was found citing a page ("见第3页" and its variants were searched for
// in the pages and code corpora): the invalid example is our own.
const PAGE = /第[ \u3000]*\d{1,4}[ \u3000]*页|(?<![A-Za-z])[Pp]\.[ \u3000]?\d{1,4}(?![\d.])/gu;

export const refPage = defineRule({
  id: 'ref-page',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '9.5', detail: '引用文件的具体内容时提及编号，不提及页码' }],
  description: '引用时不提及页码（如"见第3页"）',
  messages: {
    page: '不引用页码（"{written}"）：页码随排版和版本变化；请改为引用章、条、表、图或附录的编号。',
  },
  fixable: false,
  docs: {
    rationale:
      'GB/T 1.1—2020 9.5 规定提及文件的具体内容时使用章、条、表、图、附录等的编号。页码随版式、纸张、手册与印刷本而不同，改版后更会错位；编号则在每种载体上都指向同一处，手册也能把它变成链接。',
    howToFix: '把"见第3页"改为所指内容的编号，如"见5.2""见表1""见附录A"。',
  },
  examples: {
    valid: [
      { name: '引用条号', text: '## 5 受理\n\n5.1 受理时限见7.2。\n' },
      { name: '引用表号（GB/T 39046—2020 5.3）', text: '### 5.3 数据类型及格式\n\n数据项的数据类型见表2。\n' },
      { name: '引用附录（GB/T 38368—2019 7.3）', text: '### 7.3 测量流程\n\n基于数字化模型的测量流程参见附录B。\n' },
    ],
    invalid: [
      {
        name: '引用页码',
        text: '## 5 受理\n\n5.1 受理时限见第3页。\n',
        errors: [{ messageId: 'page', line: 3, column: 10, endLine: 3, endColumn: 13 }],
      },
    ],
  },
  check(standard, { report }) {
    eachText(standard, (text, positionAt) => {
      for (const match of text.value.matchAll(PAGE)) report({ messageId: 'page', data: { written: match[0] }, at: { start: positionAt(match.index), end: positionAt(match.index + match[0].length) } });
    });
  },
});
