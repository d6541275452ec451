// Reference targets: how they read, where they lead inside a standard, and their anchor ids
// (shared by the checker, the handbook and the printer so links and checks always agree).
import type { LightStandard, ReferenceTarget } from './types.ts';

export function targetLabel(target: ReferenceTarget): string {
  switch (target.kind) {
    case 'clause':
      return target.item ? `${target.number} ${target.item})` : target.number;
    case 'chapter':
      return `第${target.number}章`;
    case 'annex':
      return `附录${target.letter}`;
    case 'table':
      return `表${target.number}`;
    case 'figure':
      return target.subfigure ? `图${target.number}${target.subfigure})` : `图${target.number}`;
    case 'formula':
      return `公式(${target.number})`;
  }
}

/** The fragment id a target has on a rendered page: `4.2`, `5`, `附录A`, `表1`, `图A.1`, `公式1`. */
export function anchorId(target: ReferenceTarget): string {
  switch (target.kind) {
    case 'clause':
    case 'chapter':
      return target.number;
    case 'annex':
      return `附录${target.letter}`;
    case 'table':
      return `表${target.number}`;
    case 'figure':
      return target.subfigure ? `图${target.number}${target.subfigure}` : `图${target.number}`;
    case 'formula':
      return `公式${target.number}`;
  }
}

export function targetExists(standard: LightStandard, target: ReferenceTarget): boolean {
  switch (target.kind) {
    case 'clause':
      if (standard.sections.get(target.number)?.kind !== 'clause') return false;
      return !target.item || standard.lists.some((list) => list.sectionNumber === target.number && list.style === 'letter' && list.items.some((item) => item.marker?.[0] === target.item));
    case 'chapter':
      return standard.sections.get(target.number)?.kind === 'chapter';
    case 'annex':
      return standard.sections.get(target.letter)?.kind === 'annex';
    case 'table':
      return standard.captions.some((c) => c.kind === 'table' && c.number === target.number);
    case 'figure':
      return standard.captions.some((c) => c.kind === 'figure' && c.number === target.number && (!target.subfigure || (c.subfigures ?? []).some((s) => s.label === target.subfigure)));
    case 'formula':
      return standard.formulas.some((f) => f.number === target.number);
  }
}
