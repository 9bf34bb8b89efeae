import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateLean } from '../../src/load/lean-locate.js';
import { parseLean } from '../../src/load/lean-parse.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { fuzzParameters, validReportTextArb } from '../support/report-arbitraries.js';
import { EXAMPLE_REPORTS, damagedDocumentArb, documentArb, projectYamlFiles, yamlFiles } from '../support/yaml-arbitraries.js';

const MAX_DEPTH = 64;

/** Every path in a value, and below each one a child that is not there (a key, an index, a step into a scalar). */
function pathsOf(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  const paths = [path];
  if (Array.isArray(value)) {
    value.forEach((item, i) => paths.push(...pathsOf(item, [...path, i])));
    paths.push([...path, value.length], [...path, '0']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
    paths.push([...path, 'missing'], [...path, 0]);
  } else {
    paths.push([...path, 'below']);
  }
  return paths;
}

/** Where the lean parser's offsets put a value or a key is where the careful parser's nodes do. */
function expectSamePositions(text: string): boolean {
  const lean = locateLean(text, MAX_DEPTH);
  if (lean === undefined) return false;
  const careful = parseYaml(text);
  expect(careful.ok, text).toBe(true);
  if (!careful.ok) return false;
  for (const path of pathsOf(careful.parsed.value)) {
    for (const key of [false, true]) expect(lean(path, { key }), `${JSON.stringify(path)} key=${key} in\n${text}`).toEqual(careful.parsed.locate(path, { key }));
  }
  return true;
}

describe('locateLean', () => {
  it('puts every value and key of every bundled and example file where the careful parser does, and reads the reports itself', () => {
    const files = projectYamlFiles();
    const read = files.filter((file) => expectSamePositions(readFileSync(file, 'utf8')));
    for (const file of yamlFiles(EXAMPLE_REPORTS)) expect(read, file).toContain(file);
  });

  it('puts values and keys where the careful parser does in generated documents, reports and damaged files', () => {
    fc.assert(fc.property(documentArb, (text) => void expectSamePositions(text)), fuzzParameters(2000));
    fc.assert(fc.property(validReportTextArb, (text) => void expectSamePositions(text)), fuzzParameters(2000));
    fc.assert(fc.property(damagedDocumentArb, (text) => void expectSamePositions(text)), fuzzParameters(2000));
  });

  it('leaves positions to the careful parser for a document with an empty value, which it places where no value is', () => {
    for (const text of ['a:\nb: 1\n', 'a:\n  - \n  - x\n', 'a: 1\nlast:\n']) {
      expect(parseLean(text, MAX_DEPTH), text).toBeDefined();
      expect(locateLean(text, MAX_DEPTH), text).toBeUndefined();
    }
    expect(expectSamePositions('a: 1\nb:\n  - { c: "x", d: [1, 2] }\n  - plain\n')).toBe(true);
  });

});
