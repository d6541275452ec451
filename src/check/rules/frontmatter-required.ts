import { PUBLISHED_STATUSES } from '../../model/types.ts';
import type { LegacyRule } from '../rule.ts';

const ALWAYS = ['code', 'title', 'status'] as const;

export const frontmatterRequired: LegacyRule = {
  id: 'frontmatter-required',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.1（封面：文件编号、名称、发布和实施日期）',
  description: '文件头含 code、title、status；已发布的文件还含 issued 和 effective',
  check(standard, { report }) {
    const frontMatter = standard.frontMatter;
    if (!frontMatter || frontMatter.error) return;
    const at = { line: frontMatter.startLine, column: 1 };
    for (const key of ALWAYS) {
      if (!frontMatter.entries.has(key)) report(at, `文件头缺少必填字段 "${key}"。`);
    }
    const status = standard.meta.status;
    if (status && PUBLISHED_STATUSES.includes(status)) {
      for (const key of ['issued', 'effective']) {
        if (!frontMatter.entries.has(key)) report(at, `状态为 ${status} 的文件已发布，文件头应写明 "${key}"（YYYY-MM-DD）。`);
      }
    }
  },
};
