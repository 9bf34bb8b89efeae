import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { optimiseForShortRun } from '../load/compiler-flags.js';
import type { CliIo } from './io.js';

export type Run = (argv: readonly string[], io: CliIo) => Promise<number>;

/**
 * The whole CLI as one classic script (scripts/bundle.mjs), with V8's code cache for it made at
 * build time (scripts/cache-bundle.mjs). Node 20 caches no compiled ES module code, and a check of
 * a province is ~70 ms faster as this script than as the code-split ES modules it is built from.
 */
export const SCRIPT_BUNDLE = fileURLToPath(new URL('../bundle/tthc.cjs', import.meta.url));
export const CODE_CACHE = `${SCRIPT_BUNDLE}.cache`;
const ES_MODULE_BUNDLE = new URL('../bundle/run.js', import.meta.url).href;

export interface LoadedScript {
  run: Run;
  script: Script;
  /** False when the cache was there and V8 took it; a cache from another Node or flags is refused, and the code compiles as usual. */
  cacheRejected: boolean;
}

/** Runs the script bundle as Node runs a CommonJS module, from the code cache when V8 accepts it. */
export function loadScriptBundle(): LoadedScript {
  // The bundle is ASCII (scripts/bundle.mjs makes sure): read byte for character, with no decoding.
  const source = readFileSync(SCRIPT_BUNDLE, 'latin1');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    // No cache (a build that did not make one): the same code, compiled on the way.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: SCRIPT_BUNDLE,
    ...(cachedData ? { cachedData } : {}),
  });
  // Only once the cache is taken: V8 takes one only under the flags it was made with.
  optimiseForShortRun();
  const module = { exports: {} as { run: Run } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(SCRIPT_BUNDLE), module, SCRIPT_BUNDLE, dirname(SCRIPT_BUNDLE));
  return { run: module.exports.run, script, cacheRejected: cachedData === undefined || script.cachedDataRejected === true };
}

/**
 * The code for a command line. A request for the version or for help reads no workspace: it loads
 * the ES modules, which bring only commander for help. Every other command loads the script bundle.
 */
export async function loadRun(argv: readonly string[]): Promise<Run> {
  if (asksOnlyForText(argv)) return ((await import(ES_MODULE_BUNDLE)) as { run: Run }).run;
  return loadScriptBundle().run;
}

function asksOnlyForText(argv: readonly string[]): boolean {
  return argv.length === 0 || argv.some((arg) => arg === '--version' || arg === '-V' || arg === '--help' || arg === '-h' || arg === 'help');
}
