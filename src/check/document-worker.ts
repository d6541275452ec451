// Worker thread: parses its share of the standards and runs the document rules on them, returning
// each standard's diagnostics and light form. See check-files.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { checkDocuments, type DocumentJob } from './check-files.ts';

const job = workerData as DocumentJob;
parentPort!.postMessage(checkDocuments(job));
