import { type Day, lastDayOfMonth, makeDay } from './day.js';

/** `YYYY-MM`, `YYYY-Qn`, `YYYY-Hn` or `YYYY`, as FORMATS.md writes periods. */
export type Period = string & { readonly __period: unique symbol };

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export interface PeriodParts {
  kind: PeriodKind;
  year: number;
  /** 1-12 for a month, 1-4 for a quarter, 1-2 for a half year, 1 for a year. */
  index: number;
}

const PATTERN = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/;

export function parsePeriod(text: string): PeriodParts | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year, index: month } : null;
  }
  if (match[3] !== undefined) return { kind: 'quarter', year, index: Number(match[3]) };
  if (match[4] !== undefined) return { kind: 'half', year, index: Number(match[4]) };
  return { kind: 'year', year, index: 1 };
}

export function formatPeriod(parts: PeriodParts): Period {
  const { kind, year, index } = parts;
  const suffix =
    kind === 'month' ? `-${String(index).padStart(2, '0')}` : kind === 'quarter' ? `-Q${index}` : kind === 'half' ? `-H${index}` : '';
  return `${year}${suffix}` as Period;
}

const MONTHS_IN: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** The last month (1-12) a period covers. */
export function lastMonthOf(parts: PeriodParts): number {
  return parts.index * MONTHS_IN[parts.kind];
}

export function firstDayOf(parts: PeriodParts): Day {
  return makeDay(parts.year, lastMonthOf(parts) - MONTHS_IN[parts.kind] + 1, 1) as Day;
}

export function lastDayOf(parts: PeriodParts): Day {
  return lastDayOfMonth(parts.year, lastMonthOf(parts));
}

/** The periods of one kind that make up a year, in order: 12 months, 4 quarters, 2 halves or the year. */
export function periodsOfYear(kind: PeriodKind, year: number): PeriodParts[] {
  const count = 12 / MONTHS_IN[kind];
  return Array.from({ length: count }, (_, i) => ({ kind, year, index: i + 1 }));
}
