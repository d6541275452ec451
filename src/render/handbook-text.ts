// A standard's text as the handbook shows it: HTML whose references link to the pages of the
// handbook and whose images are served under /media/. The build renders it in the checker's
// worker threads (src/check/check-files.ts), `npm run dev` in the site itself.
import { relative } from 'node:path';
import type { LightStandard, Standard } from '../model/types.ts';
import { localImagePath, type HandbookUrls } from './links.ts';
import { renderStandard, type RenderedStandard } from './render-standard.ts';

export interface HandbookText {
  rendered: RenderedStandard;
  /** The images it shows: path below /media/ → file. */
  media: Map<string, string>;
}

/** Where images live in the handbook: `/media/<path below standards/>`. */
function mediaPath(root: string, file: string): string {
  return relative(`${root}/standards`, file).split('\\').join('/');
}

/** A standard gets a page when it has a dated code and could be read. */
export function isPublishable(standard: LightStandard): boolean {
  return !!standard.meta.code?.year && !standard.loadError;
}

/** `linkFrom` is the standard as `urls` knows it (its light form when the index holds light forms). */
export function renderHandbookText(standard: Standard, linkFrom: LightStandard, urls: HandbookUrls, root: string): HandbookText {
  const media = new Map<string, string>();
  const rendered = renderStandard(standard, {
    hrefFor: (reference) => urls.reference(reference, linkFrom),
    imageSrc: (src) => {
      const file = localImagePath(src, standard, root);
      if (!file) return undefined;
      const path = mediaPath(root, file);
      media.set(path, file);
      return `${urls.base}media/${path}`;
    },
  });
  return { rendered, media };
}
