// Worker thread: parses its share of the standards and runs the document rules on them, returning
// each standard's diagnostics and light form; in a build it then waits for the corpus of light
// forms and returns its standards with their rendered handbook text. See check-files.ts.
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Corpus } from '../model/types.ts';
import { checkDocuments, renderDocuments, type DocumentJob } from './check-files.ts';

const job = workerData as DocumentJob;
const { standards, results } = checkDocuments(job);
parentPort!.postMessage(results);
if (job.render) {
  const base = job.render.base;
  parentPort!.once('message', (bytes: Uint8Array) => parentPort!.postMessage(renderDocuments(standards, deserialize(bytes) as Corpus, base)));
}
