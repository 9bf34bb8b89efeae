import type { Evaluation } from '../core/evaluation.js';
import type { Lang } from '../i18n/lang.js';
import type { PlanBundle } from '../model/bundle.js';
import type { FailOn } from '../model/status.js';

export interface FormatContext {
  lang: Lang;
  /** Colour allowed (a terminal, no NO_COLOR, no --no-color). */
  color: boolean;
  /** Columns available for a table. */
  width: number;
  bundle: PlanBundle;
  /** `--by`: group the table by unit or by deliverable. */
  by: 'unit' | 'deliverable';
  /** `--fail-on`: the CI formats mark as failures what fails the run (default `missed`). */
  failOn?: FailOn;
  /** The reports folder as shown to users (default `reports`): where a missing report belongs. */
  reportsDir?: string;
}

/** Renders an evaluation; never reads the clock or the files (every date comes from `asOf`). */
export type Formatter = (evaluation: Evaluation, ctx: FormatContext) => string;

/**
 * The same text as a format's Formatter, in pieces produced lazily: a consumer that writes each
 * piece before asking for the next never holds the whole output (a national JSON is ~100 MB).
 */
export type ChunkedFormatter = (evaluation: Evaluation, ctx: FormatContext) => Iterable<string>;
