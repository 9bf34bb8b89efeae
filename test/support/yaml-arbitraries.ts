// Generated YAML documents, in the block and flow styles people write, for the lean parser's
// differential properties; and every YAML file the project holds.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { applyDamage, damageArb, validReportTextArb } from './report-arbitraries.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

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

export const documentArb = fc
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
export const ordinaryDocumentArb = fc
  .tuple(fc.dictionary(fc.constantFrom('unit', 'period', 'progress', 'metrics'), ordinaryTreeArb, { minKeys: 1, maxKeys: 4 }), styleArb, fc.boolean())
  .map(([tree, style, crlf]) => write(tree, style, 0).join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n'));

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Documents and reports with bytes damaged: each still valid UTF-8 text, as the parsers receive it. */
export const damagedDocumentArb = fc
  .tuple(fc.oneof(documentArb, validReportTextArb), fc.array(damageArb, { minLength: 1, maxLength: 4 }))
  .map(([text, damages]) => decode(damages.reduce(applyDamage, encode(text))));

export function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** The YAML files of the bundled plans, the example workspace and the tests. */
export function projectYamlFiles(): string[] {
  return [...yamlFiles(join(ROOT, 'plans')), ...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test'))];
}

export const EXAMPLE_REPORTS = join(ROOT, 'examples/soc-trang-2024/reports');
