import type { Status } from '../model/status.js';
import type { AgendaFormatter } from './agenda-formatter.js';
import { eventUid } from './agenda-ics.js';

/** `tthc agenda --format json`, formatVersion 1: it grows only by adding fields. */
export interface AgendaJsonV1 {
  formatVersion: 1;
  asOf: string;
  from: string;
  to: string;
  plan: { id: string; version: number };
  deadlines: Array<{
    deliverable: string;
    unit: string;
    /** The recurring period; null for a one-off deliverable. */
    period: string | null;
    /** The rolled due day. */
    due: string;
    status: Status;
    /** Days from the as-of day to the due day; negative once it has passed. */
    daysLeft: number;
    /** The reminder day, three working days before the due day. */
    alarm: string;
    /** The iCalendar UID the `ics` format gives the same deadline. */
    uid: string;
    /** The report that last mentioned it, if any. */
    report: string | null;
  }>;
}

export const agendaJson: AgendaFormatter = (agenda) => {
  const output: AgendaJsonV1 = {
    formatVersion: 1,
    asOf: agenda.asOf,
    from: agenda.from,
    to: agenda.to,
    plan: { id: agenda.plan.id, version: agenda.plan.version },
    deadlines: agenda.deadlines.map(({ obligation: o, alarm, daysLeft }) => ({
      deliverable: o.deliverable,
      unit: o.unit,
      period: o.period,
      due: o.due,
      status: o.status,
      daysLeft,
      alarm,
      uid: eventUid(agenda.plan.id, o),
      report: o.report,
    })),
  };
  return JSON.stringify(output, null, 2) + '\n';
};
