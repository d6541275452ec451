// Finishing the PDFs Chromium prints: document metadata, page labels (Ⅰ Ⅱ … / 1 2 … as printed),
// the outline (bookmarks), and assembling the 标准汇编 from the finished standards.
// Chromium writes a named destination for every element id (in the catalog's /Dests, the name
// percent-encoded), and its links point at those names; the outline uses the same destinations.
import { beginMarkedContent, endMarkedContent, ParseSpeeds, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString, type PDFObject, type PDFPage } from 'pdf-lib';
import type { PageLayout } from './browser.ts';
import { StructureBinder } from './pdf-structure.ts';

const PT_PER_CSS_PX = 0.75;

// pdf-lib yields to the event loop every 100 objects it parses and every 50 it writes, by default;
// a standard has some 1,500 objects and the 汇编 tens of thousands, and nothing else waits.
const LOAD = { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false } as const;
const SAVE = { objectsPerTick: Infinity } as const;

export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
}

export interface OutlineItem {
  title: string;
  /** An element id of the document. */
  target: string;
  children: OutlineItem[];
}

/** The destinations of a PDF printed by Chromium, by element id: [pageRef /XYZ x y zoom]. */
function namedDestinations(doc: PDFDocument): Map<string, PDFArray> {
  const result = new Map<string, PDFArray>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const destination = doc.context.lookupMaybe(value, PDFArray);
    if (!destination) continue;
    result.set(decodeId(name.decodeText()), destination);
  }
  return result;
}

function setInfo(doc: PDFDocument, info: DocumentInfo): void {
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setSubject(info.subject);
  doc.setAuthor(info.author);
  doc.setKeywords(info.keywords);
  doc.setCreator('江门市行政服务中心标准体系工具链');
  doc.setProducer('Chromium, Paged.js, pdf-lib');
  doc.setLanguage('zh-CN');
}

interface ResolvedItem {
  title: string;
  destination: PDFArray;
  children: ResolvedItem[];
  /** Show the children when the outline opens. */
  open: boolean;
}

/** Writes /Outlines; items without a destination are left out. */
function writeOutline(doc: PDFDocument, items: ResolvedItem[]): void {
  if (items.length === 0) return;
  const { context } = doc;
  const root = context.nextRef();
  const writeLevel = (level: ResolvedItem[], parent: PDFRef): { first: PDFRef; last: PDFRef; visible: number } => {
    const refs = level.map(() => context.nextRef());
    let visible = 0;
    level.forEach((item, i) => {
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), item.destination);
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      visible += 1;
      if (item.children.length > 0) {
        const children = writeLevel(item.children, refs[i]!);
        dict.set(PDFName.of('First'), children.first);
        dict.set(PDFName.of('Last'), children.last);
        // A negative count keeps the item closed.
        dict.set(PDFName.of('Count'), PDFNumber.of(item.open ? children.visible : -children.visible));
        if (item.open) visible += children.visible;
      }
      context.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs.at(-1)!, visible };
  };
  const top = writeLevel(items, root);
  context.assign(root, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.visible }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function pageDestination(doc: PDFDocument, page: number, top: number | null = null): PDFArray {
  return doc.context.obj([doc.getPage(page).ref, PDFName.of('XYZ'), PDFNull, top === null ? PDFNull : PDFNumber.of(top), PDFNull]) as PDFArray;
}

/**
 * Where an id is: Chromium's destination when it wrote one (it does only for ids that links
 * point to, as every 目次 entry does), else the position print-runtime.js measured.
 */
function destinationOf(doc: PDFDocument, id: string, destinations: Map<string, PDFArray>, layout: PageLayout, pageOffset: number): PDFArray | undefined {
  const named = destinations.get(id);
  if (named) return named;
  const anchor = layout.anchors[id];
  if (!anchor) return undefined;
  const page = doc.getPage(pageOffset + anchor.page);
  return pageDestination(doc, pageOffset + anchor.page, page.getHeight() - anchor.top * PT_PER_CSS_PX);
}

function resolveOutline(doc: PDFDocument, items: OutlineItem[], destinations: Map<string, PDFArray>, layout: PageLayout, open: boolean, pageOffset = 0): ResolvedItem[] {
  return items.flatMap((item) => {
    const destination = destinationOf(doc, item.target, destinations, layout, pageOffset);
    const children = resolveOutline(doc, item.children, destinations, layout, false, pageOffset);
    return destination ? [{ title: item.title, destination, children, open }] : [];
  });
}

/** Page labels as printed: Ⅰ Ⅱ … (shown as I II) for the front matter, 1 2 … for the body, 封面-1 … before. */
function writePageLabels(doc: PDFDocument, layout: PageLayout): void {
  const nums: PDFObject[] = [];
  let previous: string | undefined;
  layout.pages.forEach((page, index) => {
    // A blank page continues the numbering it stands in.
    const style = page.style === 'blank' && previous ? previous : page.style;
    if (style !== previous) {
      const label = style === 'roman' ? { S: 'R' } : style === 'arabic' ? { S: 'D' } : { S: 'D', P: PDFHexString.fromText('封面-') };
      nums.push(PDFNumber.of(index), doc.context.obj(label));
    }
    previous = style;
  });
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
}

export interface FinishedPdf {
  bytes: Uint8Array;
  pageCount: number;
}

/** Adds metadata, page labels and the outline to a PDF printed from one print document. */
export async function finishPdf(pdf: Uint8Array, layout: PageLayout, info: DocumentInfo, outline: OutlineItem[]): Promise<FinishedPdf> {
  const doc = await PDFDocument.load(pdf, LOAD);
  setInfo(doc, info);
  writePageLabels(doc, layout);
  writeOutline(doc, resolveOutline(doc, outline, namedDestinations(doc), layout, true));
  return { bytes: await doc.save(SAVE), pageCount: doc.getPageCount() };
}

export interface CompendiumPart {
  /** The finished PDF of one standard. */
  pdf: Uint8Array;
  layout: PageLayout;
  outlineTitle: string;
  outline: OutlineItem[];
  /** Its page in the handbook: links to this address (and its anchors) lead into the 汇编 instead. */
  url: string;
}

/** A standard once copied into the compendium. */
interface BoundPart {
  part: CompendiumPart;
  pages: PDFPage[];
  /** Index of its first page in the compendium. */
  offset: number;
  destinations: Map<string, PDFArray>;
}

/**
 * The 标准汇编: its own front matter (cover and overall contents), then every standard as
 * printed, each starting on a right-hand page. Pages after the front matter carry the
 * compendium's running number at the foot's centre, the number its contents refer to. Links
 * between the standards, and the contents entries, lead to the pages inside the compendium.
 */
export async function assembleCompendium(
  front: FinishedPdf,
  frontLayout: PageLayout,
  frontOutline: OutlineItem[],
  parts: CompendiumPart[],
  folios: Uint8Array,
  info: DocumentInfo,
): Promise<FinishedPdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  // Tagged like the standards: their structure trees are copied with their pages.
  const structure = new StructureBinder(doc);
  const frontDoc = await PDFDocument.load(front.bytes, LOAD);
  const frontPages = structure.copyPages(frontDoc);
  for (const page of frontPages) doc.addPage(page);
  const frontDestinations = remapDestinations(namedDestinations(frontDoc), frontDoc, doc, 0);
  const outline = resolveOutline(doc, frontOutline, frontDestinations, frontLayout, false);
  padToEven(doc);
  const bodyStart = doc.getPageCount();
  const folioSheet = await PDFDocument.load(folios, LOAD);

  const bound: BoundPart[] = [];
  const numbered: { page: PDFPage; number: number }[] = [];
  for (const part of parts) {
    const source = await PDFDocument.load(part.pdf, LOAD);
    const offset = doc.getPageCount();
    const pages = structure.copyPages(source);
    for (const [index, page] of pages.entries()) {
      doc.addPage(page);
      const style = part.layout.pages[index]?.style;
      if (style === 'roman' || style === 'arabic') numbered.push({ page, number: offset + index - bodyStart + 1 });
    }
    const destinations = remapDestinations(namedDestinations(source), source, doc, offset);
    bound.push({ part, pages, offset, destinations });
    outline.push({ title: part.outlineTitle, destination: pageDestination(doc, offset), children: resolveOutline(doc, part.outline, destinations, part.layout, false, offset), open: false });
    padToEven(doc);
  }

  await stampFolios(doc, folioSheet, numbered);

  const byUrl = new Map(bound.map((b) => [b.part.url, b]));
  /** Where a handbook address leads inside the compendium: the standard's anchor, else its first page. */
  const internal = (uri: string): PDFArray | undefined => {
    const hash = uri.indexOf('#');
    const target = byUrl.get(hash < 0 ? uri : uri.slice(0, hash));
    if (!target) return undefined;
    const id = hash < 0 ? '' : decodeId(uri.slice(hash + 1));
    return (id && destinationOf(doc, id, target.destinations, target.part.layout, target.offset)) || pageDestination(doc, target.offset);
  };
  relinkAnnotations(frontPages, frontDestinations, internal);
  for (const { pages, destinations } of bound) relinkAnnotations(pages, destinations, internal);

  structure.finish();
  setInfo(doc, info);
  doc.catalog.set(
    PDFName.of('PageLabels'),
    doc.context.obj({
      Nums: [PDFNumber.of(0), doc.context.obj({ S: 'R', St: 1 }), PDFNumber.of(bodyStart), doc.context.obj({ S: 'D', St: 1 })],
    }),
  );
  writeOutline(doc, outline);
  return { bytes: await doc.save(SAVE), pageCount: doc.getPageCount() };
}

/** Chromium percent-encodes ids in names and URLs; an id that is not encoded is itself. */
function decodeId(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Destinations of `source` pointing at the pages copied into `target` from `offset` on. */
function remapDestinations(destinations: Map<string, PDFArray>, source: PDFDocument, target: PDFDocument, offset: number): Map<string, PDFArray> {
  const pageIndex = new Map(source.getPages().map((page, index) => [page.ref.toString(), index]));
  const result = new Map<string, PDFArray>();
  for (const [id, destination] of destinations) {
    const index = pageIndex.get(destination.get(0).toString());
    if (index === undefined) continue;
    const copy = PDFArray.withContext(target.context);
    copy.push(target.getPage(offset + index).ref);
    for (let i = 1; i < destination.size(); i++) copy.push(destination.get(i));
    result.set(id, copy);
  }
  return result;
}

/**
 * Links copied from a standard name destinations of their own PDF: point them at the copied pages.
 * Links to the handbook pages of standards bound in the same compendium become links inside it.
 */
function relinkAnnotations(pages: PDFPage[], destinations: Map<string, PDFArray>, internal: (uri: string) => PDFArray | undefined): void {
  for (const page of pages) {
    const annotations = page.node.Annots();
    for (let i = 0; i < (annotations?.size() ?? 0); i++) {
      const annotation = annotations!.lookupMaybe(i, PDFDict);
      if (!annotation) continue;
      const name = annotation.lookupMaybe(PDFName.of('Dest'), PDFName);
      if (name) {
        const destination = destinations.get(decodeId(name.decodeText()));
        if (destination) annotation.set(PDFName.of('Dest'), destination);
        else annotation.delete(PDFName.of('Dest'));
        continue;
      }
      const uri = annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
      const destination = uri && internal(uri.decodeText());
      if (destination) {
        annotation.delete(PDFName.of('A'));
        annotation.set(PDFName.of('Dest'), destination);
      }
    }
  }
}

function padToEven(doc: PDFDocument): void {
  if (doc.getPageCount() % 2 === 1) {
    const { width, height } = doc.getPage(0).getSize();
    doc.addPage([width, height]);
  }
}

/**
 * The compendium's running numbers: the centre of the foot of page N of the folio sheet, drawn over
 * the page numbered N. Embedded together, so the sheet's font is copied into the compendium once.
 */
async function stampFolios(doc: PDFDocument, folioSheet: PDFDocument, numbered: { page: PDFPage; number: number }[]): Promise<void> {
  if (numbered.length === 0) return;
  const boxes = numbered.map(({ page }) => FOLIO_BOX(page.getWidth()));
  const stamps = await doc.embedPages(
    numbered.map(({ number }) => folioSheet.getPage(number - 1)),
    boxes,
  );
  numbered.forEach(({ page }, i) => {
    // Page furniture, outside the structure tree.
    page.pushOperators(beginMarkedContent('Artifact'));
    page.drawPage(stamps[i]!, { x: boxes[i]!.left, y: boxes[i]!.bottom });
    page.pushOperators(endMarkedContent());
  });
}

/** Where compendium-folios.html prints the number: on the line of the standard's own folio (at the outer edge), near the centre. */
const FOLIO_BOX = (width: number): { left: number; bottom: number; right: number; top: number } => ({ left: width / 2 - 50, bottom: 15, right: width / 2 + 50, top: 45 });
