// The light form of a standard: what other standards' rules need to know about it (metadata, the
// numbers of its clauses, tables, figures and formulas, its references and list of normative
// documents), without the Markdown tree. A corpus of thousands of standards is checked holding
// only these, and they cross from worker threads to the main thread cheaply.
import type { Heading, List, Paragraph, Text } from 'mdast';
import type { Section, Standard } from '../model/types.ts';

const NO_TEXT: Text = { type: 'text', value: '' };
const NO_PARAGRAPH: Paragraph = { type: 'paragraph', children: [] };
const NO_HEADING: Heading = { type: 'heading', depth: 2, children: [] };
const NO_LIST: List = { type: 'list', children: [] };
// Light forms are read, never changed: their sections share these. A thread's results cross to the
// main thread by structured clone, which writes a shared object once and every key of every object:
// each field left out of a light section is about a tenth of the results' size.
const NO_SECTIONS: Section[] = [];
const NO_BLOCKS: Section['blocks'] = [];

function lightSection(section: Section): Section {
  const light: Section = {
    kind: section.kind,
    number: section.number,
    title: section.title,
    depth: section.depth,
    position: section.position,
    node: section.node.type === 'heading' ? NO_HEADING : NO_PARAGRAPH,
    children: NO_SECTIONS,
    blocks: NO_BLOCKS,
    untitled: section.untitled,
  };
  if (section.annexType) light.annexType = section.annexType;
  if (section.annexMarkForm) light.annexMarkForm = section.annexMarkForm;
  return light;
}

export function lighten(standard: Standard): Standard {
  return {
    file: standard.file,
    source: '',
    loadError: standard.loadError,
    frontMatter: standard.frontMatter,
    meta: standard.meta,
    tree: { type: 'root', children: [] },
    elements: [],
    sections: new Map([...standard.sections].map(([number, section]) => [number, lightSection(section)])),
    unnumberedHeadings: [],
    titleHeadings: [],
    // Corpus rules compare terms across standards (term-conflict).
    terms: standard.terms.map((term) => ({ ...term, section: lightSection(term.section) })),
    captions: standard.captions.map((caption) => ({
      kind: caption.kind,
      number: caption.number,
      title: caption.title,
      position: caption.position,
      node: NO_PARAGRAPH,
      ...(caption.subfigures ? { subfigures: caption.subfigures.map((subfigure) => ({ ...subfigure, node: NO_PARAGRAPH })) } : {}),
    })),
    uncaptionedTables: [],
    formulas: standard.formulas.map((formula) => ({ number: formula.number, position: formula.position, node: NO_PARAGRAPH })),
    notes: [],
    footnotes: [],
    references: standard.references.map((reference) => ({ ...reference, node: NO_TEXT, section: undefined })),
    normativeList: standard.normativeList.map(({ text: _text, ...entry }) => entry),
    bibliography: standard.bibliography,
    suppressions: standard.suppressions,
    // References to list items (`6.2.2 a)`) are resolved in other standards too.
    lists: standard.lists.map((list) => ({ ...list, node: NO_LIST })),
    excessiveNesting: [],
  };
}
