import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BAIL } from '../../src/load/lean-parse.js';
import { matchReport } from '../../src/load/match-report.js';
import { readReport } from '../../src/load/read-report.js';
import type { ReportFile } from '../../src/model/report.js';
import { type ReportModel, fuzzParameters, reportModelArb } from '../support/report-arbitraries.js';
import { BASE_REPORT, type Quote, expectEveryExampleRead, generalPathReport, scalar } from '../support/report-texts.js';
import { damagedDocumentArb } from '../support/yaml-arbitraries.js';

/** matchReport on the text as readReport hands it over: the UTF-8 bytes read as Latin-1, without a BOM. */
function matched(text: string): ReportFile | undefined | typeof BAIL {
  const latin1 = Buffer.from(text.replace(/^\ufeff/, ''), 'utf8').toString('latin1');
  try {
    return matchReport(latin1);
  } catch (error) {
    if (error === BAIL) return BAIL;
    throw error;
  }
}

/**
 * When matchReport answers, it answers what the general path says; when it refuses a value, the
 * general path refuses the report too (a refusal of a valid report would send every such file
 * the long way round, and would mean it read a value wrong).
 */
function expectAgreement(text: string): void {
  if (text.includes('\\') || text.includes('\0') || text.includes('\u1fef') || text.includes('__proto__')) return; // readReport's own refusals
  const read = matched(text);
  if (read === undefined) return;
  const expected = generalPathReport(text);
  if (read === BAIL) expect(expected, `matchReport refused a value of a valid report:\n${text}`).toBeUndefined();
  else {
    expect(expected, `matchReport read a report the general path refuses:\n${text}`).toBeDefined();
    expect(read).toStrictEqual(expected);
  }
}

// ---- The layout tthc writes, with what clerks do to it ----

interface Layout {
  quote: Quote;
  /** Where `- deliverable:` sits: at `progress:`'s column, or indented. */
  entryIndent: '' | '  ' | '    ';
  /** Evidence items at the `evidence:` key's column, or deeper. */
  evidenceIndent: '' | '  ';
  noteAfterEvidence: boolean;
  comments: boolean;
  blankLines: boolean;
  /** Spaces after a key's colon. */
  gap: ' ' | '  ';
  metricsIndent: '  ' | '    ';
  crlf: boolean;
  bom: boolean;
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  quote: fc.constantFrom('plain' as const, 'single' as const, 'double' as const),
  entryIndent: fc.constantFrom('' as const, '  ' as const, '    ' as const),
  evidenceIndent: fc.constantFrom('' as const, '  ' as const),
  noteAfterEvidence: fc.boolean(),
  comments: fc.boolean(),
  blankLines: fc.boolean(),
  gap: fc.constantFrom(' ' as const, '  ' as const),
  metricsIndent: fc.constantFrom('  ' as const, '    ' as const),
  crlf: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  bom: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

/** A report in the layout tthc new-report writes and the examples keep, varied as clerks vary it. */
function writeLayout(model: ReportModel, layout: Layout): string {
  const q = (v: string) => scalar(v, layout.quote);
  const g = layout.gap;
  const trailing = (line: string) => (layout.comments ? `${line}   # ghi chú` : line);
  const lines: string[] = ['# yaml-language-server: $schema=../../schemas/report.schema.json'];
  const blank = () => layout.blankLines && lines.push('');
  const ref = (r: { number: string; date: string; title?: string }) =>
    `{ number: ${layout.quote === 'plain' ? r.number : q(r.number)}, date: ${layout.quote === 'plain' ? r.date : q(r.date)}${r.title !== undefined ? `, title: ${JSON.stringify(r.title)}` : ''} }`;
  lines.push(trailing(`apiVersion:${g}tthc/v1`), `kind:${g}${layout.quote === 'plain' ? 'Report' : q('Report')}`);
  lines.push(`plan:${g}${layout.quote === 'plain' ? model.plan : q(model.plan)}`, trailing(`unit:${g}${model.unit}`));
  lines.push(`period:${g}${typeof model.period === 'number' ? model.period : q(model.period)}`, `submitted:${g}${q(model.submitted)}`);
  if (model.document) lines.push(trailing(`document:${g}${ref(model.document)}`));
  blank();
  if (model.progress.length > 0 || layout.comments) lines.push(trailing('progress:'));
  const pad = layout.entryIndent;
  for (const entry of model.progress) {
    if (layout.comments) lines.push(`${pad}# ${entry.deliverable}: hạn ghi trong kế hoạch`);
    lines.push(`${pad}- deliverable:${g}${entry.deliverable}`, trailing(`${pad}  status:${g}${q(entry.status)}`));
    if (entry.doneOn) lines.push(`${pad}  done_on:${g}${q(entry.doneOn)}`);
    // A plain note runs to its line's end: a comment after it is the reader's to read.
    const note = entry.note === undefined ? [] : [`${pad}  note:${g}${q(entry.note)}`];
    if (!layout.noteAfterEvidence) lines.push(...note);
    if (entry.evidence) {
      lines.push(trailing(`${pad}  evidence:`));
      for (const e of entry.evidence) lines.push(trailing(`${pad}  ${layout.evidenceIndent}- ${ref(e)}`));
    }
    if (layout.noteAfterEvidence) lines.push(...note);
    blank();
  }
  if (layout.comments) lines.push('  # chỉ số của kỳ');
  if (model.metrics && Object.keys(model.metrics).length > 0) {
    lines.push('metrics:', ...Object.entries(model.metrics).map(([k, v]) => trailing(`${layout.metricsIndent}${k}:${g}${v}`)));
  }
  if (layout.comments) lines.push('# hết');
  const text = lines.join(layout.crlf ? '\r\n' : '\n') + (layout.crlf ? '\r\n' : '\n');
  return (layout.bom ? '\ufeff' : '') + text;
}

const layoutReportArb = fc.tuple(reportModelArb, layoutArb).map(([model, layout]) => writeLayout(model, layout));

/** Whether the text holds only what the layout's patterns take: no escapes, references whose texts have a visible ASCII character. */
function withinLayout(model: ReportModel, text: string): boolean {
  const refs: Array<{ number: string; title?: string }> = [...(model.document ? [model.document] : []), ...model.progress.flatMap((e) => e.evidence ?? [])];
  return !text.includes('\\') && refs.every((r) => r.title === undefined || /[A-Za-z0-9]/.test(r.title));
}

describe('matchReport', () => {
  it('reads every report of the example workspace, as the general path does', () => {
    expectEveryExampleRead(matched);
  });

  it('agrees with the general path on reports in the layout tthc writes, as clerks vary it', () => {
    fc.assert(fc.property(layoutReportArb, expectAgreement), fuzzParameters(3000));
  });

  it('reads every valid report of that layout itself (one that matched nothing would agree trivially)', () => {
    fc.assert(
      fc.property(reportModelArb, layoutArb, (model, layout) => {
        const text = writeLayout(model, layout);
        fc.pre(withinLayout(model, text) && generalPathReport(text) !== undefined);
        const read = matched(text);
        expect(read, text).toBeDefined();
        expect(read).toStrictEqual(generalPathReport(text));
      }),
      fuzzParameters(2000),
    );
  });

  it('agrees with the general path on damaged reports: it never takes one the schema refuses, nor misreads one it takes', () => {
    fc.assert(fc.property(damagedDocumentArb, expectAgreement), fuzzParameters(3000));
    const inserts = ['', ' ', 'x', ':', ': ', '#', ' #', '- ', '  ', '"', "'", '\n', '\n  ', '\n    ', '\r', '\t', 'null', '-1', '1e3', '{', '}', ',', '&a ', '`'];
    fc.assert(
      fc.property(fc.tuple(layoutReportArb, fc.nat(), fc.constantFrom(...inserts)), ([text, at, insert]) => {
        const i = at % (text.length + 1);
        expectAgreement(text.slice(0, i) + insert + text.slice(i));
      }),
      fuzzParameters(6000),
    );
    fc.assert(
      fc.property(fc.tuple(layoutReportArb, fc.nat(), fc.nat(), fc.nat({ max: 3 })), ([text, a, b, kind]) => {
        const lines = text.split('\n');
        const [i, j] = [a % lines.length, b % lines.length];
        if (kind === 0) [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        else if (kind === 1) lines.splice(i, 1);
        else if (kind === 2) lines.splice(i, 0, lines[j]!);
        else lines[i] = ` ${lines[i]}`;
        expectAgreement(lines.join('\n'));
      }),
      fuzzParameters(4000),
    );
  });

  it('gives the report as a check keeps it: days and periods in the contract spelling, an exemption with its reason in NFC', () => {
    const text = `${BASE_REPORT}  - deliverable: IV.1.1\n    status: not_applicable\n    note: ${'Không phát sinh hồ sơ'.normalize('NFD')}   \nmetrics:\n  dossiers_received: 120\n  dossiers_online_rate: 81.5\n`;
    expect(matched(text)).toStrictEqual({
      apiVersion: 'tthc/v1',
      kind: 'Report',
      plan: 'soc-trang-2024@1',
      unit: 'so-tu-phap',
      period: '2024-Q2',
      submitted: '2024-06-18',
      progress: [
        { deliverable: 'I.2.3', status: 'done', done_on: '2024-06-10' },
        { deliverable: 'IV.1.1', status: 'not_applicable', note: 'Không phát sinh hồ sơ' },
      ],
      metrics: { dossiers_received: 120, dossiers_online_rate: 81.5 },
    });
    expect(matched(text)).toStrictEqual(generalPathReport(text));
    // Names that are also properties of every object are the report's own metrics, as the general path reads them.
    const inherited = `${BASE_REPORT}metrics:\n  constructor: 1\n  to_string: 2\n  has_own_property: 3\n`;
    expect((matched(inherited) as ReportFile).metrics).toStrictEqual({ constructor: 1, to_string: 2, has_own_property: 3 });
    expect(matched(inherited)).toStrictEqual(generalPathReport(inherited));
    // A plain year is a number to YAML, and means the year; a report that owes nothing may leave out its list.
    expect((matched(BASE_REPORT.replace('period: 2024-Q2', 'period: 2024')) as ReportFile).period).toBe('2024');
    expect((matched(BASE_REPORT.replace(/progress:[\s\S]*/, '')) as ReportFile).progress).toStrictEqual([]);
    // A day it keeps is read as the general path reads it, the leap day too; a quote in single quotes is doubled.
    const leap = `${BASE_REPORT.replace('submitted: 18/06/2024', 'submitted: 2024-02-29')}  - deliverable: IV.1.1\n    status: not_applicable\n    note: 'Không có ''hồ sơ'''\n`;
    expect(matched(leap)).toMatchObject({ submitted: '2024-02-29', progress: [{}, { note: "Không có 'hồ sơ'" }] });
    expect(matched(leap)).toStrictEqual(generalPathReport(leap));
  });

  it('reads entries as tthc lays them out, comments above each, and the ones that go on past that layout as clerks write them', () => {
    const toolLayout = [
      '  # I.2.1 Ban hành kế hoạch kiểm soát TTHC',
      '  # Hạn: 31/01/2024',
      '  - deliverable: I.2.1',
      '    status: done',
      '    done_on: 2024-01-25',
      '    evidence:',
      '      - { number: "12/KH-STP", date: 2024-01-25, title: "Kế hoạch" }',
      '      - { number: "13/KH-STP", date: "2024-01-26" }',
      '    note: "Đã ban hành"',
      '',
      '  - deliverable: "I.2.2"',
      '    status: "not_started"',
    ].join('\n');
    // Evidence at its key's column, a plain note, a comment after a value: ENTRY reads these entries.
    const further = [
      '  - deliverable: II.1.1',
      '    status: in_progress',
      '    evidence:',
      '    - { number: "14/KH-STP", date: 2024-02-01 }',
      '  - deliverable: II.1.2',
      '    status: not_applicable',
      '    note: Không phát sinh hồ sơ',
      '  - deliverable: III.1.1',
      '    status: in_progress   # đang làm',
    ].join('\n');
    for (const text of [`${BASE_REPORT}${toolLayout}\n`, `${BASE_REPORT}${toolLayout}\n${further}\n`, `${BASE_REPORT}${further}\n${toolLayout}\n`]) {
      const read = matched(text);
      expect(read, text).toBeDefined();
      expect(read).toStrictEqual(generalPathReport(text));
    }
    // An entry at another indentation after one in tthc's layout is not the same list.
    expect(matched(`${BASE_REPORT}${toolLayout}\n    - deliverable: IV.1.1\n      status: not_started\n`)).toBeUndefined();
  });

  it('keeps one copy of an entry that reports repeat, and still refuses what a repeat gets wrong', () => {
    const entries = '  - deliverable: I.2.1\n    status: in_progress\n    note: "Đang làm"\n  - deliverable: I.2.2\n    status: done\n    done_on: 2024-06-01\n';
    const first = matched(`${BASE_REPORT}${entries}`) as ReportFile;
    const again = matched(`${BASE_REPORT.replace('so-tu-phap', 'so-noi-vu')}${entries}`) as ReportFile;
    expect(again.progress).toStrictEqual(first.progress);
    expect(again.progress[1]).toBe(first.progress[1]);
    expect(again.progress[2]).toBe(first.progress[2]);
    // The same deliverable and status, with what the schema refuses beside them: a blank note, a
    // day where the status takes none, a status where the day belongs (a day never reads like one).
    const wrong = [
      `${BASE_REPORT}  - deliverable: I.2.1\n    status: in_progress\n    note: " "\n`,
      `${BASE_REPORT}  - deliverable: I.2.1\n    status: in_progress\n    done_on: 2024-06-01\n`,
      `${BASE_REPORT}  - deliverable: I.2.1\n    status: done\n    done_on: in_progress\n`,
      `${BASE_REPORT}  - deliverable: I.2.2\n    status: done\n`,
    ];
    for (const text of wrong) {
      expect(generalPathReport(text), text).toBeUndefined();
      expect(matched(text), text).toBe(BAIL);
    }
  });

  it('gives readReport’s answer when readReport is handed the bytes (BOM and Latin-1 reading included)', () => {
    const text = `${BASE_REPORT}    evidence:\n      - { number: 45/BC-STP, date: 2024-06-10, title: "Báo cáo" }\n    note: "Đã xong"\n`;
    expect(matched(text)).toBeDefined();
    expect(readReport(new TextEncoder().encode(`\ufeff${text}`))).toStrictEqual(matched(text));
  });

  it('leaves every other layout to the reader, and each value the schema refuses to the general path', () => {
    const elsewhere = [
      // Another order, another style: the reader's.
      BASE_REPORT.replace('kind: Report\n', '').replace('apiVersion: tthc/v1\n', 'apiVersion: tthc/v1\nunit: so-tu-phap\nkind: Report\n').replace('unit: so-tu-phap\nperiod', 'period'),
      BASE_REPORT.replace('    status: done\n    done_on: 10/06/2024\n', '    done_on: 10/06/2024\n    status: done\n'),
      BASE_REPORT.replace('progress:\n', 'progress: []\n').replace(/ {2}- [\s\S]*/, ''),
      `${BASE_REPORT}metrics: { dossiers_received: 1 }\n`,
      `${BASE_REPORT}document:\n  number: 45/BC\n  date: 18/06/2024\n`,
      `${BASE_REPORT}    evidence: [{ number: 45/BC, date: 18/06/2024 }]\n`,
      `${BASE_REPORT}    evidence:\n      - number: 45/BC\n        date: 18/06/2024\n`,
      BASE_REPORT.replace('  - deliverable: I.2.3', '  -   deliverable: I.2.3'),
      // A plain note with a comment after it, or a `:` or `#` in it.
      `${BASE_REPORT}    note: Đã xong # ghi chú\n`,
      `${BASE_REPORT}    note: Tỷ lệ: 81%\n`,
      // What YAML reads otherwise: a continued plain value, a tab, a lone CR, a document marker.
      BASE_REPORT.replace('unit: so-tu-phap', 'unit: so-tu-phap\n  continued'),
      BASE_REPORT.replace('status: done', 'status:\tdone'),
      BASE_REPORT.replace('status: done\n', 'status: done\r'),
      `---\n${BASE_REPORT}`,
      `${BASE_REPORT}...\n`,
      // 29 February in a reference, which only the reader looks at.
      `${BASE_REPORT}document: { number: 45/BC, date: 29/02/2024 }\n`,
      // A second list at another indentation, metrics that change theirs, a key after the metrics.
      `${BASE_REPORT}    - deliverable: I.2.1\n      status: not_started\n`,
      `${BASE_REPORT}metrics:\n  dossiers_received: 1\n    apology_letters: 2\n`,
      `${BASE_REPORT}metrics:\n  dossiers_received: 1\ndocument: { number: 45/BC, date: 18/06/2024 }\n`,
      `${BASE_REPORT}metrics:\n`,
      // A name YAML reads as null.
      `${BASE_REPORT}metrics:\n  null: 1\n`,
    ];
    for (const text of elsewhere) {
      expect(matched(text), text).toBeUndefined();
      const read = readReport(new TextEncoder().encode(text));
      if (read !== undefined) expect(read).toStrictEqual(generalPathReport(text));
    }
    const refused = [
      BASE_REPORT.replace('status: done', 'status: donee'),
      BASE_REPORT.replace('deliverable: I.2.3', 'deliverable: i.2.3'),
      BASE_REPORT.replace('submitted: 18/06/2024', 'submitted: 31/06/2024'),
      BASE_REPORT.replace('period: 2024-Q2', 'period: 2024-13'),
      BASE_REPORT.replace('unit: so-tu-phap', 'unit: 2024'),
      BASE_REPORT.replace('unit: so-tu-phap', 'unit: null'),
      BASE_REPORT.replace('unit: so-tu-phap', 'unit: 1e3'),
      BASE_REPORT.replace('plan: soc-trang-2024@1', 'plan: soc-trang-2024'),
      BASE_REPORT.replace('    done_on: 10/06/2024\n', ''),
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: not_applicable\n`,
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: not_applicable\n    note: "\u00a0"\n`,
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: in_progress\n    note: 12\n`,
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: in_progress\n    note: null   \n`,
      `${BASE_REPORT}    note: "a"\n    evidence:\n      - { number: 45/BC, date: 18/06/2024 }\n    note: "b"\n`,
      `${BASE_REPORT}metrics:\n  dossiers_received: 1\n  dossiers_received: 2\n`,
    ];
    for (const text of refused) {
      expect(generalPathReport(text), text).toBeUndefined();
      expect(matched(text), text).toBe(BAIL);
    }
    // Nothing the schema refuses in a reference gets through the patterns.
    for (const document of ['{ number: "", date: 18/06/2024 }', '{ number: " ", date: 18/06/2024 }', '{ number: 123, date: 18/06/2024 }', '{ number: null/x, date: 18/06/2024 }', '{ number: 45/BC, date: 31/04/2024 }', '{ number: 45/BC, date: 2024-02-30 }', "{ number: '  ', date: 18/06/2024 }", "{ number: 45/BC, date: 18/06/2024, title: '' }", '{ number: 45/BC, date: 18/06/2024, title: "\u3000" }', '{ number: 45/BC, date: 18/06/2024, extra: x }']) {
      const text = BASE_REPORT.replace('progress:', `document: ${document}\nprogress:`);
      expect(matched(text), text).toBeUndefined();
      expectAgreement(text);
    }
  });

  it('answers in one pass over hostile lines: long runs of spaces, quotes and indicators never make it backtrack without end', () => {
    const run = ' '.repeat(200_000);
    const texts = [
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: in_progress\n    note: a${run}b#c\n`,
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: in_progress\n    note: a${run}b:\n`,
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: in_progress\n    note: "a${run}\n`,
      `${BASE_REPORT}    evidence:\n      - { number: 45/BC${run}, date: 18/06/2024 x\n`,
      `${BASE_REPORT}    evidence:\n      - { number: "${'é'.repeat(100_000)}", date: 18/06/2024 }\n`,
      `${BASE_REPORT}${run}x\n`,
      `${BASE_REPORT}${'\n'.repeat(100_000)}x`,
      `${BASE_REPORT}${`${run}#\n`.repeat(2)}x`,
    ];
    for (const text of texts) {
      expect(matched(text)).toBeUndefined();
      expectAgreement(text);
    }
  });
});
