import { formatDayVietnamese } from '../core/day.js';
import type { Obligation } from '../core/evaluation.js';
import { buildUnitDirectory } from '../core/units.js';
import { ciText } from '../i18n/ci.js';
import type { Lang } from '../i18n/lang.js';
import { tableText } from '../i18n/table.js';
import type { Problem } from '../model/problem.js';
import { classifyObligation } from './ci-level.js';
import type { Formatter } from './formatter.js';
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
  cases: Case[];
}

/** Statuses with nothing to judge as of the day (or nothing owed): reported as skipped. */
const SKIPPED = new Set(['open', 'due_soon', 'on_request', 'exempt']);

/**
 * JUnit XML as Jenkins and GitLab read it: a test suite per unit, a test case per obligation, and
 * a suite of `<error>` cases for problems in report files. GitLab keys cases by classname + name
 * across the whole file, so the classname is the unit id and the name starts with deliverable and
 * period. Every `time` is 0: the check takes no measurable time, and the clock is not ours to read.
 */
export const junit: Formatter = (evaluation, ctx) => {
  const { lang } = ctx;
  const failOn = ctx.failOn ?? 'missed';
  const names = buildNames(ctx.bundle);
  const order = buildUnitDirectory(ctx.bundle.units).order;
  const plan = `${evaluation.plan.id}@${evaluation.plan.version}`;
  const asOf = formatDayVietnamese(evaluation.asOf);

  const byUnit = new Map<string, Obligation[]>();
  for (const o of evaluation.obligations) appendTo(byUnit, o.unit, o);
  const units = [...byUnit.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));

  const suites: Suite[] = [];
  if (evaluation.problems.length > 0) suites.push(problemSuite(evaluation.problems, lang, plan, evaluation.asOf));
  for (const unit of units) {
    const unique = makeUnique();
    suites.push({
      name: flatten(`${names.unit(unit)} (${unit})`),
      properties: [
        ['tthc.plan', plan],
        ['tthc.asOf', evaluation.asOf],
        ['tthc.unit', unit],
      ],
      cases: byUnit.get(unit)!.map((o): Case => {
        const label = labelObligation(o);
        const deliverableText = names.deliverable(o.deliverable);
        const name = unique(`${label} ${shorten(deliverableText, 100)}`.trim());
        const verdict = describeVerdict(o, lang);
        const body = [`${label}: ${deliverableText}`, `${names.unit(unit)} (${unit})`, verdict, o.report ? `${o.report}${o.position ? `:${o.position.line}:${o.position.column}` : ''}` : '']
          .filter((line) => line !== '')
          .join('\n');
        const base = { classname: unit, name };
        if (classifyObligation(o.status, failOn) === 'error') return { ...base, outcome: 'failure', type: o.status, message: verdict, body };
        if (SKIPPED.has(o.status)) return { ...base, outcome: 'skipped', body: verdict };
        // Met and reported pass quietly; late and unreported pass with the remark on record.
        return { ...base, outcome: 'passed', ...(o.status === 'met' || o.status === 'reported' ? {} : { body: verdict }) };
      }),
    });
  }

  const count = (cases: Case[], outcome: Outcome) => cases.filter((c) => c.outcome === outcome).length;
  const all = suites.flatMap((s) => s.cases);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(ciText(lang, 'junit.suites', { plan, asOf }))}" tests="${all.length}" failures="${count(all, 'failure')}" errors="${count(all, 'error')}" time="0">`,
  ];
  for (const suite of suites) {
    const { cases } = suite;
    lines.push(
      `  <testsuite name="${attr(suite.name)}" tests="${cases.length}" failures="${count(cases, 'failure')}" errors="${count(cases, 'error')}" skipped="${count(cases, 'skipped')}" time="0">`,
      '    <properties>',
      ...suite.properties.map(([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>`),
      '    </properties>',
      ...cases.map(renderCase),
      '  </testsuite>',
    );
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
};

function problemSuite(problems: readonly Problem[], lang: Lang, plan: string, asOf: string): Suite {
  const unique = makeUnique();
  return {
    name: ciText(lang, 'junit.problems'),
    properties: [
      ['tthc.plan', plan],
      ['tthc.asOf', asOf],
    ],
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
