import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseLean } from '../../src/load/lean-parse.js';
import { applyDamage, damageArb, fuzzParameters, validReportTextArb } from '../support/report-arbitraries.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
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

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

// A tree of the shapes YAML files take, written in the block and flow styles people use.
type Tree = string | number | boolean | null | Tree[] | { [key: string]: Tree };

const keyArb = fc.constantFrom('unit', 'period', 'status', 'done_on', 'note', 'a', 'b_c', 'x-y', 'v.1', 'true', 'null', 'Key', 'k');
const scalarArb: fc.Arbitrary<Tree> = fc.oneof(
  fc.constantFrom('2024-04-05', '05/04/2024', '2024', 'I.2.1', 'done', 'Đã ban hành', 'a: b', 'a #b', 'x#y', '-5', '0o17', '0x1F', '1e3', '.5', '+1', '.inf', '1_000', '007', '3.14', '-0', '~', 'null', 'yes', 'True', 'FALSE', '', ' lead', 'trail ', "it's", 'say "hi"', 'back\\slash', 'tab\tin', 'http://x.vn/a', '[x]', '{y}', '&z', '*w', '!v', '|', '>', '- dash', '? q', ': c', '@', '`', '%'),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.integer({ min: -5000, max: 5000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.constant(null),
);
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(keyArb, tie('tree'), { maxKeys: 4 }),
  ),
})).tree;

interface Style {
  quote: 'plain' | 'double' | 'single';
  flowLeaves: boolean;
  indent: number;
  compactSequences: boolean;
  comments: boolean;
}

function scalar(value: Tree, style: Style): string {
  if (style.quote === 'double' || typeof value !== 'string') return typeof value === 'string' ? JSON.stringify(value) : String(value);
  if (style.quote === 'single') return `'${value.replaceAll("'", "''")}'`;
  return value;
}

function write(value: Tree, style: Style, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const isLeafMap = (v: Tree) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => x === null || typeof x !== 'object');
  const inline = (v: Tree): string | undefined => {
    if (v === null || typeof v !== 'object') return scalar(v, style);
    if (Array.isArray(v) && v.length === 0) return '[]';
    if (!Array.isArray(v) && Object.keys(v).length === 0) return '{}';
    if (style.flowLeaves && isLeafMap(v)) return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${scalar(x, style)}`).join(', ')} }`;
    if (style.flowLeaves && Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object')) return `[${v.map((x) => scalar(x, style)).join(', ')}]`;
    return undefined;
  };
  const comment = style.comments ? '  # note' : '';
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const text = inline(item);
      if (text !== undefined) return [`${pad}- ${text}${comment}`];
      if (Array.isArray(item)) return [`${pad}-`, ...write(item, style, indent + style.indent)];
      // A mapping in a sequence starts after `- `: its keys line up two columns in.
      const inner = write(item, style, indent + 2);
      return [`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1)];
    });
  }
  if (value === null || typeof value !== 'object') return [`${pad}${scalar(value, style)}`];
  return Object.entries(value).flatMap(([key, item]) => {
    const text = inline(item);
    if (text !== undefined) return [`${pad}${key}: ${text}${comment}`];
    const childIndent = Array.isArray(item) && style.compactSequences ? indent : indent + style.indent;
    return [`${pad}${key}:`, ...(style.comments ? [`${pad}# between`] : []), ...write(item, style, childIndent)];
  });
}

const styleArb: fc.Arbitrary<Style> = fc.record({
  quote: fc.constantFrom('plain', 'double', 'single'),
  flowLeaves: fc.boolean(),
  indent: fc.constantFrom(1, 2, 4),
  compactSequences: fc.boolean(),
  comments: fc.boolean(),
});

const documentArb = fc
  .tuple(fc.dictionary(keyArb, treeArb, { minKeys: 1, maxKeys: 5 }), styleArb, fc.boolean())
  .map(([tree, style, crlf]) => write(tree, style, 0).join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n'));

// Values a clerk writes: words, days, ids, whole and decimal numbers, booleans; keys that are words.
const ordinaryScalarArb: fc.Arbitrary<Tree> = fc.oneof(
  fc.constantFrom('2024-04-05', '05/04/2024', 'I.2.1', 'done', 'Đã ban hành', 'Tỷ lệ 81.2%', 'x#y', "it's", '45/BC-STP'),
  fc.integer({ min: -5000, max: 5000 }),
  fc.integer({ min: 0, max: 99999 }).map((n) => n / 100),
  fc.boolean(),
  fc.constant(null),
);
const ordinaryTreeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    ordinaryScalarArb,
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('unit', 'period', 'status', 'done_on', 'note', 'b_c', 'x-y'), tie('tree'), { maxKeys: 4 }),
  ),
})).tree;
const ordinaryDocumentArb = fc
  .tuple(fc.dictionary(fc.constantFrom('unit', 'period', 'progress', 'metrics'), ordinaryTreeArb, { minKeys: 1, maxKeys: 4 }), styleArb, fc.boolean())
  .map(([tree, style, crlf]) => write(tree, style, 0).join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n'));

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('parseLean', () => {
  it('reads every YAML file of the bundled plan, the example workspace and the test workspaces as YAML 1.2 does', () => {
    const files = [...yamlFiles(join(ROOT, 'plans')), ...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test'))];
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expectAgreement(readFileSync(file, 'utf8'));
  });

  it('takes the fast path for every report of the example workspace (none falls back)', () => {
    const reports = yamlFiles(join(ROOT, 'examples/soc-trang-2024/reports'));
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
    const damaged = fc
      .tuple(fc.oneof(documentArb, validReportTextArb), fc.array(damageArb, { minLength: 1, maxLength: 4 }))
      .map(([text, damages]) => decode(damages.reduce(applyDamage, encode(text))));
    fc.assert(fc.property(damaged, expectAgreement), fuzzParameters(5000));
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
