/**
 * The value paths obligations point at, one shared array each. A province's check points twenty
 * thousand obligations at a handful of paths (`period`, the n-th entry of `progress`), and an array
 * for each was kept as long as the obligation, for the collector to copy. Frozen: they are shared.
 */
export const PERIOD_POINTER: readonly ['period'] = Object.freeze(['period'] as const);
export const PROGRESS_POINTER: readonly ['progress'] = Object.freeze(['progress'] as const);

const entryPointers: Array<readonly ['progress', number]> = [];

/** `['progress', index]`: where the entry at `index` is. */
export function entryPointer(index: number): readonly ['progress', number] {
  return (entryPointers[index] ??= Object.freeze(['progress', index] as const));
}
