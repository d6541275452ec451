import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';

export const TITLE_EN_MESSAGES = {
  elements: '英文名称应与中文名称的要素一一对应，要素之间用" — "连接：中文名称有{count}个要素（{elements}），英文名称有{found}个。',
  capital: '英文名称每个要素的第一个字母大写："{element}"。',
  hyphen: '英文名称的要素之间用破折号" — "连接，不用"{dash}"。',
} as const;

export const titleEn: Rule = {
  id: 'title-en',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 6.1（文件名称的英文译名）',
  description: '英文名称的要素与中文名称的要素对应，用" — "连接，每个要素首字母大写',
  check(standard, { report }) {
    const entry = standard.frontMatter?.entries.get('title-en');
    const titleEn = standard.meta.titleEn;
    const title = standard.meta.title;
    if (!entry || !titleEn || !title) return;
    const say = reporter(TITLE_EN_MESSAGES, report);
    const at = entry.valuePosition;
    const dash = / [-–] /u.exec(titleEn);
    if (dash) say(at, 'hyphen', { dash: dash[0].trim() });
    const elements = title.split(/[ \u3000]+/u).filter(Boolean);
    const english = titleEn.split(/\s*—\s*| [-–] /u).map((element) => element.trim()).filter(Boolean);
    if (elements.length !== english.length) say(at, 'elements', { count: elements.length, elements: elements.join(' / '), found: english.length });
    for (const element of english) if (!/^[A-Z0-9]/u.test(element)) say(at, 'capital', { element });
  },
};
