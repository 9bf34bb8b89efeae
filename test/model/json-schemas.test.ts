import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/load/load-document.js';
import { SCHEMA_FILES, jsonSchemaOf } from '../../src/model/json-schemas.js';

describe('the published JSON Schemas', () => {
  it.each(KINDS)('schemas/%s matches the zod schema (run `tthc schema --out schemas` after changing one)', (kind) => {
    const committed = readFileSync(new URL(`../../schemas/${SCHEMA_FILES[kind]}`, import.meta.url), 'utf8');
    expect(committed).toBe(jsonSchemaOf(kind));
  });

  it('are draft-7, closed to unknown keys, and carry the day pattern editors check as users type', () => {
    const report = JSON.parse(jsonSchemaOf('Report'));
    expect(report.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(report.additionalProperties).toBe(false);
    expect(new RegExp(report.properties.submitted.pattern).test('18/03/2024')).toBe(true);
    expect(new RegExp(report.properties.submitted.pattern).test('2024/03/18')).toBe(false);
    expect(report.required).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'plan', 'unit', 'period', 'submitted']));
  });
});
