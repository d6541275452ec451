import type { DocumentCode } from '../../model/types.ts';
import { defineRule } from '../rule.ts';

/** GB/T 1.1—2020 8.6.2: national, industry, local, group, ISO, ISO/IEC, IEC, other standards. */
function group(code: DocumentCode): number {
  const prefix = code.prefix;
  if (/^GB(?:\/[TZ])?$/u.test(prefix)) return 0;
  if (/^DB/u.test(prefix)) return 2;
  if (/^T\//u.test(prefix)) return 3;
  if (prefix === 'ISO') return 4;
  if (prefix === 'ISO/IEC') return 5;
  if (prefix === 'IEC') return 6;
  if (/^Q\//u.test(prefix)) return 7;
  return 1;
}

/** National and international standards are ordered by serial alone; the others by their code letters first. */
function compareCodes(a: DocumentCode, b: DocumentCode): number {
  const byGroup = group(a) - group(b);
  if (byGroup !== 0) return byGroup;
  const letters = (code: DocumentCode): string => code.prefix.replace(/\/[TZ]$/u, '');
  const byPrefix = [0, 4, 5, 6].includes(group(a)) ? 0 : letters(a).localeCompare(letters(b), 'en');
  if (byPrefix !== 0) return byPrefix;
  const as = a.serial.split('.').map(Number);
  const bs = b.serial.split('.').map(Number);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const difference = (as[i] ?? -1) - (bs[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

const LEAD_IN =
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';

export const normativeRefsForm = defineRule({
  id: 'normative-refs-form',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '8.6', detail: '规范性引用文件清单的形式和排列顺序' }],
  description: '第2章不分条，清单不编序号，文件按国家、行业、地方、团体、ISO、ISO/IEC、IEC、其他标准的顺序并按编号排列',
  messages: {
    noClauses: '第2章不分条；请把"{number}"下的文件并入第2章的清单。',
    numberedList: '第2章的文件清单不编序号；请改为不带编号的列项（"- 编号 名称"）。',
    order:
      '{code}应排在{before}之前：清单按国家标准、行业标准、地方标准、团体标准、ISO标准、ISO/IEC标准、IEC标准、其他标准的顺序，国家标准和国际标准按顺序号、其他标准先按代号再按顺序号由小到大排列。',
  },
  fixable: false,
  docs: {
    rationale:
      'GB/T 1.1—2020 8.6.2 规定了文件清单的排列：国家标准、行业标准、地方标准、团体标准、ISO、ISO/IEC、IEC 标准、其他机构的标准、其他文献；国家标准和 ISO、IEC 标准按顺序号由小到大，行业、地方、团体标准先按代号字母再按顺序号。清单不编号、不分条，读者按编号就能在清单中找到一个文件。',
    howToFix: '把清单按上述顺序重排（如 GB/T 18894 排在 GB 25201 之前，因为国家标准按顺序号排列而不分 GB 与 GB/T）；删除清单的序号和第2章中的条。',
  },
  examples: {
    valid: [
      {
        name: '国家标准按顺序号、本中心标准在后',
        text: `## 2 规范性引用文件\n\n${LEAD_IN}\n\n- GB 2894 安全标志及其使用导则\n- GB/T 18894—2016 电子文件归档与电子档案管理规范\n- GB/T 36113—2018 政务服务中心服务投诉处置规范\n- DA/T 22 归档文件整理规则\n- DB44/T 1234 示例地方标准\n- Q/JMXZ 30101 窗口服务规范\n`,
      },
    ],
    invalid: [
      {
        name: '国家标准没有按顺序号排列（GB/T 18894 在 GB 25201 之后）',
        text: `## 2 规范性引用文件\n\n${LEAD_IN}\n\n- GB 25201—2010 建筑消防设施的维护管理\n- GB/T 18894—2016 电子文件归档与电子档案管理规范\n`,
        errors: [{ messageId: 'order', line: 6, column: 3, endLine: 6, endColumn: 34 }],
      },
      {
        name: '清单编了序号，第2章分了条',
        text: `## 2 规范性引用文件\n\n${LEAD_IN}\n\n1. GB/T 36113—2018 政务服务中心服务投诉处置规范\n\n### 2.1 国家标准\n\n- GB/T 18894—2016 电子文件归档与电子档案管理规范\n`,
        errors: [
          { messageId: 'numberedList', line: 5, column: 1, endLine: 5, endColumn: 34 },
          { messageId: 'noClauses', line: 7, column: 1, endLine: 7, endColumn: 13 },
        ],
      },
    ],
  },
  check(standard, { report }) {
    const chapter = standard.sections.get('2');
    if (!chapter || chapter.kind !== 'chapter') return;
    for (const clause of chapter.children) report({ messageId: 'noClauses', data: { number: clause.number }, at: clause.node });
    for (const block of chapter.blocks) if (block.type === 'list' && block.ordered) report({ messageId: 'numberedList', at: block });
    const entries = standard.normativeList;
    for (let i = 1; i < entries.length; i++) {
      const previous = entries[i - 1]!;
      const entry = entries[i]!;
      if (compareCodes(entry.code, previous.code) < 0) report({ messageId: 'order', data: { code: entry.code.raw, before: previous.code.raw }, at: entry.text?.node ?? entry.position });
    }
  },
});
