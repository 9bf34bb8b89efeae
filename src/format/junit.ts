import { formatDayVietnamese } from '../core/day.js';
import type { Obligation } from '../core/evaluation.js';
import { buildUnitDirectory } from '../core/units.js';
import { ciText } from '../i18n/ci.js';
import type { Lang } from '../i18n/lang.js';
import { tableText } from '../i18n/table.js';
import type { Problem } from '../model/problem.js';
import type { FailOn } from '../model/status.js';
import { classifyObligation } from './ci-level.js';
import type { ChunkedFormatter, Formatter } from './formatter.js';
import { mapEach } from './map-each.js';
import { buildNames, describeVerdict, flatten, labelObligation, makeUnique, shorten } from './obligation-text.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml-text.js';
import { appendTo } from '../core/append-to.js';

type Outcome = 'passed' | 'failure' | 'error' | 'skipped';

interface Case {
  classname: string;
  name: string;
  outcome: Outcome;
  /** For a failure or error: its type and one-line message. */
  type?: string;
  message?: string;
  /** The failure's or error's body, the skipped reason, or a passing case's system-out. */
  body?: string;
}

interface Suite {
  name: string;
  properties: Array<[string, string]>;
  counts: { tests: number; failure: number; error: number; skipped: number };
  /** Made one at a time as they are written. */
  cases: Iterable<Case>;
}

/** Statuses with nothing to judge as of the day (or nothing owed): reported as skipped. */
const SKIPPED = new Set(['open', 'due_soon', 'on_request', 'exempt']);

/**
 * JUnit XML as Jenkins and GitLab read it: a test suite per unit, a test case per obligation, and
 * a suite of `<error>` cases for problems in report files. GitLab keys cases by classname + name
 * across the whole file, so the classname is the unit id and the name starts with deliverable and
 * period. Every `time` is 0: the check takes no measurable time, and the clock is not ours to read.
 *
 * Written a piece at a time (a line each): the counts the opening tags carry are taken first, from
 * the statuses alone, and each case is written as it is made. A national check's 304,000 cases
 * built first, then joined, peaked at 858 MB.
 */
export const junitChunks: ChunkedFormatter = function* (evaluation, ctx) {
  const { lang } = ctx;
  const failOn = ctx.failOn ?? 'missed';
  const names = buildNames(ctx.bundle);
  const plan = `${evaluation.plan.id}@${evaluation.plan.version}`;
  const asOf = formatDayVietnamese(evaluation.asOf);

  const byUnit = new Map<string, Obligation[]>();
  for (const o of evaluation.obligations) appendTo(byUnit, o.unit, o);
  const rank = new Map(buildUnitDirectory(ctx.bundle.units).order.map((id, i) => [id, i]));
  const units = [...byUnit.keys()].sort((a, b) => (rank.get(a) ?? -1) - (rank.get(b) ?? -1));

  const suites: Suite[] = [];
  if (evaluation.problems.length > 0) suites.push(problemSuite(evaluation.problems, lang, plan, evaluation.asOf));
  for (const unit of units) {
    const obligations = byUnit.get(unit)!;
    const unique = makeUnique();
    suites.push({
      name: flatten(`${names.unit(unit)} (${unit})`),
      properties: [
        ['tthc.plan', plan],
        ['tthc.asOf', evaluation.asOf],
        ['tthc.unit', unit],
      ],
      counts: countOutcomes(obligations.map((o) => outcomeOf(o, failOn))),
      cases: mapEach(obligations, (o): Case => {
        const label = labelObligation(o);
        const deliverableText = names.deliverable(o.deliverable);
        const name = unique(`${label} ${shorten(deliverableText, 100)}`.trim());
        const verdict = describeVerdict(o, lang);
        const body = [`${label}: ${deliverableText}`, `${names.unit(unit)} (${unit})`, verdict, o.report ? `${o.report}${o.position ? `:${o.position.line}:${o.position.column}` : ''}` : '']
          .filter((line) => line !== '')
          .join('\n');
        const base = { classname: unit, name };
        const outcome = outcomeOf(o, failOn);
        if (outcome === 'failure') return { ...base, outcome, type: o.status, message: verdict, body };
        if (outcome === 'skipped') return { ...base, outcome, body: verdict };
        // Met and reported pass quietly; late and unreported pass with the remark on record.
        return { ...base, outcome, ...(o.status === 'met' || o.status === 'reported' ? {} : { body: verdict }) };
      }),
    });
  }

  const tests = suites.reduce((sum, suite) => sum + suite.counts.tests, 0);
  const failures = suites.reduce((sum, suite) => sum + suite.counts.failure, 0);
  const errors = suites.reduce((sum, suite) => sum + suite.counts.error, 0);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="${attr(ciText(lang, 'junit.suites', { plan, asOf }))}" tests="${tests}" failures="${failures}" errors="${errors}" time="0">\n`;
  for (const suite of suites) {
    const { counts } = suite;
    yield `  <testsuite name="${attr(suite.name)}" tests="${counts.tests}" failures="${counts.failure}" errors="${counts.error}" skipped="${counts.skipped}" time="0">\n`;
    yield '    <properties>\n';
    for (const [name, value] of suite.properties) yield `      <property name="${attr(name)}" value="${attr(value)}"/>\n`;
    yield '    </properties>\n';
    for (const c of suite.cases) yield `${renderCase(c)}\n`;
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
};

/** The whole text, from the same pieces, so the string and streamed forms cannot disagree. */
export const junit: Formatter = (evaluation, ctx) => [...junitChunks(evaluation, ctx)].join('');

function outcomeOf(o: Obligation, failOn: FailOn): Outcome {
  if (classifyObligation(o.status, failOn) === 'error') return 'failure';
  return SKIPPED.has(o.status) ? 'skipped' : 'passed';
}

function countOutcomes(outcomes: readonly Outcome[]): Suite['counts'] {
  const counts = { tests: outcomes.length, failure: 0, error: 0, skipped: 0 };
  for (const outcome of outcomes) if (outcome !== 'passed') counts[outcome]++;
  return counts;
}

function problemSuite(problems: readonly Problem[], lang: Lang, plan: string, asOf: string): Suite {
  const unique = makeUnique();
  return {
    name: ciText(lang, 'junit.problems'),
    properties: [
      ['tthc.plan', plan],
      ['tthc.asOf', asOf],
    ],
    counts: countOutcomes(problems.map((p) => (p.severity === 'error' ? 'error' : 'passed'))),
    cases: problems.map((p): Case => {
      const where = `${p.file}:${p.line}:${p.column}`;
      const base = { classname: 'tthc.problems', name: unique(`${where} ${p.code}`) };
      const body = `${where}  ${tableText(lang, `severity.${p.severity}`)}  ${p.code}  ${p.message}`;
      // A warning does not make the report invalid (nor the run fail): it passes, on record.
      return p.severity === 'error'
        ? { ...base, outcome: 'error', type: p.code, message: p.message, body }
        : { ...base, outcome: 'passed', body: ciText(lang, 'junit.warning', { message: body }) };
    }),
  };
}

function renderCase(c: Case): string {
  const open = `    <testcase classname="${attr(c.classname)}" name="${attr(c.name)}" time="0"`;
  switch (c.outcome) {
    case 'failure':
    case 'error':
      return `${open}>\n      <${c.outcome} type="${attr(c.type!)}" message="${attr(c.message!)}">${text(c.body!)}</${c.outcome}>\n    </testcase>`;
    case 'skipped':
      // The XSD gives <skipped> no attributes: the reason is its text.
      return `${open}>\n      <skipped>${text(c.body!)}</skipped>\n    </testcase>`;
    case 'passed':
      return c.body ? `${open}>\n      <system-out>${text(c.body)}</system-out>\n    </testcase>` : `${open}/>`;
  }
}
