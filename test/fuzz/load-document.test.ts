import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/load-document.js';
import { PROBLEM_CODES } from '../../src/model/problem.js';
import { fuzzParameters, reportBytesArb, validReportTextArb } from '../support/report-arbitraries.js';

const FILE = 'reports/so-y-te/2024-02.yaml';
const load = (bytes: Uint8Array) => loadDocument(FILE, bytes, { lang: 'en' });
const encode = (text: string) => new TextEncoder().encode(text);

/** Generated reports, damaged ones, and bytes that were never YAML. */
const anyBytes = fc.oneof(
  { weight: 6, arbitrary: reportBytesArb },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map(encode) },
);

/** Every problem names the file and a known code, at a line and column that exist in the file. */
function expectPositionsInside(bytes: Uint8Array): void {
  // The file as an editor shows it: invalid bytes as U+FFFD, no BOM, lines split at LF.
  const lines = new TextDecoder('utf-8').decode(bytes).split('\n');
  // A file ending in a newline has one line fewer than it has LF-separated pieces.
  const lineCount = lines.at(-1) === '' ? lines.length - 1 : lines.length;
  for (const p of load(bytes).problems) {
    const where = `${p.line}:${p.column} ${p.code} ${p.message}`;
    expect(p.file, where).toBe(FILE);
    expect(PROBLEM_CODES, where).toContain(p.code);
    expect(p.message.length, where).toBeGreaterThan(0);
    expect(Number.isInteger(p.line) && Number.isInteger(p.column), where).toBe(true);
    expect(p.line, where).toBeGreaterThanOrEqual(1);
    expect(p.column, where).toBeGreaterThanOrEqual(1);
    expect(p.line, where).toBeLessThanOrEqual(lineCount + 1);
    expect(p.column, where).toBeLessThanOrEqual((lines[p.line - 1] ?? '').length + 1);
  }
}

/**
 * A comment at the end changes nothing: the same file is accepted or refused, and says the same.
 * The comment holds YAML's anchor and alias marks (as a note with *emphasis* or "R &D" does).
 */
function expectCommentChangesNothing(bytes: Uint8Array): void {
  const plain = load(bytes);
  const commented = load(new Uint8Array([...bytes, ...encode('# &ghi-chu *xem-them\n')]));
  const why = (r: typeof plain) => r.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join(' | ') || 'accepted';
  expect(commented.document !== undefined, `with the comment: ${why(commented)}; without: ${why(plain)}`).toBe(plain.document !== undefined);
  expect(commented.document?.data).toEqual(plain.document?.data);
}

const REPORT_HEAD = 'apiVersion: tthc/v1\nkind: Report\nplan: soc-trang-2024@1\nunit: so-tu-phap\nperiod: 2024-01\nsubmitted: 2024-01-26\n';

describe('loadDocument on generated and damaged reports', () => {
  it('reports generated from the model load without problems', () => {
    // Otherwise the damage below would start from files that were broken already.
    fc.assert(
      fc.property(validReportTextArb, (text) => {
        expect(load(encode(text)).problems).toEqual([]);
      }),
      fuzzParameters(300),
    );
  });

  it('never throws, and a document comes back exactly when there is no error', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const result = load(bytes);
        expect(result.file).toBe(FILE);
        const errors = result.problems.filter((p) => p.severity === 'error');
        expect(result.document === undefined).toBe(errors.length > 0);
        if (result.document === undefined) expect(result.problems.length).toBeGreaterThan(0);
      }),
      fuzzParameters(1000),
    );
  });

  it('every problem names the file, a known code and a line and column inside it', () => {
    fc.assert(fc.property(anyBytes, expectPositionsInside), fuzzParameters(1000));
  });

  it('gives the same answer twice, and leaves Object.prototype alone', () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const [first, second] = [load(bytes), load(bytes)];
        expect(second.problems).toEqual(first.problems);
        expect(second.document?.data).toEqual(first.document?.data);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      fuzzParameters(300),
    );
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
  });

  it('a comment at the end never changes whether a report is accepted, or what it says', () => {
    fc.assert(
      fc.property(fc.oneof(validReportTextArb.map(encode), reportBytesArb).filter((b) => b.at(-1) === 0x0a), expectCommentChangesNothing),
      fuzzParameters(1000),
    );
  });
});

/** The smallest forms of what the properties above found, kept so they fail by name. */
describe('found by the properties', () => {
  it('a syntax error after a multi-line error token is still placed on its own line', () => {
    // The last ':' is on line 3, column 4; line 2 ("b: c") has no column 9.
    expectPositionsInside(encode('  - a\nb: c\n  d: e\n'));
  });

  it('a quoted note broken over a line inside { } is judged the same with or without a comment', () => {
    expectCommentChangesNothing(encode(REPORT_HEAD + 'progress:\n  - { deliverable: I.2.1, status: in_progress, note: "a\nb" }\n'));
  });

  it.each([
    ['a binary period', REPORT_HEAD.replace('period: 2024-01', 'period: 0b11111101000') + 'progress: []\n'],
    ['a signed hexadecimal metric', REPORT_HEAD + 'progress: []\nmetrics: { dossiers_late: +0x1F }\n'],
    ['a note written +.5', REPORT_HEAD + 'progress:\n  - { deliverable: I.2.1, status: in_progress, note: +.5 }\n'],
  ])('%s is read the same with or without a comment (YAML 1.2 core schema either way)', (_name, text) => {
    expectCommentChangesNothing(encode(text));
  });
});
