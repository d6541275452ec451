// Everything the handbook pages show, computed once per build from the standards model in src/.
// Pages never read Markdown themselves: they take rendered HTML from the shared renderer.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusIndex } from '../../src/model/corpus-index.ts';
import { checkCorpus, todayIso } from '../../src/check/run.ts';
import { findStandardFiles, loadCorpus, providedCorpus, type ParseCache } from '../../src/corpus.ts';
import { formatCode } from '../../src/model/code.ts';
import { termConflicts } from '../../src/model/terms.ts';
import { STATUS_LABELS, type Corpus, type Diagnostic, type Standard, type Term } from '../../src/model/types.ts';
import { handbookBase, HandbookUrls } from '../../src/render/links.ts';
import { isPublishable, renderHandbookText } from '../../src/render/handbook-text.ts';
import type { RenderedStandard } from '../../src/render/render-standard.ts';
import { buildSystemTable, subsystemOf, type SystemTable } from '../../src/system/system-table.ts';
import { compareEditions, previousEdition, type EditionComparison } from '../../src/authoring/changes.ts';
import { gitHistoryByFile, type HistoryEntry } from '../../src/authoring/history.ts';
import type { FrameworkNode } from '../../src/model/types.ts';

export interface StandardPage {
  standard: Standard;
  code: string;
  serial: string;
  year: string;
  url: string;
  isMain: boolean;
  subsystem?: FrameworkNode;
  node?: FrameworkNode;
  rendered: RenderedStandard;
  /** Standards whose text refers to this document. */
  citedBy: Standard[];
  /** Editions of the same document, oldest first. */
  editions: Standard[];
  successors: Standard[];
  notYetEffective: boolean;
  /** Commits that changed the file, newest first (empty outside git). */
  history: HistoryEntry[];
  /** Differences from the edition this one replaces. */
  comparison?: { previous: Standard; result: EditionComparison };
}

export interface TermEntry {
  term: Term;
  standard: Standard;
  url: string;
  /** Other standards define the same term differently. */
  conflicting: boolean;
}

export interface Handbook {
  corpus: Corpus;
  index: CorpusIndex;
  urls: HandbookUrls;
  today: string;
  pages: StandardPage[];
  pageOf(standard: Standard): StandardPage;
  systemTable: SystemTable;
  terms: TermEntry[];
  /** External standards with the standards that cite them. */
  citationsOfExternal(code: string): Standard[];
  statusLabel(standard: Standard): string;
  mediaFiles: Map<string, string>;
  /** Diagnostics by file, computed only in the authoring mode (`npm run dev`). */
  diagnostics: Map<string, Diagnostic[]>;
}

const authoring = process.env.HANDBOOK_DEV === '1';
const parseCache: ParseCache = new Map();

function build(root: string): Handbook {
  const provided = authoring ? undefined : providedCorpus(root);
  const corpus = provided?.corpus ?? loadCorpus(root, parseCache);
  const index = new CorpusIndex(corpus);
  const urls = new HandbookUrls(index, import.meta.env.BASE_URL);
  // Texts rendered by the build's threads, when they were linked for this base URL.
  const texts = provided && handbookBase(provided.base) === urls.base ? provided.texts : new Map();
  const today = process.env.HANDBOOK_TODAY ?? todayIso();
  const mediaFiles = new Map<string, string>();
  const publishable = corpus.standards.filter(isPublishable);
  const history = gitHistoryByFile(root, 'standards');

  const isPublished = new Set(publishable);

  const pages = publishable.map((standard): StandardPage => {
    const code = standard.meta.code!;
    const node = corpus.system.nodes.get(index.nodeOf(code) ?? '');
    const text = texts.get(standard.file) ?? renderHandbookText(standard, standard, urls, root);
    for (const [path, file] of text.media) mediaFiles.set(path, file);
    return {
      standard,
      code: formatCode(code),
      serial: code.serial,
      year: code.year!,
      url: urls.standard(standard),
      isMain: urls.isMainEdition(standard),
      subsystem: node ? subsystemOf(node) : undefined,
      node,
      rendered: text.rendered,
      citedBy: index
        .citersOf(standard)
        .filter((s) => isPublished.has(s))
        .sort((a, b) => a.meta.code!.serial.localeCompare(b.meta.code!.serial)),
      editions: index.editionsOf(code),
      successors: index.successorsOf(standard),
      notYetEffective: standard.meta.status === 'current' && !!standard.meta.effective && standard.meta.effective > today,
      history: history.get(standard.file) ?? [],
      comparison: comparisonWithPrevious(corpus, index, standard),
    };
  });
  const byStandard = new Map(pages.map((p) => [p.standard, p]));

  // The same judgement as the term-conflict rule: entries citing another standard's definition do not conflict.
  const conflicting = new Set(termConflicts(publishable).flatMap((conflict) => conflict.entries.filter((e) => e.conflicting).map((e) => e.term)));
  const terms = publishable
    .flatMap((standard) => standard.terms.map((term) => ({ term, standard })))
    .filter(({ standard }) => standard.meta.status !== 'superseded' && standard.meta.status !== 'withdrawn')
    .map(({ term, standard }) => ({ term, standard, url: `${byStandard.get(standard)!.url}#${term.number}`, conflicting: conflicting.has(term) }))
    .sort((a, b) => a.term.term.localeCompare(b.term.term, 'zh-Hans-CN') || a.standard.meta.code!.serial.localeCompare(b.standard.meta.code!.serial));

  return {
    corpus,
    index,
    urls,
    today,
    pages,
    pageOf: (standard) => byStandard.get(standard)!,
    systemTable: buildSystemTable(corpus, index, today),
    terms,
    citationsOfExternal: (key) => index.citersOfExternal(key).filter((s) => isPublished.has(s)),
    statusLabel: (standard) => {
      const status = standard.meta.status;
      if (!status) return '未知';
      return status === 'current' && standard.meta.effective && standard.meta.effective > today ? '即将实施' : STATUS_LABELS[status];
    },
    mediaFiles,
    diagnostics: authoring ? groupByFile(checkCorpus(corpus, { today })) : new Map(),
  };
}

function comparisonWithPrevious(corpus: Corpus, index: CorpusIndex, standard: Standard): StandardPage['comparison'] {
  const previous = previousEdition(corpus, standard, index);
  return previous ? { previous, result: compareEditions(previous, standard) } : undefined;
}

function groupByFile(diagnostics: Diagnostic[]): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of diagnostics) byFile.set(diagnostic.file, [...(byFile.get(diagnostic.file) ?? []), diagnostic]);
  return byFile;
}

/** Changes whenever a file under standards/ is added, removed or saved. */
function fingerprint(root: string): string {
  const dir = join(root, 'standards');
  const files = [...findStandardFiles(dir), join(dir, 'system.yaml'), join(dir, 'external.yaml')];
  return files
    .map((file) => {
      try {
        const { mtimeMs, size } = statSync(file);
        return `${file}:${mtimeMs}:${size}`;
      } catch {
        return `${file}:missing`;
      }
    })
    .join('|');
}

let cached: { handbook: Handbook; fingerprint: string } | undefined;

/** The handbook model; in the authoring mode it is rebuilt (re-parsing only changed files) after every save. */
export function handbook(): Handbook {
  const root = process.env.HANDBOOK_ROOT ?? process.cwd();
  if (cached && !authoring) return cached.handbook;
  const current = authoring ? fingerprint(root) : '';
  if (!cached || cached.fingerprint !== current) cached = { handbook: build(root), fingerprint: current };
  return cached.handbook;
}
