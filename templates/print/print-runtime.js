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

// Width of the type area (A4 less the margins of print.css) for measuring tables before pagination.
const TYPE_AREA_WIDTH = '165mm';

/**
 * Lays a copy of the table out in the type area's width, off screen, to decide two things before
 * Paged.js splits it:
 * - short header cells (预警等级, 序号) are not broken inside the word when the table has room: at
 *   the table's narrowest, header cells are kept on one line shortest first (.keep-word, nowrap)
 *   for as long as the table still fits;
 * - the column widths, from the content of the whole table, written as a <colgroup> with a fixed
 *   layout, so that every 续表 fragment has the columns of the first.
 */
function measureTable(table) {
  const probe = document.createElement('main');
  probe.className = 'standard-text';
  probe.style.cssText = `position:absolute;visibility:hidden;left:0;top:0;width:${TYPE_AREA_WIDTH}`;
  const copy = table.cloneNode(true);
  probe.appendChild(copy);
  document.documentElement.appendChild(probe);
  try {
    const heads = [...table.querySelectorAll(':scope > thead th')];
    const copyHeads = [...copy.querySelectorAll(':scope > thead th')];
    const length = (th) => th.textContent.trim().length;
    const order = heads
      .map((_, i) => i)
      .filter((i) => length(heads[i]) <= 8)
      .sort((a, b) => length(heads[a]) - length(heads[b]));
    const room = probe.getBoundingClientRect().width;
    copy.style.width = 'min-content';
    for (const i of order) {
      copyHeads[i].classList.add('keep-word');
      if (copy.getBoundingClientRect().width > room) {
        copyHeads[i].classList.remove('keep-word');
        break;
      }
      heads[i].classList.add('keep-word');
    }
    copy.style.width = '';
    if (table.querySelector(':scope > colgroup')) return;
    // A row with a cell in every column gives the widths.
    const columns = Math.max(...[...copy.rows].map((row) => [...row.cells].reduce((sum, cell) => sum + cell.colSpan, 0)));
    const full = [...copy.rows].find((row) => row.cells.length === columns);
    if (!full) return;
    const total = copy.getBoundingClientRect().width;
    const colgroup = document.createElement('colgroup');
    for (const cell of full.cells) {
      const col = document.createElement('col');
      col.style.width = `${((cell.getBoundingClientRect().width / total) * 100).toFixed(2)}%`;
      colgroup.appendChild(col);
    }
    table.insertBefore(colgroup, table.firstChild);
    table.classList.add('fixed-columns');
  } finally {
    probe.remove();
  }
}

/**
 * A 续表 never carries a single row: the first two and the last two body rows (with the notes,
 * kept inside the frame) are put in tbody groups that Paged.js does not break. A group never cuts
 * through merged cells; a table too short for two groups stays whole.
 */
function keepRowsTogether(table) {
  const body = table.querySelector(':scope > tbody');
  if (!body) return;
  const rows = [...body.rows];
  const foot = table.querySelector(':scope > tfoot');
  // Where a break may fall: before row i when no merged cell reaches from above into it.
  const open = new Array(rows.length + 1).fill(true);
  rows.forEach((row, i) => {
    for (const cell of row.cells) for (let k = 1; k < cell.rowSpan; k++) if (i + k < open.length) open[i + k] = false;
  });
  const breaks = open.map((ok, i) => (ok && i > 0 && i < rows.length ? i : -1)).filter((i) => i >= 0);
  const head = breaks.find((i) => i >= 2);
  const tail = [...breaks].reverse().find((i) => i <= rows.length - 2);
  const group = (from, to) => {
    const tbody = document.createElement('tbody');
    tbody.className = 'keep-together';
    for (const row of rows.slice(from, to)) tbody.appendChild(row);
    return tbody;
  };
  const notes = foot ? [...foot.rows] : [];
  for (const row of notes) row.classList.add('table-notes');
  foot?.remove();
  if (head === undefined || tail === undefined || head >= tail) {
    // Too short to split with two rows either side: whole, as long as it is short.
    if (rows.length <= 8) {
      const whole = group(0, rows.length);
      for (const row of notes) whole.appendChild(row);
      body.replaceWith(whole);
    } else {
      for (const row of notes) body.appendChild(row);
    }
    return;
  }
  const last = group(tail, rows.length);
  for (const row of notes) last.appendChild(row);
  body.before(group(0, head));
  body.after(last);
}

/** The boxes Paged.js builds around each page's content. */
const PAGE_BOXES = '.pagedjs_sheet, .pagedjs_bleed, .pagedjs_pagebox, .pagedjs_area, .pagedjs_page_content, .pagedjs_page_content > div';

/** Runs `callback` as a task of its own, at once: no timer clamping, no waiting for a frame. */
function nextTask(callback) {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => {
    port1.close();
    callback();
  };
  port2.postMessage(null);
}

class StandardPages extends Paged.Handler {
  constructor(chunker, polisher, caller) {
    super(chunker, polisher, caller);
    // Paged.js lays out one page per animation frame (its queue ticks with requestAnimationFrame),
    // so a page that takes less than a frame still waits for the next: lay the next one out at once.
    chunker.q.tick = nextTask;
    this.folioStyle = 'none';
    this.folioCount = 0;
    this.runningHead = document.body.dataset.runningHead || '';
    this.watermark = document.body.dataset.watermark || '';
    this.watermarkRead = false;
    this.tableHeads = new Map();
  }

  // Structure that CSS selectors cannot reach once Paged.js has rewritten them (it drops sibling
  // and id selectors): the body's first element restarts the page count with Arabic folios, and
  // the lists of chapter 2 and of 参考文献 are lists of documents, printed without list marks.
  beforeParsed(content) {
    // The body's first page opens with the document's title (标准名称) above chapter 1.
    const first = content.querySelector('.standard-text > h2:not(.preface):not(.introduction)');
    const title = content.querySelector('.standard-text > .body-title');
    if (title && first) first.before(title);
    const start = title && first ? title : first;
    if (start && !start.closest('[data-folio]')) start.dataset.folio = 'arabic';
    for (const table of content.querySelectorAll('.standard-text table')) {
      measureTable(table);
      keepRowsTogether(table);
    }
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
      const columns = table.querySelector(':scope > colgroup');
      if (head) this.tableHeads.set(table.dataset.ref, { head, columns, caption });
    }
  }

  // A table whose header or first rows do not fit moves to the next page whole with its caption,
  // rather than leaving a caption and header row (or a single row) behind.
  onOverflow(overflow) {
    if (!overflow) return undefined;
    const node = overflow.startContainer.childNodes[overflow.startOffset] ?? overflow.startContainer;
    const element = node.nodeType === 1 ? node : node.parentElement;
    const table = element?.closest('table');
    if (!table || table.dataset.splitFrom) return undefined;
    const part = element.closest('thead, tbody');
    const firstRows = part && (part.nodeName === 'THEAD' || (part.classList.contains('keep-together') && !part.previousElementSibling?.matches('tbody')));
    if (!firstRows) return undefined;
    const caption = table.previousElementSibling?.classList.contains('table-caption') ? table.previousElementSibling : table;
    // Nothing before it on this page: moving it would only repeat the same break.
    if (!caption.previousElementSibling && !caption.parentElement?.previousElementSibling) return undefined;
    const range = document.createRange();
    range.setStartBefore(caption);
    range.setEnd(overflow.endContainer, overflow.endOffset);
    return range;
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
    if (original.columns && !table.querySelector(':scope > colgroup')) {
      const columns = original.columns.cloneNode(true);
      for (const element of [columns, ...columns.querySelectorAll('[data-ref]')]) delete element.dataset.ref;
      table.insertBefore(columns, table.firstChild);
    }
    if (original.caption) {
      const caption = document.createElement('caption');
      caption.className = 'continued';
      caption.textContent = `${original.caption}（续）`;
      table.insertBefore(caption, table.firstChild);
    }
  }

  afterPageLayout(pageElement) {
    // Paged.js's page boxes are layout, not structure: without this, Chromium's tagged PDF wraps
    // every page's content in five levels of NonStruct (it keeps elements with an id or a position).
    for (const box of [pageElement, ...pageElement.querySelectorAll(PAGE_BOXES)]) box.setAttribute('role', 'none');
    // The margin boxes (running head, folio) are page furniture: not read as text.
    for (const margin of pageElement.querySelectorAll('.pagedjs_margin')) margin.setAttribute('aria-hidden', 'true');
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
      // Read once, on the first page; on every other page it is furniture.
      if (this.watermarkRead) mark.setAttribute('aria-hidden', 'true');
      this.watermarkRead = true;
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
