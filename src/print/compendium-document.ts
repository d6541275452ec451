// The front matter of the 标准汇编: its cover and the overall contents. The standards themselves
// are appended as printed (src/print/pdf.ts); the contents give the page each one starts on in
// the compendium's running numbering.
import type { Corpus, FrameworkNode } from '../model/types.ts';
import { escapeHtml, fillTemplate, printDocument } from './templates.ts';
import { monthLabel } from './system-table-document.ts';

export const COMPENDIUM_TITLE = '标准汇编';

export interface CompendiumEntry {
  code: string;
  title: string;
  subsystem?: FrameworkNode;
  /** First page in the compendium's running numbering. */
  page: number;
  /** The standard's handbook page: the entry links there, and inside the 汇编 to its first page. */
  href: string;
}

export function compendiumDocument(corpus: Corpus, entries: CompendiumEntry[], today: string): string {
  const { organization } = corpus.system;
  const lines: string[] = [];
  let group: FrameworkNode | undefined;
  for (const entry of entries) {
    if (entry.subsystem && entry.subsystem !== group) {
      group = entry.subsystem;
      lines.push(fillTemplate('compendium-group.html', { name: escapeHtml(group.name) }));
    }
    lines.push(
      fillTemplate('compendium-entry.html', {
        href: escapeHtml(entry.href),
        code: escapeHtml(entry.code),
        title: escapeHtml(entry.title),
        page: String(entry.page),
      }),
    );
  }
  const content = fillTemplate('compendium.html', {
    organization: escapeHtml(organization.name),
    count: String(entries.length),
    date: escapeHtml(monthLabel(today)),
    entries: lines.join('\n'),
  });
  return printDocument({
    title: `${organization.name}${COMPENDIUM_TITLE}`,
    kind: 'compendium',
    runningHead: `${organization.name}${COMPENDIUM_TITLE}`,
    watermark: '',
    content,
  });
}

/** The sheet of running numbers 1 … count that the compendium's pages are stamped with. */
export function compendiumFolios(count: number): string {
  const folios = Array.from({ length: count }, (_, i) => `<div class="folio"><span>- ${i + 1} -</span></div>`);
  return fillTemplate('compendium-folios.html', { folios: folios.join('\n') });
}
