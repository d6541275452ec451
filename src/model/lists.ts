// The 列项 of a standard (GB/T 1.1—2020 7.5) as an editor reads them: the lead-in, the items with
// their markers and levels. Markdown bullet lists, ordered lists and runs of paragraphs written
// "a) …", "b) …" are all 列项; this derives them from the model's sections so every rule reads one view.
import { toString } from 'mdast-util-to-string';
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { writtenListMarker } from './list-markers.ts';
import { allSections } from './sections.ts';
import type { ListInfo, Position, Section, Standard } from './types.ts';

/**
 * `bullet`: a Markdown `-` item, printed as "——" on level 1 and "·" on level 2; `dash`/`dot`: the
 * characters written out; `letter`: a) b); `number`: 1) 2); `decimal`: "1." (not a GB/T 1.1 form).
 */
export type ListMarker = 'bullet' | 'dash' | 'dot' | 'letter' | 'number' | 'decimal';

export interface ListEntry {
  marker: ListMarker;
  /** `a`, `3` for numbered items. */
  label?: string;
  /** The item's own text without marker and without its sub-list. */
  text: string;
  position: Position;
  /** The Markdown list item, or the paragraph of an item written "a) …". */
  node: ListItem | Paragraph;
  sublist?: ItemList;
}

export interface ItemList {
  level: number;
  items: ListEntry[];
  position: Position;
  /** The paragraph before the list (or the untitled clause it belongs to); undefined right after a heading. */
  leadIn?: { text: string; position: Position; node: Paragraph | ListItem };
  section: Section;
  /** A Markdown list (also in `Standard.lists`), or paragraphs each written "a) …". */
  form: 'markdown' | 'paragraphs';
}

function positionOf(node: RootContent): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The marker written at the start of an item's text (the one detection of list-markers.ts), or undefined. */
function writtenMarker(text: string): { marker: ListMarker; label?: string; rest: string } | undefined {
  const written = writtenListMarker(text);
  return written && { marker: written.kind, label: written.label, rest: text.slice(written.length) };
}

function fromMarkdown(list: List, level: number, section: Section, infos: ReadonlyMap<List, ListInfo>, leadIn: ItemList['leadIn']): ItemList {
  const delimiter = infos.get(list)?.delimiter;
  const items = list.children.map((item: ListItem, index): ListEntry => {
    const own = item.children.filter((child) => child.type !== 'list');
    const text = own
      .map((child) => toString(child))
      .join('')
      .trim();
    const nested = item.children.find((child): child is List => child.type === 'list');
    const written = writtenMarker(text);
    const entry: ListEntry = written
      ? { marker: written.marker, label: written.label, text: written.rest, position: positionOf(item), node: item }
      : list.ordered
        ? { marker: delimiter === ')' ? 'number' : 'decimal', label: String((list.start ?? 1) + index), text, position: positionOf(item), node: item }
        : { marker: 'bullet', text, position: positionOf(item), node: item };
    if (nested) entry.sublist = fromMarkdown(nested, level + 1, section, infos, { text, position: positionOf(item), node: item });
    return entry;
  });
  return { level, items, position: positionOf(list), leadIn, section, form: 'markdown' };
}

function paragraphText(node: RootContent): string {
  return toString(node).trim();
}

/** Every 列项 of the standard, level-1 lists in document order with their sub-lists inside. */
export function itemListsOf(standard: Standard): ItemList[] {
  const lists: ItemList[] = [];
  const infos = new Map(standard.lists.map((info) => [info.node, info]));
  // `a) 悬挂式` under an image is a sub-figure's caption (GB/T 1.1—2020 9.7), not a list item.
  const subfigureCaptions = new Set<RootContent>(standard.captions.flatMap((caption) => (caption.subfigures ?? []).map((subfigure) => subfigure.node)));
  const notes = new Set<RootContent>(standard.notes.map((note) => note.node));
  for (const section of allSections(standard)) {
    const blocks = section.blocks.filter((block) => block.type !== 'html');
    let leadIn: ItemList['leadIn'] = section.untitled && section.node.type === 'paragraph' ? { text: paragraphText(section.node), position: section.position, node: section.node } : undefined;
    let run: ItemList | undefined;
    /** The lead-in of the Markdown list just read, for its items continued after a 示例 or 注. */
    let listLeadIn: ItemList['leadIn'];
    for (const block of blocks) {
      if (subfigureCaptions.has(block)) {
        run = undefined;
        leadIn = undefined;
        continue;
      }
      const text = block.type === 'paragraph' ? paragraphText(block) : '';
      const written = block.type === 'paragraph' ? writtenMarker(text) : undefined;
      if (written?.marker === 'letter' || (written?.marker === 'number' && run)) {
        const entry: ListEntry = { marker: written.marker, label: written.label, text: written.rest, position: positionOf(block), node: block as Paragraph };
        const parentItem = run?.items.at(-1);
        if (written.marker === 'number' && run && parentItem && run.items[0]!.marker === 'letter') {
          parentItem.sublist ??= {
            level: 2,
            items: [],
            position: entry.position,
            leadIn: { text: parentItem.text, position: parentItem.position, node: parentItem.node },
            section,
            form: 'paragraphs',
          };
          parentItem.sublist.items.push(entry);
        } else if (run && written.marker === run.items[0]!.marker) {
          run.items.push(entry);
        } else {
          run = { level: 1, items: [entry], position: entry.position, leadIn, section, form: 'paragraphs' };
          lists.push(run);
        }
        continue;
      }
      // A Markdown list right after an item written "a) …" is that item's second level.
      const parentItem = run?.items.at(-1);
      if (block.type === 'list' && parentItem && !parentItem.sublist) {
        parentItem.sublist = fromMarkdown(block, 2, section, infos, { text: parentItem.text, position: parentItem.position, node: parentItem.node });
        continue;
      }
      run = undefined;
      if (block.type === 'list') {
        lists.push(fromMarkdown(block, 1, section, infos, leadIn));
        listLeadIn = leadIn;
      }
      const paragraphLeadIn = block.type === 'paragraph' ? { text, position: positionOf(block), node: block } : undefined;
      // A 示例 or 注 between the items of a list (GB/T 35639—2017 5.1): the items after it keep the list's lead-in.
      if (notes.has(block) && listLeadIn) {
        leadIn = listLeadIn;
        continue;
      }
      if (block.type !== 'list') listLeadIn = undefined;
      leadIn = paragraphLeadIn;
    }
  }
  return lists;
}

/** The paragraph that opens the explanation of a formula's symbols (GB/T 1.1—2020 9.9). */
const FORMULA_WHERE = /^式中[：:]$/u;

/**
 * Markdown lists that are entries rather than 列项, printed without list marks: a figure's key
 * after its `说明：` (GB/T 1.1—2020 9.7) and the symbols after a formula's `式中：` (9.9).
 */
export function entryLists(standard: Standard): Set<List> {
  const lists = new Set<List>();
  for (const caption of standard.captions) if (caption.key?.list) lists.add(caption.key.list);
  standard.tree.children.forEach((node, index) => {
    const previous = standard.tree.children[index - 1];
    if (node.type === 'list' && previous?.type === 'paragraph' && FORMULA_WHERE.test(toString(previous).trim())) lists.add(node);
  });
  return lists;
}
