/** 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Where a value path (or, with `key`, its key) sits in a file. */
export interface Locate {
  (path: readonly PropertyKey[], options?: { key?: boolean }): Position;
  /**
   * Lets go of what answering keeps (a positioned parse of the file), when the caller has asked
   * all it will: a check that points into 120,000 reports must not hold them all parsed at once.
   */
  release?(): void;
}
