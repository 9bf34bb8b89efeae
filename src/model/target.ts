import * as z from 'zod';
import { fieldIssue, nonEmptyText } from './fields.js';

export const TARGET_OPS = ['>=', '>', '<=', '<', '='] as const;
export type TargetOp = (typeof TARGET_OPS)[number];

// Which names exist is a plan lint rule (with the nearest name suggested), not the schema.
const metricName = z.string().regex(/^[a-z][a-z0-9_]*$/, fieldIssue('metric-name'));
const op = z.enum(TARGET_OPS).describe('So sánh: >=, >, <=, < hoặc = (viết trong ngoặc kép: ">=")');
const note = nonEmptyText.optional().describe('Cách đọc chỉ tiêu từ văn bản gốc');

// Two forms, each a strict object keyed by its own words, as `due` is: a metric against a number
// ("100% TTHC": `procedures_published_rate >= 100`), or two metrics of the same report
// ("xin lỗi khi trễ hạn": `apology_letters >= dossiers_resolved_late`).
export const targetSchema = z.union([
  z.strictObject({ metric: metricName, op, value: z.number(), note }),
  z.strictObject({ left: metricName, op, right: metricName, note }),
]);

export type Target = z.infer<typeof targetSchema>;
