// A build's rendering in the checker's threads: once phase 2 has the corpus of light forms, each
// standard's handbook text is rendered, linked against it, in the thread that parsed it. Only builds
// load this (and the render pipeline behind it); a check's threads start without it.
import { CorpusIndex } from '../model/corpus-index.ts';
import type { Corpus, Standard } from '../model/types.ts';
import { isPublishable, renderHandbookText, type HandbookText } from '../render/handbook-text.ts';
import { HandbookUrls } from '../render/links.ts';

/** What the build takes from a thread for each standard it parsed: the handbook text, when it gets a page. */
export interface BuiltDocument {
  text?: HandbookText;
  /** Only from the main thread: a worker's standards are parsed again there instead (see check-files.ts). */
  standard?: Standard;
}

/** A thread hands its rendered texts back in batches of this many, dropping each batch's trees once sent. */
export const RENDER_BATCH = 50;

/** Renders standards' handbook texts, linked against the corpus of light forms. */
export function documentRenderer(corpus: Corpus, base: string): (standard: Standard) => HandbookText | undefined {
  const urls = new HandbookUrls(new CorpusIndex(corpus), base);
  const lightByFile = new Map(corpus.standards.map((light) => [light.file, light]));
  return (standard) => (isPublishable(standard) ? renderHandbookText(standard, lightByFile.get(standard.file)!, urls, corpus.root) : undefined);
}
