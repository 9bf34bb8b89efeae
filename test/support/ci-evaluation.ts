import { fillPositions } from '../../src/cli/fill-positions.js';
import { evaluate } from '../../src/core/evaluate.js';
import type { Evaluation } from '../../src/core/evaluation.js';
import type { FormatContext } from '../../src/format/formatter.js';
import type { Lang } from '../../src/i18n/lang.js';
import type { PlanBundle } from '../../src/model/bundle.js';
import type { Problem } from '../../src/model/problem.js';
import type { FailOn } from '../../src/model/status.js';
import { bundleOf, day, done, inProgress, notApplicable, reportOf } from './builders.js';

/**
 * Text a unit or a plan author could type, with everything an output format must survive: a
 * Markdown column break, XML markup and entities, workflow-command separators and percent
 * escapes, a newline and a carriage return, a terminal escape, a bell, a lone surrogate, a
 * non-character and a bidi override.
 */
export const HOSTILE = 'a|b <x>&amp;"q\' 50% k:v,w ]]> \\| *em* [l](u)\nnext\r\u0007\u001b[31m\uD800\uFFFE\u202e end';

const text = 'x';

/**
 * A plan with one of each status as of 01/07/2024, for dept-a (and dept-b where `depts` leads):
 * I.1.1 missed, I.1.2 late, I.1.3 met, I.1.4 due soon, I.1.5 open, I.1.6 on request, I.1.7
 * exempt, I.1.8 monthly (so the same deliverable in many periods), I.1.9 reported and I.1.10
 * unreported (ongoing).
 */
export function sampleBundle(): PlanBundle {
  const bundle = bundleOf([
    { id: 'I.1.1', due: { by: day('2024-03-01'), text }, text: `Báo cáo ${HOSTILE}` },
    { id: 'I.1.2', due: { by: day('2024-03-01'), text } },
    { id: 'I.1.3', due: { by: day('2024-03-01'), text } },
    { id: 'I.1.4', due: { by: day('2024-07-05'), text } },
    { id: 'I.1.5', due: { by: day('2024-12-02'), text } },
    { id: 'I.1.6', due: { on_request: 'Theo Thư mời', text } },
    { id: 'I.1.7', due: { by: day('2024-03-01'), text } },
    { id: 'I.1.8', due: { every: 'month', before_day: 10, text }, lead: ['depts'] },
    { id: 'I.1.9', due: { ongoing: true, text } },
    { id: 'I.1.10', due: { ongoing: true, text } },
  ]);
  bundle.units.units = bundle.units.units.map((u) => (u.id === 'dept-b' ? { ...u, name: `Sở B ${HOSTILE}` } : u));
  return bundle;
}

export const AS_OF = day('2024-07-01');

const at = (line: number, column: number) => () => ({ line, column });

export function sampleEvaluation(options: { asOf?: string; problems?: Problem[] } = {}): Evaluation {
  const reports = [
    reportOf('dept-a', '2024-03', '2024-03-12', [done('I.1.2', '2024-03-05'), done('I.1.3', '2024-02-20'), notApplicable('I.1.7', `Không có ${HOSTILE}`), done('I.1.8', '2024-03-08')], {
      locate: at(9, 5),
    }),
    // Still in progress when April's deadline passed: missed, at this entry.
    reportOf('dept-a', '2024-04', '2024-04-08', [inProgress('I.1.8')], { locate: at(7, 5) }),
    reportOf('dept-a', '2024-Q2', '2024-06-20', [done('I.1.9', '2024-06-20')], { locate: at(8, 3) }),
  ];
  const evaluation = evaluate(sampleBundle(), reports, { asOf: options.asOf ? day(options.asOf) : AS_OF });
  // As the CLI does for the formats that point into files.
  const obligations = fillPositions(evaluation.obligations, reports);
  return { ...evaluation, obligations, problems: options.problems ?? [...sampleProblems(), ...evaluation.problems] };
}

/** An invalid report, the same fault twice at one place, and a warning. */
export function sampleProblems(): Problem[] {
  const problem = (line: number, severity: Problem['severity'], message: string): Problem => ({
    file: 'reports/dept-a/2024-01.yaml',
    line,
    column: 7,
    severity,
    code: severity === 'error' ? 'unknown-deliverable' : 'done-after-submitted',
    message,
  });
  return [problem(4, 'error', `Kế hoạch không có sản phẩm ${HOSTILE}`), problem(4, 'error', `Kế hoạch không có sản phẩm ${HOSTILE}`), problem(12, 'warning', 'Ngày hoàn thành sau ngày gửi.')];
}

export function sampleContext(options: { lang?: Lang; failOn?: FailOn; reportsDir?: string } = {}): FormatContext {
  return { color: false, width: 120, bundle: sampleBundle(), by: 'unit', ...options, lang: options.lang ?? 'vi' };
}
