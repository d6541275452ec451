import { undatedKey } from '../../model/code.ts';
import type { LegacyRule } from '../rule.ts';

export const titleUnique: LegacyRule = {
  id: 'title-unique',
  severity: 'error',
  scope: 'corpus',
  basis: 'GB/T 1.1—2020 8.2（文件名称）',
  description: '现行标准之间名称不重复',
  check(standard, { index, report }) {
    const { title, status, code } = standard.meta;
    if (!title || status !== 'current' || !code) return;
    const clash = index.currentWithTitle(title).find((other) => other !== standard && other.meta.code && undatedKey(other.meta.code) !== undatedKey(code));
    if (clash) {
      report(standard.frontMatter!.entries.get('title')!.valuePosition, `名称"${title}"与现行标准 ${clash.meta.code!.raw}（${clash.file}）相同；请修改名称以区分二者的对象或范围。`);
    }
  },
};
