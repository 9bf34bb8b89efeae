import * as z from 'zod';
import { fieldIssue, apiVersionSchema, daySchema, deliverableIdSchema, nonEmptyText, periodSchema, slugSchema } from './fields.js';
import { targetSchema } from './target.js';

const text = nonEmptyText.describe('Thời gian thực hiện, đúng như văn bản gốc');

/** `MM-DD` of a yearly deadline ("trước ngày 19 tháng 12"). */
const monthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, fieldIssue('month-day'));

const dayOfMonth = z.int().min(1).max(31);

// Exactly one form per deadline cell; each is a strict object keyed by its own word, so a
// typo or two forms at once fails instead of silently picking one.
export const dueSchema = z.union([
  z.strictObject({ before: daySchema, text }),
  z.strictObject({ by: daySchema, text }),
  z.strictObject({ within: z.union([periodSchema, z.array(periodSchema).min(1)]), text }),
  z.strictObject({ every: z.enum(['month', 'quarter']), before_day: dayOfMonth.optional(), text }),
  z.strictObject({ every: z.literal('year'), before: monthDaySchema.optional(), text }),
  z.strictObject({ ongoing: z.literal(true), text }),
  z.strictObject({ on_request: nonEmptyText, text }),
]);

export const deliverableSchema = z.strictObject({
  id: deliverableIdSchema,
  text: nonEmptyText,
  lead: z.array(slugSchema).min(1),
  support: z.array(slugSchema).default([]),
  due: dueSchema,
  /** A periodic report: met by the unit's Report file for the period rather than by a progress entry. */
  report: z.boolean().optional(),
  /** How an unclear cell of the source was read. */
  note: nonEmptyText.optional(),
  /** Numbers the result must reach, read from the metrics of the report the obligation is judged from. */
  targets: z.array(targetSchema).min(1).optional(),
});

export const taskSchema = z.strictObject({
  id: z.string().regex(/^[IVXLC]+\.\d+$/, fieldIssue('task-id')),
  title: nonEmptyText,
  deliverables: z.array(deliverableSchema).min(1),
});

export const sectionSchema = z.strictObject({
  id: z.string().regex(/^[IVXLC]+$/, fieldIssue('section-id')),
  title: nonEmptyText,
  tasks: z.array(taskSchema).min(1),
});

export const planFileSchema = z.strictObject({
  apiVersion: apiVersionSchema,
  kind: z.literal('Plan'),
  id: slugSchema,
  version: z.int().min(1),
  /** The version this one amends (always `version - 1`): it is in force from its own `effective` day. */
  amends: z.int().min(1).optional(),
  year: z.int().min(2000).max(2200),
  effective: daySchema,
  document: z.strictObject({ number: nonEmptyText, date: daySchema, issuer: nonEmptyText }),
  title: nonEmptyText,
  units: nonEmptyText.describe('Đường dẫn tới tệp Units, tương đối với tệp kế hoạch'),
  calendar: nonEmptyText.describe('Đường dẫn tới tệp Calendar, tương đối với tệp kế hoạch'),
  deadline_rule: z.enum(['next-working-day', 'none']),
  sections: z.array(sectionSchema).min(1),
});

export type Due = z.infer<typeof dueSchema>;
export type Deliverable = z.infer<typeof deliverableSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type PlanFile = z.infer<typeof planFileSchema>;
