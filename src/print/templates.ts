// The print templates in templates/print/: HTML skeletons with {{name}} slots and the shared CSS.
// Slot values are HTML; callers escape text with escapeHtml.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/print/', import.meta.url));

const cache = new Map<string, string>();

export function readTemplate(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(`${TEMPLATE_DIR}${name}`, 'utf8');
    cache.set(name, text);
  }
  return text;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** Fills every {{slot}} of a template; a slot without a value is a programming error. */
export function fillTemplate(name: string, values: Record<string, string>): string {
  return readTemplate(name).replace(/\{\{(\w+)\}\}/gu, (_, slot: string) => {
    const value = values[slot];
    if (value === undefined) throw new Error(`template ${name}: no value for {{${slot}}}`);
    return value;
  });
}

/** A whole print document: the skeleton with the shared stylesheet inlined, so it opens offline. */
export function printDocument(values: { title: string; kind: string; runningHead: string; watermark: string; content: string }): string {
  return fillTemplate('document.html', {
    title: escapeHtml(values.title),
    kind: values.kind,
    runningHead: escapeHtml(values.runningHead),
    watermark: escapeHtml(values.watermark),
    css: readTemplate('print.css'),
    previewCss: readTemplate('preview.css'),
    content: values.content,
  });
}
