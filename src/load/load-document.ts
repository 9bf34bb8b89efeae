import * as z from 'zod';
import en from 'zod/v4/locales/en.js';
import vi from 'zod/v4/locales/vi.js';
import type { Lang } from '../i18n/lang.js';
import { problemMessage } from '../i18n/problems.js';
import { type CalendarFile, calendarFileSchema } from '../model/calendar.js';
import { type PlanFile, planFileSchema } from '../model/plan.js';
import type { Problem, ProblemCode } from '../model/problem.js';
import { type ReportFile, reportFileSchema } from '../model/report.js';
import { type UnitsFile, unitsFileSchema } from '../model/units.js';
import { decodeText, positionOfByte } from './decode-text.js';
import { parseFast } from './fast-parse.js';
import { locateLean } from './lean-locate.js';
import { type Locate, mapIssues } from './map-issues.js';
import { DEFAULT_YAML_LIMITS, type YamlLimits, parseYaml } from './parse-yaml.js';
import { rereadFile } from './read-file.js';
import { remembered } from '../core/remembered.js';
import { readReport } from './read-report.js';
import { trimReport } from './trim-report.js';

export const KIND_SCHEMAS = {
  Units: unitsFileSchema,
  Calendar: calendarFileSchema,
  Plan: planFileSchema,
  Report: reportFileSchema,
} as const;

export type Kind = keyof typeof KIND_SCHEMAS;
export const KINDS = Object.keys(KIND_SCHEMAS) as Kind[];
const KIND_LIST = KINDS.join(', ');

interface KindData {
  Units: UnitsFile;
  Calendar: CalendarFile;
  Plan: PlanFile;
  Report: ReportFile;
}

/** A document that passed its kind's schema. */
export type LoadedDocument = { [K in Kind]: { kind: K; data: KindData[K]; locate: Locate } }[Kind];

export interface DocumentResult {
  file: string;
  /** Absent when the file has a problem of severity error. */
  document?: LoadedDocument;
  problems: Problem[];
}

export interface DocumentOptions {
  lang: Lang;
  /** The kind the caller needs; another kind is an error. */
  expect?: Kind;
  limits?: YamlLimits;
  /**
   * The file the bytes came from: read again when a position is asked for after the fast parse.
   * Without it the text is kept in memory instead; with it, a check of 120,000 files keeps none.
   */
  path?: string;
  /** Keep of a report only what the rules and the engine read (see trimReport). */
  trim?: boolean;
}

const LOCALES = { vi: vi().localeError, en: en().localeError };

/**
 * `jitless`: zod's runtime parser otherwise writes and compiles a function for each object schema
 * the first time it meets it. A plan, its units and its calendar are read once per run, so that
 * compiling was most of their cost (a province's plan: ~48 → ~30 ms). Reports are read by the
 * thousand through their own compiled schema (compiledSchema), which this does not touch.
 */
const PARSE_OPTIONS = { vi: { error: LOCALES.vi, jitless: true }, en: { error: LOCALES.en, jitless: true } } as const;

/** A shape problem before it has a place: the value path it concerns and what to say. */
interface Finding {
  code: ProblemCode;
  path: PropertyKey[];
  onKey: boolean;
  message: string;
}

type Checked = { ok: true; kind: Kind; data: unknown } | { ok: false; findings: Finding[] };

/** Bytes of one file → its typed document, or problems with file, line and column. Never throws on bad input. */
export function loadDocument(file: string, bytes: Uint8Array, options: DocumentOptions): DocumentResult {
  const { lang } = options;
  const limits = options.limits ?? DEFAULT_YAML_LIMITS;

  // A report a check keeps trimmed, written the plain way: read, checked and trimmed in one pass.
  if (options.trim && (options.expect === undefined || options.expect === 'Report') && limits === DEFAULT_YAML_LIMITS) {
    const report = readReport(bytes);
    if (report) {
      // The one-pass reader reads only under the default limits (above): positions are found under them too.
      const document = options.path !== undefined ? new ReportDocument(report, options.path) : { kind: 'Report' as const, data: report, locate: positionsLater(options, limits, bytes) };
      return { file, document, problems: [] };
    }
  }
  const problem = (code: ProblemCode, message: string, line: number, column: number): Problem => ({ file, line, column, severity: 'error', code, message });

  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const { line, column } = positionOfByte(bytes, decoded.fault.offset);
    return { file, problems: [problem('encoding', problemMessage(lang, decoded.fault.key), line, column)] };
  }

  const fast = parseFast(decoded.text, limits.maxDepth);
  if (fast) {
    // parseFast refuses any text with `__proto__`, so the scan for it is needed only below.
    const checked = checkShape(fast.value, options, false);
    if (checked.ok) return { file, document: documentOf(checked, positionsLater(options, limits, decoded.text), options), problems: [] };
  }

  // The careful path: every problem gets its line and column.
  const yaml = parseYaml(decoded.text, limits);
  if (!yaml.ok) {
    const codes = {
      'yaml-syntax': 'yaml-syntax',
      'multi-document': 'yaml-syntax',
      'duplicate-key': 'duplicate-key',
      'alias-limit': 'too-large',
      'depth-limit': 'too-large',
      'empty-file': 'unknown-kind',
    } as const;
    return { file, problems: yaml.faults.map((f) => problem(codes[f.key], problemMessage(lang, f.key, f.params), f.line, f.column)) };
  }
  const { value, locate } = yaml.parsed;
  const checked = checkShape(value, options, true);
  if (checked.ok) return { file, document: documentOf(checked, locate, options), problems: [] };
  const problems = checked.findings.map((f) => {
    const where = locate(f.path, { key: f.onKey });
    return problem(f.code, f.message, where.line, where.column);
  });
  return { file, problems: dedupe(problems) };
}

function documentOf(checked: { kind: Kind; data: unknown }, locate: Locate, options: DocumentOptions): LoadedDocument {
  const data = options.trim && checked.kind === 'Report' ? trimReport(checked.data as ReportFile) : checked.data;
  return { kind: checked.kind, data, locate } as LoadedDocument;
}

/** apiVersion and kind pick the schema; then the schema decides. No positions here: they cost a parse. */
function checkShape(value: unknown, options: DocumentOptions, scanProto: boolean): Checked {
  const { lang } = options;
  const finding = (key: string, path: PropertyKey[], params: Record<string, string | number> = {}): Checked => ({
    ok: false,
    findings: [{ code: 'unknown-kind', path, onKey: false, message: problemMessage(lang, key, params) }],
  });
  if (value === null || value === undefined) return finding('empty-file', []);
  if (typeof value !== 'object' || Array.isArray(value)) return finding('not-mapping', []);
  const head = value as Record<string, unknown>;
  if (!Object.hasOwn(head, 'apiVersion')) return finding('missing-api-version', []);
  if (head.apiVersion !== 'tthc/v1') return finding('bad-api-version', ['apiVersion'], { value: String(head.apiVersion) });
  const kind = head.kind;
  if (!Object.hasOwn(head, 'kind')) return finding('missing-kind', [], { kinds: KIND_LIST });
  if (typeof kind !== 'string' || !KINDS.includes(kind as Kind)) return finding('bad-kind', ['kind'], { value: String(kind), kinds: KIND_LIST });
  if (options.expect && kind !== options.expect) return finding('wrong-kind', ['kind'], { value: kind, expected: options.expect });

  // zod's record type drops a `__proto__` key without a word; a typo or an attack must not pass silently.
  const proto = scanProto ? findProtoKey(value) : undefined;
  if (proto) return { ok: false, findings: [{ code: 'schema', path: proto, onKey: true, message: problemMessage(lang, 'unknown-key', { key: '__proto__' }) }] };
  const schema = compiles(kind as Kind, value) ? compiledSchema(kind as Kind) : (KIND_SCHEMAS[kind as Kind] as z.ZodType);
  const result = schema.safeParse(value, PARSE_OPTIONS[lang]);
  if (result.success) return { ok: true, kind: kind as Kind, data: result.data };
  return { ok: false, findings: mapIssues(result.error.issues, value, lang).map((issue) => ({ code: 'schema', ...issue })) };
}

/**
 * The kinds checked by their schema compiled ahead of time into one function, which falls back to
 * the runtime parser for a value that fails, so the issues, paths and messages are the runtime's
 * own. Reports, read by the thousand (a third of the runtime parser's cost), and a units file of a
 * few hundred units or more: compiling takes ~3 ms, then each unit ~1 µs against ~10 µs for the
 * runtime parser, whose code is still cold when the plan loads (590 units: ~3.8 against ~5.6 ms; a
 * country's 7,060, a tenth of the time; below ~300 the runtime parser is quicker).
 */
function compiles(kind: Kind, value: unknown): boolean {
  if (kind === 'Report') return true;
  const units = kind === 'Units' ? (value as { units?: unknown }).units : undefined;
  return Array.isArray(units) && units.length >= COMPILED_UNITS_FROM;
}

const COMPILED_UNITS_FROM = 300;

const compiled = new Map<Kind, z.ZodType>();

/** Compiled on first use (a few milliseconds), so a command that reads no such file never pays for it. */
function compiledSchema(kind: Kind): z.ZodType {
  return remembered(compiled, KINDS.length, kind, () => z.compile(KIND_SCHEMAS[kind]) as z.ZodType);
}

/** The path of the first own `__proto__` key anywhere in the value (the value's depth is already bounded). */
function findProtoKey(value: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) return [...path, '__proto__'];
  for (const [key, item] of Object.entries(value)) {
    const found = findProtoKey(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/**
 * Finds positions with a positioned parse of the file's text, run on the first question only:
 * most valid files are never asked, and a check of 120,000 of them keeps no text in memory.
 */
export function locateLater<S>(read: (source: S) => Uint8Array | string, source: S, limits: YamlLimits = DEFAULT_YAML_LIMITS): Locate {
  // One closure a file, over what it needs to read the text again: a national check holds 120,000.
  let positioned: Locate | undefined;
  const locate: Locate = (path, opts) => {
    if (!positioned) {
      const bytesOrText = read(source);
      const text = typeof bytesOrText === 'string' ? bytesOrText : decodeLossy(bytesOrText);
      // The lean parser's offsets when it reads the file, as it reads nearly every valid report.
      positioned = locateLean(text, limits.maxDepth) ?? carefulLocate(text, limits);
    }
    return positioned(path, opts);
  };
  locate.release = () => {
    positioned = undefined;
  };
  return locate;
}

/**
 * A report the one-pass reader read from a file: what finds its positions is made on the first
 * question, not as it is read. A check holds every report it read and asks where something is in
 * a few (a problem, a format that points into files): a closure and its state for each of 10,030
 * reports were ~15 ms of the check, to make them and for the collector to copy them.
 */
export class ReportDocument {
  readonly kind = 'Report' as const;
  private located: Locate | undefined;

  constructor(
    readonly data: ReportFile,
    /** The file, read again for its positions. */
    readonly path: string,
  ) {}

  get locate(): Locate {
    return (this.located ??= locateFile(this.path));
  }
}

/** Positions in a file, found from the file read again when first asked (see locateLater). */
export function locateFile(path: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): Locate {
  return locateLater(rereadFile, path, limits);
}

function carefulLocate(text: string, limits: YamlLimits): Locate {
  const parsed = parseYaml(text, limits);
  return parsed.ok ? parsed.parsed.locate : () => ({ line: 1, column: 1 });
}

const sameText = (text: string): string => text;

/**
 * Positions are needed only when a rule or a formatter points into this file: parsed for then,
 * once, instead of for every file on every run, from the file read again, or (without a path) from
 * the text it was read as, kept.
 */
function positionsLater(options: DocumentOptions, limits: YamlLimits, read: string | Uint8Array): Locate {
  if (options.path !== undefined) return locateFile(options.path, limits);
  return locateLater(sameText, typeof read === 'string' ? read : decodeLossy(read), limits);
}

// The file was valid UTF-8 when first read; if it changed since, a position is still better than a crash.
function decodeLossy(bytes: Uint8Array): string {
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.text : new TextDecoder().decode(bytes);
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
