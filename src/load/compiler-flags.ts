import { setFlagsFromString } from 'node:v8';

/**
 * V8's optimising compiler without inlining, for a run of a few thousand files. Such a run is over
 * in a second or two and spends much of it in code still waiting to be optimised: on two cores the
 * compiler's background jobs queue on the one core the command leaves, and with inlining every hot
 * function of the YAML parser was compiled again with the others inside it (~0.2 s of compiling
 * for a province). Measured here: a province check ~40–90 ms faster, 10,000 files ~30–80 ms.
 * Set after the script bundle is loaded from its code cache, which V8 takes only under the flags
 * it was made with.
 */
export function optimiseForShortRun(): void {
  setFlagsFromString('--no-turbo-inlining');
}

/**
 * Inlining again (V8's default), for a long run (a country's files): it spends most of its time in code long since
 * optimised, where inlining pays (120,000 files: ~5 % faster with it). Turned on before the files
 * are read, so the loading, `evaluate` and the output are all compiled with it.
 */
export function optimiseForLongRun(): void {
  setFlagsFromString('--turbo-inlining');
}

/**
 * Runs `load` (a plan's loading) with V8's optimising compiler held back, and lets it go again
 * after, whatever happens. The plan's few thousand lines make the YAML parser's and zod's functions
 * hot enough to compile, and on two cores those jobs queue on the one core a command leaves, ahead
 * of the functions that read the reports next, which then run unoptimised for longer. Held back,
 * they are compiled only if they are still hot afterwards. Measured here: a 10,030-file check
 * 6–8 ms faster (medians of 11 runs taken in turns).
 */
export async function withoutOptimising<T>(load: () => Promise<T>): Promise<T> {
  // `~` lets no function through the filter; `*`, V8's default, lets every one.
  setFlagsFromString('--turbo-filter=~');
  try {
    return await load();
  } finally {
    setFlagsFromString('--turbo-filter=*');
  }
}
