import { closest, distance } from 'fastest-levenshtein';

/** The nearest known id, when it is near enough to be a typo rather than a different thing. */
export function suggestNearest(id: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(id, known as string[]);
  return distance(id, best) <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}
