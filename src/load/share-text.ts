// Unit ids and folders, periods, days and deliverable ids repeat across thousands of reports: one string each
// saves the memory, and equal ids are then the same string, which compares at once.
const pool = new Map<string, string>();

export function intern<T extends string>(text: T): T {
  let shared = pool.get(text);
  if (shared === undefined) {
    shared = ownCopy(text);
    pool.set(shared, shared);
  }
  return shared as T;
}

/**
 * A string cut from a file's text may keep the whole text alive (V8 slices long strings by
 * reference); joining forces a copy of its own, so a report's text is freed once it is read.
 */
export function ownCopy<T extends string>(text: T): T {
  return (' ' + text).slice(1) as T;
}
