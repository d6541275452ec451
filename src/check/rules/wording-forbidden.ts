import { defineRule } from '../rule.ts';
import { eachText } from './text-scan.ts';

// The table of modal verbs lists 应该/只准许 and 不得/不准许 as the equivalents of 应/不应 for special cases,
// and says not to use 必须 for 应 nor 不可 for 不应 (GB/T 1.1—2009 表F.1 as quoted in the pages corpus; 附录C
// of the 2020 edition keeps the table, the provisions count 不得 as a requirement too): so 不得 is not flagged.
// 不可能 expresses possibility (allowed); 不可抗力 and 禁止标志 are fixed terms. 须 alone is the modal
// (无须/毋须 are 不必, 须知 a notice, 胡须 a beard).
const FORBIDDEN = /必须|务必|严禁|禁止(?!标志)|不可(?!能|抗力|少)|(?<![必无毋胡])须(?![知])/gu;
const SUGGESTION: Record<string, string> = { 必须: '应', 务必: '应', 须: '应', 严禁: '不应', 禁止: '不应', 不可: '不应' };

export const wordingForbidden = defineRule({
  id: 'wording-forbidden',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '附录C', detail: '要求型条款用"应""不应"' }, { clause: 'C.1' }],
  description: '不使用"必须""须""务必""不可""严禁""禁止"表述要求',
  messages: {
    forbidden: '"{word}"不是 GB/T 1.1 规定的能愿动词，要求应改用"{suggestion}"。',
  },
  fixable: false,
  docs: {
    rationale:
      '要求用"应""不应"表述，推荐用"宜""不宜"，允许用"可""不必"；附录C 明确不用"必须"代替"应"、不用"不可"代替"不应"，"务必""严禁""禁止"等词也不在能愿动词表中（"不得"是表中列出的"不应"的等效表述，不在此列），会使读者难以分辨条款的类型。"不可能""不可抗力""禁止标志"等固定说法，以及跟在能愿动词后、作为所要求行为的"禁止"（如"应禁止修改"），不在此列。',
    howToFix: '把"必须""须""务必"改为"应"，把"严禁""禁止""不可"改为"不应"；引用上级文件原文时可用 check-ignore 注释说明理由。',
  },
  examples: {
    valid: [
      { name: '用"应"表述要求', text: '## 4 受理\n\n窗口人员应当场登记投诉。\n' },
      { name: '用"应"表述要求（DA/T 22—2015 4.1）', text: '## 4 整理原则\n\n4.1 归档文件整理应遵循文件的形成规律，保持文件之间的有机联系。\n' },
      { name: '"不可能"表示可能性', text: '## 4 受理\n\n因不可抗力不可能回访的，记录原因。\n' },
      { name: '能愿动词后的"禁止"是要求的内容', text: '## 5 回访\n\n回访记录应禁止修改，宜严禁外传。\n' },
      { name: '"不得"是"不应"的等效表述（附录C 表中列出）', text: '## 5 服务\n\n窗口人员不得拒收申请材料。\n' },
      { name: '"无须""须知""胡须"不是能愿动词', text: '## 5 服务\n\n申请人无须重复提交材料，办事须知在窗口公示，男性不蓄胡须。\n' },
    ],
    invalid: [
      { name: '用"必须"表述要求', text: '## 4 受理\n\n窗口人员必须当场登记投诉。\n', errors: [{ messageId: 'forbidden', line: 3, column: 5 }] },
      {
        name: '表中用"禁止"表述要求（Q/CIB 4052.1—2024 表6，原文如此）',
        text: '#### 8.3.1 客户端配置参数\n\n表6 客户端配置参数说明\n\n| 客户端 | 连接配置 | 说明 | 默认参数 | 配置要求 |\n|---|---|---|---|---|\n| Jedis | maxWaitMillis | 连接池最大阻塞等待时间 | -1（单位ms） | 1.禁止配置为默认值 |\n',
        errors: [{ messageId: 'forbidden', line: 7, column: 54, endLine: 7, endColumn: 56 }],
      },
      {
        name: '用"须""务必"表述要求',
        text: '## 4 受理\n\n投诉人须提供联系方式，接待人员务必当场登记。\n',
        errors: [
          { messageId: 'forbidden', line: 3, column: 4, endLine: 3, endColumn: 5 },
          { messageId: 'forbidden', line: 3, column: 16, endLine: 3, endColumn: 18 },
        ],
      },
    ],
  },
  check(standard, { report }) {
    eachText(standard, (text, positionAt) => {
      FORBIDDEN.lastIndex = 0;
      for (let match = FORBIDDEN.exec(text.value); match; match = FORBIDDEN.exec(text.value)) {
        // "应禁止修改元数据": after a modal verb 禁止/严禁 are the action required, not the modal.
        if (match[0] !== '必须' && /(?:应|宜|可|应当|须)[ \u3000]?$/u.test(text.value.slice(Math.max(0, match.index - 3), match.index))) continue;
        const start = positionAt(match.index);
        const end = positionAt(match.index + match[0].length);
        report({ messageId: 'forbidden', data: { word: match[0], suggestion: SUGGESTION[match[0]] ?? '应' }, at: { start, end } });
      }
    });
  },
});
