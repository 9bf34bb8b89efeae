import { formatDayVietnamese } from '../core/day.js';
import type { Obligation } from '../core/evaluation.js';
import { ciText } from '../i18n/ci.js';
import { statusLabel } from '../i18n/status.js';
import { type CiLevel, classifyObligation } from './ci-level.js';
import type { ChunkedFormatter, Formatter } from './formatter.js';
import { buildNames, describeCounts, describeVerdict, flatten, labelObligation, shorten } from './obligation-text.js';
import { formatWorkflowCommand } from './workflow-command.js';

const LEVELS: readonly CiLevel[] = ['error', 'warning', 'notice'];

/**
 * GitHub Actions workflow commands: an annotation per problem and per obligation that needs
 * attention. GitHub shows only about 10 annotations per level in a step, the first ones, so the
 * counts come first (a notice, never crowded out), then problems, then obligations level by level
 * in plan order; the CLI appends the full table to the step summary. An obligation points at the
 * unit's entry for it when there is one; one the unit never mentioned carries no `file` (the plan
 * file usually lies outside the repository), so its annotation sits on the run itself.
 */
export const githubChunks: ChunkedFormatter = function* (evaluation, ctx) {
  const { lang } = ctx;
  const failOn = ctx.failOn ?? 'missed';
  const names = buildNames(ctx.bundle);
  // A line each, written as it is made: a national check annotates hundreds of thousands.
  yield `${formatWorkflowCommand('notice', { title: ciText(lang, 'title.summary', { asOf: formatDayVietnamese(evaluation.asOf) }) }, describeCounts(evaluation, lang))}\n`;

  for (const p of evaluation.problems) {
    yield `${formatWorkflowCommand(p.severity, { file: p.file, line: p.line, col: p.column, title: ciText(lang, `title.${p.severity}`, { code: p.code }) }, p.message)}\n`;
  }

  const annotate = (o: Obligation, level: CiLevel) => {
    const label = labelObligation(o);
    const unit = names.unit(o.unit);
    const title = flatten(ciText(lang, 'title.obligation', { status: statusLabel(lang, o.status), label, unit }));
    const message = `${unit} (${o.unit}): ${label} ${shorten(names.deliverable(o.deliverable), 300)} — ${describeVerdict(o, lang)}`;
    const where = o.report && o.position ? { file: o.report, line: o.position.line, col: o.position.column } : {};
    return formatWorkflowCommand(level, { ...where, title }, message);
  };
  for (const level of LEVELS) {
    for (const o of evaluation.obligations) {
      if (classifyObligation(o.status, failOn) === level) yield `${annotate(o, level)}\n`;
    }
  }
};

/** The whole text, from the same pieces. */
export const github: Formatter = (evaluation, ctx) => [...githubChunks(evaluation, ctx)].join('');
