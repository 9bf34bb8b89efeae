/** 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}
