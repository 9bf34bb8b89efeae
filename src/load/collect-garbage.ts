import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, asked for where a large run has just let go of much of what it held.
 * V8 collects its old generation again only once it has grown to up to four times what survived
 * the last full collection, so a national check's peak memory was decided by when that collection
 * happened to fall: 350 to 650 MB for the same files. Collecting at these points keeps it near
 * what is really held. Small runs never ask: a collection costs ~0.1 s per 100 MB held.
 */
export function collectGarbage(): void {
  gc ??= exposeGc();
  gc();
}

/** Files from which a run counts as large: about a quarter of a country's communes for a year. */
export const LARGE_RUN_FILES = 30_000;

/** A collection for a run that read `files` files, when it is large enough to need one. */
export function collectGarbageIfLarge(files: number): void {
  if (files >= LARGE_RUN_FILES) collectGarbage();
}

let gc: (() => void) | undefined;

function exposeGc(): () => void {
  // A context created after the flag has `gc`; the flag changes nothing else.
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
