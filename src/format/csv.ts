import type { Obligation } from '../core/evaluation.js';
import { type Day, formatDayVietnamese } from '../core/day.js';
import { listDeliverables } from '../core/plan-index.js';
import { buildUnitDirectory } from '../core/units.js';
import { csvText } from '../i18n/csv.js';
import type { Lang } from '../i18n/lang.js';
import { statusLabel } from '../i18n/status.js';
import type { ChunkedFormatter, Formatter } from './formatter.js';
import { printable } from './printable.js';

const COLUMNS = ['unit-id', 'unit', 'deliverable-id', 'deliverable', 'period', 'due', 'status', 'status-label', 'done-on', 'days-late', 'days-left', 'report', 'note'] as const;

// Excel reads a file without a BOM in the machine's legacy code page (Windows-1258 in Vietnam),
// which turns every diacritic into mojibake; the BOM is what makes it read UTF-8.
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** One row per obligation, for a spreadsheet: RFC 4180, UTF-8 with a BOM, CRLF. Written a row at a time. */
export const csvChunks: ChunkedFormatter = function* (evaluation, ctx) {
  const units = buildUnitDirectory(ctx.bundle.units);
  const texts = new Map(listDeliverables(ctx.bundle.plan).map((d) => [d.id, d.text]));
  const rank = new Map(units.order.map((id, i) => [id, i]));
  const rows = ctx.by === 'unit' ? [...evaluation.obligations].sort((a, b) => rank.get(a.unit)! - rank.get(b.unit)!) : evaluation.obligations;
  const line = (cells: readonly string[]) => cells.map(quoteCell).join(',') + CRLF;
  yield BOM + line(COLUMNS.map((column) => csvText(ctx.lang, `col.${column}`)));
  for (const o of rows) yield line(cellsOf(o, units.nameOf(o.unit), texts.get(o.deliverable) ?? '', ctx.lang));
};

/** The whole text, from the same pieces. */
export const csv: Formatter = (evaluation, ctx) => [...csvChunks(evaluation, ctx)].join('');

function cellsOf(o: Obligation, unitName: string, text: string, lang: Lang): string[] {
  const day = (d: Day | null) => (d ? formatDayVietnamese(d) : '');
  const count = (n: number | null) => (n === null ? '' : String(n));
  return [o.unit, unitName, o.deliverable, text, o.period ?? '', day(o.due), o.status, statusLabel(lang, o.status), day(o.doneOn), count(o.daysLate), count(o.daysLeft), o.report ?? '', o.note ?? ''];
}

// A cell that starts with one of these is run as a formula by Excel and LibreOffice (OWASP
// "CSV injection"); a leading apostrophe makes it text. Plan and report text is typed by hand,
// and IV.2.1 of the bundled plan really does start with "- ".
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises formulas, removes control characters, and quotes as RFC 4180 requires. */
export function quoteCell(value: string): string {
  const safe = printable(value);
  const text = FORMULA_START.test(value) ? `'${safe}` : safe;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
