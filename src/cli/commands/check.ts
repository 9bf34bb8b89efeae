import type { Evaluation } from '../../core/evaluation.js';
import type { FormatContext } from '../../format/formatter.js';
import { CHUNKED_FORMATTERS, FORMATTERS, FORMAT_NAMES, type FormatName, POSITIONED_FORMATS } from '../../format/registry.js';
import { cliMessage } from '../../i18n/cli.js';
import type { Lang } from '../../i18n/lang.js';
import { collectGarbageIfLarge } from '../../load/collect-garbage.js';
import { displayPath } from '../../load/display-path.js';
import { STATUSES, type FailOn, type Status, failingStatuses } from '../../model/status.js';
import { EXIT, UsageError } from '../errors.js';
import { fillPositions } from '../fill-positions.js';
import type { CliIo } from '../io.js';
import { type WorkspaceOptions, loadEvaluation, viewOf } from '../load-evaluation.js';
import { readGlobals } from '../options.js';
import { emitOutput, placeOutputs, readOutputs, screenContext } from '../outputs.js';
import { appendStepSummary } from '../step-summary.js';
import { resolve } from 'node:path';

export async function runCheck(options: Record<string, unknown>, _args: string[], io: CliIo): Promise<number> {
  const { lang, color } = readGlobals(options, io.env);
  const outputs = readOutputs(options.format as string[], options.output as string | undefined, lang, FORMAT_NAMES);
  const statusFilter = options.status as string[];
  for (const status of statusFilter) {
    if (!STATUSES.includes(status as Status)) throw new UsageError(cliMessage(lang, 'unknown-status-filter', { value: status, choices: STATUSES.join(', ') }));
  }
  const reportsDir = options.reports as string;
  const targets = placeOutputs(outputs, reportsDir, io.cwd, lang);
  const { bundle, full, shown, fileCount } = await evaluateForCheck(options, targets, io, lang);
  // The reports are let go of by now: the output is built in the room they held.
  collectGarbageIfLarge(fileCount);

  for (const target of targets) {
    const ctx: FormatContext = {
      ...screenContext(io, lang, color, target.path === undefined),
      bundle,
      by: options.by as 'unit' | 'deliverable',
      failOn: options.failOn as FailOn,
      reportsDir: displayPath(resolve(io.cwd, reportsDir), io.cwd),
    };
    // A format that streams is written a piece at a time, into a file or to stdout: a national
    // JSON's whole text and the tree it is built from would otherwise be most of the run's memory.
    const chunked = CHUNKED_FORMATTERS[target.format];
    const format = chunked === undefined ? await FORMATTERS[target.format]() : await chunked();
    await emitOutput(io, lang, target, format(shown, ctx));
  }
  // GitHub shows about 10 annotations per level and step: the step summary carries the whole table.
  if (targets.some((t) => t.format === 'github')) {
    const summaryCtx: FormatContext = { lang, color: false, width: 120, bundle, by: 'unit', failOn: options.failOn as FailOn };
    const markdown = await CHUNKED_FORMATTERS.markdown!();
    await appendStepSummary(io, lang, () => markdown(shown, summaryCtx));
  }
  return exitCodeOf(full, options.failOn as FailOn);
}

/**
 * The evaluation as `check` shows it, with positions filled for the formats that point into files.
 * The reports stay inside: a national check's 120,000 of them can be freed before the output is
 * built, which is then the largest thing in memory.
 */
async function evaluateForCheck(options: Record<string, unknown>, targets: ReadonlyArray<{ format: FormatName }>, io: CliIo, lang: Lang) {
  const { bundle, full, view: unitView, reports, fileCount } = await loadEvaluation(options as unknown as WorkspaceOptions, io, lang);
  const statusFilter = options.status as string[];
  // Filters shape what is shown; the exit code always comes from the whole result.
  const shown = statusFilter.length === 0 ? unitView : viewOf(unitView, (o) => statusFilter.includes(o.status));
  const positioned = targets.some((t) => POSITIONED_FORMATS.has(t.format)) ? fillPositions(shown.obligations, reports) : shown.obligations;
  return { bundle, full, fileCount, shown: { ...shown, obligations: positioned } satisfies Evaluation };
}

export function exitCodeOf(evaluation: Evaluation, failOn: FailOn): number {
  const failing = failingStatuses(failOn);
  const invalid = evaluation.problems.some((p) => p.severity === 'error');
  const overdue = evaluation.obligations.some((o) => failing.includes(o.status));
  return invalid || overdue ? EXIT.findings : EXIT.ok;
}
