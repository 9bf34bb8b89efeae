import yaml from 'js-yaml';
import { parseLean } from './lean-parse.js';

// Anchors and aliases go to the careful parser, which counts alias expansions (billion laughs).
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,\]}]/m;

// Our documents are mappings: every line at column 0 is a key, a comment or blank. Anything else
// (a quoted scalar continued at column 0, a top-level list) is where js-yaml is more lenient than
// the careful parser, so the careful parser decides.
const COLUMN_ZERO_OTHER = /^(?![A-Za-z_][\w-]*[ \t]*:|#|[ \t]|$)/m;

// YAML 1.2 core schema (spec 10.3.2), exactly as the careful parser reads it: js-yaml's own int and
// float also take YAML 1.1 forms (0b…, +0x…, 1_000), so a file's meaning would depend on the parser.
const CORE_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const CORE_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const int12 = new yaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && CORE_INT.test(data),
  construct: (data: string) => (data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : parseInt(data, 10)),
  predicate: (value: unknown) => Number.isInteger(value),
});

const float12 = new yaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && CORE_FLOAT.test(data) && !CORE_INT.test(data),
  construct: (data: string) => {
    const lower = data.toLowerCase();
    if (lower.endsWith('.nan')) return Number.NaN;
    if (lower.endsWith('.inf')) return lower.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    return Number.parseFloat(data);
  },
  predicate: (value: unknown) => typeof value === 'number' && !Number.isInteger(value),
});

// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const builtIn = (yaml as unknown as { types: Record<'null' | 'bool', yaml.Type> }).types;
const CORE_12 = yaml.FAILSAFE_SCHEMA.extend({ implicit: [builtIn.null, builtIn.bool, int12, float12] });

/**
 * The happy path: the lean parser, else js-yaml with the YAML 1.2 core schema (`2024-04-05`
 * stays text), at a tenth of the cost of a positioned parse or less. Returns undefined whenever
 * the careful parser must decide: a syntax error, a duplicate key, two documents, aliases, an
 * empty file, or nesting over the limit. Then the positioned parse runs and says where.
 */
export function parseFast(text: string, maxDepth: number): { value: unknown } | undefined {
  if (text.includes('__proto__')) return undefined;
  // NFC on the whole text at once, natively: no positions are taken from this parse, so the
  // shorter text cannot shift a line or column.
  const normal = text.normalize('NFC');
  // The plain block YAML nearly every report is written in: a fraction of js-yaml's cost and garbage.
  const lean = parseLean(normal, maxDepth);
  // Its value is always a mapping: a document that is not one is left to the parsers below.
  if (lean) return lean;
  // Aliases, and anything js-yaml reads more leniently, go to the careful parser. indexOf first:
  // most reports have neither `&` nor `*`, and the regex would scan every line for them.
  const mayAlias = normal.includes('&') || normal.includes('*');
  if ((mayAlias && ANCHOR_OR_ALIAS.test(normal)) || COLUMN_ZERO_OTHER.test(normal)) return undefined;
  let value: unknown;
  try {
    value = yaml.load(normal, { schema: CORE_12, json: false, maxDepth } as yaml.LoadOptions);
  } catch {
    return undefined;
  }
  return value === null || value === undefined ? undefined : { value };
}
