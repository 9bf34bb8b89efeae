/**
 * The report schema's rules for one value, as the two one-pass readers (read-report.ts and
 * match-report.ts) apply them to what they read from a report's Latin-1 text: each gives the value
 * as the general path keeps it, or throws BAIL for a value the schema refuses, so that the general
 * path reads the file again and words the problem.
 */
import { type Day, parseDay } from '../core/day.js';
import { type Period, formatPeriod, parsePeriod } from '../core/period.js';
import { remembered } from '../core/remembered.js';
import { DELIVERABLE_ID_REGEX, PERIOD_REGEX } from '../model/fields.js';
import { METRIC_NAME_REGEX, type ProgressEntry } from '../model/report.js';
import { BAIL } from './lean-parse.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectText(value: unknown, expected: string): void {
  if (value !== expected) throw BAIL;
}

export function matching(value: unknown, pattern: RegExp): string {
  if (typeof value !== 'string' || !pattern.test(value)) throw BAIL;
  return value;
}

/** daySchema: either spelling, a day that exists, as `YYYY-MM-DD` (parseDay reads only what DAY_PATTERN matches). */
export function readDay(value: unknown): Day {
  const day = typeof value === 'string' ? parseDay(value) : null;
  if (day === null) throw BAIL;
  return day;
}

/** periodSchema: the text, or a plain year YAML read as a number, in the contract's spelling. */
export function readPeriod(value: unknown): Period {
  // A province's reports name a few dozen periods: each text is checked and spelled once.
  return typeof value === 'string' ? remembered(readPeriods, MAX_READ_PERIODS, value, periodOf) : periodOf(value);
}

/** Texts read as periods, and the period each is; only texts the schema takes (periodOf throws for the others). */
const readPeriods = new Map<string, Period>();
const MAX_READ_PERIODS = 1024;

function periodOf(value: unknown): Period {
  let text: string;
  if (typeof value === 'string' && PERIOD_REGEX.test(value)) text = value;
  else if (Number.isSafeInteger(value) && (value as number) >= 1000 && (value as number) <= 9999) text = String(value);
  else throw BAIL;
  const parts = parsePeriod(text);
  if (parts === null) throw BAIL;
  return formatPeriod(parts);
}

/** nonEmptyText, for a value only checked: text that is not blank once trimmed. */
export function checkText(value: unknown): void {
  if (typeof value !== 'string') throw BAIL;
  // Any ASCII character but white space makes it not blank, whatever else it holds: no decoding.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80 && c !== 0x20 && (c < 0x09 || c > 0x0d)) return;
  }
  if (decode(value).trim().length === 0) throw BAIL;
}

/** nonEmptyText, for a value kept: decoded, trimmed, not blank, and in NFC as the general path reads it. */
export function keptText(value: unknown): string {
  if (typeof value !== 'string') throw BAIL;
  const text = decode(value).trim();
  if (text.length === 0) throw BAIL;
  return ASCII.test(text) ? text : text.normalize('NFC');
}

const ASCII = /^[\x00-\x7f]*$/;

/** A value read from the Latin-1 text, as the UTF-8 text it is. */
function decode(value: string): string {
  return ASCII.test(value) ? value : Buffer.from(value, 'latin1').toString('utf8');
}

/** progressEntrySchema: the status decides which of `done_on` and `note` must or must not be there. */
export function makeEntry(deliverable: unknown, status: unknown, doneOn: unknown, note: unknown, hasDoneOn: boolean, hasNote: boolean): ProgressEntry {
  const id = matching(deliverable, DELIVERABLE_ID_REGEX);
  switch (status) {
    case 'done':
      if (hasNote) checkText(note);
      return { deliverable: id, status: 'done', done_on: readDay(doneOn) };
    case 'in_progress':
    case 'not_started':
      if (hasDoneOn) throw BAIL;
      if (hasNote) checkText(note);
      return { deliverable: id, status };
    case 'not_applicable':
      if (hasDoneOn || !hasNote) throw BAIL;
      return { deliverable: id, status: 'not_applicable', note: keptText(note) };
    default:
      throw BAIL;
  }
}

/** The metrics record: names in the schema's spelling, each a number that is not negative. */
export function checkMetrics(value: unknown): Record<string, number> {
  if (!isRecord(value)) throw BAIL;
  for (const key in value) {
    const number = value[key];
    if (!METRIC_NAME_REGEX.test(key) || typeof number !== 'number' || !Number.isFinite(number) || number < 0) throw BAIL;
  }
  return value as Record<string, number>;
}
