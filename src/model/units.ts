import * as z from 'zod';
import { apiVersionSchema, nonEmptyText, slugSchema } from './fields.js';

export const groupSchema = z.strictObject({
  id: slugSchema,
  name: nonEmptyText,
  /** Obligations of a group with `reported_by: G` fall on each member of G (a district reports for its communes). */
  reported_by: slugSchema.optional(),
});

export const unitSchema = z.strictObject({
  id: slugSchema,
  name: nonEmptyText,
  groups: z.array(slugSchema).default([]),
});

export const unitsFileSchema = z.strictObject({
  apiVersion: apiVersionSchema,
  kind: z.literal('Units'),
  groups: z.array(groupSchema).default([]),
  units: z.array(unitSchema),
});

export type Group = z.infer<typeof groupSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type UnitsFile = z.infer<typeof unitsFileSchema>;
