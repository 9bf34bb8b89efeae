import type * as z from 'zod';
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
import { type Locate, mapIssues } from './map-issues.js';
import { DEFAULT_YAML_LIMITS, type YamlLimits, parseYaml } from './parse-yaml.js';

export const KIND_SCHEMAS = {
  Units: unitsFileSchema,
  Calendar: calendarFileSchema,
  Plan: planFileSchema,
  Report: reportFileSchema,
} as const;

export type Kind = keyof typeof KIND_SCHEMAS;
export const KINDS = Object.keys(KIND_SCHEMAS) as Kind[];

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
}

const LOCALES = { vi: vi().localeError, en: en().localeError };

/** Bytes of one file → its typed document, or problems with file, line and column. Never throws on bad input. */
export function loadDocument(file: string, bytes: Uint8Array, options: DocumentOptions): DocumentResult {
  const { lang } = options;
  const fail = (code: ProblemCode, key: string, line: number, column: number, params: Record<string, string | number> = {}): Problem => ({
    file,
    line,
    column,
    severity: 'error',
    code,
    message: problemMessage(lang, key, params),
  });

  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const { line, column } = positionOfByte(bytes, decoded.fault.offset);
    return { file, problems: [fail('encoding', decoded.fault.key, line, column)] };
  }
  const yaml = parseYaml(decoded.text, options.limits ?? DEFAULT_YAML_LIMITS);
  if (!yaml.ok) {
    const codes = { 'yaml-syntax': 'yaml-syntax', 'multi-document': 'yaml-syntax', 'duplicate-key': 'duplicate-key', 'alias-limit': 'too-large', 'depth-limit': 'too-large', 'empty-file': 'unknown-kind' } as const;
    return { file, problems: yaml.faults.map((f) => fail(codes[f.key], f.key, f.line, f.column, f.params)) };
  }
  const { value, locate } = yaml.parsed;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const where = locate([]);
    return { file, problems: [fail('unknown-kind', value === null ? 'empty-file' : 'not-mapping', where.line, where.column)] };
  }

  const head = value as Record<string, unknown>;
  const kinds = KINDS.join(', ');
  const at = (key: string) => (Object.hasOwn(head, key) ? locate([key]) : locate([]));
  if (!Object.hasOwn(head, 'apiVersion')) {
    const where = at('apiVersion');
    return { file, problems: [fail('unknown-kind', 'missing-api-version', where.line, where.column)] };
  }
  if (head.apiVersion !== 'tthc/v1') {
    const where = at('apiVersion');
    return { file, problems: [fail('unknown-kind', 'bad-api-version', where.line, where.column, { value: String(head.apiVersion) })] };
  }
  const kind = head.kind;
  if (typeof kind !== 'string' || !KINDS.includes(kind as Kind)) {
    const where = at('kind');
    const key = Object.hasOwn(head, 'kind') ? 'bad-kind' : 'missing-kind';
    return { file, problems: [fail('unknown-kind', key, where.line, where.column, { value: String(kind), kinds })] };
  }
  if (options.expect && kind !== options.expect) {
    const where = at('kind');
    return { file, problems: [fail('unknown-kind', 'wrong-kind', where.line, where.column, { value: kind, expected: options.expect })] };
  }

  const schema: z.ZodType = KIND_SCHEMAS[kind as Kind];
  const result = schema.safeParse(value, { error: LOCALES[lang] });
  if (!result.success) {
    const problems = mapIssues(result.error.issues, value, lang).map((issue) => {
      const where = locate(issue.path, { key: issue.onKey });
      return { file, line: where.line, column: where.column, severity: 'error' as const, code: 'schema' as const, message: issue.message };
    });
    return { file, problems: dedupe(problems) };
  }
  return { file, document: { kind, data: result.data, locate } as LoadedDocument, problems: [] };
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
