import { FRONT_MATTER_FIELDS } from '../../model/front-matter-fields.ts';
import { PUBLISHED_STATUSES } from '../../model/types.ts';
import { defineRule } from '../rule.ts';

export const frontmatterRequired = defineRule({
  id: 'frontmatter-required',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '8.1', detail: '封面：文件编号、名称、发布和实施日期' }],
  description: '文件头含 code、title、status；已发布的文件还含 issued 和 effective',
  messages: {
    missing: '文件头缺少必填字段 "{key}"。',
    missingWhenPublished: '状态为 {status} 的文件已发布，文件头应写明 "{key}"（YYYY-MM-DD）。',
  },
  fixable: false,
  docs: {
    rationale: '封面必须给出文件编号和名称；已发布的文件还要给出发布日期和实施日期。状态决定手册中的标识和体系表中的统计。',
    howToFix: '在文件头补上缺少的字段，如"status: current"；已发布的文件写明"issued: YYYY-MM-DD"和"effective: YYYY-MM-DD"。',
  },
  examples: {
    valid: [
      { name: '现行标准', text: '---\ncode: Q/JMXZ 30501—2025\ntitle: 投诉处理规范\nstatus: current\nissued: 2025-06-01\neffective: 2025-07-01\n---\n' },
      { name: '草案尚无发布日期', text: '---\ncode: Q/JMXZ 30501—2026\ntitle: 投诉处理规范\nstatus: draft\n---\n' },
    ],
    invalid: [
      { name: '缺少名称', text: '---\ncode: Q/JMXZ 30501—2026\nstatus: draft\n---\n', errors: [{ messageId: 'missing', line: 1, column: 1 }] },
      {
        name: '现行标准缺少实施日期',
        text: '---\ncode: Q/JMXZ 30501—2025\ntitle: 投诉处理规范\nstatus: current\nissued: 2025-06-01\n---\n',
        errors: [{ messageId: 'missingWhenPublished', line: 1, column: 1 }],
      },
    ],
  },
  check(standard, { report }) {
    const frontMatter = standard.frontMatter;
    if (!frontMatter || frontMatter.error) return;
    const at = { line: frontMatter.startLine, column: 1 };
    const status = standard.meta.status;
    const published = status !== undefined && PUBLISHED_STATUSES.includes(status);
    for (const { key, required } of FRONT_MATTER_FIELDS) {
      if (frontMatter.entries.has(key)) continue;
      if (required === 'always') report({ messageId: 'missing', data: { key }, at });
      else if (required === 'published' && published) report({ messageId: 'missingWhenPublished', data: { key, status }, at });
    }
  },
});
