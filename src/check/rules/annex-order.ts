import type { LegacyRule } from '../rule.ts';

const FORBIDDEN_IN_ANNEX = ['范围', '规范性引用文件', '术语和定义'];

export const annexOrder: LegacyRule = {
  id: 'annex-order',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.6（附录）',
  description: '附录按 A、B、C……顺序编号，标明（规范性）或（资料性）并有标题；附录中不设范围、规范性引用文件、术语和定义',
  check(standard, { report }) {
    const annexes = standard.elements.filter((e) => e.kind === 'annex');
    annexes.forEach((annex, index) => {
      const expected = String.fromCharCode(65 + index);
      if (annex.number !== expected) report(annex.position, `附录编号应为 ${expected}，实际为 ${annex.number}；附录按 A、B、C……顺序编号。`);
      if (!annex.annexType) report(annex.position, `附录${annex.number}未标明性质：应写成"## 附录${annex.number}（规范性）标题"或"（资料性）"。`);
      if (annex.annexMarkForm && annex.annexMarkForm !== standard.meta.draftingRules) {
        const kind = annex.annexType === 'normative' ? '规范性' : '资料性';
        report(annex.position, annex.annexMarkForm === '2009'
          ? `附录${annex.number}的性质应写成"（${kind}）"；"（${kind}附录）"是 GB/T 1.1—2009 的写法（按2009版起草的文件请在文件头写 drafting-rules: GB/T 1.1—2009）。`
          : `本文件按 GB/T 1.1—2009 起草（文件头 drafting-rules），附录${annex.number}的性质应写成"（${kind}附录）"。`);
      }
      if (!annex.title) report(annex.position, `附录${annex.number}缺少标题。`);
      for (const child of annex.children) {
        if (FORBIDDEN_IN_ANNEX.includes(child.title)) report(child.position, `附录中不应设"${child.title}"；这些内容只在正文第1～3章中规定。`);
      }
    });
  },
};
