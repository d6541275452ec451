import type { LegacyRule } from '../rule.ts';

export const supersededSuccessor: LegacyRule = {
  id: 'superseded-successor',
  severity: 'error',
  scope: 'corpus',
  basis: 'GB/T 1.1—2020 8.3（代替关系）',
  description: '状态为被代替的文件有代替它的新文件',
  check(standard, { index, report }) {
    if (standard.meta.status !== 'superseded' || !standard.meta.code) return;
    if (index.successorsOf(standard).length === 0) {
      report(standard.frontMatter!.entries.get('status')!.valuePosition, `本文件状态为 superseded，但没有文件在 replaces 中代替 ${standard.meta.code.raw}；请在新版本的 replaces 中写明它，或将状态改为 withdrawn。`);
    }
  },
};
