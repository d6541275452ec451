import type { Paragraph, RootContent } from 'mdast';
import { allSections } from '../../model/sections.ts';
import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';

export const FIGURE_CAPTION_MESSAGES = {
  missing: '图片下方没有图题；在图片后一段写"图N 图题"（如"图1 受理流程"）。',
  above: '图题"{caption}"应写在图的下方，而不是上方。',
} as const;

const FIGURE_CAPTION = /^图[ \u3000]*(?:[A-Z]\.\d{1,3}|\d{1,3})[ \u3000]+\S/u;

function text(node: RootContent | undefined): string {
  return node?.type === 'paragraph' ? node.children.map((child) => (child.type === 'text' ? child.value : '')).join('').trim() : '';
}

export const figureCaption: Rule = {
  id: 'figure-caption',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.7（图有图号和图题，位于图的下方）',
  description: '每幅图下方有图题"图N 图题"',
  check(standard, { report }) {
    const say = reporter(FIGURE_CAPTION_MESSAGES, report);
    const captioned = new Set<Paragraph>(standard.captions.filter((c) => c.kind === 'figure').map((c) => c.node));
    for (const section of allSections(standard)) {
      section.blocks.forEach((block, index) => {
        if (block.type !== 'paragraph' || !block.children.some((child) => child.type === 'image')) return;
        const next = section.blocks[index + 1];
        if (captioned.has(block) || (next?.type === 'paragraph' && captioned.has(next))) return;
        const at = { line: block.position!.start.line, column: block.position!.start.column };
        const previous = text(section.blocks[index - 1]);
        if (FIGURE_CAPTION.test(previous)) say(at, 'above', { caption: previous });
        else say(at, 'missing');
      });
    }
  },
};
