// In `npm run build`, each page Astro renders goes to the search index as it is written, so
// Pagefind indexes on the other core while Astro renders the rest (src/search/index-pages.ts).
import { defineMiddleware } from 'astro:middleware';
import { pageFileFor, providedSearchFeed } from '../src/search/index-pages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const provided = providedSearchFeed();
  // Pages only: Astro names them text/html. Anything else (a workbook, an image) passes untouched;
  // reading it as text would corrupt its bytes.
  if (!provided || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const file = pageFileFor(context.url.pathname, provided.base);
  if (!file) return response;
  const html = await response.text();
  await provided.feed.add(file, html);
  return new Response(html, response);
});
