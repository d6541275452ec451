import { parseCode } from '../../model/code.ts';
import { fieldsOfType } from '../../model/front-matter-fields.ts';
import { STATUSES } from '../../model/types.ts';
import { isValidDate } from '../../parse/front-matter.ts';
import { defineRule, frontMatterText } from '../rule.ts';

export const frontmatterType = defineRule({
  id: 'frontmatter-type',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '8.1', detail: '封面信息' }],
  description: '文件头字段的类型和取值正确：状态为规定的枚举值，日期为存在的 YYYY-MM-DD，代替文件为编号列表',
  messages: {
    text: '"{key}" 应为非空文本。',
    status: '状态 "{value}" 无效，应为 {statuses} 之一。',
    date: '"{key}" 的值 "{value}" 不是有效日期，应写成 YYYY-MM-DD，如 2025-03-01。',
    texts: '"{key}" 应为文本或文本列表，如 [张某, 李某]。',
    codes: '"replaces" 中的 "{value}" 不是标准编号，应写成如 Q/JMXZ 30101—2019。',
  },
  fixable: false,
  docs: {
    rationale: '文件头的值被体系表、手册筛选、印刷封面和其他规则直接使用：不存在的日期（如 2 月 30 日）、拼错的状态或错写的编号会让这些环节出错或静默丢失信息。',
    howToFix: '按提示更正取值：状态用 draft、consultation、review、approval、current、superseded、withdrawn 之一；日期写成存在的 YYYY-MM-DD；列表写成 [甲, 乙]。',
  },
  examples: {
    valid: [{ name: '各字段取值正确', text: frontMatterText('title: 投诉处理规范\nstatus: current\nissued: 2025-06-01\nreplaces: [Q/JMXZ 30501—2020]\ndrafters: [李志明]') }],
    invalid: [
      { name: '空的名称', text: frontMatterText('title: ""'), errors: [{ messageId: 'text', line: 2, column: 8 }] },
      { name: '拼错的状态', text: frontMatterText('status: currnet'), errors: [{ messageId: 'status', line: 2, column: 9 }] },
      { name: '不存在的日期', text: frontMatterText('issued: 2025-02-30'), errors: [{ messageId: 'date', line: 2, column: 9 }] },
      { name: '起草人写成了映射', text: frontMatterText('drafters: {name: 李志明}'), errors: [{ messageId: 'texts', line: 2, column: 11 }] },
      { name: '代替文件不是编号', text: frontMatterText('replaces: [投诉处理规范]'), errors: [{ messageId: 'codes', line: 2, column: 11 }] },
    ],
  },
  check(standard, { report }) {
    const entries = standard.frontMatter?.entries;
    if (!entries) return;
    for (const { key } of fieldsOfType('text')) {
      const entry = entries.get(key);
      if (entry && (typeof entry.value !== 'string' || entry.value.trim() === '')) report({ messageId: 'text', data: { key }, at: entry });
    }
    for (const { key } of fieldsOfType('status')) {
      const entry = entries.get(key);
      if (entry && !(STATUSES as readonly unknown[]).includes(entry.value)) report({ messageId: 'status', data: { value: String(entry.value), statuses: STATUSES.join('、') }, at: entry });
    }
    for (const { key } of fieldsOfType('date')) {
      const entry = entries.get(key);
      if (entry && !(typeof entry.value === 'string' && isValidDate(entry.value.trim()))) report({ messageId: 'date', data: { key, value: String(entry.value) }, at: entry });
    }
    for (const { key } of fieldsOfType('texts')) {
      const entry = entries.get(key);
      const ok = entry && (typeof entry.value === 'string' || (Array.isArray(entry.value) && entry.value.every((v) => typeof v === 'string')));
      if (entry && !ok) report({ messageId: 'texts', data: { key }, at: entry });
    }
    for (const { key } of fieldsOfType('codes')) {
      const entry = entries.get(key);
      if (!entry) continue;
      const list: unknown[] = Array.isArray(entry.value) ? entry.value : [entry.value];
      for (const item of list) {
        if (typeof item !== 'string' || !parseCode(item)) report({ messageId: 'codes', data: { value: String(item) }, at: entry });
      }
    }
  },
});
