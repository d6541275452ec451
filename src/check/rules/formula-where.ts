import type { Paragraph, Text } from 'mdast';
import { exactTextOffset, offsetRange } from '../../model/source-positions.ts';
import { defineRule } from '../rule.ts';

/** The paragraph that opens the explanation of a formula's symbols, written with a half-width colon. */
const HALF_WIDTH = /^式中[ \t]*:[ \t]*$/u;

export const formulaWhere = defineRule({
  id: 'formula-where',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '9.9', detail: '公式中符号的解释以"式中："引出' }],
  description: '公式后说明符号的引语写作"式中："（全角冒号）',
  messages: {
    halfWidth: '"{text}"应写作"式中："（全角冒号）；公式中符号的解释由"式中："引出。',
  },
  fixable: true,
  docs: {
    rationale:
      'GB/T 1.1—2020 9.9 规定公式中的符号在公式之后用"式中："引出并逐个解释；中文文本中的冒号是全角的"："。半角冒号是从英文或 OCR 文本带进来的，印出来与正文不一致，手册和正式文本也据"式中："识别其后的符号说明。',
    howToFix: '把"式中:"改为"式中："；npm run check -- --fix 可自动修改。',
  },
  examples: {
    valid: [
      {
        name: '全角冒号（GB/T 45435—2025 附录B）',
        text: '## 附录B（规范性）定位精度分析方法\n\n$$2d_{\\mathrm{rms}}=2\\sqrt{\\sum d_i^2/N}$$　(B.1)\n\n式中：\n\n- $d_{i}$——瞬时二维水平位置误差，单位为米（m）；\n- $N$——采样点数。\n',
      },
    ],
    invalid: [
      {
        name: '半角冒号',
        text: '## 5 计算\n\n$$P=\\frac{a}{b}\\times100\\%$$　(1)\n\n式中:\n\n- $a$——满意评价数；\n- $b$——评价总数。\n',
        errors: [{ messageId: 'halfWidth', line: 5, column: 1, endLine: 5, endColumn: 4 }],
        output: '## 5 计算\n\n$$P=\\frac{a}{b}\\times100\\%$$　(1)\n\n式中：\n\n- $a$——满意评价数；\n- $b$——评价总数。\n',
      },
    ],
  },
  check(standard, { report }) {
    for (const block of standard.tree.children) {
      if (block.type !== 'paragraph') continue;
      const only = (block as Paragraph).children.length === 1 ? (block as Paragraph).children[0] : undefined;
      if (only?.type !== 'text' || !HALF_WIDTH.test(only.value.trim())) continue;
      const offset = exactTextOffset(standard.source, only as Text);
      if (offset === undefined) {
        report({ messageId: 'halfWidth', data: { text: only.value.trim() }, at: block });
        continue;
      }
      const colon = offset + only.value.indexOf(':');
      const end = offset + only.value.trimEnd().length;
      report({ messageId: 'halfWidth', data: { text: only.value.trim() }, at: offsetRange(standard.source, offset, end), fix: { start: colon, end: colon + 1, text: '：' } });
    }
  },
});
