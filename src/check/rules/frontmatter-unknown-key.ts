import { FRONT_MATTER_KEYS } from '../../model/front-matter-fields.ts';
import { offsetIndex } from '../../model/source-positions.ts';
import { defineRule } from '../rule.ts';
import { nearest } from '../text-distance.ts';

export const frontmatterUnknownKey = defineRule({
  id: 'frontmatter-unknown-key',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '8.1', detail: '封面信息' }],
  description: '文件头中没有未知字段（多为拼写错误）',
  messages: {
    unknown: '未知字段 "{key}"；可用字段为：{known}。',
    misspelt: '未知字段 "{key}"，是否应为 "{suggestion}"？',
  },
  fixable: true,
  docs: {
    rationale: '拼错的字段名不会报语法错误，却使该信息丢失：写成 departmnet 的归口科室不会出现在手册的筛选中。',
    howToFix: '把字段名改为提示的名称（npm run check -- --fix 可自动改名，前提是只有一个最接近的字段名且改名后不重复），或删除不属于文件头的字段。',
  },
  examples: {
    valid: [{ name: '规定的字段', text: '---\ntitle: 投诉处理规范\ndepartment: 督查考核科\n---\n' }],
    invalid: [
      {
        name: '拼错的字段名（可自动修复）',
        text: '---\ntitle: 投诉处理规范\ndepartmnet: 督查考核科\n---\n',
        errors: [{ messageId: 'misspelt', line: 3, column: 1 }],
        output: '---\ntitle: 投诉处理规范\ndepartment: 督查考核科\n---\n',
      },
      { name: '不属于文件头的字段', text: '---\ntitle: 投诉处理规范\nremark: 备用\n---\n', errors: [{ messageId: 'unknown', line: 3, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    const entries = standard.frontMatter?.entries ?? new Map();
    const toOffset = offsetIndex(standard.source);
    const unknown = [...entries.values()].filter((entry) => !FRONT_MATTER_KEYS.includes(entry.key)).map((entry) => ({ entry, suggestion: nearest(entry.key, FRONT_MATTER_KEYS) }));
    for (const { entry, suggestion } of unknown) {
      const start = toOffset(entry.keyPosition);
      const at = { start: entry.keyPosition, end: { line: entry.keyPosition.line, column: entry.keyPosition.column + entry.key.length } };
      if (!suggestion) {
        report({ messageId: 'unknown', data: { key: entry.key, known: FRONT_MATTER_KEYS.join('、') }, at });
        continue;
      }
      // Renaming onto a key that is present, or that another misspelling also becomes, would duplicate a key.
      const renamable = !entries.has(suggestion) && unknown.filter((u) => u.suggestion === suggestion).length === 1 && standard.source.slice(start, start + entry.key.length) === entry.key;
      report({ messageId: 'misspelt', data: { key: entry.key, suggestion }, at, fix: renamable ? { start, end: start + entry.key.length, text: suggestion } : undefined });
    }
  },
});
