// A loader thread: takes chunks of files from the counter it shares with the others, and sends
// each chunk back as JSON text (one string crosses threads faster than a graph of objects).
import { parentPort, workerData } from 'node:worker_threads';
import { CHUNK, type SentResult, type WorkerTask } from './load-files.js';
import { loadFile } from './load-file.js';

const { paths, expect, options, regular, next } = workerData as WorkerTask;
const counter = new Int32Array(next);
for (let start = Atomics.add(counter, 0, CHUNK); start < paths.length; start = Atomics.add(counter, 0, CHUNK)) {
  const sent: SentResult[] = [];
  for (let i = start; i < Math.min(start + CHUNK, paths.length); i++) {
    const { file, problems, document } = loadFile(paths[i]!, expect, options, regular?.[i] === true);
    sent.push(document ? { file, problems, document: { kind: document.kind, data: document.data } } : { file, problems });
  }
  parentPort!.postMessage({ start, sent: JSON.stringify(sent) });
}
