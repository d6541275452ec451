import type { Rule } from '../rule.ts';
import { nearest } from '../text-distance.ts';

export const appliesToKnown: Rule = {
  id: 'applies-to-known',
  severity: 'error',
  scope: 'document',
  basis: 'Q/JMXZ 10101 8.2.2（条款符合率按岗位、部门统计）',
  description: 'applies-to 只列 system.yaml 中登记的岗位和部门',
  check(standard, { corpus, report }) {
    const entry = standard.frontMatter?.entries.get('applies-to');
    if (!entry) return;
    const { posts, departments } = corpus.system;
    const names = [...posts, ...departments].map((item) => item.name);
    for (const name of standard.meta.appliesTo) {
      if (names.includes(name)) continue;
      const alias = [...posts, ...departments].find((item) => item.aliases.includes(name));
      const suggestion = alias?.name ?? nearest(name, names);
      report(entry.valuePosition, `applies-to 中的"${name}"不是 ${corpus.system.file} 登记的岗位或部门${suggestion ? `，是否应为"${suggestion}"？` : `；可用名称：${names.join('、')}。`}`);
    }
  },
};
