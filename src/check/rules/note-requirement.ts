import type { Text } from 'mdast';
import { exactTextOffset, offsetRange } from '../../model/source-positions.ts';
import { defineRule } from '../rule.ts';
import { REQUIREMENT_OR_RECOMMENDATION } from '../../model/modal-verbs.ts';

const LABEL = /^(?:注|示例)\d{0,2}[：:]/u;

export const noteRequirement = defineRule({
  id: 'note-requirement',
  severity: 'warning',
  scope: 'document',
  basis: [
    { clause: '9.10', detail: '示例不包含要求' },
    { clause: '9.11', detail: '注不包含要求' },
    { clause: '9.12', detail: '条文脚注不包含要求' },
  ],
  description: '注、示例和条文脚注中不写要求（不用"应""不应""宜""不宜"）；表脚注可以包含要求',
  messages: {
    requirement: '{kind}中不应包含要求或推荐（"{word}"）；{kind}只给出理解条文的附加信息，要求写在条文中。',
  },
  fixable: false,
  docs: {
    rationale:
      'GB/T 1.1—2020 9.10、9.11、9.12 规定示例、注和条文脚注属于资料性的附加信息，不应包含要求或对于文件的应用是必不可少的信息（表脚注不同，可以包含要求）。写在注里的"应"，读者和审核人都可能当作说明而略过，要求就落了空。',
    howToFix: '把注或示例中的要求改写成条文（一个条或条中的一段），注里只保留解释；若只是说明事实，改用陈述句（"……由综合保障科告知缴费人"）。',
  },
  examples: {
    valid: [
      {
        name: '注只作说明',
        text: '## 7 办理\n\n7.1 投诉的办结时限按表2执行。\n\n注：廉政类投诉按6.4.3移交后，办理时限按受移交机关的规定执行，不适用表2。\n',
      },
      {
        name: '表脚注可以包含要求',
        text: '## 7 办理\n\n表1 时限\n\n| 事项 | 时限 |\n|---|---|\n| 登记[^a] | 1日 |\n\n[^a]: 材料齐全的，应当场办结。\n',
      },
      {
        name: '"相应""应急"不是能愿动词',
        text: '## 7 办理\n\n7.1 现场处置按应急预案进行。\n\n注：相应的预案由综合保障科编制。\n',
      },
      {
        name: '注用"需要"陈述事实（GB/T 45435—2025 5.2.3 的注）',
        text: '### 5.2.3 灵敏度和动态范围\n\n灵敏度和动态范围应在图1所示的天线端口处测量。\n\n注：天线制造商需要在天线安装说明中规定前置放大器的最小和最大增益，以及相应的最小和最大安装损耗。\n',
      },
      {
        name: '"对应"不是能愿动词（GB/T 38368—2019 3.7 的注2）',
        text: '### 3.7 测量不确定度 uncertainty of measurement\n\n依据所用信息，表示赋予被测量的量值分散性的非负参数。\n\n注1：该参数可以是标准测量不确定度的标准差，也可以是给出包含概率的区间的半宽度。\n\n注2：对一组给定的信息，测量不确定度通常对应于赋予被测量的值。\n',
      },
    ],
    invalid: [
      {
        name: '注中写了要求',
        text: '## 7 退费\n\n7.1 退费在5个工作日内办结。\n\n注：需由财政部门办理退库的，综合保障科应将预计退款日期告知缴费人。\n',
        errors: [{ messageId: 'requirement', line: 5, column: 20, endLine: 5, endColumn: 21 }],
      },
      {
        name: '注中写了推荐（GB/T 45435—2025 附录C C.3 的注4，原文如此）',
        text: '### C.3 机载接收机误差方差\n\n误差模型2：设备进行载波平滑伪距，机载接收机误差见公式(C.7)。\n\n注4：如果机载设备平滑滤波器相比标准滤波器收敛到一个不同的稳态偏差，稳态误差仍然存在时，宜考虑 $\\sigma_{divg}$。\n',
        errors: [{ messageId: 'requirement', line: 5, column: 45, endLine: 5, endColumn: 46 }],
      },
      {
        name: '条文脚注中写了要求',
        text: '## 7 退费\n\n7.1 退费在5个工作日内办结[^1]。\n\n[^1]: 综合保障科应告知缴费人退款日期。\n',
        errors: [{ messageId: 'requirement', line: 5, column: 12, endLine: 5, endColumn: 13 }],
      },
    ],
  },
  check(standard, { report }) {
    const footnoteParagraphs = standard.footnotes
      .filter((footnote) => footnote.kind === 'text')
      .flatMap((footnote) => (footnote.definition?.children ?? []).filter((child) => child.type === 'paragraph'))
      .map((node) => ({ kind: '条文脚注', node }));
    const notes = standard.notes.map((note) => ({ kind: note.kind === 'note' ? '注' : '示例', node: note.node }));
    for (const { kind, node } of [...notes, ...footnoteParagraphs]) {
      for (const [index, child] of node.children.entries()) {
        if (child.type !== 'text') continue;
        const text = index === 0 ? child.value.replace(LABEL, (label) => ' '.repeat(label.length)) : child.value;
        const modal = REQUIREMENT_OR_RECOMMENDATION.exec(text);
        if (!modal) continue;
        const offset = exactTextOffset(standard.source, child as Text);
        const at = offset === undefined ? child : offsetRange(standard.source, offset + modal.index, offset + modal.index + modal[0].length);
        report({ messageId: 'requirement', data: { kind, word: modal[0] }, at });
        break;
      }
    }
  },
});
