import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo } from '../support/fake-io.js';
import { tempDir } from '../support/temp-dir.js';
import { reportYaml } from '../support/yaml-reports.js';

const EXAMPLE = ['--reports', 'examples/soc-trang-2024/reports'];

async function agenda(args: string[], now = '2024-04-15T03:00:00Z') {
  const io = fakeIo({ now });
  const code = await run(['agenda', ...EXAMPLE, ...args], io);
  return { code, out: io.out(), err: io.err() };
}

function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => ({ component: v, event: new ICAL.Event(v) })) };
}

/** The day, `YYYY-MM-DD`, and the hour an event's reminder goes off, in the event's floating time. */
function alarmOf(component: ICAL.Component) {
  const valarm = component.getFirstSubcomponent('valarm')!;
  const trigger = valarm.getFirstPropertyValue('trigger') as ICAL.Duration;
  const start = new ICAL.Event(component).startDate.clone();
  start.isDate = false;
  start.addDuration(trigger);
  return { day: start.toString().slice(0, 10), hour: start.hour };
}

describe('tthc agenda', () => {
  it('lists the deadlines not met in the next 30 days, from the plan and the reports', async () => {
    const { code, out } = await agenda(['--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ formatVersion: 1, asOf: '2024-04-15', from: '2024-04-15', to: '2024-05-15' });
    // The monthly report for April from the 30 units that owe it, and two deliverables due 30/04, rolled past 30/4–1/5.
    expect(json.deadlines).toHaveLength(32);
    expect(json.deadlines[0]).toMatchObject({ deliverable: 'XI.1.2', period: '2024-04', due: '2024-04-22', status: 'due_soon', daysLeft: 7 });
    expect(json.deadlines.at(-1)).toMatchObject({ due: '2024-05-02', alarm: '2024-04-24' });
  });

  it('leaves out what a unit has already done', async () => {
    const cwd = tempDir({ 'reports/so-tu-phap/2024-04.yaml': reportYaml('so-tu-phap', '2024-04', '2024-04-16') });
    const io = fakeIo({ cwd, now: '2024-04-15T03:00:00Z' });
    expect(await run(['agenda', '--unit', 'so-tu-phap', '--as-of', '2024-04-17', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out()).deadlines).toEqual([]);
  });

  it('--from, --to and --days choose the range; --days and --to together are a usage error', async () => {
    const june = JSON.parse((await agenda(['--from', '2024-06-01', '--to', '30/06/2024', '--unit', 'so-tu-phap', '--format', 'json'])).out);
    expect(june.deadlines.map((d: { deliverable: string; period: string }) => `${d.deliverable} ${d.period}`)).toEqual(['XI.1.3 2024-Q2', 'XI.1.2 2024-06']);
    const week = JSON.parse((await agenda(['--days', '7', '--format', 'json'])).out);
    expect(week.to).toBe('2024-04-22');
    expect((await agenda(['--days', '7', '--to', '2024-05-01'])).code).toBe(2);
    expect((await agenda(['--from', '2024-05-01', '--to', '2024-04-01'])).code).toBe(2);
    expect((await agenda(['--format', 'pdf'])).code).toBe(2);
  });

  it('a table in Vietnamese by default, with the reminder day', async () => {
    const { out } = await agenda(['--unit', 'so-tu-phap']);
    expect(out).toContain('Hạn sắp tới của kế hoạch soc-trang-2024, từ 15/04/2024 đến 15/05/2024');
    expect(out).toMatch(/22\/04\/2024 │ còn 7 ngày\s+│ Sở Tư pháp/);
    expect(out).toContain('16/04/2024');
    expect(out).toContain('1 hạn.');
  });
});

describe('tthc agenda --format ics', () => {
  it('is an RFC 5545 calendar with one all-day event per deadline', async () => {
    const { out } = await agenda(['--format', 'ics']);
    const { calendar, events } = parseEvents(out);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/tthc/);
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(events).toHaveLength(32);
    const first = events[0]!.event;
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2024-04-22');
    expect(first.endDate.toString()).toBe('2024-04-23');
    expect(out).toContain('DTSTART;VALUE=DATE:20240422\r\nDTEND;VALUE=DATE:20240423\r\n');
  });

  it('keeps the Vietnamese text whole, and names unit and period in the summary', async () => {
    const { out } = await agenda(['--format', 'ics', '--unit', 'h-ke-sach']);
    const { event } = parseEvents(out).events[0]!;
    expect(event.summary).toBe('Hạn XI.1.2 kỳ 2024-04: UBND huyện Kế Sách');
    expect(event.description).toContain('Nội dung: Báo cáo định kỳ hằng tháng về công tác cải cách TTHC');
    expect(event.description).toContain('Hạn (đã tính ngày nghỉ): 22/04/2024');
    expect(event.description.split('\n')).toHaveLength(5);
  });

  it('gives each obligation a UID that stays the same from one run, and one day, to the next', async () => {
    const uids = (text: string) => parseEvents(text).events.map((e) => e.event.uid);
    const range = ['--format', 'ics', '--from', '2024-04-20', '--to', '2024-04-30'];
    const monday = uids((await agenda(range, '2024-04-15T03:00:00Z')).out);
    expect(uids((await agenda(range, '2024-04-15T03:00:00Z')).out)).toEqual(monday);
    // By Tuesday a unit has filed its April report: its event goes, every other one keeps its UID.
    const tuesday = uids((await agenda(range, '2024-04-16T03:00:00Z')).out);
    expect(tuesday.length).toBeLessThan(monday.length);
    expect(monday).toEqual(expect.arrayContaining(tuesday));
    expect(new Set(monday).size).toBe(monday.length);
    expect(monday).toContain('soc-trang-2024-XI.1.2-so-tu-phap-2024-04@tthc');
  });

  it('is the same bytes for the same as-of day: DTSTAMP comes from it, not the clock', async () => {
    const morning = await agenda(['--format', 'ics', '--as-of', '2024-04-15'], '2024-04-15T01:00:00Z');
    const later = await agenda(['--format', 'ics', '--as-of', '2024-04-15'], '2024-09-30T12:00:00Z');
    expect(later.out).toBe(morning.out);
    expect(morning.out).toContain('DTSTAMP:20240415T000000Z\r\n');
  });

  it('reminds at 08:00 three working days before the due day, counted on the plan calendar', async () => {
    const { events } = parseEvents((await agenda(['--format', 'ics'])).out);
    const byUid = new Map(events.map((e) => [e.event.uid, e.component]));
    // Due Monday 22/04; Thursday 18/04 is Giỗ Tổ Hùng Vương: Friday 19, Wednesday 17, Tuesday 16.
    expect(alarmOf(byUid.get('soc-trang-2024-XI.1.2-so-tu-phap-2024-04@tthc')!)).toEqual({ day: '2024-04-16', hour: 8 });
    // Due Thursday 02/05 (30/04 rolled past 27/4–1/5): Friday 26, Thursday 25, Wednesday 24.
    expect(alarmOf(byUid.get('soc-trang-2024-XI.2.1-vp-ubnd-2024-04@tthc')!)).toEqual({ day: '2024-04-24', hour: 8 });
    const valarm = byUid.get('soc-trang-2024-XI.2.1-vp-ubnd-2024-04@tthc')!.getFirstSubcomponent('valarm')!;
    expect(valarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(valarm.getFirstPropertyValue('description')).toContain('3 ngày làm việc');
  });

  it('ends lines with CRLF and folds them at 75 octets without splitting a letter', async () => {
    const { out } = await agenda(['--format', 'ics']);
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = out.split('\r\n').slice(0, -1);
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    // A split character would decode to U+FFFD once the octets were cut apart.
    for (const line of physical) expect(Buffer.from(line, 'utf8').toString('utf8')).not.toContain('\uFFFD');
  });

  it('writes to --output, and never into the reports folder', async () => {
    const cwd = tempDir({ 'reports/.keep': '' });
    const io = fakeIo({ cwd, now: '2024-04-15T03:00:00Z' });
    expect(await run(['agenda', '--format', 'ics', '--output', 'han.ics'], io)).toBe(0);
    expect(parseEvents(readFileSync(join(cwd, 'han.ics'), 'utf8')).events.length).toBe(32);
    const refused = fakeIo({ cwd });
    expect(await run(['agenda', '--format', 'ics', '--output', 'reports/han.ics'], refused)).toBe(2);
  });
});

describe('help for the clerk\'s and office\'s commands', () => {
  it.each([
    [['new', 'report', '--help'], 'không bao giờ ghi đè'],
    [['agenda', '--help'], 'lịch .ics'],
    [['codeowners', '--help'], 'CODEOWNERS'],
  ])('%j prints Vietnamese help and exits 0', async (argv, text) => {
    const io = fakeIo();
    expect(await run(argv, io)).toBe(0);
    expect(io.out()).toContain(text);
  });
});
