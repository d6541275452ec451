import { datedKey, formatCode } from '../../model/code.ts';
import type { LightStandard } from '../../model/types.ts';
import type { LightCorpusIndex } from '../../model/corpus-index.ts';
import { defineRule, frontMatterText } from '../rule.ts';

/** Follows `replaces` links from `start`; true when they lead back to it. */
function replacesCycle(start: LightStandard, index: LightCorpusIndex): boolean {
  const seen = new Set<LightStandard>();
  const pending = [...start.meta.replaces];
  for (let code = pending.pop(); code; code = pending.pop()) {
    const target = index.editionsWithCode(code)[0];
    if (!target || seen.has(target)) continue;
    if (target === start) return true;
    seen.add(target);
    pending.push(...target.meta.replaces);
  }
  return false;
}

const OLD = 'standards/30501-2020-投诉处理规范.md';
const NEW = 'code: Q/JMXZ 30501—2025\nstatus: current';

export const replacesValid = defineRule({
  id: 'replaces-valid',
  severity: 'error',
  scope: 'corpus',
  basis: [{ clause: '8.3', detail: '前言中的代替说明' }],
  description: '被代替的文件存在、状态为被代替或废止，且代替关系不成环',
  messages: {
    unknownExternal: '被代替文件 {code} 既不在本体系中，也不在 standards/external.yaml 中。',
    undated: '被代替文件应注明年号（代替的是特定版本），如 {code}—2019。',
    missing: '被代替文件 {code} 在 standards/ 中找不到；请保留旧版本文件并将其状态设为 superseded，或更正编号。',
    wrongStatus: '被代替文件 {code}（{file}）的状态是 {status}，应改为 superseded。',
    self: '文件不能代替其自身。',
    cycle: '代替关系成环：沿 replaces 追溯又回到了本文件；请检查各版本的 replaces。',
  },
  fixable: false,
  docs: {
    rationale: '前言写明本文件代替的文件，读者据此找到旧版本并知道它已不再有效。代替关系必须指向真实存在的特定版本，且旧版本的状态随之改为"被代替"，手册才能在旧版本上指向新版本。',
    howToFix: '在 replaces 中写被代替版本的完整编号（含年号）；保留旧版本文件并把它的状态改为 superseded；外部文件先登记在 standards/external.yaml 中。',
  },
  examples: {
    valid: [{ name: '代替保留着的旧版本', text: frontMatterText(`${NEW}\nreplaces: [Q/JMXZ 30501—2020]`), files: { [OLD]: frontMatterText('code: Q/JMXZ 30501—2020\nstatus: superseded') } }],
    invalid: [
      { name: '未登记的外部文件', text: frontMatterText(`${NEW}\nreplaces: [GB/T 99999—2010]`), errors: [{ messageId: 'unknownExternal', line: 4, column: 11 }] },
      { name: '没有年号', text: frontMatterText(`${NEW}\nreplaces: [Q/JMXZ 30501]`), errors: [{ messageId: 'undated', line: 4, column: 11 }] },
      { name: '旧版本文件不在', text: frontMatterText(`${NEW}\nreplaces: [Q/JMXZ 30501—2020]`), errors: [{ messageId: 'missing', line: 4, column: 11 }] },
      {
        name: '旧版本仍是现行',
        text: frontMatterText(`${NEW}\nreplaces: [Q/JMXZ 30501—2020]`),
        files: { [OLD]: frontMatterText('code: Q/JMXZ 30501—2020\nstatus: current') },
        errors: [{ messageId: 'wrongStatus', line: 4, column: 11 }],
      },
      {
        name: '代替自身',
        text: frontMatterText('code: Q/JMXZ 30501—2025\nstatus: superseded\nreplaces: [Q/JMXZ 30501—2025]'),
        errors: [
          { messageId: 'self', line: 4, column: 11 },
          { messageId: 'cycle', line: 4, column: 11 },
        ],
      },
      {
        name: '两个版本互相代替',
        text: frontMatterText('code: Q/JMXZ 30501—2025\nstatus: superseded\nreplaces: [Q/JMXZ 30501—2020]'),
        files: { [OLD]: frontMatterText('code: Q/JMXZ 30501—2020\nstatus: superseded\nreplaces: [Q/JMXZ 30501—2025]') },
        errors: [
          { messageId: 'cycle', line: 4, column: 11, file: OLD },
          { messageId: 'cycle', line: 4, column: 11 },
        ],
      },
    ],
  },
  check(standard, { index, report }) {
    const entry = standard.frontMatter?.entries.get('replaces');
    if (!entry) return;
    for (const code of standard.meta.replaces) {
      if (!index.isInternal(code)) {
        if (!index.knowsExternal(code)) report({ messageId: 'unknownExternal', data: { code: formatCode(code) }, at: entry });
        continue;
      }
      if (!code.year) {
        report({ messageId: 'undated', data: { code: formatCode(code, false) }, at: entry });
        continue;
      }
      const target = index.editionsWithCode(code)[0];
      if (!target) {
        report({ messageId: 'missing', data: { code: formatCode(code) }, at: entry });
      } else if (target.meta.status !== 'superseded' && target.meta.status !== 'withdrawn') {
        report({ messageId: 'wrongStatus', data: { code: formatCode(code), file: target.file, status: target.meta.status ?? '未设置' }, at: entry });
      }
      if (datedKey(code) === (standard.meta.code && datedKey(standard.meta.code))) report({ messageId: 'self', at: entry });
    }
    if (replacesCycle(standard, index)) report({ messageId: 'cycle', at: entry });
  },
});
