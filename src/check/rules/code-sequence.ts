import { datedKey, formatCode } from '../../model/code.ts';
import type { LegacyRule } from '../rule.ts';

export const codeSequence: LegacyRule = {
  id: 'code-sequence',
  severity: 'error',
  scope: 'corpus',
  basis: 'GB/T 1.1—2020 8.1；GB/T 13016—2018（体系内编号唯一）',
  description: '顺序号在节点内只属于一项标准：同一顺序号的各版本依次代替，且最多一个现行版本',
  check(standard, { index, report }) {
    const code = standard.meta.code;
    if (!code?.year) return;
    const editions = index.editionsOf(code);
    const position = standard.frontMatter!.entries.get('code')!.valuePosition;
    const mine = editions.indexOf(standard);
    const previous = editions.slice(0, mine).filter((s) => s.meta.code?.year !== code.year).at(-1);
    if (previous?.meta.code && !standard.meta.replaces.some((r) => datedKey(r) === datedKey(previous.meta.code!))) {
      report(position, `顺序号 ${code.serial} 已由 ${formatCode(previous.meta.code)}（${previous.file}）使用；若本文件是其修订版，请在 replaces 中写明 ${formatCode(previous.meta.code)}，否则请改用节点内未用的序号。`);
    }
    const current = editions.filter((s) => s.meta.status === 'current');
    if (standard.meta.status === 'current' && current.length > 1 && current[0] !== standard) {
      report(position, `顺序号 ${code.serial} 有多个现行版本（${current.map((s) => s.meta.code!.raw).join('、')}）；旧版本的状态应改为 superseded。`);
    }
  },
};
