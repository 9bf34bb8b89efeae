import * as z from 'zod';
import { type Day, parseDay } from '../core/day.js';
import { type Period, formatPeriod, parsePeriod } from '../core/period.js';

/**
 * Keys of tthc's own shape messages; zod's locale words everything else. A schema carries
 * `tthc:<key>` as its error so the loader can word it in the user's language.
 */
export type FieldIssueKey =
  | 'day'
  | 'period'
  | 'slug'
  | 'deliverable-id'
  | 'task-id'
  | 'section-id'
  | 'month-day'
  | 'api-version'
  | 'timezone'
  | 'plan-ref'
  | 'metric-name'
  | 'owner';

export const ISSUE_PREFIX = 'tthc:';
export const fieldIssue = (key: FieldIssueKey) => ({ error: `${ISSUE_PREFIX}field.${key}` });
const issue = fieldIssue;

/** The day pattern, published in the JSON Schema so editors flag `2024/01/31` as the user types. */
export const DAY_PATTERN = '^(\\d{4}-\\d{2}-\\d{2}|\\d{2}/\\d{2}/\\d{4})$';

/** `YYYY-MM-DD` or `DD/MM/YYYY`, normalised to `YYYY-MM-DD`; an impossible day (31/02) is an error. */
export const daySchema = z
  .string()
  .regex(new RegExp(DAY_PATTERN), issue('day'))
  // One parse per day, not a refine and a transform: a province's reports hold tens of thousands of days.
  .transform((text, ctx) => {
    const day = parseDay(text);
    if (day === null) ctx.issues.push({ code: 'custom', message: issue('day').error, input: text });
    return day as Day;
  })
  .describe('Ngày: YYYY-MM-DD hoặc DD/MM/YYYY');

export const PERIOD_REGEX = /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/;

// YAML reads an unquoted `period: 2024` as a number; it means the year.
export const periodSchema = z
  .union([z.string().regex(PERIOD_REGEX, issue('period')), z.int().min(1000).max(9999)])
  .transform((value) => String(value))
  .refine((text) => parsePeriod(text) !== null, issue('period'))
  .transform((text) => formatPeriod(parsePeriod(text)!) as Period)
  .describe('Kỳ: YYYY-MM, YYYY-Qn, YYYY-Hn hoặc YYYY');

/** Lowercase ASCII slug: unit and plan ids are stable forever and appear in paths. */
export const SLUG_REGEX = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z.string().regex(SLUG_REGEX, issue('slug'));

/** Roman section, then task and result numbers: `IV.2.2`. */
export const DELIVERABLE_ID_REGEX = /^[IVXLC]+\.\d+\.\d+$/;
export const deliverableIdSchema = z.string().regex(DELIVERABLE_ID_REGEX, issue('deliverable-id'));

export const apiVersionSchema = z.literal('tthc/v1', issue('api-version'));

export const nonEmptyText = z.string().trim().min(1);

/**
 * Who a CODEOWNERS line names: `@user`, `@org/team` (GitLab: `@group/subgroup`) or an e-mail
 * address. No spaces and no `#`, which would end the line or turn the rest into a comment.
 */
export const ownerSchema = z
  .string()
  .regex(/^(?:@[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)*|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/, issue('owner'))
  .describe('Người/nhóm duyệt: @tên, @tổ-chức/nhóm hoặc địa chỉ e-mail');
