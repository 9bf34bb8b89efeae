import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { junit } from '../../src/format/junit.js';
import { HOSTILE, sampleContext, sampleEvaluation } from '../support/ci-evaluation.js';
import { tempDir } from '../support/temp-dir.js';

const XSD = fileURLToPath(new URL('../fixtures/jenkins-junit.xsd', import.meta.url));

interface Case {
  classname: string;
  name: string;
  time: string;
  failure?: { type: string; message: string; '#text'?: string };
  error?: { type: string; message: string; '#text'?: string };
  skipped?: string;
  'system-out'?: string;
}
interface Suite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
  time: string;
  properties: { property: Array<{ name: string; value: string }> };
  testcase: Case[];
}

function parse(xml: string): { name: string; tests: string; failures: string; errors: string; time: string; testsuite: Suite[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  return parser.parse(xml).testsuites;
}

const render = (options: Parameters<typeof sampleContext>[0] = {}) => junit(sampleEvaluation(), sampleContext(options));

afterEach(() => {
  vi.useRealTimers();
});

describe('junit', () => {
  it('is valid against the Jenkins JUnit schema (xmllint)', () => {
    const file = join(tempDir(), 'junit.xml');
    writeFileSync(file, render({ failOn: 'due_soon' }));
    const result = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
    if (result.error) throw new Error(`xmllint is needed for this test (Debian: apt-get install libxml2-utils): ${result.error.message}`);
    expect(result.stderr).toContain('validates');
    expect(result.status).toBe(0);
  });

  it('has a suite per unit and one for problems, with counts that add up', () => {
    const doc = parse(render());
    expect(doc.testsuite.map((s) => s.name)).toEqual(['Lỗi trong tệp báo cáo', 'Sở A (dept-a)', expect.stringMatching(/^Sở B /)]);
    const cases = doc.testsuite.flatMap((s) => s.testcase);
    expect(Number(doc.tests)).toBe(cases.length);
    expect(Number(doc.failures)).toBe(cases.filter((c) => c.failure).length);
    expect(Number(doc.errors)).toBe(cases.filter((c) => c.error).length);
    for (const suite of doc.testsuite) {
      expect(Number(suite.tests)).toBe(suite.testcase.length);
      expect(Number(suite.failures)).toBe(suite.testcase.filter((c) => c.failure).length);
      expect(Number(suite.errors)).toBe(suite.testcase.filter((c) => c.error).length);
      expect(Number(suite.skipped)).toBe(suite.testcase.filter((c) => c.skipped !== undefined).length);
    }
  });

  it('one test case per obligation, unique by classname and name (GitLab drops repeats)', () => {
    const evaluation = sampleEvaluation();
    const cases = parse(render()).testsuite.flatMap((s) => s.testcase);
    const obligations = cases.filter((c) => c.classname !== 'tthc.problems');
    expect(obligations).toHaveLength(evaluation.obligations.length);
    const keys = cases.map((c) => `${c.classname}\u0000${c.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    const monthly = obligations.filter((c) => c.classname === 'dept-a' && c.name.startsWith('I.1.8 ')).map((c) => c.name);
    expect(monthly).toHaveLength(12);
    expect(monthly[0]).toMatch(/^I\.1\.8 \(2024-01\) /);
  });

  it('a missed obligation is a failure; late only fails from --fail-on late', () => {
    const byName = (xml: string) => new Map(parse(xml).testsuite.flatMap((s) => s.testcase.map((c) => [`${c.classname} ${c.name.split(' ')[0]}`, c] as const)));
    const normal = byName(render());
    expect(normal.get('dept-a I.1.1')!.failure).toMatchObject({ type: 'missed', message: expect.stringMatching(/^Quá hạn, hạn 01\/03\/2024, trễ 122 ngày$/) });
    expect(normal.get('dept-a I.1.2')!.failure).toBeUndefined();
    expect(normal.get('dept-a I.1.2')!['system-out']).toBe('Trễ hạn, hạn 01/03/2024, trễ 4 ngày');
    const strict = byName(render({ failOn: 'late' }));
    expect(strict.get('dept-a I.1.2')!.failure).toMatchObject({ type: 'late' });
    expect(strict.get('dept-a I.1.4')!.failure).toBeUndefined();
    expect(byName(render({ failOn: 'due_soon' })).get('dept-a I.1.4')!.failure).toMatchObject({ type: 'due_soon' });
  });

  it('open, due soon, on request and exempt are skipped, with the reason as text', () => {
    const cases = parse(render()).testsuite.find((s) => s.name === 'Sở A (dept-a)')!.testcase;
    const skipped = (id: string) => cases.find((c) => c.name.startsWith(`${id} `))!.skipped;
    expect(skipped('I.1.4')).toMatch(/Sắp đến hạn.*còn 4 ngày/);
    expect(skipped('I.1.5')).toMatch(/Chưa đến hạn/);
    expect(skipped('I.1.6')).toBe('Theo yêu cầu');
    expect(skipped('I.1.7')).toMatch(/^Không áp dụng, hạn 01\/03\/2024, Không có/);
    expect(cases.find((c) => c.name.startsWith('I.1.3 '))).toMatchObject({ time: '0' });
    expect(cases.find((c) => c.name.startsWith('I.1.3 '))!.skipped).toBeUndefined();
  });

  it('an invalid report is an <error> case named file:line:col, each one kept', () => {
    const problems = parse(render()).testsuite[0]!.testcase;
    expect(problems.map((c) => c.name)).toEqual([
      'reports/dept-a/2024-01.yaml:4:7 unknown-deliverable',
      'reports/dept-a/2024-01.yaml:4:7 unknown-deliverable (2)',
      'reports/dept-a/2024-01.yaml:12:7 done-after-submitted',
    ]);
    expect(problems[0]!.error).toMatchObject({ type: 'unknown-deliverable' });
    expect(problems[2]!.error).toBeUndefined();
    expect(problems[2]!['system-out']).toMatch(/^cảnh báo: /);
  });

  it('escapes markup, keeps a message\'s newlines, names on one line, and drops what XML 1.0 cannot hold', () => {
    const xml = render();
    const doc = parse(xml);
    const suiteB = doc.testsuite.find((s) => s.name.startsWith('Sở B '))!;
    expect(suiteB.name).toContain('a|b <x>&amp;"q\' 50% k:v,w ]]> \\| *em* [l](u) next');
    const missed = doc.testsuite[1]!.testcase.find((c) => c.name.startsWith('I.1.1 '))!;
    expect(missed.failure!['#text']).toContain('<x>&amp;"q\'');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e\uFFFE]/);
    expect(xml).not.toMatch(/[\uD800-\uDFFF]/);
    expect(doc.testsuite[0]!.testcase[0]!.error!.message).toContain('k:v,w ]]> \\| *em* [l](u)\nnext');
  });

  it('every time is 0 and the output does not depend on the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = render();
    vi.setSystemTime(new Date('2031-06-15T12:34:56Z'));
    expect(render()).toBe(first);
    const doc = parse(first);
    expect(doc.time).toBe('0');
    expect(doc.testsuite.every((s) => s.time === '0' && s.testcase.every((c) => c.time === '0'))).toBe(true);
    expect(doc.testsuite[1]!.properties.property).toContainEqual({ name: 'tthc.asOf', value: '2024-07-01' });
  });

  it('speaks English with --lang en', () => {
    const doc = parse(render({ lang: 'en' }));
    expect(doc.name).toBe('tthc test-plan@1, as of 01/07/2024');
    expect(doc.testsuite[0]!.name).toBe('Problems in report files');
    expect(doc.testsuite[1]!.testcase.find((c) => c.name.startsWith('I.1.1 '))!.failure!.message).toBe('Missed, due 01/03/2024, 122 days late');
  });
});

// Guard the fixture itself: the escaping assertions above mean nothing if it loses its teeth.
it('the hostile sample text holds every character class the formats must handle', () => {
  expect(HOSTILE).toMatch(/\|/);
  expect(HOSTILE).toMatch(/[\r\n\u0007\u001b\uD800\uFFFE\u202e%:,<&]/);
});
