// What the search page needs besides Pagefind's index: each document's code, title, status and place
// in the system (for badges, ranking and filters), the codes that go straight to a document, and the
// office's synonyms.
import type { APIRoute } from 'astro';
import { formatCode, undatedKey } from '../../../src/model/code.ts';
import { loadSynonyms } from '../../../src/search/synonyms.ts';
import { codeKey, type SearchCatalogue } from '../../scripts/search-query.ts';
import { handbook } from '../../lib/handbook.ts';

export const GET: APIRoute = () => {
  const { pages, corpus, urls, statusLabel } = handbook();
  const codes: Record<string, string> = {};
  // Dated codes lead to their edition; undated codes and bare serials to the edition at the undated address.
  for (const page of pages) {
    const code = page.standard.meta.code!;
    codes[codeKey(formatCode(code))] = page.url;
    codes[codeKey(`${code.serial}—${code.year}`)] = page.url;
    if (page.isMain) {
      codes[codeKey(undatedKey(code))] = page.url;
      codes[codeKey(code.serial)] = page.url;
    }
  }
  for (const external of corpus.external) {
    codes[codeKey(formatCode(external.code))] = urls.external(external.code);
    // The undated code leads to the edition in force when several are listed.
    const undated = codeKey(undatedKey(external.code));
    if (!codes[undated] || external.status === '现行') codes[undated] = urls.external(external.code);
  }
  const documents = pages.map((page) => {
    const status = statusLabel(page.standard);
    return {
      url: page.url,
      code: page.code,
      title: page.standard.meta.title ?? '',
      status,
      retired: status === '被代替' || status === '废止',
      subsystem: page.subsystem?.name ?? '',
      node: page.node ? `${page.node.code} ${page.node.name}` : '',
      department: page.standard.meta.department ?? '',
    };
  });
  const catalogue: SearchCatalogue = {
    documents,
    codes,
    externals: corpus.external.map((e) => ({ url: urls.external(e.code), code: formatCode(e.code), title: e.title, status: e.status })),
    synonyms: loadSynonyms(process.env.HANDBOOK_ROOT ?? process.cwd()),
  };
  return new Response(JSON.stringify(catalogue), { headers: { 'Content-Type': 'application/json' } });
};
