// The structure tree (tagged PDF) of a PDF bound from other tagged PDFs, as the 汇编 is bound from
// the standards Chromium printed with tagging: pdf-lib copies pages but not structure, so the
// pages are copied here together with each part's tree. Each part's top element (Chromium's
// Document) becomes a Part under the bound document's root; the numbers that tie marked content
// and links to their elements (StructParents, StructParent, the ParentTree) are renumbered, and
// the element ids of table header cells (the IDTree) are prefixed by the part, since two parts
// printed apart may use the same ids.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFObjectCopier, PDFPage, PDFPageLeaf, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const name = (key: string): PDFName => PDFName.of(key);

/** The [key, value] pairs of a number tree or a name tree (`entries` is Nums or Names). */
function treeEntries(node: PDFDict | undefined, entries: 'Nums' | 'Names'): [PDFObject, PDFObject][] {
  if (!node) return [];
  const pairs: [PDFObject, PDFObject][] = [];
  const own = node.lookupMaybe(name(entries), PDFArray);
  for (let i = 0; own && i + 1 < own.size(); i += 2) pairs.push([own.get(i), own.get(i + 1)]);
  const kids = node.lookupMaybe(name('Kids'), PDFArray);
  for (let i = 0; kids && i < kids.size(); i++) pairs.push(...treeEntries(kids.lookupMaybe(i, PDFDict), entries));
  return pairs;
}

function textOf(value: PDFObject): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

export class StructureBinder {
  private readonly doc: PDFDocument;
  private readonly root: PDFRef;
  private readonly parts: PDFRef[] = [];
  private readonly parentTree: PDFObject[] = [];
  private readonly ids = new Map<string, PDFObject>();
  private nextKey = 0;

  constructor(doc: PDFDocument) {
    this.doc = doc;
    this.root = doc.context.nextRef();
  }

  /** Copies every page of `source` (to be added with doc.addPage, in order) and its structure tree. */
  copyPages(source: PDFDocument): PDFPage[] {
    const { context } = this.doc;
    const copier = PDFObjectCopier.for(source.context, context);
    // Pages first, so that the elements' /Pg and the link annotations map onto these copies.
    const pages = source.getPages().map((page) => {
      const ref = copier.copy(page.ref) as PDFRef;
      const leaf = context.lookup(ref);
      if (!(leaf instanceof PDFPageLeaf)) throw new Error(`复制的第 ${ref.toString()} 号对象不是页面`);
      return PDFPage.of(leaf, ref, this.doc);
    });
    const tree = source.catalog.lookupMaybe(name('StructTreeRoot'), PDFDict);
    if (!tree) return pages;
    const prefix = `p${this.parts.length + 1}-`;
    const top = tree.get(name('K'));
    const tops = top instanceof PDFArray ? top.asArray() : top ? [top] : [];
    for (const ref of tops) {
      const element = source.context.lookupMaybe(ref, PDFDict);
      if (!element || !(ref instanceof PDFRef)) continue;
      // Not its old root: that would copy the whole old tree again.
      element.delete(name('P'));
      const copied = copier.copy(ref) as PDFRef;
      const part = context.lookup(copied, PDFDict);
      part.set(name('S'), name('Part'));
      part.set(name('P'), this.root);
      this.renameIds(copied, prefix);
      this.parts.push(copied);
    }
    const offset = this.nextKey;
    let next = offset;
    for (const [key, value] of treeEntries(tree.lookupMaybe(name('ParentTree'), PDFDict), 'Nums')) {
      if (!(key instanceof PDFNumber)) continue;
      this.parentTree.push(PDFNumber.of(key.asNumber() + offset), copier.copy(value));
      next = Math.max(next, key.asNumber() + offset + 1);
    }
    const declared = tree.lookupMaybe(name('ParentTreeNextKey'), PDFNumber);
    this.nextKey = Math.max(next, declared ? declared.asNumber() + offset : 0);
    for (const [key, value] of treeEntries(tree.lookupMaybe(name('IDTree'), PDFDict), 'Names')) {
      const id = textOf(key);
      if (id !== undefined) this.ids.set(`${prefix}${id}`, copier.copy(value));
    }
    for (const page of pages) {
      const shift = (dict: PDFDict, key: string): void => {
        const number = dict.lookupMaybe(name(key), PDFNumber);
        if (number) dict.set(name(key), PDFNumber.of(number.asNumber() + offset));
      };
      shift(page.node, 'StructParents');
      const annotations = page.node.Annots();
      for (let i = 0; i < (annotations?.size() ?? 0); i++) {
        const annotation = annotations!.lookupMaybe(i, PDFDict);
        if (annotation) shift(annotation, 'StructParent');
      }
    }
    return pages;
  }

  /** Prefixes the element ids and the table cells' /Headers that point at them. */
  private renameIds(ref: PDFRef, prefix: string): void {
    const { context } = this.doc;
    const stack: PDFObject[] = [ref];
    const seen = new Set<PDFObject>();
    while (stack.length > 0) {
      const item = stack.pop()!;
      const element = item instanceof PDFRef ? context.lookupMaybe(item, PDFDict) : item instanceof PDFDict ? item : undefined;
      if (!element || seen.has(element) || !element.has(name('S'))) continue;
      seen.add(element);
      const idValue = element.get(name('ID'));
      const id = idValue && textOf(idValue);
      if (id !== undefined) element.set(name('ID'), PDFString.of(`${prefix}${id}`));
      const attributes = element.lookup(name('A'));
      for (const attribute of attributes instanceof PDFArray ? attributes.asArray() : [attributes]) {
        const dict = attribute instanceof PDFRef ? context.lookupMaybe(attribute, PDFDict) : attribute instanceof PDFDict ? attribute : undefined;
        const headers = dict?.lookupMaybe(name('Headers'), PDFArray);
        if (!headers) continue;
        dict!.set(name('Headers'), context.obj(headers.asArray().map((header) => PDFString.of(`${prefix}${textOf(header) ?? ''}`))));
      }
      const kids = element.get(name('K'));
      if (kids instanceof PDFArray) stack.push(...kids.asArray());
      else if (kids) stack.push(kids);
    }
  }

  /** Writes the root of the bound structure tree into the catalog. */
  finish(): void {
    const { context, catalog } = this.doc;
    if (this.parts.length === 0) return;
    // Name trees are sorted by their keys.
    const names = [...this.ids.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([id, value]) => [PDFString.of(id), value]);
    const document = context.register(context.obj({ Type: 'StructElem', S: 'Document', P: this.root, K: this.parts }));
    for (const part of this.parts) context.lookup(part, PDFDict).set(name('P'), document);
    context.assign(
      this.root,
      context.obj({
        Type: 'StructTreeRoot',
        K: document,
        ParentTree: context.obj({ Nums: this.parentTree }),
        ParentTreeNextKey: this.nextKey,
        ...(names.length > 0 ? { IDTree: context.obj({ Names: names }) } : {}),
      }),
    );
    catalog.set(name('StructTreeRoot'), this.root);
    catalog.set(name('MarkInfo'), context.obj({ Marked: true }));
  }
}
