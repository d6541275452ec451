// Worker thread: parses its share of the standards and runs the document rules on them, returning
// each standard's diagnostics and light form in batches as it goes; in a build it then waits for the corpus of light
// forms and returns its standards with their rendered handbook text, in batches, so that a batch's
// trees can be collected here while the main thread takes them in. See check-files.ts.
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../model/types.ts';
import { checkDocuments, type DocumentJob } from './check-files.ts';

const job = workerData as DocumentJob;
const standards = await checkDocuments(job, (results) => parentPort!.postMessage(results));
if (job.render) {
  const base = job.render.base;
  // Loaded while phase 2 runs on the main thread; the listener is attached at once.
  const renderer = import('./document-render.ts');
  parentPort!.once('message', async (bytes: Uint8Array) => {
    const { documentRenderer, RENDER_BATCH } = await renderer;
    const render = documentRenderer(deserialize(bytes) as Corpus, base);
    while (standards.length > 0) parentPort!.postMessage(render(standards.splice(0, RENDER_BATCH)));
  });
}
