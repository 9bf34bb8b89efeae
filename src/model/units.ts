import * as z from 'zod';
import { apiVersionSchema, daySchema, nonEmptyText, ownerSchema, slugSchema } from './fields.js';

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
  /** Who approves changes to `reports/<id>/` (`tthc codeowners`): `@user`, `@org/team` or an e-mail address. */
  owners: z.array(ownerSchema).optional(),
  /** The first day the unit exists (a commune formed by a merger); it owes nothing due before it. */
  valid_from: daySchema.optional(),
  /** The last day the unit exists (merged, dissolved); it owes nothing whose period starts after it, and files nothing after it. */
  valid_to: daySchema.optional(),
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
