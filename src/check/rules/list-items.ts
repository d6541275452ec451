import type { ListInfo } from '../../model/types.ts';
import { defineRule } from '../rule.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The marker item `index` of a list of this style should carry. */
function expectedMarker(list: ListInfo, index: number): string | undefined {
  if (list.style === 'letter') return index < LETTERS.length ? `${LETTERS[index]})` : undefined;
  if (list.style === 'number') return `${index + 1})`;
  return undefined;
}

const LEAD = '---\ntitle: 示例规范\n---\n\n## 4 要求\n\n测试步骤为：\n\n';

export const listItems = defineRule({
  id: 'list-items',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '7.5', detail: '列项编号 a)、b)、c)……，第二层 1)、2)、3)……' }],
  description: '编号的列项按 a)、b)、c)…… 或 1)、2)、3)…… 连续编号，同一列项的各项用同一种符号',
  messages: {
    wrongMarker: '列项编号应为 {expected}，实际为 {actual}；列项按 {sequence}…… 连续编号。',
    mixed: '同一列项中混用了编号（a)）和破折号（——）等不同的列项符号；一个列项的各项应使用同一种符号。',
  },
  fixable: false,
  docs: {
    rationale: '编号的列项可以被引用（"6.2.2 a)"）；编号跳号或重号时引用会指错项，读者也会怀疑漏了内容。同一列项混用符号则分不清层次。',
    howToFix: '按 a)、b)、c)…… 重新编写字母编号（第二层按 1)、2)、3)……）；整个列项统一用编号或统一用破折号。字母编号写成 "- a) 内容"，第二层写成缩进的 "1) 内容"，破折号列项写成 "- 内容"。',
  },
  examples: {
    valid: [
      { name: '字母编号连续，第二层数字编号', text: `${LEAD}- a) 连接测试设备；\n- b) 播发卫星信号：\n  1) 五颗卫星；\n  2) 六颗卫星。\n` },
      { name: '破折号列项', text: `${LEAD}- 连接测试设备；\n- 播发卫星信号。\n` },
    ],
    invalid: [
      {
        name: '第十项又编为 i)（GB/T 45435—2025 6.4.4 原文如此）',
        text: `${LEAD}- a) 连接；\n- b) 播发；\n- c) 关闭；\n- d) 检查；\n- e) 播发；\n- f) 设置阶跃；\n- g) 检查；\n- h) 播发；\n- i) 设置阶跃；\n- i) 检查是否排除故障卫星。\n`,
        errors: [{ messageId: 'wrongMarker', line: 18, column: 1 }],
      },
      { name: '编号与破折号混用', text: `${LEAD}- a) 连接；\n- 播发。\n`, errors: [{ messageId: 'mixed', line: 9, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    for (const list of standard.lists) {
      if (list.mixed) {
        report({ messageId: 'mixed', at: list.position });
        continue;
      }
      list.items.forEach((item, index) => {
        const expected = expectedMarker(list, index);
        const written = item.marker?.replace('）', ')');
        if (!expected || written === expected) return;
        report({ messageId: 'wrongMarker', data: { expected, actual: item.marker ?? '', sequence: list.style === 'letter' ? 'a)、b)、c)' : '1)、2)、3)' }, at: item.position });
      });
    }
  },
});
