import type { LegacyRule } from '../rule.ts';

export const codeYear: LegacyRule = {
  id: 'code-year',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.1（文件编号中的年号为发布年份）',
  description: '编号中的年号等于发布日期的年份',
  check(standard, { report }) {
    const { code, issued } = standard.meta;
    if (!code?.year || !issued) return;
    const issuedYear = issued.slice(0, 4);
    if (code.year !== issuedYear) {
      const entry = standard.frontMatter!.entries.get('code')!;
      report(entry.valuePosition, `编号年号 ${code.year} 与发布日期 ${issued} 的年份不一致，应改为 ${code.prefix} ${code.serial}—${issuedYear}，或更正发布日期。`);
    }
  },
};
