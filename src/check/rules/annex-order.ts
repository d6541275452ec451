import { defineRule } from '../rule.ts';

const FORBIDDEN_IN_ANNEX = ['范围', '规范性引用文件', '术语和定义'];

export const annexOrder = defineRule({
  id: 'annex-order',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '9.6', detail: '附录' }],
  description: '附录按 A、B、C……顺序编号，标明（规范性）或（资料性）并有标题；附录中不设范围、规范性引用文件、术语和定义',
  messages: {
    letter: '附录编号应为 {expected}，实际为 {actual}；附录按 A、B、C……顺序编号。',
    noType: '附录{letter}未标明性质：应写成"## 附录{letter}（规范性）标题"或"（资料性）"。',
    markForm2009: '附录{letter}的性质应写成"（{kind}）"；"（{kind}附录）"是 GB/T 1.1—2009 的写法（按2009版起草的文件请在文件头写 drafting-rules: GB/T 1.1—2009）。',
    markForm2020: '本文件按 GB/T 1.1—2009 起草（文件头 drafting-rules），附录{letter}的性质应写成"（{kind}附录）"。',
    noTitle: '附录{letter}缺少标题。',
    forbiddenClause: '附录中不应设"{title}"；这些内容只在正文第1～3章中规定。',
  },
  fixable: false,
  docs: {
    rationale: '附录按出现顺序以大写字母编号，并标明其性质：规范性附录的内容与正文同样必须遵守，资料性附录只提供参考，读者要能一眼分清。范围、规范性引用文件和术语只在正文中规定一次。',
    howToFix: '按顺序改正附录字母（并同步修改"见附录X"的引用），在"附录X"后写"（规范性）"或"（资料性）"和标题；附录中的范围、引用文件、术语移到正文第1～3章。',
  },
  examples: {
    valid: [
      { name: '标明性质和标题的附录', text: '## 附录A（规范性）投诉登记表\n\n内容。\n\n## 附录B（资料性）投诉处理流程\n\n内容。\n' },
      { name: '按2009版起草的文件', text: '---\ndrafting-rules: GB/T 1.1—2009\n---\n\n## 附录A（规范性附录）投诉登记表\n\n内容。\n' },
    ],
    invalid: [
      { name: '从附录B开始', text: '## 附录B（规范性）投诉登记表\n\n内容。\n', errors: [{ messageId: 'letter', line: 1, column: 1 }] },
      { name: '未标明性质', text: '## 附录A 投诉登记表\n\n内容。\n', errors: [{ messageId: 'noType', line: 1, column: 1 }] },
      { name: '2009版的性质写法', text: '## 附录A（规范性附录）投诉登记表\n\n内容。\n', errors: [{ messageId: 'markForm2009', line: 1, column: 1 }] },
      {
        name: '按2009版起草却用了2020版的写法',
        text: '---\ndrafting-rules: GB/T 1.1—2009\n---\n\n## 附录A（规范性）投诉登记表\n\n内容。\n',
        errors: [{ messageId: 'markForm2020', line: 5, column: 1 }],
      },
      { name: '没有标题', text: '## 附录A（规范性）\n\n内容。\n', errors: [{ messageId: 'noTitle', line: 1, column: 1 }] },
      { name: '附录中设了术语和定义', text: '## 附录A（规范性）登记\n\n### A.1 术语和定义\n\n内容。\n\n### A.2 登记表\n\n内容。\n', errors: [{ messageId: 'forbiddenClause', line: 3, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    const annexes = standard.elements.filter((e) => e.kind === 'annex');
    annexes.forEach((annex, index) => {
      const expected = String.fromCharCode(65 + index);
      if (annex.number !== expected) report({ messageId: 'letter', data: { expected, actual: annex.number }, at: annex });
      if (!annex.annexType) report({ messageId: 'noType', data: { letter: annex.number }, at: annex });
      if (annex.annexMarkForm && annex.annexMarkForm !== standard.meta.draftingRules) {
        const kind = annex.annexType === 'normative' ? '规范性' : '资料性';
        report({ messageId: annex.annexMarkForm === '2009' ? 'markForm2009' : 'markForm2020', data: { letter: annex.number, kind }, at: annex });
      }
      if (!annex.title) report({ messageId: 'noTitle', data: { letter: annex.number }, at: annex });
      for (const child of annex.children) {
        if (FORBIDDEN_IN_ANNEX.includes(child.title)) report({ messageId: 'forbiddenClause', data: { title: child.title }, at: child });
      }
    });
  },
});
