import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';
import { eachText } from './text-scan.ts';

export const REF_PAGE_MESSAGES = {
  page: '不引用页码（"{written}"）：页码随排版变化；请改为引用章、条、表、图或附录的编号。',
} as const;

const PAGE = /第[ \u3000]*\d{1,4}[ \u3000]*页|[PpＰ]\.[ \u3000]?\d{1,4}(?![\d.])/gu;

export const refPage: Rule = {
  id: 'ref-page',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.5（引用文件的具体内容时提及编号，不提及页码）',
  description: '引用时不提及页码（如"见第3页"）',
  check(standard, { report }) {
    const say = reporter(REF_PAGE_MESSAGES, report);
    eachText(standard, (text, positionAt) => {
      for (const match of text.value.matchAll(PAGE)) say(positionAt(match.index), 'page', { written: match[0] });
    });
  },
};
