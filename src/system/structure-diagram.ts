// The 标准体系结构图 as SVG, generated from the framework tree: the organization's system on top,
// the subsystems below it, and each subsystem's nodes in a column. Boxes link where `href` says.
import type { FrameworkNode } from '../model/types.ts';

const BOX_WIDTH = 176;
const BOX_HEIGHT = 34;
const COLUMN_GAP = 24;
const ROW_GAP = 12;
const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

function box(x: number, y: number, label: string, href: string | undefined, className: string, width = BOX_WIDTH): string {
  const rect = `<rect x="${x}" y="${y}" width="${width}" height="${BOX_HEIGHT}" rx="4" class="${className}"/>`;
  const text = `<text x="${x + width / 2}" y="${y + BOX_HEIGHT / 2}" text-anchor="middle" dominant-baseline="central">${escapeXml(label)}</text>`;
  return href ? `<a href="${escapeXml(href)}">${rect}${text}</a>` : `<g>${rect}${text}</g>`;
}

export function structureDiagram(title: string, framework: FrameworkNode[], href: (node: FrameworkNode) => string | undefined): string {
  const columns = framework.length;
  const width = columns * BOX_WIDTH + (columns - 1) * COLUMN_GAP + 20;
  const deepest = Math.max(...framework.map((s) => s.children.length));
  const rootY = 10;
  const subsystemY = rootY + BOX_HEIGHT + 40;
  const firstChildY = subsystemY + BOX_HEIGHT + 30;
  const height = firstChildY + deepest * (BOX_HEIGHT + ROW_GAP) + 10;
  const parts: string[] = [];
  const rootWidth = Math.max(BOX_WIDTH, [...title].length * 15 + 30);
  parts.push(box(width / 2 - rootWidth / 2, rootY, title, undefined, 'root', rootWidth));
  const busY = subsystemY - 20;
  parts.push(`<path d="M${width / 2} ${rootY + BOX_HEIGHT} V${busY}" class="line"/>`);
  framework.forEach((subsystem, column) => {
    const x = 10 + column * (BOX_WIDTH + COLUMN_GAP);
    const centre = x + BOX_WIDTH / 2;
    parts.push(`<path d="M${width / 2} ${busY} H${centre} V${subsystemY}" class="line"/>`);
    parts.push(box(x, subsystemY, `${subsystem.code} ${subsystem.name}`, href(subsystem), 'subsystem'));
    subsystem.children.forEach((node, row) => {
      const y = firstChildY + row * (BOX_HEIGHT + ROW_GAP);
      parts.push(`<path d="M${x + 12} ${subsystemY + BOX_HEIGHT} V${y + BOX_HEIGHT / 2} H${x + 24}" class="line"/>`);
      parts.push(box(x + 24, y, `${node.code} ${node.name}`, href(node), 'node', BOX_WIDTH - 24));
    });
  });
  const style = `<style>text{font-family:${FONT};font-size:13px;fill:#1a1a1a}.root{fill:#1f4e79}.root+text{fill:#fff;font-weight:700}.subsystem{fill:#dbe7f3;stroke:#1f4e79}.node{fill:#fff;stroke:#7a8ea3}.line{fill:none;stroke:#7a8ea3;stroke-width:1.2}a:hover rect{fill:#fff3c4}</style>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(title)}结构图">${style}${parts.join('')}</svg>`;
}
