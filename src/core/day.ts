// Subpaths, as for date-fns itself: the packages' indexes load helpers a check never uses.
// The minimal classes: the full ones build Intl date formats for their toString as they load (~20 ms
// of ICU data), and a day is never printed through them.
import { UTCDateMini } from '@date-fns/utc/date/mini';
import { addDays as addDaysFn } from 'date-fns/addDays';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { remembered } from './remembered.js';

/** A calendar day, always written `YYYY-MM-DD`; it names a day, not an instant. */
export type Day = string & { readonly __day: unique symbol };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAMESE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

// Day arithmetic runs in UTC so the machine's own zone can never shift a day; the plan's
// zone matters only when turning an instant ("now") into a day. UTCDate, not TZDate('UTC'):
// TZDate asks Intl for an offset on every call, which was most of the time of a large check.
function toDate(day: Day): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new UTCDateMini(y, m - 1, d);
}

// The UTC fields of a date built by toDate: no need for date-fns' format (and its locale data) here.
function fromDate(date: Date): Day {
  return makeDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())!;
}

// Month lengths, asked of date-fns once per month: building a date for every day read was a
// visible share of loading a province's reports.
const monthLengths = new Map<number, number>();
function daysInMonth(year: number, month: number): number {
  const key = year * 12 + month;
  let length = monthLengths.get(key);
  if (length === undefined) {
    length = getDaysInMonth(new UTCDateMini(year, month - 1, 1));
    monthLengths.set(key, length);
  }
  return length;
}

/** Builds a day from numbers, or null when the day does not exist (31/02). */
export function makeDay(year: number, month: number, day: number): Day | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as Day;
}

// A province's reports hold tens of thousands of days, and only a few hundred distinct ones: each is
// read once, and every later copy of it becomes the same string. Both spellings are 10 characters;
// nothing else is remembered, and the table stops growing at a few years of days.
const readDays = new Map<string, Day | null>();
const MAX_READ_DAYS = 4096;

/** Reads `YYYY-MM-DD` or the Vietnamese `DD/MM/YYYY`; null for anything else or an impossible day. */
export function parseDay(text: string): Day | null {
  return text.length === 10 ? remembered(readDays, MAX_READ_DAYS, text, readDay) : null;
}

function readDay(text: string): Day | null {
  const iso = ISO.exec(text);
  if (iso) return makeDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vn = VIETNAMESE.exec(text);
  if (vn) return makeDay(Number(vn[3]), Number(vn[2]), Number(vn[1]));
  return null;
}

export function addDays(day: Day, amount: number): Day {
  return fromDate(addDaysFn(toDate(day), amount));
}

const MS_PER_DAY = 86_400_000;

// Epoch-day numbers: counting whole days between two calendar days is integer arithmetic, and it
// runs once per obligation, where building two date objects was a visible share of `evaluate`.
// Each day is worked out once (a province's tens of thousands of obligations fall on a few hundred
// days): three cut-out strings for every day asked were ~2.4 MB of a 10,030-file check's
// allocation, and evaluate 5 ms slower. Bounded as readDays is.
const epochDays = new Map<string, number>();

function epochDay(day: Day): number {
  return remembered(epochDays, MAX_READ_DAYS, day, countDays);
}

function countDays(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return epochDay(to) - epochDay(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return toDate(day).getDay();
}

export function lastDayOfMonth(year: number, month: number): Day {
  return makeDay(year, month, daysInMonth(year, month)) as Day;
}

/** `01/07/2024`: how Vietnamese documents write a day. */
export function formatDayVietnamese(day: Day): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
