import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate.js';
import type { Day } from '../../src/core/day.js';
import { loadDocument } from '../../src/load/load-document.js';
import { loadReports } from '../../src/load/load-reports.js';
import { bundledPlan } from '../support/bundled.js';
import { tempDir } from '../support/temp-dir.js';
import { AS_OF, HOSTILE_FILE, VALID_REPORT, soYTe } from './support.js';

/**
 * `__proto__`, `constructor` and `prototype` keys, in every place a report has a mapping, in block
 * and flow style, quoted and plain, directly and through an alias (which the loader reads another
 * way). Each must be an unknown key, and nothing may reach Object.prototype.
 */
const entry = '  - deliverable: I.2.2\n    status: in_progress\n';
const PAYLOADS: Array<[string, string, string]> = [
  ['top level, block', soYTe() + '__proto__:\n  polluted: true\n', '__proto__'],
  ['top level, flow and quoted', soYTe() + '"__proto__": { "polluted": true }\n', '__proto__'],
  ['top level, through an alias', soYTe() + 'x: &p { polluted: true }\n__proto__: *p\n', '__proto__'],
  ['constructor.prototype', soYTe() + 'constructor:\n  prototype:\n    polluted: true\n', 'constructor'],
  ['constructor.prototype, as an explicit key', soYTe() + '? constructor\n: { prototype: { polluted: true } }\n', 'constructor'],
  ['in a progress entry', soYTe(entry + '    __proto__: { polluted: true, status: done }\n'), '__proto__'],
  ['in a progress entry, through an alias', soYTe(entry + '    note: &n x\n    __proto__: { polluted: *n }\n'), '__proto__'],
  ['in evidence', soYTe(entry + '    evidence:\n      - { number: "1/KH", date: 2024-01-02, __proto__: { polluted: true } }\n'), '__proto__'],
  ['in document', soYTe().replace('progress: []', 'document: { number: "1/BC", date: 2024-02-20, constructor: { prototype: { polluted: true } } }\nprogress: []'), 'constructor'],
  ['in metrics', soYTe() + 'metrics: { __proto__: { polluted: 1 } }\n', '__proto__'],
  ['a merge key', soYTe() + '<<: { polluted: true }\n', '<<'],
];

const pristine = () => ({
  objectKeys: Object.getOwnPropertyNames(Object.prototype).sort(),
  arrayKeys: Object.getOwnPropertyNames(Array.prototype).sort(),
  objectProto: Object.getPrototypeOf({}),
});

function expectUntouched(before: ReturnType<typeof pristine>): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.create(null).polluted).toBeUndefined();
  expect(pristine()).toEqual(before);
}

describe('prototype keys in a report never reach Object.prototype', () => {
  let before: ReturnType<typeof pristine>;
  beforeEach(() => {
    before = pristine();
  });
  afterEach(() => expectUntouched(before));

  it.each(PAYLOADS)('loadDocument: %s is refused as an unknown key', (_name, text, key) => {
    const result = loadDocument(HOSTILE_FILE, new TextEncoder().encode(text), { lang: 'en' });
    expect(result.document).toBeUndefined();
    expect(result.problems.map((p) => p.message).join('\n')).toContain(`"${key}"`);
    for (const p of result.problems) expect(p).toMatchObject({ file: HOSTILE_FILE, severity: 'error' });
    expectUntouched(before);
  });

  it('`constructor` and `prototype` as metric names are plain names: accepted, and counted as numbers', () => {
    const result = loadDocument(HOSTILE_FILE, new TextEncoder().encode(soYTe() + 'metrics: { constructor: 3, prototype: 4 }\n'), { lang: 'en' });
    expect(result.problems).toEqual([]);
    expect((result.document?.data as { metrics?: Record<string, number> }).metrics).toEqual({ constructor: 3, prototype: 4 });
  });

  it('loadReports + evaluate over all of them at once: every valid report still counts', async () => {
    const files = Object.fromEntries(PAYLOADS.map(([, text], i) => [`reports/so-y-te/2024-${String(i + 1).padStart(2, '0')}.yaml`, text]));
    const dir = tempDir({ ...VALID_REPORT, ...files });
    const loaded = await loadReports(join(dir, 'reports'), { lang: 'en', cwd: dir });
    expect(loaded.reports.map((r) => r.file)).toContain('reports/so-tu-phap/2024-01.yaml');
    const evaluation = evaluate(await bundledPlan(), loaded.reports, { asOf: AS_OF as Day, lang: 'en' });
    expect(evaluation.obligations.find((o) => o.unit === 'so-tu-phap' && o.deliverable === 'I.2.1')?.status).toBe('met');
  });
});
