import { datedKey, formatCode } from '../../model/code.ts';
import type { Standard } from '../../model/types.ts';
import type { LegacyRule } from '../rule.ts';
import type { CorpusIndex } from '../corpus-index.ts';

/** Follows `replaces` links from `start`; true when they lead back to it. */
function replacesCycle(start: Standard, index: CorpusIndex): boolean {
  const seen = new Set<Standard>();
  const pending = [...start.meta.replaces];
  while (pending.length > 0) {
    const target = index.editionsWithCode(pending.pop()!)[0];
    if (!target || seen.has(target)) continue;
    if (target === start) return true;
    seen.add(target);
    pending.push(...target.meta.replaces);
  }
  return false;
}

export const replacesValid: LegacyRule = {
  id: 'replaces-valid',
  severity: 'error',
  scope: 'corpus',
  basis: 'GB/T 1.1—2020 8.3（前言中的代替说明）',
  description: '被代替的文件存在、状态为被代替或废止，且代替关系不成环',
  check(standard, { index, report }) {
    const entry = standard.frontMatter?.entries.get('replaces');
    if (!entry) return;
    for (const code of standard.meta.replaces) {
      if (!index.isInternal(code)) {
        if (!index.knowsExternal(code)) report(entry.valuePosition, `被代替文件 ${formatCode(code)} 既不在本体系中，也不在 standards/external.yaml 中。`);
        continue;
      }
      if (!code.year) {
        report(entry.valuePosition, `被代替文件应注明年号（代替的是特定版本），如 ${formatCode(code, false)}—2019。`);
        continue;
      }
      const target = index.editionsWithCode(code)[0];
      if (!target) {
        report(entry.valuePosition, `被代替文件 ${formatCode(code)} 在 standards/ 中找不到；请保留旧版本文件并将其状态设为 superseded，或更正编号。`);
      } else if (target.meta.status !== 'superseded' && target.meta.status !== 'withdrawn') {
        report(entry.valuePosition, `被代替文件 ${formatCode(code)}（${target.file}）的状态是 ${target.meta.status ?? '未设置'}，应改为 superseded。`);
      }
      if (datedKey(code) === (standard.meta.code && datedKey(standard.meta.code))) {
        report(entry.valuePosition, '文件不能代替其自身。');
      }
    }
    if (replacesCycle(standard, index)) report(entry.valuePosition, '代替关系成环：沿 replaces 追溯又回到了本文件；请检查各版本的 replaces。');
  },
};
