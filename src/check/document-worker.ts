// Worker thread: takes standards one at a time from the paths it shares with the other threads,
// parses them and runs the document rules, returning each one's diagnostics and light form in
// batches as it goes. In a build it then waits for the corpus of light forms and returns the
// rendered handbook texts of its standards, in batches, dropping each batch's trees. See check-files.ts.
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../model/types.ts';
import { checkDocuments, type DocumentJob, type WorkerBatch } from './check-files.ts';
import type { BuiltDocument } from './document-render.ts';

const job = workerData as DocumentJob;
const standards = await checkDocuments(job, (items, done) => parentPort!.postMessage({ items, done }));
if (job.render) {
  const base = job.render.base;
  // Loaded while phase 2 runs on the main thread; the listener is attached at once.
  const renderer = import('./document-render.ts');
  parentPort!.once('message', async (bytes: Uint8Array) => {
    const { documentRenderer, RENDER_BATCH } = await renderer;
    const render = documentRenderer(deserialize(bytes) as Corpus, base);
    do {
      const items = standards.splice(0, RENDER_BATCH).map(({ index, item }) => ({ index, item: { text: render(item) } }));
      parentPort!.postMessage({ items, done: standards.length === 0 } satisfies WorkerBatch<BuiltDocument>);
    } while (standards.length > 0);
  });
}
