import type { LegacyRule } from '../rule.ts';

export const annexUncited: LegacyRule = {
  id: 'annex-uncited',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.6（正文中应提及每个附录）',
  description: '每个附录都在正文中被提及',
  check(standard, { report }) {
    for (const annex of standard.elements.filter((e) => e.kind === 'annex')) {
      const cited = standard.references.some((r) => !r.document && r.target?.kind === 'annex' && r.target.letter === annex.number && r.section?.number !== annex.number);
      if (!cited) report(annex.position, `附录${annex.number}在正文中没有被提及；请在相关条款中写明（如"见附录${annex.number}""按附录${annex.number}填写"）。`);
    }
  },
};
