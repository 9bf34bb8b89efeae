import * as z from 'zod';
import { KIND_SCHEMAS, type Kind } from '../load/load-document.js';

export const SCHEMA_FILES: Record<Kind, string> = {
  Plan: 'plan.schema.json',
  Report: 'report.schema.json',
  Units: 'units.schema.json',
  Calendar: 'calendar.schema.json',
};

/**
 * The JSON Schema of a kind, for editors (yaml-language-server reads draft-7). It describes what a
 * user types (`io: 'input'`), so `period: 2024` as a number is allowed as tthc allows it.
 */
export function jsonSchemaOf(kind: Kind): string {
  const schema = z.toJSONSchema(KIND_SCHEMAS[kind], { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return JSON.stringify({ $schema: schema.$schema, title: `tthc/v1 ${kind}`, ...schema }, null, 2) + '\n';
}
