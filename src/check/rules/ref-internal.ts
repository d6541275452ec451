import { targetExists, targetLabel } from '../../model/targets.ts';
import { defineRule, referenceTarget } from '../rule.ts';

export const refInternal = defineRule({
  id: 'ref-internal',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '9.5', detail: '文件内的引用' }],
  description: '文件内引用的章、条、附录、表、图、公式都存在',
  messages: {
    missing: '引用的{target}在本文件中不存在；请更正编号（可能在增删条款后未同步修改引用）。',
  },
  fixable: false,
  docs: {
    rationale: '文件内的引用只写编号（"见4.2""按附录A"），读者和手册的链接都靠编号找到被引用的内容；增删条款后编号改变而引用未改，引用就落空或指错。',
    howToFix: '把引用改为正确的编号；增删条款时用 npm run renumber，它会同步改写所有引用。',
  },
  examples: {
    valid: [
      { name: '引用存在的条', text: '## 4 受理\n\n4.1 投诉应当场登记。\n\n4.2 不能当场登记的，应按4.1补登。\n' },
      {
        name: '引用存在的分图',
        text: '## 5 标志\n\n5.1 室外标志按图1b)设置。\n\n![悬挂式](a.svg)\n\na) 悬挂式\n\n![附着式](b.svg)\n\nb) 附着式\n\n图1 导向标志样式\n',
      },
    ],
    invalid: [
      {
        name: '引用不存在的分图',
        text: '## 5 标志\n\n5.1 室外标志按图1c)设置。\n\n![悬挂式](a.svg)\n\na) 悬挂式\n\n![附着式](b.svg)\n\nb) 附着式\n\n图1 导向标志样式\n',
        errors: [{ messageId: 'missing', line: 3, column: 10 }],
      },
      {
        name: '引用不存在的条',
        text: '## 4 受理\n\n4.1 投诉应当场登记。\n\n4.2 不能当场登记的，应按4.5补登。\n',
        errors: [{ messageId: 'missing', line: 5, column: 15, endLine: 5, endColumn: 18 }],
      },
    ],
  },
  check(standard, { report }) {
    for (const reference of standard.references) {
      if (reference.document || !reference.target || targetExists(standard, reference.target)) continue;
      report({ messageId: 'missing', data: { target: targetLabel(reference.target) }, at: referenceTarget(reference) });
    }
  },
});
