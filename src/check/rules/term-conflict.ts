import { formatCode } from '../../model/code.ts';
import { defineRule } from '../rule.ts';

const entry = (code: string, number: string, term: string, definition: string, source = ''): string =>
  `---\ncode: ${code}\ntitle: 示例规范\nstatus: current\n---\n\n## 3 术语和定义\n\n下列术语和定义适用于本文件。\n\n### ${number} ${term}\n\n${definition}\n${source ? `\n${source}\n` : ''}`;
const OTHER = { 'standards/30101-窗口服务规范.md': entry('Q/JMXZ 30101—2025', '3.1', '窗口', '在服务大厅内为服务对象办理事项的固定服务位置。') };

export const termConflict = defineRule({
  id: 'term-conflict',
  severity: 'warning',
  scope: 'corpus',
  basis: [{ clause: '8.7', detail: '同一术语在体系内只有一个定义；沿用其他文件的定义时注明来源' }],
  description: '同一术语在两项现行标准中的定义不同（两处都报告）；沿用或改写另一标准的定义时写[来源：…]',
  messages: {
    differs: '术语"{term}"在 {others} 中另有不同的定义；请统一定义，或在本条目下注明"[来源：{cite}，有修改]"。',
  },
  fixable: false,
  docs: {
    rationale: '标准体系中的同一术语只应表示一个概念。两项现行标准对同一术语给出不同定义，执行者无所适从，统计口径也不一致。',
    howToFix: '以通用基础标准（如行政服务术语）中的定义为准，修改专业标准中的定义使其一致；确需按本标准的用途改写时，在条目下写"[来源：Q/JMXZ 10201—2025，3.7，有修改]"，表明定义来自哪里。',
  },
  examples: {
    valid: [
      { name: '两处定义相同', text: entry('Q/JMXZ 30102—2025', '3.1', '窗口', '在服务大厅内为服务对象办理事项的固定服务位置。'), files: OTHER },
      { name: '改写时注明来源', text: entry('Q/JMXZ 30102—2025', '3.1', '窗口', '中心服务大厅内办理事项的工作位置。', '[来源：Q/JMXZ 30101—2025，3.1，有修改]'), files: OTHER },
    ],
    invalid: [
      {
        name: '两项标准对"窗口"的定义不同',
        text: entry('Q/JMXZ 30102—2025', '3.1', '窗口', '中心服务大厅内办理事项的工作位置。'),
        files: OTHER,
        errors: [
          { messageId: 'differs', line: 11, column: 1 },
          { messageId: 'differs', line: 11, column: 1, file: 'standards/30101-窗口服务规范.md' },
        ],
      },
    ],
  },
  check(standard, { index, report }) {
    for (const conflict of index.termConflictsOf(standard)) {
      const mine = conflict.entries.find((e) => e.standard === standard && e.conflicting);
      if (!mine) continue;
      const others = conflict.entries.filter((e) => e.standard !== standard);
      if (others.length === 0) continue;
      const named = others.map((e) => `${e.standard.meta.code ? formatCode(e.standard.meta.code) : e.standard.file} ${e.term.number}`).join('、');
      const first = others[0]!;
      const cite = `${first.standard.meta.code ? formatCode(first.standard.meta.code) : first.standard.file}，${first.term.number}`;
      report({ messageId: 'differs', data: { term: conflict.term, others: named, cite }, at: mine.term.position });
    }
  },
});
