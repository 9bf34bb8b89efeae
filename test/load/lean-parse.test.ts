import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseLean } from '../../src/load/lean-parse.js';
import { fuzzParameters, validReportTextArb } from '../support/report-arbitraries.js';
import { EXAMPLE_REPORTS, damagedDocumentArb, documentArb, ordinaryDocumentArb, projectYamlFiles, yamlFiles } from '../support/yaml-arbitraries.js';

const MAX_DEPTH = 64;

/** What the careful parser reads: YAML 1.2, core schema, keys unique; undefined when it finds an error. */
function reference(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  return doc.errors.length > 0 ? undefined : { value: doc.toJS({ maxAliasCount: -1 }) };
}

/** The one property that matters: when the lean parser answers, it answers what YAML 1.2 says. */
function expectAgreement(text: string): void {
  const lean = parseLean(text, MAX_DEPTH);
  if (lean === undefined) return;
  const expected = reference(text);
  expect(expected, `the lean parser read a text YAML 1.2 rejects:\n${text}`).toBeDefined();
  expect(lean.value).toStrictEqual(expected!.value);
}

describe('parseLean', () => {
  it('reads every YAML file of the bundled plan, the example workspace and the test workspaces as YAML 1.2 does', () => {
    const files = projectYamlFiles();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expectAgreement(readFileSync(file, 'utf8'));
  });

  it('takes the fast path for every report of the example workspace (none falls back)', () => {
    const reports = yamlFiles(EXAMPLE_REPORTS);
    for (const file of reports) expect(parseLean(readFileSync(file, 'utf8'), MAX_DEPTH), file).toBeDefined();
  });

  it('agrees with YAML 1.2 on generated documents in every style', () => {
    fc.assert(fc.property(documentArb, expectAgreement), fuzzParameters(3000));
  });

  it('reads every document written with ordinary values itself (a parser that gave up on everything would agree trivially)', () => {
    fc.assert(
      fc.property(ordinaryDocumentArb, (text) => {
        expect(parseLean(text, MAX_DEPTH), text).toBeDefined();
        expectAgreement(text);
      }),
      fuzzParameters(2000),
    );
  });

  it('agrees with YAML 1.2 on generated reports, and reads them all unless a note needs the general parsers', () => {
    fc.assert(fc.property(validReportTextArb, expectAgreement), fuzzParameters(3000));
  });

  it('agrees with YAML 1.2 on damaged documents and reports: what it cannot read exactly it leaves alone', () => {
    fc.assert(fc.property(damagedDocumentArb, expectAgreement), fuzzParameters(5000));
  });

  it('leaves what only the general parsers read exactly to them', () => {
    const general = [
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      'a: |\n  text\n',
      'a: >\n  text\n',
      'a: one\n  two\n',
      'a: "one\n  two"\n',
      '---\na: 1\n',
      'a: 1\na: 2\n',
      '"a": 1\n',
      'a:\n\t- 1\n',
      // Flow collections nested past the depth limit.
      `a: ${'['.repeat(MAX_DEPTH)}1${']'.repeat(MAX_DEPTH)}\n`,
      'a: 0o17\n',
      'a: 1e3\n',
      '- 1\n',
      '# only a comment\n',
      '',
      'a: "\\x41"\n',
      'a: b: c\n',
      'a: [1, ]\n',
      'a: {}#x\n',
      '__proto__: 1\n',
      'a: { __proto__: 1 }\n',
    ];
    for (const text of general) expect(parseLean(text, MAX_DEPTH), JSON.stringify(text)).toBeUndefined();
  });

  it('reads flow collections inside flow collections (the groups of a unit) as YAML does', () => {
    const nested = [
      'units:\n  - { id: so-tu-phap, name: "Sở Tư pháp", groups: [so-nganh, khoi-noi-chinh] }\n  - { id: cong-an, name: "Công an tỉnh", groups: [] }\n',
      'a: { b: { c: 1 } }\n',
      'a: [1, [2, [3, {}]], { k: [] }]\n',
    ];
    for (const text of nested) {
      expect(parseLean(text, MAX_DEPTH), JSON.stringify(text)).toBeDefined();
      expectAgreement(text);
    }
  });

  it('stops at the depth limit and leaves deeper documents to the careful parser', () => {
    const deep = Array.from({ length: 10 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n') + ' 1\n';
    expect(parseLean(deep, 5)).toBeUndefined();
    expect(parseLean(deep, 64)).toBeDefined();
  });
});
