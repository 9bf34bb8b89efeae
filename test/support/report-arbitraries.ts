import fc from 'fast-check';

/**
 * Report files for property tests: a model of a report, written out as YAML text in the styles
 * people really use (block or flow, quoted or plain, ISO or Vietnamese days), then optionally
 * damaged byte by byte the way editors, encodings and copy-paste damage files.
 */

// Real ids of the bundled plan, with a near-miss of each so the rules have something to say.
const UNITS = ['so-tu-phap', 'so-y-te', 'vp-ubnd', 'h-ke-sach', 'so-tttt', 'so-tu-phapp'] as const;
const DELIVERABLES = ['I.2.1', 'I.2.2', 'I.2.3', 'IV.2.1', 'IV.2.2', 'XI.1.2', 'XI.1.4', 'VIII.9.1', 'I.2.9'] as const;

/** The deliverables generated reports name (I.2.9 is the near-miss: the plan has no such id). */
export const NAMED_DELIVERABLES: readonly string[] = DELIVERABLES;
const PERIODS = ['2024-01', '2024-02', '2024-03', '2024-06', '2024-12', '2024-Q1', '2024-Q2', '2024-Q4', '2024-H1', '2024', '2023-12'] as const;
const STATUSES = ['done', 'in_progress', 'not_started', 'not_applicable'] as const;

/** The folder a report may lie in: its own unit's mostly, sometimes another's or none. */
export const UNIT_FOLDERS = [...UNITS] as const;

const PHRASES = [
  'Kế hoạch kiểm soát TTHC năm 2024',
  'Báo cáo tình hình, kết quả thực hiện',
  'Đã ban hành',
  'Không phát sinh',
  'Tỷ lệ 81,2%: cấp tỉnh 92,4%',
  'Kế hoạch'.normalize('NFD'),
  'a: b # c',
  '- [x] {y} &z *w !v |u >t',
  "it's \"quoted\"",
];

export interface ProgressModel {
  deliverable: string;
  status: (typeof STATUSES)[number];
  doneOn?: string;
  note?: string;
  evidence?: Array<{ number: string; date: string; title?: string }>;
}

export interface ReportModel {
  plan: string;
  unit: string;
  period: string | number;
  submitted: string;
  document?: { number: string; date: string };
  progress: ProgressModel[];
  metrics?: Record<string, number>;
}

export interface Style {
  flowEntries: boolean;
  quoteAll: boolean;
  indent: 2 | 4;
  crlf: boolean;
  bom: boolean;
  comments: boolean;
}

// Days that exist: an impossible one (31/02) is the damage's job, not the model's.
const dayArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 2023, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.boolean())
  .map(([y, m, d, vietnamese]) => {
    const [mm, dd] = [String(m).padStart(2, '0'), String(d).padStart(2, '0')];
    return vietnamese ? `${dd}/${mm}/${y}` : `${y}-${mm}-${dd}`;
  });

const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((t) => t.trim() !== '') },
);

const progressArb: fc.Arbitrary<ProgressModel> = fc
  .record({
    deliverable: fc.constantFrom(...DELIVERABLES),
    status: fc.constantFrom(...STATUSES),
    doneOn: dayArb,
    note: textArb,
    withNote: fc.boolean(),
    evidence: fc.option(fc.array(fc.record({ number: fc.constantFrom('12/KH-STP', '45/BC-STP', '1105/QĐ-UBND'), date: dayArb, title: fc.option(textArb, { nil: undefined }) }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
  })
  .map(({ deliverable, status, doneOn, note, withNote, evidence }) => ({
    deliverable,
    status,
    ...(status === 'done' ? { doneOn } : {}),
    ...(status === 'not_applicable' || withNote ? { note } : {}),
    ...(evidence ? { evidence: evidence.map((e) => (e.title ? e : { number: e.number, date: e.date })) } : {}),
  }));

export const reportModelArb: fc.Arbitrary<ReportModel> = fc
  .record({
    plan: fc.constantFrom('soc-trang-2024@1', 'soc-trang-2024@1', 'soc-trang-2024@2', 'soc-trang-2023@1'),
    unit: fc.constantFrom(...UNITS),
    period: fc.oneof(fc.constantFrom<string | number>(...PERIODS), fc.constant(2024)),
    submitted: dayArb,
    document: fc.option(fc.record({ number: fc.constantFrom('45/BC-STP', '30/BC-VPUBND'), date: dayArb }), { nil: undefined }),
    progress: fc.array(progressArb, { maxLength: 5 }),
    metrics: fc.option(fc.dictionary(fc.constantFrom('dossiers_late', 'apology_letters', 'dossiers_received'), fc.nat({ max: 100_000 }), { maxKeys: 3 }), { nil: undefined }),
  })
  .map((r) => {
    const { document, metrics, ...rest } = r;
    return { ...rest, ...(document ? { document } : {}), ...(metrics ? { metrics } : {}) };
  });

export const styleArb: fc.Arbitrary<Style> = fc.record({
  flowEntries: fc.boolean(),
  quoteAll: fc.boolean(),
  indent: fc.constantFrom(2 as const, 4 as const),
  crlf: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  bom: fc.boolean(),
  comments: fc.boolean(),
});

// Plain when YAML would read it back as the same string; double-quoted (JSON escapes are YAML's) otherwise.
const PLAIN_SAFE = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ,./()%-]*$/u;
const scalar = (value: string, quoteAll: boolean, inFlow = false) =>
  !quoteAll && PLAIN_SAFE.test(value) && !(inFlow && value.includes(',')) && !/^(true|false|null|~|\d+([.,]\d*)?)$/i.test(value) && !/ $/.test(value) ? value : JSON.stringify(value);

/** A report model as YAML text, in one of the styles people write. */
export function writeReport(report: ReportModel, style: Style): string {
  const pad = ' '.repeat(style.indent);
  const s = (v: string) => scalar(v, style.quoteAll, style.flowEntries);
  const lines: string[] = [];
  if (style.comments) lines.push('# yaml-language-server: $schema=../../schemas/report.schema.json');
  lines.push('apiVersion: tthc/v1', 'kind: Report', `plan: ${report.plan}`, `unit: ${report.unit}`);
  lines.push(`period: ${typeof report.period === 'number' ? report.period : s(report.period)}`, `submitted: ${report.submitted}`);
  if (report.document) lines.push(`document: { number: ${JSON.stringify(report.document.number)}, date: ${report.document.date} }`);
  if (report.progress.length === 0) lines.push('progress: []');
  else lines.push('progress:');
  for (const entry of report.progress) {
    const fields: Array<[string, string]> = [
      ['deliverable', entry.deliverable],
      ['status', entry.status],
      ...(entry.doneOn ? ([['done_on', entry.doneOn]] as Array<[string, string]>) : []),
      ...(entry.note !== undefined ? ([['note', s(entry.note)]] as Array<[string, string]>) : []),
    ];
    const evidence = entry.evidence?.map((e) => `{ number: ${JSON.stringify(e.number)}, date: ${e.date}${e.title !== undefined ? `, title: ${JSON.stringify(e.title)}` : ''} }`);
    if (style.flowEntries) {
      const all = [...fields.map(([k, v]) => `${k}: ${v}`), ...(evidence ? [`evidence: [${evidence.join(', ')}]`] : [])];
      lines.push(`${pad}- { ${all.join(', ')} }`);
    } else {
      fields.forEach(([k, v], i) => lines.push(`${i === 0 ? `${pad}- ` : `${pad}  `}${k}: ${v}`));
      if (evidence) {
        lines.push(`${pad}  evidence:`);
        for (const e of evidence) lines.push(`${pad}    - ${e}`);
      }
      if (style.comments) lines.push(`${pad}  # ghi chú của đơn vị`);
    }
  }
  if (report.metrics) lines.push(`metrics: { ${Object.entries(report.metrics).map(([k, v]) => `${k}: ${v}`).join(', ')} }`);
  const text = lines.join(style.crlf ? '\r\n' : '\n') + (style.crlf ? '\r\n' : '\n');
  return (style.bom ? '\ufeff' : '') + text;
}

export const validReportTextArb: fc.Arbitrary<string> = fc.tuple(reportModelArb, styleArb).map(([model, style]) => writeReport(model, style));

// ---- Damage ----

/** What gets typed, pasted or mis-saved into a file. */
const INSERTS: readonly string[] = [
  '\u0000', '\u0007', '\u001b[31m', '\u0085', '\u009b', '\u202e', '\u2066', '\ufeff', '\ufffe', '\r', '\r\n', '\t', '\n', ' ', '  ',
  ':', ': ', '- ', '-', '? ', '{', '}', '[', ']', ',', '&a ', '*a', '!!str ', '!', '|', '|-\n', '>', '#', "'", '"', '%YAML 1.2\n', '---\n', '...\n', '@', '`',
  '<<: ', '__proto__: ', 'constructor', '\\', '\\u', '\\x', 'ơ', 'ế', 'e\u0301', '😀', '\ud800',
];

export type Damage =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate-line'; line: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'reindent'; line: number; indent: string };

const encode = (text: string) => new TextEncoder().encode(text);

export const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(
      fc.constantFrom(...INSERTS).map(encode),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }).map(encode),
      fc.uint8Array({ minLength: 1, maxLength: 4 }),
    ),
  }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('reindent' as const), line: fc.nat(), indent: fc.constantFrom('', ' ', '   ', '\t', '      ', '\u00a0') }),
);

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

export function applyDamage(bytes: Uint8Array, damage: Damage): Uint8Array {
  const at = (n: number, size: number) => (size === 0 ? 0 : n % (size + 1));
  switch (damage.kind) {
    case 'delete': {
      const from = at(damage.at, bytes.length);
      return concat([bytes.subarray(0, from), bytes.subarray(from + damage.length)]);
    }
    case 'insert': {
      const from = at(damage.at, bytes.length);
      return concat([bytes.subarray(0, from), damage.bytes, bytes.subarray(from)]);
    }
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = new Uint8Array(bytes);
      copy[damage.at % bytes.length]! ^= 1 << damage.bit;
      return copy;
    }
    case 'truncate':
      return bytes.subarray(0, at(damage.at, bytes.length));
    case 'duplicate-line': {
      const lines = splitLines(bytes);
      if (lines.length === 0) return bytes;
      const i = damage.line % lines.length;
      return concat([...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)]);
    }
    case 'swap-lines': {
      const lines = splitLines(bytes);
      if (lines.length < 2) return bytes;
      const [a, b] = [damage.a % lines.length, damage.b % lines.length];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return concat(lines);
    }
    case 'reindent': {
      const lines = splitLines(bytes);
      if (lines.length === 0) return bytes;
      const i = damage.line % lines.length;
      const line = lines[i]!;
      let s = 0;
      while (s < line.length && line[s] === 0x20) s++;
      lines[i] = concat([encode(damage.indent), line.subarray(s)]);
      return concat(lines);
    }
  }
}

/** Report bytes: mostly damaged (one to four times), sometimes left valid. */
export const reportBytesArb: fc.Arbitrary<Uint8Array> = fc
  .tuple(validReportTextArb, fc.array(damageArb, { minLength: 0, maxLength: 4 }))
  .map(([text, damages]) => damages.reduce(applyDamage, encode(text)));

/**
 * A fixed seed by default so a failure is the same failure on every machine; FUZZ_SEED=<n> replays
 * another run, FUZZ_SEED=random explores.
 */
export function fuzzParameters<T>(numRuns: number): fc.Parameters<T> {
  const seed = process.env.FUZZ_SEED;
  if (seed === 'random') return { numRuns };
  return { numRuns, seed: seed === undefined ? 20240103 : Number(seed) };
}

// ---- Workspaces ----

export interface WorkspaceFile {
  /** Relative to the workspace, `/`-separated, under `reports/`. */
  path: string;
  bytes: Uint8Array;
}

const fileArb: fc.Arbitrary<WorkspaceFile> = fc
  .record({
    model: reportModelArb,
    style: styleArb,
    damages: fc.oneof({ weight: 3, arbitrary: fc.constant([] as Damage[]) }, { weight: 1, arbitrary: fc.array(damageArb, { minLength: 1, maxLength: 3 }) }),
    // Mostly its own unit's folder; sometimes another unit's, or straight in reports/.
    folder: fc.oneof({ weight: 8, arbitrary: fc.constant<string | null>('own') }, { weight: 1, arbitrary: fc.constantFrom<string | null>(...UNITS) }, { weight: 1, arbitrary: fc.constant(null) }),
    suffix: fc.constantFrom('', '', '-bis', '.ban-sua'),
    ext: fc.constantFrom('.yaml', '.yaml', '.yml'),
  })
  .map(({ model, style, damages, folder, suffix, ext }) => {
    const dir = folder === null ? '' : `${folder === 'own' ? model.unit : folder}/`;
    return { path: `reports/${dir}${String(model.period)}${suffix}${ext}`, bytes: damages.reduce(applyDamage, encode(writeReport(model, style))) };
  });

/**
 * A reports folder of one to eight files, some of them damaged, with exact copies under another
 * name now and then: two reports of the same unit and period sent the same day are where an
 * order could leak into the result.
 */
export const workspaceArb: fc.Arbitrary<WorkspaceFile[]> = fc
  .tuple(fc.uniqueArray(fileArb, { selector: (f) => f.path, minLength: 1, maxLength: 8 }), fc.uniqueArray(fc.nat({ max: 7 }), { maxLength: 2 }))
  .map(([files, copies]) => [
    ...files,
    ...copies.filter((i) => i < files.length).map((i) => ({ path: files[i]!.path.replace(/(\.ya?ml)$/, '-copy$1'), bytes: files[i]!.bytes })),
  ]);
