import type { Deliverable } from '../model/plan.js';
import type { Status } from '../model/status.js';
import type { PlanBundle } from '../model/bundle.js';
import type { WorkCalendar } from './calendar.js';
import type { Day } from './day.js';
import { type DueSlot, dueSlots, rollDueDay, scheduleOf } from './due.js';
import type { Obligation } from './evaluation.js';
import { type Verdict, judgeDated } from './judge.js';
import { PERIOD_POINTER, PROGRESS_POINTER, entryPointer } from './pointers.js';
import { listDeliverables } from './plan-index.js';
import { type Period, formatPeriod, lastDayOf, periodsOfYear } from './period.js';
import type { EntryHit, ReportIndex } from './report-index.js';
import type { ReportInput } from './report-input.js';
import type { UnitDirectory } from './units.js';

export interface ObligationContext {
  bundle: PlanBundle;
  calendar: WorkCalendar;
  units: UnitDirectory;
  index: ReportIndex;
  asOf: Day;
  dueSoonDays: number;
  /** When each quarter's report falls due: ongoing deliverables are read from the latest one due. */
  quarterDue: ReadonlyMap<Period, Day>;
  /** Per unit, the quarter its ongoing deliverables are read from: the same for all of them, so found once. */
  quarterRead?: Map<string, QuarterRead>;
}

/** The quarter a unit's ongoing deliverables are read from, its report, and where each deliverable's entry is in it. */
interface QuarterRead {
  quarter?: Period;
  report?: ReportInput;
  /** Each deliverable's first entry (a second is rule duplicate-entry's), found once for the dozens of ongoing deliverables. */
  positions?: Map<string, number>;
}

/** What the unit's reports say of an obligation: the day it was done, where that is written, why it does not apply. */
type Found = Pick<Obligation, 'doneOn' | 'report' | 'pointer' | 'note'>;

const NOTHING_FOUND: Found = { doneOn: null, report: null, pointer: null, note: null };

/** The verdict on an obligation that has no due day, in the shape judgeDated gives a dated one. */
const undated = (status: Status): Verdict => ({ status, daysLate: null, daysLeft: null });
const [OPEN, UNREPORTED, EXEMPT, REPORTED, ON_REQUEST] = (['open', 'unreported', 'exempt', 'reported', 'on_request'] as const).map(undated) as [Verdict, Verdict, Verdict, Verdict, Verdict];

// Every obligation gets the same keys in the same order: one object shape for the engine to
// optimise across the hundreds of thousands of a national check (spreading built a new one each time).
// Its verdict and what was found have one shape each, every key given: this function is not inlined
// into its callers (compiler-flags.ts), and reading arguments of five shapes, keys left out, made
// each read a slow one (~7 ms of a 10,030-file check).
function obligation(deliverable: string, unit: string, period: Period | null, due: Day | null, verdict: Verdict, found: Found): Obligation {
  return {
    deliverable,
    unit,
    period,
    due,
    status: verdict.status,
    doneOn: found.doneOn,
    report: found.report,
    pointer: found.pointer,
    position: null,
    daysLate: verdict.daysLate,
    daysLeft: verdict.daysLeft,
    note: found.note,
  };
}

export function obligationsOf(deliverable: Deliverable, ctx: ObligationContext): Obligation[] {
  const owing = ctx.units.owing(deliverable.lead, deliverable.support);
  const schedule = scheduleOf(deliverable.due);
  const { year, deadline_rule: rule } = ctx.bundle.plan;
  switch (schedule.kind) {
    case 'once': {
      const [slot] = dueSlots(deliverable.due, year, rule, ctx.calendar);
      return owing.map((unit) => fromEntries(deliverable.id, unit, slot!, ctx.index.entries(unit, deliverable.id), ctx));
    }
    case 'recurring': {
      const slots = dueSlots(deliverable.due, year, rule, ctx.calendar);
      return owing.flatMap((unit) => {
        if (deliverable.report) return slots.map((slot) => fromPeriodicReport(deliverable.id, unit, slot, findPeriodReport(ctx.index, unit, slot.period!), ctx));
        const hits = ctx.index.entries(unit, deliverable.id);
        return slots.map((slot) => fromEntries(deliverable.id, unit, slot, hits.filter((hit) => hit.report.data.period === slot.period), ctx));
      });
    }
    case 'ongoing':
      return owing.map((unit) => fromQuarterlyReport(deliverable.id, unit, ctx));
    case 'on_request':
      return owing.map((unit) => fromRequest(deliverable.id, unit, ctx.index.entries(unit, deliverable.id)));
  }
}

// Practice merges the Q4 report into the yearly one, so a yearly report also answers for Q4.
export function findPeriodReport(index: ReportIndex, unit: string, period: string): ReportInput | undefined {
  return index.reportFor(unit, period) ?? (period.endsWith('-Q4') ? index.reportFor(unit, period.slice(0, 4)) : undefined);
}

function earliestDone(hits: readonly EntryHit[]): EntryHit | undefined {
  let best: EntryHit | undefined;
  for (const hit of hits) {
    if (hit.entry.status !== 'done') continue;
    if (!best || (best.entry.status === 'done' && hit.entry.done_on < best.entry.done_on)) best = hit;
  }
  return best;
}

function latestExemption(hits: readonly EntryHit[]): EntryHit | undefined {
  for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.entry.status === 'not_applicable') return hits[i];
  return undefined;
}

function fromEntries(deliverable: string, unit: string, slot: DueSlot, hits: readonly EntryHit[], ctx: ObligationContext): Obligation {
  const done = earliestDone(hits);
  const exemption = done ? undefined : latestExemption(hits);
  const doneOn = done?.entry.status === 'done' ? done.entry.done_on : null;
  const verdict = judgeDated(slot.due, doneOn, exemption !== undefined, ctx.asOf, ctx.dueSoonDays);
  // Not done yet: point at what the unit last said of it, so a reader (or an annotation) finds it.
  const source = done ?? exemption ?? hits.at(-1);
  return obligation(deliverable, unit, slot.period, slot.due, verdict, {
    doneOn,
    report: source?.report.file ?? null,
    pointer: source?.pointer ?? null,
    note: exemption?.entry.note ?? null,
  });
}

function fromPeriodicReport(deliverable: string, unit: string, slot: DueSlot, report: ReportInput | undefined, ctx: ObligationContext): Obligation {
  const submitted = report?.data.submitted ?? null;
  const verdict = judgeDated(slot.due, submitted, false, ctx.asOf, ctx.dueSoonDays);
  return obligation(deliverable, unit, slot.period, slot.due, verdict, { doneOn: submitted, report: report?.file ?? null, pointer: report ? PERIOD_POINTER : null, note: null });
}

/** The latest quarter whose report was due, or a later one the unit has already filed, and that report. */
function quarterReadFor(unit: string, ctx: ObligationContext): QuarterRead {
  const known = ctx.quarterRead?.get(unit);
  if (known) return known;
  const read: QuarterRead = {};
  for (const [period, due] of ctx.quarterDue) {
    const filed = findPeriodReport(ctx.index, unit, period);
    if (due < ctx.asOf || filed) {
      read.quarter = period;
      read.report = filed;
    }
  }
  if (read.report) {
    const positions = new Map<string, number>();
    read.report.data.progress.forEach((entry, i) => {
      if (!positions.has(entry.deliverable)) positions.set(entry.deliverable, i);
    });
    read.positions = positions;
  }
  ctx.quarterRead?.set(unit, read);
  return read;
}

function fromQuarterlyReport(deliverable: string, unit: string, ctx: ObligationContext): Obligation {
  const { quarter, report, positions } = quarterReadFor(unit, ctx);
  if (!quarter) return obligation(deliverable, unit, null, null, OPEN, NOTHING_FOUND);
  const index = positions?.get(deliverable) ?? -1;
  const entry = index >= 0 ? report!.data.progress[index] : undefined;
  const file = report?.file ?? null;
  if (!report || !entry) return obligation(deliverable, unit, quarter, null, UNREPORTED, { doneOn: null, report: file, pointer: report ? PROGRESS_POINTER : null, note: null });
  const pointer = entryPointer(index);
  if (entry.status === 'not_applicable') return obligation(deliverable, unit, quarter, null, EXEMPT, { doneOn: null, report: file, pointer, note: entry.note });
  return obligation(deliverable, unit, quarter, null, REPORTED, { doneOn: report.data.submitted, report: file, pointer, note: null });
}

function fromRequest(deliverable: string, unit: string, hits: readonly EntryHit[]): Obligation {
  const done = earliestDone(hits);
  const exemption = done ? undefined : latestExemption(hits);
  const source = done ?? exemption;
  return obligation(deliverable, unit, null, null, exemption ? EXEMPT : ON_REQUEST, {
    doneOn: done?.entry.status === 'done' ? done.entry.done_on : null,
    report: source?.report.file ?? null,
    pointer: source?.pointer ?? null,
    note: exemption?.entry.note ?? null,
  });
}

/** Each quarter's report due day: from the plan's quarterly report deliverable, else the quarter's end rolled. */
export function quarterDueDays(bundle: PlanBundle, calendar: WorkCalendar): Map<Period, Day> {
  const { year, deadline_rule: rule } = bundle.plan;
  const quarterly = listDeliverables(bundle.plan).find((d) => d.report && 'every' in d.due && d.due.every === 'quarter');
  if (quarterly) return new Map(dueSlots(quarterly.due, year, rule, calendar).map((slot) => [slot.period!, slot.due]));
  return new Map(periodsOfYear('quarter', year).map((parts) => [formatPeriod(parts), rollDueDay(lastDayOf(parts), rule, calendar)]));
}
