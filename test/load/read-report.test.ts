import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/load-document.js';
import { readReport } from '../../src/load/read-report.js';
import type { ReportFile } from '../../src/model/report.js';
import { type ReportModel, fuzzParameters, reportModelArb, validReportTextArb } from '../support/report-arbitraries.js';
import { BASE_REPORT, type Quote, expectEveryExampleRead, generalPathReport, scalar } from '../support/report-texts.js';
import { damagedDocumentArb } from '../support/yaml-arbitraries.js';

/** readReport on the text's bytes, as loadDocument calls it. */
function fused(text: string): ReportFile | undefined {
  return readReport(new TextEncoder().encode(text));
}

/** The one property that matters: when readReport answers, it answers what the general path says. */
function expectAgreement(text: string): void {
  const read = fused(text);
  if (read === undefined) return;
  const expected = generalPathReport(text);
  expect(expected, `readReport read a report the general path refuses:\n${text}`).toBeDefined();
  expect(read).toStrictEqual(expected);
}

// ---- Reports in the other block styles people write ----

interface Layout {
  /** The order the top-level keys are written in (a permutation of their indexes). */
  order: number[];
  /** `progress:` then `- deliverable: …` at column 0, as some editors indent. */
  sequenceAtKey: boolean;
  blockDocument: boolean;
  blockMetrics: boolean;
  blockEvidence: boolean;
  quote: Quote;
  trailingComments: boolean;
}

function writeLayout(model: ReportModel, layout: Layout): string {
  const q = (v: string) => scalar(v, layout.quote);
  const c = layout.trailingComments ? '  # ghi chú' : '';
  const ref = (r: { number: string; date: string; title?: string }, pad: string, first: string): string[] => [
    `${first}number: ${q(r.number)}${c}`,
    `${pad}date: ${r.date}`,
    ...(r.title !== undefined ? [`${pad}title: ${q(r.title)}`] : []),
  ];
  const blocks: string[][] = [
    ['apiVersion: tthc/v1'],
    [`kind: Report${c}`],
    [`plan: ${layout.quote === 'plain' ? model.plan : q(model.plan)}`],
    [`unit: ${model.unit}`],
    [`period: ${typeof model.period === 'number' ? model.period : q(model.period)}`],
    [`submitted: ${q(model.submitted)}`],
    model.document
      ? layout.blockDocument
        ? ['document:', ...ref(model.document, '  ', '  ')]
        : [`document: { number: ${JSON.stringify(model.document.number)}, date: ${model.document.date} }`]
      : [],
    model.progress.length === 0
      ? ['progress: []']
      : [
          'progress:',
          ...model.progress.flatMap((entry) => {
            const pad = layout.sequenceAtKey ? '' : '  ';
            const lines = [`${pad}- deliverable: ${entry.deliverable}`, `${pad}  status: ${entry.status}${c}`];
            if (entry.doneOn) lines.push(`${pad}  done_on: ${entry.doneOn}`);
            if (entry.note !== undefined) lines.push(`${pad}  note: ${q(entry.note)}`);
            if (entry.evidence) {
              lines.push(`${pad}  evidence:`);
              for (const e of entry.evidence) {
                if (layout.blockEvidence) lines.push(...ref(e, `${pad}      `, `${pad}    - `));
                else lines.push(`${pad}    - { number: ${JSON.stringify(e.number)}, date: ${e.date}${e.title !== undefined ? `, title: ${JSON.stringify(e.title)}` : ''} }`);
              }
            }
            return lines;
          }),
        ],
    model.metrics
      ? layout.blockMetrics
        ? ['metrics:', ...Object.entries(model.metrics).map(([k, v]) => `  ${k}: ${v}`)]
        : [`metrics: { ${Object.entries(model.metrics).map(([k, v]) => `${k}: ${v}`).join(', ')} }`]
      : [],
  ];
  return layout.order.flatMap((i) => blocks[i]!).join('\n') + '\n';
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7, 8], { minLength: 9, maxLength: 9 }),
  sequenceAtKey: fc.boolean(),
  blockDocument: fc.boolean(),
  blockMetrics: fc.boolean(),
  blockEvidence: fc.boolean(),
  quote: fc.constantFrom('plain' as const, 'single' as const, 'double' as const),
  trailingComments: fc.boolean(),
});

const layoutReportArb = fc.tuple(reportModelArb, layoutArb).map(([model, layout]) => writeLayout(model, layout));

describe('readReport', () => {
  it('reads every report of the example workspace as the general path does', () => {
    expectEveryExampleRead(fused);
  });

  it('agrees with the general path on generated reports in every style', () => {
    fc.assert(fc.property(validReportTextArb, expectAgreement), fuzzParameters(3000));
  });

  it('agrees with the general path on reports in block styles, in any key order', () => {
    fc.assert(fc.property(layoutReportArb, expectAgreement), fuzzParameters(3000));
  });

  it('reads every valid report in those styles itself (one that gave up on everything would agree trivially)', () => {
    fc.assert(
      fc.property(layoutReportArb, (text) => {
        // What it leaves to the general path on purpose: an escape, and any `__proto__` or U+1FEF in the
        // text (fast-check's strings hold both now and then).
        fc.pre(!text.includes('\\') && !text.includes('__proto__') && !text.includes('\u1fef') && generalPathReport(text) !== undefined);
        expect(fused(text), text).toBeDefined();
      }),
      fuzzParameters(2000),
    );
  });

  it('agrees with the general path on damaged reports: it never accepts one the schema refuses', () => {
    fc.assert(fc.property(damagedDocumentArb, expectAgreement), fuzzParameters(5000));
    fc.assert(
      fc.property(fc.tuple(layoutReportArb, fc.nat(), fc.constantFrom('', ' ', 'x', ':', '#', '- ', '  ', '"', '\n', '\n  ', 'null', '-1')), ([text, at, insert]) => {
        const i = at % (text.length + 1);
        expectAgreement(text.slice(0, i) + insert + text.slice(i));
      }),
      fuzzParameters(5000),
    );
  });

  it('gives the report as a check keeps it: periods and days in the contract spelling, an exemption with its reason', () => {
    const read = fused(`${BASE_REPORT}  - deliverable: IV.1.1\n    status: not_applicable\n    note: "  Không phát sinh  "\n`);
    expect(read).toStrictEqual({
      apiVersion: 'tthc/v1',
      kind: 'Report',
      plan: 'soc-trang-2024@1',
      unit: 'so-tu-phap',
      period: '2024-Q2',
      submitted: '2024-06-18',
      progress: [
        { deliverable: 'I.2.3', status: 'done', done_on: '2024-06-10' },
        { deliverable: 'IV.1.1', status: 'not_applicable', note: 'Không phát sinh' },
      ],
    });
    // A plain year is a number to YAML, and means the year.
    expect(fused(BASE_REPORT.replace('period: 2024-Q2', 'period: 2024'))?.period).toBe('2024');
  });

  it('keeps an exemption’s reason in NFC, as the general path does', () => {
    const text = `${BASE_REPORT}  - deliverable: IV.1.1\n    status: not_applicable\n    note: ${'Kế hoạch'.normalize('NFD')}\n`;
    expect(fused(text)?.progress[1]).toStrictEqual({ deliverable: 'IV.1.1', status: 'not_applicable', note: 'Kế hoạch'.normalize('NFC') });
    expect(fused(text)).toStrictEqual(generalPathReport(text));
  });

  it('reads the bytes as UTF-8 exactly: a BOM, and notes that end in a character whose last byte is white space in Latin-1', () => {
    // à is C3 A0, and A0 is a no-break space to Latin-1: trimmed there, it would lose half a character.
    const text = `${BASE_REPORT}  - deliverable: IV.1.1\n    status: not_applicable\n    note: "Không có hồ sơ phát sinh trong kỳ à"\n`;
    expect(fused(text)?.progress[1]).toStrictEqual({ deliverable: 'IV.1.1', status: 'not_applicable', note: 'Không có hồ sơ phát sinh trong kỳ à' });
    const bom = readReport(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]));
    expect(bom).toStrictEqual(generalPathReport(text));
  });

  it('leaves bytes that are not a UTF-8 report to the general path, which names the fault', () => {
    const bytes = new TextEncoder().encode(BASE_REPORT);
    const at = BASE_REPORT.indexOf('so-tu-phap');
    const damaged = [
      Uint8Array.from([...bytes.subarray(0, at), 0xc3, ...bytes.subarray(at)]),
      Uint8Array.from([...bytes.subarray(0, at), 0x00, ...bytes.subarray(at)]),
      Uint8Array.from([...bytes.subarray(0, at), 0xed, 0xa0, 0x80, ...bytes.subarray(at)]),
      Uint8Array.from([0xff, 0xfe, ...Buffer.from(BASE_REPORT, 'utf16le')]),
    ];
    for (const b of damaged) {
      expect(readReport(b)).toBeUndefined();
      expect(loadDocument('r.yaml', b, { lang: 'en', trim: true }).problems[0]?.code).toBe('encoding');
    }
  });

  it('leaves to the general path what it cannot read exactly, and every report the schema refuses', () => {
    const cases = [
      // Shape problems: the general path words them, with their lines.
      BASE_REPORT.replace('status: done', 'status: donee'),
      BASE_REPORT.replace('    done_on: 10/06/2024\n', ''),
      BASE_REPORT.replace('status: done', 'status: in_progress'),
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: not_applicable\n`,
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: not_applicable\n    note: "   "\n`,
      BASE_REPORT.replace('deliverable: I.2.3', 'deliverable: i.2.3'),
      BASE_REPORT.replace('submitted: 18/06/2024', 'submitted: 31/06/2024'),
      BASE_REPORT.replace('submitted: 18/06/2024', 'submitted: 2024/06/18'),
      BASE_REPORT.replace('period: 2024-Q2', 'period: 2024-13'),
      BASE_REPORT.replace('period: 2024-Q2', 'period: 999'),
      BASE_REPORT.replace('period: 2024-Q2', 'period: "2024.0"'),
      BASE_REPORT.replace('unit: so-tu-phap', 'unit: So-Tu-Phap'),
      BASE_REPORT.replace('unit: so-tu-phap', 'unit: 2024'),
      BASE_REPORT.replace('plan: soc-trang-2024@1', 'plan: soc-trang-2024'),
      BASE_REPORT.replace('kind: Report', 'kind: Plan'),
      BASE_REPORT.replace('apiVersion: tthc/v1', 'apiVersion: tthc/v2'),
      BASE_REPORT.replace('unit: so-tu-phap\n', ''),
      `${BASE_REPORT}extra: 1\n`,
      `${BASE_REPORT}metrics: { dossiers_received: -1 }\n`,
      `${BASE_REPORT}metrics: { Dossiers: 1 }\n`,
      `${BASE_REPORT}metrics: { dossiers_received: "1" }\n`,
      `${BASE_REPORT}metrics:\n`,
      `${BASE_REPORT}document:\n`,
      `${BASE_REPORT}document: { number: "", date: 18/06/2024 }\n`,
      `${BASE_REPORT}document: { number: "1/BC", date: 18/06/2024, extra: x }\n`,
      `${BASE_REPORT}document: { number: "1/BC", date: 18/06/2024, title: " " }\n`,
      `${BASE_REPORT}document: { number: "1/BC", date: 18/06/2024, }\n`,
      `${BASE_REPORT}document: { number: "1/BC",, date: 18/06/2024 }\n`,
      `${BASE_REPORT}document: { number: "1/BC" date: 18/06/2024 }\n`,
      `${BASE_REPORT}document: { number: "1/BC";date: 18/06/2024 }\n`,
      `${BASE_REPORT}document: { number: [1/BC], date: 18/06/2024 }\n`,
      `${BASE_REPORT}document: { number: "1/BC", date: 18/06/2024 }#x\n`,
      `${BASE_REPORT}document: { number: "1/BC", date: 18/06/2024 } x\n`,
      `${BASE_REPORT}document: { number: "1/BC", date: 18/06/2024\n`,
      `${BASE_REPORT}document: { date: 18/06/2024 }\n`,
      `${BASE_REPORT}document: { number: "1/BC", number: "2/BC", date: 18/06/2024 }\n`,
      `${BASE_REPORT}document: { number:, date: 18/06/2024 }\n`,
      `${BASE_REPORT}    evidence:\n      - { number: "1/BC", date: 18/06/2024 }\n        title: x\n`,
      `${BASE_REPORT}    evidence:\n      - number: "1/BC"\n        date: 18/06/2024\n        title:\n`,
      `${BASE_REPORT}    note: ""\n`,
      // Blank to JavaScript's trim, though not ASCII: a no-break space, an ideographic space.
      `${BASE_REPORT}    note: "\u00a0"\n`,
      `${BASE_REPORT}document: { number: "\u3000 ", date: 18/06/2024 }\n`,
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: not_applicable\n    note: "\ufeff"\n`,
      `${BASE_REPORT}    evidence:\n`,
      `${BASE_REPORT}    evidence: [{ number: "1/BC" }]\n`,
      `${BASE_REPORT}    evidence: { number: "1/BC", date: 18/06/2024 }\n`,
      `${BASE_REPORT}    extra: 1\n`,
      BASE_REPORT.replace('progress:\n', 'progress:\nprogress:\n'),
      `${BASE_REPORT}    status: done\n`,
      BASE_REPORT.replace(/progress:[\s\S]*/, 'progress:\n'),
      // YAML the lean parser leaves to the careful one.
      BASE_REPORT.replace('unit: so-tu-phap', 'unit: &u so-tu-phap'),
      BASE_REPORT.replace('unit: so-tu-phap', 'unit: so-tu-phap\n  continued'),
      `---\n${BASE_REPORT}`,
      BASE_REPORT.replace('status: done', 'status:\tdone'),
      BASE_REPORT.replace('  - deliverable: I.2.3', '  -\n    deliverable: I.2.3'),
      BASE_REPORT.replace('kind: Report', '__proto__: x\nkind: Report'),
      // U+1FEF is the reserved ` once the text is in NFC.
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: in_progress\n    note: \u1fefx\n`,
      // An escape in a kept note is read after NFC by the general path.
      `${BASE_REPORT}  - deliverable: IV.1.1\n    status: not_applicable\n    note: "K\\u1ebf ho\\u1ea1ch ${'ế'.normalize('NFD')}"\n`,
    ];
    for (const text of cases) {
      expect(fused(text), text).toBeUndefined();
      expectAgreement(text);
    }
  });

  it('reads the layouts people write: CRLF, comments, a sequence at its key’s column, block references and metrics', () => {
    const text = [
      '# yaml-language-server: $schema=../../schemas/report.schema.json',
      'submitted: "2024-06-18"   # ngày gửi',
      'unit: so-tu-phap',
      'kind: Report',
      'apiVersion: tthc/v1',
      "plan: 'soc-trang-2024@1'",
      'period: 2024-Q2',
      'document:',
      '  number: 45/BC-STP',
      '  date: 18/06/2024',
      'progress:',
      '- status: done',
      '  deliverable: I.2.3',
      '  # ghi chú',
      '  done_on: 2024-06-10',
      '  evidence:',
      '  - number: "12/KH-STP"',
      '    date: 2024-06-10',
      '    title: Kế hoạch',
      '  - {number: "13/KH-STP", date: 2024-06-11}   # bản chụp',
      '- { deliverable: VI.1.1, status: in_progress, note: Đang làm }',
      'metrics:',
      '  dossiers_received: 120',
      '  dossiers_online_rate: 81.5',
      '',
    ].join('\r\n');
    const read = fused(text);
    expect(read).toBeDefined();
    expect(read).toStrictEqual(generalPathReport(text));
    expect(read!.progress).toStrictEqual([
      { deliverable: 'I.2.3', status: 'done', done_on: '2024-06-10' },
      { deliverable: 'VI.1.1', status: 'in_progress' },
    ]);
    expect(read!.metrics).toStrictEqual({ dossiers_received: 120, dossiers_online_rate: 81.5 });
  });
});
