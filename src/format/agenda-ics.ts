import type { Deadline } from '../core/agenda.js';
import { ALARM_WORKING_DAYS } from '../core/agenda.js';
import { type Day, addDays, daysBetween, formatDayVietnamese } from '../core/day.js';
import { listDeliverables } from '../core/plan-index.js';
import { buildUnitDirectory } from '../core/units.js';
import { agendaText } from '../i18n/agenda.js';
import type { AgendaFormatter } from './agenda-formatter.js';
import { escapeIcsText, joinIcsLines } from './ics-text.js';

/** Reminders go off at 08:00 on their day, when the office opens, not at midnight. */
const ALARM_HOUR = 8;

const basic = (day: Day) => day.replaceAll('-', '');

/**
 * The event's UID: plan, deliverable, unit and period (`once` for a one-off), and neither the plan's
 * version nor the due day, so importing again after an amendment or a new calendar updates the
 * event instead of adding a second one.
 */
export function eventUid(planId: string, o: Deadline['obligation']): string {
  return `${planId}-${o.deliverable}-${o.unit}-${o.period ?? 'once'}@tthc`;
}

/**
 * The reminder, relative to the event's start (the due day at 00:00, floating): back to the alarm
 * day, then forward to ALARM_HOUR. A duration rather than a UTC instant keeps the event floating,
 * as all-day events are, wherever the calendar app runs.
 */
export function alarmTrigger(due: Day, alarm: Day): string {
  const days = daysBetween(alarm, due);
  const hours = days * 24 - ALARM_HOUR;
  const whole = Math.floor(hours / 24);
  const rest = hours % 24;
  return `-P${whole > 0 ? `${whole}D` : ''}${rest > 0 ? `T${rest}H` : ''}`;
}

/**
 * RFC 5545 iCalendar: one all-day VEVENT per deadline, with a reminder three working days before.
 * DTSTAMP is the as-of day at 00:00 UTC, never the clock, so the same inputs give the same bytes.
 */
export const ics: AgendaFormatter = (agenda, ctx) => {
  const { lang } = ctx;
  const units = buildUnitDirectory(ctx.bundle.units);
  const deliverables = new Map(listDeliverables(ctx.bundle.plan).map((d) => [d.id, d]));
  const { plan } = ctx.bundle;
  const text = (value: string) => escapeIcsText(value);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//tthc//tthc agenda//${lang.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(agendaText(lang, 'calendar-name', { title: plan.title }))}`,
  ];
  const stamp = `${basic(agenda.asOf)}T000000Z`;
  for (const { obligation: o, alarm } of agenda.deadlines) {
    const d = deliverables.get(o.deliverable);
    const unit = units.nameOf(o.unit);
    const summary = agendaText(lang, 'summary', { deliverable: o.deliverable, period: o.period ?? '', unit });
    const description = [
      agendaText(lang, 'description.text', { text: d?.text ?? '' }),
      agendaText(lang, 'description.unit', { unit }),
      agendaText(lang, 'description.due-text', { text: d?.due.text ?? '' }),
      agendaText(lang, 'description.due', { due: formatDayVietnamese(o.due) }),
      agendaText(lang, 'description.plan', { title: plan.title, number: plan.document.number }),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(eventUid(plan.id, o))}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basic(o.due)}`,
      // DTEND is exclusive (RFC 5545 §3.6.1): a one-day event ends the next day.
      `DTEND;VALUE=DATE:${basic(addDays(o.due, 1))}`,
      `SUMMARY:${text(summary)}`,
      `DESCRIPTION:${text(description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${text(agendaText(lang, 'alarm', { days: ALARM_WORKING_DAYS, deliverable: o.deliverable, unit }))}`,
      `TRIGGER:${alarmTrigger(o.due, alarm)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return joinIcsLines(lines);
};
