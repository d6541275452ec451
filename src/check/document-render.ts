// A build's rendering in the checker's threads: once phase 2 has the corpus of light forms, each
// standard's handbook text is rendered, linked against it. Only builds load this (and the render
// pipeline behind it); a check's threads start without it.
import { CorpusIndex } from '../model/corpus-index.ts';
import type { Corpus, Standard } from '../model/types.ts';
import { isPublishable, renderHandbookText, type HandbookText } from '../render/handbook-text.ts';
import { HandbookUrls } from '../render/links.ts';

/** What the build takes from the threads: the standard and, when it gets a page, its handbook text. */
export interface BuiltDocument {
  standard: Standard;
  text?: HandbookText;
}

/** A thread hands its rendered documents back in batches of this many, dropping each batch's trees once sent. */
export const RENDER_BATCH = 50;

/** Renders standards' handbook texts, linked against the corpus of light forms. */
export function documentRenderer(corpus: Corpus, base: string): (standard: Standard) => BuiltDocument {
  const urls = new HandbookUrls(new CorpusIndex(corpus), base);
  const lightByFile = new Map(corpus.standards.map((light) => [light.file, light]));
  return (standard) => ({ standard, text: isPublishable(standard) ? renderHandbookText(standard, lightByFile.get(standard.file)!, urls, corpus.root) : undefined });
}
