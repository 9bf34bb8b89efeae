import type { Evaluation } from '../../core/evaluation.js';
import { summarize } from '../../core/summary.js';
import type { FormatContext } from '../../format/formatter.js';
import { FORMATTERS, FORMAT_NAMES, POSITIONED_FORMATS } from '../../format/registry.js';
import { displayPath } from '../../load/display-path.js';
import { STATUSES, type FailOn, type Status, failingStatuses } from '../../model/status.js';
import { EXIT, UsageError } from '../errors.js';
import { fillPositions } from '../fill-positions.js';
import { type CliIo, terminalWidth } from '../io.js';
import { type WorkspaceOptions, loadEvaluation } from '../load-evaluation.js';
import { readGlobals } from '../options.js';
import { assertOutsideReports, emitOutput, readOutputs } from '../outputs.js';
import { appendStepSummary } from '../step-summary.js';
import { resolve } from 'node:path';

export async function runCheck(options: Record<string, unknown>, _args: string[], io: CliIo): Promise<number> {
  const { lang, color } = readGlobals(options, io.env);
  const outputs = readOutputs(options.format as string[], options.output as string | undefined, lang, FORMAT_NAMES);
  const statusFilter = options.status as string[];
  for (const status of statusFilter) {
    if (!STATUSES.includes(status as Status)) throw new UsageError(`--status: ${status} (${STATUSES.join(', ')})`);
  }
  const reportsDir = options.reports as string;
  const targets = outputs.map((t) => ({ ...t, path: t.file === undefined ? undefined : assertOutsideReports(t.file, reportsDir, io.cwd, lang) }));
  const { bundle, full, view: unitView, reports } = await loadEvaluation(options as unknown as WorkspaceOptions, io, lang);

  // Filters shape what is shown; the exit code always comes from the whole result.
  const shown = unitView.obligations.filter((o) => statusFilter.length === 0 || statusFilter.includes(o.status));
  const positioned = targets.some((t) => POSITIONED_FORMATS.has(t.format)) ? fillPositions(shown, reports) : shown;
  const view: Evaluation = { ...full, obligations: positioned, summary: summarize(shown) };

  for (const target of targets) {
    const ctx: FormatContext = {
      lang,
      color: color && target.path === undefined && io.stdout.isTTY === true,
      width: terminalWidth(io),
      bundle,
      by: options.by as 'unit' | 'deliverable',
      failOn: options.failOn as FailOn,
      reportsDir: displayPath(resolve(io.cwd, reportsDir), io.cwd),
    };
    await emitOutput(io, lang, target, (await FORMATTERS[target.format]())(view, ctx));
  }
  // GitHub shows about 10 annotations per level and step: the step summary carries the whole table.
  if (targets.some((t) => t.format === 'github')) {
    const summaryCtx: FormatContext = { lang, color: false, width: 120, bundle, by: 'unit', failOn: options.failOn as FailOn };
    const markdown = await FORMATTERS.markdown();
    await appendStepSummary(io, lang, () => markdown(view, summaryCtx));
  }
  return exitCodeOf(full, options.failOn as FailOn);
}

export function exitCodeOf(evaluation: Evaluation, failOn: FailOn): number {
  const failing = failingStatuses(failOn);
  const invalid = evaluation.problems.some((p) => p.severity === 'error');
  const overdue = evaluation.obligations.some((o) => failing.includes(o.status));
  return invalid || overdue ? EXIT.findings : EXIT.ok;
}
