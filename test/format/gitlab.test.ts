import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/core/evaluation.js';
import { gitlab } from '../../src/format/gitlab.js';
import { sampleContext, sampleEvaluation, sampleProblems } from '../support/ci-evaluation.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

function parse(output: string): Issue[] {
  const issues = JSON.parse(output) as Issue[];
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues) {
    expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
    expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
    expect(issue.location.path).not.toBe('');
    expect(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1).toBe(true);
  }
  return issues;
}

const render = (evaluation: Evaluation = sampleEvaluation(), options: Parameters<typeof sampleContext>[0] = {}) => parse(gitlab(evaluation, sampleContext(options)));
const find = (issues: Issue[], check: string, text: string) => issues.filter((i) => i.check_name === check && i.description.includes(text));

describe('gitlab', () => {
  it('every fingerprint is unique, even for the same fault twice at one place', () => {
    const issues = render();
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(find(issues, 'tthc/unknown-deliverable', '')).toHaveLength(2);
  });

  it('fingerprints stay the same from one day to the next, and when a line moves', () => {
    const key = (i: Issue) => `${i.check_name} ${i.description.replace(/trễ \d+ ngày|còn \d+ ngày/, '')}`;
    const today = new Map(render(sampleEvaluation({ asOf: '2024-07-01' })).map((i) => [key(i), i.fingerprint]));
    const tomorrow = render(sampleEvaluation({ asOf: '2024-07-02' }));
    const missedTomorrow = tomorrow.filter((i) => i.check_name === 'tthc/missed');
    expect(missedTomorrow.length).toBeGreaterThan(0);
    for (const issue of missedTomorrow) expect(today.get(key(issue))).toBe(issue.fingerprint);
    const moved = sampleProblems().map((p) => ({ ...p, line: p.line + 5 }));
    expect(render(sampleEvaluation({ problems: moved })).map((i) => i.fingerprint)).toEqual(render(sampleEvaluation({ problems: sampleProblems() })).map((i) => i.fingerprint));
  });

  it('maps severities: invalid report critical, missed major, late and unreported minor, due soon info', () => {
    const issues = render();
    expect(find(issues, 'tthc/unknown-deliverable', '')[0]).toMatchObject({ severity: 'critical', location: { path: 'reports/dept-a/2024-01.yaml', lines: { begin: 4 } } });
    expect(find(issues, 'tthc/done-after-submitted', '')[0]!.severity).toBe('minor');
    expect(find(issues, 'tthc/missed', '(dept-a): I.1.1 ')[0]!.severity).toBe('major');
    expect(find(issues, 'tthc/late', '(dept-a): I.1.2 ')[0]).toMatchObject({ severity: 'minor', location: { path: 'reports/dept-a/2024-03.yaml', lines: { begin: 9 } } });
    expect(find(issues, 'tthc/unreported', '(dept-a): I.1.10 ')[0]).toMatchObject({ severity: 'minor', location: { path: 'reports/dept-a/2024-Q2.yaml', lines: { begin: 8 } } });
    expect(find(issues, 'tthc/due_soon', '(dept-a): I.1.4 ')[0]!.severity).toBe('info');
    for (const status of ['met', 'open', 'exempt', 'on_request', 'reported']) expect(find(issues, `tthc/${status}`, '')).toEqual([]);
  });

  it('--fail-on late makes a late obligation major, like a missed one', () => {
    expect(find(render(undefined, { failOn: 'late' }), 'tthc/late', 'I.1.2')[0]!.severity).toBe('major');
  });

  it('an obligation without a report points at its unit folder in the reports folder', () => {
    expect(find(render(), 'tthc/missed', '(dept-b): I.1.8 (2024-01)')[0]!.location).toEqual({ path: 'reports/dept-b/', lines: { begin: 1 } });
    const elsewhere = render(undefined, { reportsDir: 'examples/soc-trang-2024/reports/' });
    expect(find(elsewhere, 'tthc/missed', '(dept-b): I.1.8 (2024-01)')[0]!.location.path).toBe('examples/soc-trang-2024/reports/dept-b/');
  });

  it('a description is one printable line: unit, deliverable, period and verdict', () => {
    const issues = render();
    for (const issue of issues) expect(issue.description).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(find(issues, 'tthc/missed', '(dept-b): I.1.8 (2024-06) ')[0]!.description).toMatch(/^Sở B .*— Quá hạn, hạn 10\/06\/2024, trễ 21 ngày$/);
  });
});
