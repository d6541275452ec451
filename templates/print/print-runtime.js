// Page furniture for the printed standards, run by Paged.js in Chromium (PDF) and in the preview.
// Chromium has no target-counter() and no way to switch a page counter's style part-way through a
// document, so the folios (Ⅰ Ⅱ … for 目次/前言/引言, 1 2 … from the body on), the running head,
// the 目次 page numbers and the watermark are set here, once Paged.js knows where every page falls.
// When it is done, window.printLayout tells the printer the folio of every page and where every
// element with an id stands, for the PDF outline and page labels.
'use strict';

const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ', 'Ⅵ', 'Ⅶ', 'Ⅷ', 'Ⅸ', 'Ⅹ', 'Ⅺ', 'Ⅻ'];

function romanFolio(n) {
  if (n <= ROMAN.length) return ROMAN[n - 1];
  return 'Ⅹ'.repeat(Math.floor(n / 10)) + (n % 10 ? ROMAN[(n % 10) - 1] : '');
}

class StandardPages extends Paged.Handler {
  constructor(chunker, polisher, caller) {
    super(chunker, polisher, caller);
    this.folioStyle = 'none';
    this.folioCount = 0;
    this.runningHead = document.body.dataset.runningHead || '';
    this.watermark = document.body.dataset.watermark || '';
    this.tableHeads = new Map();
  }

  // Structure that CSS selectors cannot reach once Paged.js has rewritten them (it drops sibling
  // and id selectors): the body's first element restarts the page count with Arabic folios, and
  // the lists of chapter 2 and of 参考文献 are lists of documents, printed without list marks.
  beforeParsed(content) {
    const first = content.querySelector('.standard-text > h2:not(.preface):not(.introduction)');
    if (first && !first.closest('[data-folio]')) first.dataset.folio = 'arabic';
    for (const heading of content.querySelectorAll('.standard-text > h2[id="2"], .standard-text > h2.bibliography')) {
      for (let next = heading.nextElementSibling; next && next.nodeName !== 'H2'; next = next.nextElementSibling) {
        if (next.nodeName === 'UL') next.classList.add('document-list');
      }
    }
  }

  afterParsed(parsed) {
    for (const table of parsed.querySelectorAll('table')) {
      const head = table.querySelector(':scope > thead');
      const caption = table.previousElementSibling?.classList.contains('table-caption') ? table.previousElementSibling.id : '';
      if (head) this.tableHeads.set(table.dataset.ref, { head, caption });
    }
  }

  // A table continued on a new page repeats its header row under the caption "表N（续）".
  // Paged.js rebuilds the table around the first row it carries over; that row's hook adds them.
  renderNode(clone) {
    const table = clone.nodeType === 1 ? clone.closest('table[data-split-from]') : null;
    const original = table && this.tableHeads.get(table.dataset.ref);
    if (!original || table.querySelector(':scope > thead')) return;
    const head = original.head.cloneNode(true);
    // Without refs of its own, Paged.js never mistakes the copy for the original rows.
    for (const element of [head, ...head.querySelectorAll('[data-ref]')]) delete element.dataset.ref;
    table.insertBefore(head, table.firstChild);
    if (original.caption) {
      const caption = document.createElement('caption');
      caption.className = 'continued';
      caption.textContent = `${original.caption}（续）`;
      table.insertBefore(caption, table.firstChild);
    }
  }

  afterPageLayout(pageElement) {
    const start = pageElement.querySelector('[data-folio]:not([data-split-from])');
    if (start) {
      this.folioStyle = start.dataset.folio;
      this.folioCount = 0;
    }
    this.folioCount += 1;
    const blank = pageElement.classList.contains('pagedjs_blank_page');
    let folio = '';
    if (this.folioStyle === 'roman') folio = romanFolio(this.folioCount);
    if (this.folioStyle === 'arabic') folio = String(this.folioCount);
    pageElement.dataset.folioStyle = blank ? 'blank' : this.folioStyle;
    if (folio && !blank) {
      pageElement.dataset.folio = folio;
      pageElement.style.setProperty('--folio', JSON.stringify(folio));
      pageElement.style.setProperty('--running-head', JSON.stringify(this.runningHead));
    }
    if (this.watermark) {
      const mark = document.createElement('div');
      mark.className = 'watermark';
      mark.innerHTML = '<span></span>';
      mark.firstChild.textContent = this.watermark;
      pageElement.querySelector('.pagedjs_pagebox').appendChild(mark);
    }
  }

  afterRendered(pages) {
    const area = pages[0]?.element.parentElement ?? document;
    for (const link of area.querySelectorAll('a[data-toc-entry]')) {
      const target = area.querySelector(`[id="${CSS.escape(decodeURIComponent(link.hash.slice(1)))}"]`);
      const folio = target?.closest('.pagedjs_page')?.dataset.folio ?? '';
      link.querySelector('.toc-page').textContent = folio;
    }
    const pageElements = [...area.querySelectorAll('.pagedjs_page')];
    const anchors = {};
    for (const element of area.querySelectorAll('.pagedjs_page_content [id]')) {
      if (element.dataset.splitFrom || element.id in anchors) continue;
      const pageElement = element.closest('.pagedjs_page');
      anchors[element.id] = {
        page: pageElements.indexOf(pageElement),
        top: element.getBoundingClientRect().top - pageElement.getBoundingClientRect().top,
      };
    }
    window.printLayout = {
      pages: pageElements.map((element) => ({
        folio: element.dataset.folio ?? '',
        style: element.dataset.folioStyle,
        height: element.getBoundingClientRect().height,
      })),
      anchors,
    };
  }
}

Paged.registerHandlers(StandardPages);
