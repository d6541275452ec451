// On a standard's page: keeps the status bar of a text not in force from covering the clause a
// link leads to, marks wide tables that scroll sideways, and highlights the searched words in the
// clause a search result lands on (?hl=word1 word2#clause).
import { splitHighlights } from './search-query.ts';

const root = document.documentElement;
const bar = document.querySelector<HTMLElement>('.status-bar');

/** Anchored targets scroll to just below the bar (CSS reads --status-bar-height). */
function fitBar(): void {
  root.style.setProperty('--status-bar-height', `${bar ? Math.ceil(bar.getBoundingClientRect().height) : 0}px`);
}

function target(): HTMLElement | null {
  const id = decodeURIComponent(location.hash.slice(1));
  return id ? document.getElementById(id) : null;
}

if (bar) {
  fitBar();
  new ResizeObserver(fitBar).observe(bar);
  // The browser scrolled to the anchor before the bar's height was known.
  target()?.scrollIntoView();
}

for (const box of document.querySelectorAll<HTMLElement>('.standard-text .table-scroll')) {
  const mark = (): void => {
    box.classList.toggle('is-wide', box.scrollWidth > box.clientWidth + 1);
  };
  mark();
  new ResizeObserver(mark).observe(box);
}

const HEADING = /^H([1-6])$/u;

/** The elements of the clause an anchor starts: a heading with its content, or a paragraph with its notes and tables. */
function clauseOf(start: HTMLElement): HTMLElement[] {
  const elements = [start];
  const level = HEADING.exec(start.tagName)?.[1];
  for (let next = start.nextElementSibling; next instanceof HTMLElement; next = next.nextElementSibling) {
    const nextLevel = HEADING.exec(next.tagName)?.[1];
    if (level ? nextLevel !== undefined && nextLevel <= level : nextLevel !== undefined || (next.id !== '' && next.classList.contains('clause'))) break;
    elements.push(next);
  }
  return elements;
}

function highlight(elements: HTMLElement[], words: string[]): number {
  let count = 0;
  for (const element of elements) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    for (const text of texts) {
      const parts = splitHighlights(text.data, words);
      if (!parts.some((p) => p.hit)) continue;
      const fragment = document.createDocumentFragment();
      for (const part of parts) {
        if (!part.hit) {
          fragment.append(part.text);
          continue;
        }
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = part.text;
        fragment.append(mark);
        count++;
      }
      text.replaceWith(fragment);
    }
  }
  return count;
}

const words = (new URLSearchParams(location.search).get('hl') ?? '').split(/\s+/u).filter((w) => w.length > 0);
if (words.length > 0) {
  const start = target();
  const text = document.querySelector<HTMLElement>('.standard-text');
  const region = start ? clauseOf(start) : text ? [text] : [];
  highlight(
    region,
    words.sort((a, b) => b.length - a.length),
  );
}
