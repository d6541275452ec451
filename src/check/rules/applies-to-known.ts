import { defineRule } from '../rule.ts';
import { nearest } from '../text-distance.ts';

export const appliesToKnown = defineRule({
  id: 'applies-to-known',
  severity: 'error',
  scope: 'document',
  basis: [{ document: 'Q/JMXZ 10101—2025', clause: '8.2.2', detail: '条款符合率按岗位、部门统计' }],
  description: 'applies-to 只列 system.yaml 中登记的岗位和部门',
  messages: {
    alias: 'applies-to 中的"{name}"是"{canonical}"的别名；请写登记的名称"{canonical}"。',
    unknownSuggested: 'applies-to 中的"{name}"不是 {file} 登记的岗位或部门，是否应为"{suggestion}"？',
    unknown: 'applies-to 中的"{name}"不是 {file} 登记的岗位或部门；可用名称：{names}。',
  },
  fixable: false,
  docs: {
    rationale: '岗位页面、应知应会手册、检查表和按岗位、部门统计的条款符合率都按名称归集条款：写错一个名称，该标准的条款就从相应岗位的职责中消失，检查也查不到。',
    howToFix: '改用 standards/system.yaml 中 posts 和 departments 登记的名称；确需新岗位或部门的，先在 system.yaml 中登记。',
  },
  examples: {
    valid: [{ name: '登记的岗位和部门', text: '---\napplies-to: [窗口工作人员, 督查考核科]\n---\n' }],
    invalid: [
      { name: '拼错的岗位', text: '---\napplies-to: [窗口工作人员, 导服员]\n---\n', errors: [{ messageId: 'unknownSuggested', line: 2, column: 13 }] },
      { name: '别名', text: '---\napplies-to: 导服组长\n---\n', errors: [{ messageId: 'alias', line: 2, column: 13 }] },
      { name: '不相干的名称', text: '---\napplies-to: [全体市民]\n---\n', errors: [{ messageId: 'unknown', line: 2, column: 13 }] },
    ],
  },
  check(standard, { corpus, report }) {
    const entry = standard.frontMatter?.entries.get('applies-to');
    if (!entry) return;
    const { posts, departments, file } = corpus.system;
    const known = [...posts, ...departments];
    const names = known.map((item) => item.name);
    for (const name of standard.meta.appliesTo) {
      if (names.includes(name)) continue;
      const canonical = known.find((item) => item.aliases.includes(name))?.name;
      if (canonical) {
        report({ messageId: 'alias', data: { name, canonical }, at: entry });
        continue;
      }
      const suggestion = nearest(name, names);
      if (suggestion) report({ messageId: 'unknownSuggested', data: { name, file, suggestion }, at: entry });
      else report({ messageId: 'unknown', data: { name, file, names: names.join('、') }, at: entry });
    }
  },
});
