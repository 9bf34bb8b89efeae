import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/lang.js';
import { type DocumentResult, type Kind, type LoadedDocument, locateFile } from './load-document.js';
import { LARGE_RUN_FILES, collectGarbage } from './collect-garbage.js';
import { optimiseForLongRun } from './compiler-flags.js';
import { loadFile } from './load-file.js';
import type { ReportFile } from '../model/report.js';
import { trimReport } from './trim-report.js';

/**
 * Who loads the files (ESLint's `--concurrency`): `off` is this thread alone; a number is that many
 * worker threads; `auto` is this thread helped by as many workers as the cores (one is left to the
 * garbage collector) and the number of files make worth it.
 */
export type Concurrency = 'auto' | 'off' | number;

export interface LoadFilesOptions {
  lang: Lang;
  cwd: string;
  maxFileSize?: number;
  /** Keep of a report only what the rules and the engine read (see trimReport). */
  trim?: boolean;
  concurrency?: Concurrency;
  /** Per path: a folder walk saw a regular file there (see readRegularFile). */
  regular?: readonly boolean[];
  /** Per path: the path as displayPath shows it, when the caller has it already. */
  shown?: readonly string[];
  /**
   * Takes each result, in the order of the paths, instead of the returned list (which is then
   * empty). Loaded by this thread alone, a result is handed over as soon as its file is read, and
   * what the caller does not keep of it is let go of at once: ten thousand results held until the
   * last file was read were copied by the collector on the way, and grew the old generation to a
   * full collection in the middle of the check. With workers, the results are handed over at the end.
   */
  onLoaded?: (result: DocumentResult, index: number) => void;
}

/** A file as a worker sends it back: a document crosses threads as data, without its `locate`. */
export interface SentResult {
  file: string;
  problems: DocumentResult['problems'];
  document?: { kind: Kind; data: unknown };
}

export interface WorkerTask {
  paths: readonly string[];
  expect: Kind | undefined;
  options: Omit<LoadFilesOptions, 'concurrency' | 'regular'>;
  regular?: readonly boolean[];
  /** The next unclaimed file index, shared by every thread: whoever is free takes the next chunk. */
  next: SharedArrayBuffer;
}

export const CHUNK = 32;

const COLLECT_EVERY_FILES = 20_000;

// Below this many files a worker's start (its own imports, ~0.2 s of a core) costs more than it saves.
const MIN_FILES_PER_THREAD = 256;
const MAX_THREADS = 4;

const WORKER = fileURLToPath(new URL('./load-worker.js', import.meta.url));

/**
 * Loads every file, in order, on as many threads as are worth it. The threads share one counter
 * and take the next chunk of files when free, so a slow start or a slow file never leaves a core
 * idle; each file is loaded by the same code whichever thread takes it, so results never depend
 * on the split. A worker that fails leaves its files to this thread.
 */
export async function loadFiles(paths: readonly string[], expect: Kind | undefined, options: LoadFilesOptions): Promise<DocumentResult[]> {
  const { concurrency = 'auto', regular, shown, onLoaded, ...loadOptions } = options;
  if (paths.length >= LARGE_RUN_FILES) optimiseForLongRun();
  const results: Array<DocumentResult | undefined> = new Array(paths.length);
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const plan = threadsFor(concurrency, paths.length);
  // This thread alone takes the chunks in order: each result can be handed over as it comes.
  const handOver = plan.workers === 0 ? onLoaded : undefined;
  const workers = Array.from({ length: plan.workers }, () =>
    startWorker({ paths, expect, options: loadOptions, ...(regular ? { regular } : {}), next }, (start, sent) => {
      sent.forEach((result, i) => (results[start + i] = received(result, paths[start + i]!, loadOptions.trim === true)));
    }),
  );
  if (plan.here) {
    // A large run collects as it goes: what each file left behind is then freed long before the
    // old generation has grown to four times what the loaded reports hold.
    const collectEvery = paths.length >= LARGE_RUN_FILES ? COLLECT_EVERY_FILES : Infinity;
    let sinceCollected = 0;
    for (let start = Atomics.add(counter, 0, CHUNK); start < paths.length; start = Atomics.add(counter, 0, CHUNK)) {
      for (let i = start; i < Math.min(start + CHUNK, paths.length); i++) {
        const result = loadFile(paths[i]!, expect, loadOptions, regular?.[i] === true, shown?.[i]);
        if (handOver) handOver(result, i);
        else results[i] = result;
      }
      if ((sinceCollected += CHUNK) >= collectEvery) {
        collectGarbage();
        sinceCollected = 0;
      }
    }
  }
  await Promise.all(workers);
  // This thread alone loaded every file, and handed each over.
  if (handOver) return [];
  // Whatever a failed worker had claimed and not sent back.
  const all = results.map((result, i) => result ?? loadFile(paths[i]!, expect, loadOptions));
  if (!onLoaded) return all;
  all.forEach((result, i) => onLoaded(result, i));
  return [];
}

function threadsFor(concurrency: Concurrency, files: number): { workers: number; here: boolean } {
  // Run from the TypeScript sources (unit tests) there is no compiled worker to start.
  if (concurrency === 'off' || files === 0 || !existsSync(WORKER)) return { workers: 0, here: true };
  if (typeof concurrency === 'number') return { workers: Math.min(concurrency, files), here: false };
  // One core is left to V8's parallel garbage collector, which a loading thread keeps busy: on two
  // cores a worker only competed with it (10,030 files: 1.9 s alone, 2.1 s with one worker).
  const loaders = Math.min(availableParallelism() - 1, MAX_THREADS, Math.floor(files / MIN_FILES_PER_THREAD));
  return { workers: Math.max(0, loaders - 1), here: true };
}

/** Resolves when the worker is done or has failed; never rejects (its files are then loaded here). */
function startWorker(task: WorkerTask, onChunk: (start: number, sent: SentResult[]) => void): Promise<void> {
  return new Promise((resolve) => {
    // Required here, not imported: a run without workers (every run on two cores) does not load it.
    const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    // execArgv: the parent's flags (`--input-type`, a loader) are not the worker's to inherit.
    const worker = new Worker(WORKER, { workerData: task, execArgv: [] });
    worker.on('message', (message: { start: number; sent: string }) => onChunk(message.start, JSON.parse(message.sent) as SentResult[]));
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}

function received(sent: SentResult, path: string, trim: boolean): DocumentResult {
  if (!sent.document) return { file: sent.file, problems: sent.problems };
  const locate = locateFile(path);
  const { kind } = sent.document;
  // Trimmed again only to share this thread's strings: JSON.parse made new ones.
  const data = trim && kind === 'Report' ? trimReport(sent.document.data as ReportFile) : sent.document.data;
  return { file: sent.file, problems: sent.problems, document: { kind, data, locate } as LoadedDocument };
}
