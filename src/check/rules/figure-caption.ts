import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { allSections } from '../../model/sections.ts';
import { defineRule } from '../rule.ts';

const FIGURE_CAPTION = /^图[ \u3000]*(?:[A-Z]\.\d{1,3}|\d{1,3})[ \u3000]+\S/u;

function isCaption(node: RootContent | undefined): node is Paragraph {
  return node?.type === 'paragraph' && FIGURE_CAPTION.test(toString(node).trim());
}

export const figureCaption = defineRule({
  id: 'figure-caption',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '9.7', detail: '图号和图题位于图的下方；分图用 a)、b)……编号' }],
  description: '每幅图下方有图题"图N 图题"；分图各有分图题 a)、b)……',
  messages: {
    missing: '图片下方没有图题；在图片后一段写"图N 图题"（如"图1 受理流程"）。',
    above: '图题"{caption}"应写在图的下方，而不是上方。',
    subfigureLabel: '分图题"{label}) {title}"应编为 {expected})：一幅图的分图按 a)、b)、c)……顺序编号。',
  },
  fixable: false,
  docs: {
    rationale: 'GB/T 1.1—2020 9.7 规定每幅图都有图号和图题，置于图的下方居中。条文通过"见图1"引用图，没有图号的图无法被引用，手册和印刷本的图也无法编入目录和锚点。',
    howToFix: '在图片下一段写"图1 图题"（附录中为"图A.1 图题"）；图题写在图片上方的，移到图片下方。',
  },
  examples: {
    valid: [
      { name: '图片下方的图题', text: '## 5 流程\n\n5.1 审批流程见图1。\n\n![流程](assets/flow.svg)\n\n图1 行政审批服务流程\n' },
      { name: '几幅分图共用下方的图题', text: '## 5 标志\n\n5.1 导向标志的样式见图1。\n\n![悬挂式](assets/a.svg) ![附着式](assets/b.svg)\n\n图1 导向标志样式\n' },
      {
        name: '条文提及、图片下方有图题（GB/T 37032—2018 4.1）',
        text: '### 4.1 物联网标识体系组成\n\n物联网标识体系由编码、采集与识别、信息服务三部分组成，见图1。\n\n![物联网标识体系框架](assets/framework.svg)\n\n图1 物联网标识体系框架\n',
      },
      {
        name: '分图题、图的说明和图脚注在图题之上',
        text: '## 5 标志\n\n5.1 导向标志的样式见图1。\n\n![悬挂式](assets/a.svg)\n\na) 悬挂式\n\n![附着式](assets/b.svg)\n\nb) 附着式\n\n说明：\n\n- 1——箭头；\n- 2——文字。\n\n[^a]: 仅用于室外。\n\n图1 导向标志样式\n',
      },
    ],
    invalid: [
      {
        name: '没有图题的图片',
        text: '## 5 流程\n\n5.1 审批流程如下。\n\n![流程](assets/flow.svg)\n',
        errors: [{ messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 23 }],
      },
      {
        name: '条标题下没有图号、图题的小图（GB/T 38378—2019 7.1，原文如此）',
        text: '### 7.1 知识获取\n\n![](assets/icon.png)\n\n利用知识发现和数据挖掘等技术加工数字内容资源，经提炼、整合、完善和分解形成知识。\n',
        errors: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 21 }],
      },
      {
        name: '图题写在图片上方',
        text: '## 5 流程\n\n5.1 审批流程见图1。\n\n图1 行政审批服务流程\n\n![流程](assets/flow.svg)\n',
        errors: [{ messageId: 'above', line: 7, column: 1, endLine: 7, endColumn: 23 }],
      },
      {
        name: '分图题跳号',
        text: '## 5 标志\n\n5.1 导向标志的样式见图1。\n\n![悬挂式](assets/a.svg)\n\na) 悬挂式\n\n![附着式](assets/b.svg)\n\nc) 附着式\n\n图1 导向标志样式\n',
        errors: [{ messageId: 'subfigureLabel', line: 11, column: 1 }],
      },
    ],
  },
  check(standard, { report }) {
    const figures = standard.captions.filter((c) => c.kind === 'figure');
    const captioned = new Set<Paragraph>(figures.flatMap((c) => [c.node, ...(c.images ?? [])]));
    for (const figure of figures) {
      figure.subfigures?.forEach((subfigure, index) => {
        const expected = String.fromCharCode(0x61 + index);
        if (subfigure.label !== expected) report({ messageId: 'subfigureLabel', data: { label: subfigure.label, title: subfigure.title, expected }, at: subfigure.node });
      });
    }
    for (const section of allSections(standard)) {
      section.blocks.forEach((block, index) => {
        if (block.type !== 'paragraph' || !block.children.some((child) => child.type === 'image')) return;
        const next = section.blocks[index + 1];
        if (captioned.has(block) || (next?.type === 'paragraph' && captioned.has(next))) return;
        // Several images in one paragraph (sub-figures) share the caption paragraph after them.
        const imagesOnly = block.children.every((child) => child.type === 'image' || (child.type === 'text' && child.value.trim() === ''));
        if (imagesOnly && isCaption(next)) return;
        const previous = section.blocks[index - 1];
        if (isCaption(previous)) report({ messageId: 'above', data: { caption: toString(previous).trim() }, at: block });
        else report({ messageId: 'missing', at: block });
      });
    }
  },
});
