import type { ProgressEntry } from '../model/report.js';
import type { Day } from './day.js';
import type { ReportInput } from './report-input.js';
import { appendTo } from './append-to.js';
import { compareText } from './compare-text.js';
import { entryPointer } from './pointers.js';

export interface EntryHit {
  report: ReportInput;
  entry: ProgressEntry;
  /** The entry's value path in its report. */
  pointer: readonly ['progress', number];
}

/** The counted reports, looked up by unit, period and deliverable. */
export interface ReportIndex {
  /** The unit's report for exactly this period. */
  reportFor(unit: string, period: string): ReportInput | undefined;
  /** Every entry the unit filed for a deliverable, in any period, earliest submitted first. */
  entries(unit: string, deliverable: string): EntryHit[];
}

export function indexReports(reports: readonly ReportInput[], asOf: Day): ReportIndex {
  const byUnit = new Map<string, { periods: Map<string, ReportInput>; reports: number[] }>();
  const visible = sortBySubmitted(reports.filter((report) => report.data.submitted <= asOf));
  // Which deliverables each report mentions, as bits (a row of `words` per report): a question about
  // one deliverable then skips the unit's reports that do not mention it without reading their
  // entries. Bits are given out as deliverables are first met, in the same pass: the rows widen in
  // the rare plan with more deliverables than a row holds, instead of a pass over every entry first.
  const bitOf = new Map<string, number>();
  let words = INITIAL_WORDS;
  let mentions: Uint32Array = new Uint32Array(visible.length * words);
  visible.forEach((report, i) => {
    let unit = byUnit.get(report.data.unit);
    if (!unit) byUnit.set(report.data.unit, (unit = { periods: new Map(), reports: [] }));
    if (!unit.periods.has(report.data.period)) unit.periods.set(report.data.period, report);
    unit.reports.push(i);
    for (const entry of report.data.progress) {
      let bit = bitOf.get(entry.deliverable);
      if (bit === undefined) {
        bitOf.set(entry.deliverable, (bit = bitOf.size));
        if (bit >>> 5 === words) {
          mentions = widen(mentions, words, words * 2);
          words *= 2;
        }
      }
      mentions[i * words + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  });
  return {
    reportFor: (unit, period) => byUnit.get(unit)?.periods.get(period),
    // Found by a scan of the unit's own reports when asked, not indexed up front: a province's
    // hundred thousand entries would each cost an object that most questions never look at.
    entries(unit, deliverable) {
      const hits: EntryHit[] = [];
      const bit = bitOf.get(deliverable);
      if (bit === undefined) return hits;
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      for (const i of byUnit.get(unit)?.reports ?? []) {
        if ((mentions[i * words + word]! & mask) === 0) continue;
        const report = visible[i]!;
        const progress = report.data.progress;
        // A deliverable listed twice in one report: the first entry is read (rule duplicate-entry warns).
        // Its bit is set, so it is there: a plain search, not a closure for each report asked.
        let index = 0;
        while (progress[index]!.deliverable !== deliverable) index++;
        const entry = progress[index]!;
        // Results as of D depend only on what is dated on or before D.
        if (entry.status === 'done' && entry.done_on > asOf) continue;
        hits.push({ report, entry, pointer: entryPointer(index) });
      }
      return hits;
    },
  };
}

/** 128 deliverables: a province's plan has about a hundred. */
const INITIAL_WORDS = 4;

/** The same bits in rows of `to` words instead of `from`. */
function widen(rows: Uint32Array, from: number, to: number): Uint32Array {
  const wider = new Uint32Array((rows.length / from) * to);
  for (let row = 0; row * from < rows.length; row++) wider.set(rows.subarray(row * from, (row + 1) * from), row * to);
  return wider;
}

/**
 * Earliest submitted first, then by file. Grouped by day first: a year has a few hundred days to
 * sort, where sorting the reports themselves compared each of a national check's 120,000 with
 * seventeen others; and a day's reports, listed in file order as loaded, are sorted in one pass.
 */
function sortBySubmitted(reports: ReportInput[]): ReportInput[] {
  const byDay = new Map<string, ReportInput[]>();
  for (const report of reports) appendTo(byDay, report.data.submitted, report);
  return [...byDay.keys()].sort(compareText).flatMap((day) => byDay.get(day)!.sort((a, b) => compareText(a.file, b.file)));
}
