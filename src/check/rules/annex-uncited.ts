import { defineRule } from '../rule.ts';

export const annexUncited = defineRule({
  id: 'annex-uncited',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '9.6', detail: '正文中应提及每个附录' }],
  description: '每个附录都在正文中被提及',
  messages: {
    uncited: '附录{letter}在正文中没有被提及；请在相关条款中写明（如"见附录{letter}""按附录{letter}填写"）。',
  },
  fixable: false,
  docs: {
    rationale: '附录是正文的补充，它的作用由正文中的提及确定："按附录A填写"使附录A成为要求，"见附录B"只是提示。没有被提及的附录，读者不知道它和哪条要求有关。',
    howToFix: '在相关条款中提及该附录（如"记录按附录A填写"）；若附录已无用处，删除它。',
  },
  examples: {
    valid: [{ name: '正文提及附录', text: '## 5 回访\n\n回访记录应按附录A填写。\n\n## 附录A（规范性）回访记录表\n\n内容。\n' }],
    invalid: [{ name: '无人提及的附录', text: '## 5 回访\n\n回访应在办结后进行。\n\n## 附录A（规范性）回访记录表\n\n内容。\n', errors: [{ messageId: 'uncited', line: 5, column: 1 }] }],
  },
  check(standard, { report }) {
    for (const annex of standard.elements.filter((e) => e.kind === 'annex')) {
      const cited = standard.references.some((r) => !r.document && r.target?.kind === 'annex' && r.target.letter === annex.number && r.section?.number !== annex.number);
      if (!cited) report({ messageId: 'uncited', data: { letter: annex.number }, at: annex });
    }
  },
});
