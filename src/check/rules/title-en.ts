import { defineRule } from '../rule.ts';

export const titleEn = defineRule({
  id: 'title-en',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '6.1', detail: '文件名称的英文译名' }],
  description: '英文名称的要素与中文名称的要素对应，用"—"连接，每个要素首字母大写',
  messages: {
    elements: '英文名称应与中文名称的要素一一对应，要素之间用"—"连接：中文名称有{count}个要素（{elements}），英文名称有{found}个。',
    capital: '英文名称每个要素的第一个字母大写："{element}"。',
    hyphen: '英文名称的要素之间用破折号"—"连接，不用"{dash}"。',
  },
  fixable: false,
  docs: {
    rationale:
      'GB/T 1.1—2020 6.1 规定文件名称由引导要素、主体要素、补充要素组成，中文名称的要素之间空一个字的位置；英文译名与中文名称的要素一一对应，要素之间用破折号"—"连接，每个要素的第一个字母大写。对应的结构让英文名称能被检索、与国际文件对照。',
    howToFix: '按中文名称的要素分段翻译，用"—"连接（"行政服务 术语"→"Administrative service — Vocabulary"），每段首字母大写；中文名称只有一个要素时，英文名称也只有一段。',
  },
  examples: {
    valid: [
      { name: '一个要素', text: '---\ntitle: 投诉处理规范\ntitle-en: Specification for complaint handling\n---\n' },
      { name: '两个要素（GB/T 1.1—2020 的英文名称也这样连接）', text: '---\ntitle: 行政服务 术语\ntitle-en: Administrative service—Vocabulary\n---\n' },
    ],
    invalid: [
      {
        name: '中文名称两个要素，英文名称只有一段',
        text: '---\ntitle: 行政服务 术语\ntitle-en: Administrative service vocabulary\n---\n',
        errors: [{ messageId: 'elements', line: 3, column: 11, endLine: 3, endColumn: 44 }],
      },
      {
        name: '用连字符连接，第二个要素小写',
        text: '---\ntitle: 行政服务 术语\ntitle-en: Administrative service - vocabulary\n---\n',
        errors: [
          { messageId: 'hyphen', line: 3, column: 11, endLine: 3, endColumn: 46 },
          { messageId: 'capital', line: 3, column: 11, endLine: 3, endColumn: 46 },
        ],
      },
    ],
  },
  check(standard, { report }) {
    const entry = standard.frontMatter?.entries.get('title-en');
    const { titleEn, title } = standard.meta;
    if (!entry || !titleEn || !title) return;
    const dash = / [-–] /u.exec(titleEn);
    if (dash) report({ messageId: 'hyphen', data: { dash: dash[0].trim() }, at: entry });
    const elements = title.split(/[ \u3000]+/u).filter(Boolean);
    const english = titleEn
      .split(/\s*—\s*| [-–] /u)
      .map((element) => element.trim())
      .filter(Boolean);
    if (elements.length !== english.length) report({ messageId: 'elements', data: { count: elements.length, elements: elements.join(' / '), found: english.length }, at: entry });
    for (const element of english) if (!/^[A-Z0-9]/u.test(element)) report({ messageId: 'capital', data: { element }, at: entry });
  },
});
