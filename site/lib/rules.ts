// The rule reference pages (/rules/, /rules/<id>/): the catalogue of src/check/catalogue.ts, with each
// example rendered by the shared renderer as the handbook renders standards.
import { ruleCatalogue, type CatalogueEntry, type CatalogueExample } from '../../src/check/catalogue.ts';
import { EXAMPLE_FILE, exampleCorpus, type ExampleConfig } from '../../src/check/examples.ts';
import { renderStandard } from '../../src/render/render-standard.ts';
import { handbook } from './handbook.ts';

export interface RenderedExample extends CatalogueExample {
  /** The example standard's text as the handbook shows it; empty when the example is only a front matter. */
  html: string;
}

export interface RulePage extends Omit<CatalogueEntry, 'examples'> {
  examples: RenderedExample[];
}

function rendered(example: CatalogueExample, config: ExampleConfig): RenderedExample {
  const standard = exampleCorpus(example.example, config).standards.find((s) => s.file === EXAMPLE_FILE);
  // Examples stand alone: their references and images lead nowhere.
  const html = standard ? renderStandard(standard, { hrefFor: () => undefined, imageSrc: () => undefined }).html : '';
  // Several examples on one page number their clauses alike: their anchors, and the in-page links to
  // them (a term's first mention links to its definition), would collide with each other.
  return { ...example, html: html.replace(/ id="[^"]*"/gu, '').replace(/<a [^>]*href="#[^"]*"[^>]*>(.*?)<\/a>/gsu, '$1') };
}

let pages: RulePage[] | undefined;

/** The examples are checked under the published system's configuration, as its editors' texts are. */
export function rulePages(): RulePage[] {
  const { corpus } = handbook();
  const config = { system: corpus.system, external: corpus.external };
  pages ??= ruleCatalogue(config).map((entry) => ({ ...entry, examples: entry.examples.map((example) => rendered(example, config)) }));
  return pages;
}
