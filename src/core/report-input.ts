import type { ReportFile } from '../model/report.js';
import type { Locate, Position } from '../model/position.js';

export type { Locate, Position };

/** One report that passed the shape check, as the rules and the core see it. */
export interface ReportInput {
  /** The path shown to users. */
  file: string;
  /**
   * The unit folder under `reports/` the file lies in: null when it lies directly in `reports/`,
   * undefined when it was named on its own (no folder to compare with).
   */
  folder?: string | null;
  data: ReportFile;
  /** Where a value path sits in the file; absent for reports built in memory. */
  locate?: Locate;
}

export function positionIn(report: ReportInput, path: readonly PropertyKey[], key = false): Position {
  return report.locate?.(path, { key }) ?? { line: 1, column: 1 };
}
