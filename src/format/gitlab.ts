import { createHash } from 'node:crypto';
import type { Obligation } from '../core/evaluation.js';
import type { Severity } from '../model/problem.js';
import { type CiLevel, classifyObligation } from './ci-level.js';
import type { ChunkedFormatter, Formatter } from './formatter.js';
import { buildNames, describeVerdict, flatten, labelObligation, shorten } from './obligation-text.js';
import { printable } from './printable.js';

/** One entry of GitLab's Code Quality report (the subset of Code Climate's issue that GitLab reads). */
interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

const OBLIGATION_SEVERITY: Record<CiLevel, CodeQualityIssue['severity']> = { error: 'major', warning: 'minor', notice: 'info' };
// An invalid report is not counted at all, which hides everything in it: worse than one missed deadline.
const PROBLEM_SEVERITY: Record<Severity, CodeQualityIssue['severity']> = { error: 'critical', warning: 'minor' };

/**
 * GitLab Code Quality JSON. GitLab tells new issues from fixed ones by fingerprint, so a
 * fingerprint leaves out what changes from day to day (days late, the as-of day) and line
 * numbers (an edit above must not turn an old issue into a new one). An obligation without a
 * report points at its unit's folder under the reports folder, where the missing report belongs.
 */
export const gitlabChunks: ChunkedFormatter = function* (evaluation, ctx) {
  const { lang } = ctx;
  const failOn = ctx.failOn ?? 'missed';
  const reportsDir = (ctx.reportsDir ?? 'reports').replace(/\/+$/, '');
  const names = buildNames(ctx.bundle);
  const seen = new Map<string, number>();
  // Same parts twice (two identical problems in one file) must still give two fingerprints.
  const fingerprint = (parts: readonly (string | null)[]) => {
    const key = JSON.stringify(['tthc', evaluation.plan.id, ...parts]);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(n === 0 ? key : `${key}#${n}`).digest('hex');
  };

  // An issue at a time, as JSON.stringify(issues, null, 2) spells it: a national check lists hundreds of thousands.
  let first = true;
  const item = (issue: CodeQualityIssue): string => {
    const text = `${first ? '[\n' : ',\n'}${JSON.stringify([issue], null, 2).slice(2, -2)}`;
    first = false;
    return text;
  };
  for (const p of evaluation.problems) {
    yield item({
      description: flatten(printable(`${p.code}: ${p.message}`)),
      check_name: `tthc/${p.code}`,
      fingerprint: fingerprint(['problem', p.code, p.file, p.message]),
      severity: PROBLEM_SEVERITY[p.severity],
      location: { path: printable(p.file), lines: { begin: p.line } },
    });
  }

  // GitLab lists descriptions one per line.
  const describe = (o: Obligation) =>
    flatten(`${names.unit(o.unit)} (${o.unit}): ${labelObligation(o)} ${shorten(names.deliverable(o.deliverable), 300)} — ${describeVerdict(o, lang)}`);
  for (const o of evaluation.obligations) {
    const level = classifyObligation(o.status, failOn);
    if (level === null) continue;
    yield item({
      description: describe(o),
      check_name: `tthc/${o.status}`,
      fingerprint: fingerprint(['obligation', o.status, o.unit, o.deliverable, o.period]),
      severity: OBLIGATION_SEVERITY[level],
      location: { path: printable(o.report ?? `${reportsDir}/${o.unit}/`), lines: { begin: o.position?.line ?? 1 } },
    });
  }
  yield first ? '[]\n' : '\n]\n';
};

/** The whole text, from the same pieces. */
export const gitlab: Formatter = (evaluation, ctx) => [...gitlabChunks(evaluation, ctx)].join('');
