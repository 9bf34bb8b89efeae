import * as z from 'zod';
import { fieldIssue, apiVersionSchema, daySchema, deliverableIdSchema, nonEmptyText, periodSchema, slugSchema } from './fields.js';

const documentRef = z.strictObject({
  number: nonEmptyText.describe('Số, ký hiệu văn bản, ví dụ 45/BC-STP'),
  date: daySchema,
  title: nonEmptyText.optional(),
});

const evidence = z.array(documentRef).optional();

// The status picks which other fields are required: `done` needs its day, `not_applicable`
// needs the reason, so a clerk cannot claim either without saying when or why.
export const progressEntrySchema = z.discriminatedUnion('status', [
  z.strictObject({ deliverable: deliverableIdSchema, status: z.literal('done'), done_on: daySchema, evidence, note: nonEmptyText.optional() }),
  z.strictObject({ deliverable: deliverableIdSchema, status: z.literal('in_progress'), evidence, note: nonEmptyText.optional() }),
  z.strictObject({ deliverable: deliverableIdSchema, status: z.literal('not_started'), evidence, note: nonEmptyText.optional() }),
  z.strictObject({ deliverable: deliverableIdSchema, status: z.literal('not_applicable'), evidence, note: nonEmptyText }),
]);

/** `soc-trang-2024@1`: the plan id and the version the report was written against. */
export const PLAN_REF_REGEX = /^[a-z0-9]+(?:-[a-z0-9]+)*@[1-9]\d*$/;
export const planRefSchema = z.string().regex(PLAN_REF_REGEX, fieldIssue('plan-ref'));

export const METRIC_NAME_REGEX = /^[a-z][a-z0-9_]*$/;

export const reportFileSchema = z.strictObject({
  apiVersion: apiVersionSchema,
  kind: z.literal('Report'),
  plan: planRefSchema,
  unit: slugSchema,
  period: periodSchema,
  submitted: daySchema,
  document: documentRef.optional(),
  progress: z.array(progressEntrySchema).default([]),
  metrics: z.record(z.string().regex(METRIC_NAME_REGEX, fieldIssue('metric-name')), z.number().nonnegative()).optional(),
});

export type ProgressEntry = z.infer<typeof progressEntrySchema>;
export type ReportFile = z.infer<typeof reportFileSchema>;
export type ProgressStatus = ProgressEntry['status'];
