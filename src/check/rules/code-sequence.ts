import { datedKey, formatCode } from '../../model/code.ts';
import { defineRule, frontMatterText } from '../rule.ts';

const OLD = 'standards/30501-2020-投诉处理规范.md';

export const codeSequence = defineRule({
  id: 'code-sequence',
  severity: 'error',
  scope: 'corpus',
  basis: [
    { clause: '8.1', detail: '文件编号' },
    { document: 'GB/T 13016—2018', detail: '体系内编号唯一' },
  ],
  description: '顺序号在节点内只属于一项标准：同一顺序号的各版本依次代替，且最多一个现行版本',
  messages: {
    usedBefore: '顺序号 {serial} 已由 {previous}（{file}）使用；若本文件是其修订版，请在 replaces 中写明 {previous}，否则请改用节点内未用的序号。',
    severalCurrent: '顺序号 {serial} 有多个现行版本（{codes}）；旧版本的状态应改为 superseded。',
  },
  fixable: false,
  docs: {
    rationale: '同一顺序号的各个版本是同一项标准的先后版本：新版本代替旧版本，任何时候只有一个现行。否则使用者无法判断哪一版有效，不注日期的引用也无从确定指向。',
    howToFix: '本文件是修订版时，在 replaces 中写明上一版编号并把上一版的状态改为 superseded；本文件是另一项标准时，改用节点内未用的序号。',
  },
  examples: {
    valid: [
      {
        name: '新版本代替旧版本',
        text: frontMatterText('code: Q/JMXZ 30501—2025\nstatus: current\nreplaces: [Q/JMXZ 30501—2020]'),
        files: { [OLD]: frontMatterText('code: Q/JMXZ 30501—2020\nstatus: superseded') },
      },
    ],
    invalid: [
      {
        name: '同一顺序号的新文件没有写明代替关系',
        text: frontMatterText('code: Q/JMXZ 30501—2025\nstatus: current'),
        files: { [OLD]: frontMatterText('code: Q/JMXZ 30501—2020\nstatus: superseded') },
        errors: [{ messageId: 'usedBefore', line: 2, column: 7 }],
      },
      {
        name: '两个版本都是现行',
        text: frontMatterText('code: Q/JMXZ 30501—2025\nstatus: current\nreplaces: [Q/JMXZ 30501—2020]'),
        files: { [OLD]: frontMatterText('code: Q/JMXZ 30501—2020\nstatus: current') },
        errors: [{ messageId: 'severalCurrent', line: 2, column: 7 }],
      },
    ],
  },
  check(standard, { index, report }) {
    const code = standard.meta.code;
    const entry = standard.frontMatter?.entries.get('code');
    if (!code?.year || !entry) return;
    const editions = index.editionsOf(code);
    const mine = editions.indexOf(standard);
    const previous = editions
      .slice(0, mine)
      .filter((s) => s.meta.code?.year !== code.year)
      .at(-1)?.meta.code;
    if (previous && !standard.meta.replaces.some((r) => datedKey(r) === datedKey(previous))) {
      report({ messageId: 'usedBefore', data: { serial: code.serial, previous: formatCode(previous), file: editions.find((s) => s.meta.code === previous)!.file }, at: entry });
    }
    const current = editions.filter((s) => s.meta.status === 'current');
    if (standard.meta.status === 'current' && current.length > 1 && current[0] !== standard) {
      report({ messageId: 'severalCurrent', data: { serial: code.serial, codes: current.map((s) => s.meta.code?.raw ?? s.file).join('、') }, at: entry });
    }
  },
});
