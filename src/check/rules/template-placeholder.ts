import { lineIndex } from '../../model/source-positions.ts';
import { STATUS_LABELS } from '../../model/types.ts';
import { defineRule } from '../rule.ts';

/** What templates/standards/ leaves for the drafter to replace: `（写明……）` instructions and `{{subject}}` fields. */
const PLACEHOLDER = /[（(](?:写明|填写|列出|列明|补充|在此)[^（）()\n]{0,120}[)）]|\{\{[a-z-]{1,30}\}\}/gu;

const text = (status: string, body: string): string => `---\ntitle: 示例规范\nstatus: ${status}\n---\n\n## 4 要求\n\n${body}\n`;

export const templatePlaceholder = defineRule({
  id: 'template-placeholder',
  severity: 'error',
  scope: 'document',
  basis: [{ tool: '由 npm run new 生成的模板占位内容在征求意见前替换为条文' }],
  description: '征求意见稿及以后的文本中不留模板的占位内容（"（写明……）"、{{subject}} 等）',
  messages: {
    leftOver: '模板的占位内容"{placeholder}"还留在{stage}中；请写成具体条文，或删除这一条。',
  },
  fixable: false,
  docs: {
    rationale: '模板中的"（写明……）"是给起草人的提示，不是条文。草案阶段可以保留，文本一旦征求意见、送审、报批或发布，留下的提示会被当作要求阅读和执行。',
    howToFix: '把提示替换为具体条文（谁、在什么时限内、做什么、做到什么程度），不需要的条整条删除；草案阶段（status: draft）不报告。',
  },
  examples: {
    valid: [
      { name: '草案中保留提示', text: text('draft', '4.1 （写明具体要求。）\n\n4.2 窗口工作人员应在受理后1个工作日内录入系统。') },
      { name: '已写成条文', text: text('consultation', '4.1 窗口工作人员应在受理后1个工作日内录入系统。\n\n4.2 录入内容应与申请材料一致。') },
      { name: '表格（记录表）中给填表人的提示', text: text('current', '4.1 登记表见表1。\n\n表1 送达登记表\n\n| 项目 | 内容 |\n|---|---|\n| 送达方式 | 邮寄（填写地址） |') },
    ],
    invalid: [
      { name: '征求意见稿中留有"（写明……）"', text: text('consultation', '4.1 （写明具体要求。）\n\n4.2 录入内容应与申请材料一致。'), errors: [{ messageId: 'leftOver', line: 8, column: 5 }] },
      {
        name: '现行标准中留有 {{subject}}',
        text: text('current', '4.1 {{subject}}应遵循公开、便民的原则。\n\n4.2 录入内容应与申请材料一致。'),
        errors: [{ messageId: 'leftOver', line: 8, column: 5 }],
      },
    ],
  },
  check(standard, { report }) {
    const status = standard.meta.status;
    if (!status || status === 'draft' || !standard.frontMatter) return;
    const toPosition = lineIndex(standard.source);
    const bodyStart = standard.source.split('\n').slice(0, standard.frontMatter.endLine).join('\n').length;
    PLACEHOLDER.lastIndex = bodyStart;
    for (let match = PLACEHOLDER.exec(standard.source); match; match = PLACEHOLDER.exec(standard.source)) {
      // In a table the same words are a blank form's instruction to whoever fills it in (（填写地址）).
      const lineStart = standard.source.lastIndexOf('\n', match.index) + 1;
      if (/^[ \t]*\|/u.test(standard.source.slice(lineStart, match.index))) continue;
      const start = toPosition(match.index);
      const end = toPosition(match.index + match[0].length);
      report({ messageId: 'leftOver', data: { placeholder: match[0], stage: STATUS_LABELS[status] }, at: { start, end } });
    }
  },
});
