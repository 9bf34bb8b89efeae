import type { Day } from '../core/day.js';
import type { Evaluation } from '../core/evaluation.js';
import { rateOf } from '../core/matrix.js';
import { formatDayVietnamese } from '../core/day.js';
import { placeOfIssuer, writeDayOut } from '../i18n/dates.js';
import type { Lang } from '../i18n/lang.js';
import { reportText } from '../i18n/report.js';
import { STATUS_SYMBOL, statusLabel } from '../i18n/status.js';
import { tableText } from '../i18n/table.js';
import type { PlanBundle } from '../model/bundle.js';
import type { Problem } from '../model/problem.js';
import { STATUSES, type Status } from '../model/status.js';
import { escapeHtml } from './escape-html.js';
import { formatPercent } from './rate-text.js';

// Vietnamese needs a font with its stacked diacritics: Times New Roman on office machines,
// Noto Serif or DejaVu Serif on Linux (CI installs fonts-dejavu-core).
const FONTS = '"Times New Roman", "Noto Serif", "DejaVu Serif", serif';

// Everything inline: the file is mailed and printed, often offline, so it loads nothing.
const CSS = `
@page {
  size: A4 landscape;
  margin: 15mm 15mm 16mm 20mm;
  @bottom-right { content: counter(page) "/" counter(pages); font: 9pt ${FONTS}; }
}
* { box-sizing: border-box; }
html { font-family: ${FONTS}; font-size: 11pt; color: #000; background: #fff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; padding: 10mm; max-width: 297mm; }
@media print { body { padding: 0; max-width: none; } }
.heading { width: 100%; border-collapse: collapse; margin: 0 0 6mm; }
.heading td { border: 0; padding: 0; text-align: center; vertical-align: top; }
.heading .issuer { width: 38%; font-weight: bold; font-size: 12pt; }
.heading .issuer::after { content: ""; display: block; width: 30%; margin: 2pt auto 0; border-top: 0.75pt solid #000; }
.heading .nation { font-weight: bold; font-size: 12pt; }
.heading .motto { display: inline-block; margin-top: 1pt; font-weight: bold; font-size: 13pt;
  text-decoration: underline; text-decoration-thickness: 0.75pt; text-underline-offset: 3pt; text-decoration-skip-ink: none; }
.heading .dated { padding-top: 4mm; font-style: italic; font-size: 12pt; }
h1 { margin: 0; text-align: center; font-size: 13pt; }
.subtitle { margin: 1mm 0 0; text-align: center; font-weight: bold; }
.as-of { margin: 1mm 0 5mm; text-align: center; font-style: italic; }
h2 { margin: 6mm 0 2mm; font-size: 12pt; break-after: avoid; page-break-after: avoid; }
h2 .counts { font-weight: normal; font-size: 10pt; }
table.grid { width: 100%; border-collapse: collapse; font-size: 10pt; table-layout: auto; }
table.grid th, table.grid td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
table.grid th { background: #eee; text-align: center; vertical-align: middle; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.grid .num, table.grid .nowrap { white-space: nowrap; }
table.grid .num { text-align: right; }
table.grid .center, table.summary td { text-align: center; }
.text { white-space: pre-line; }
.status { white-space: nowrap; }
.sym { display: inline-block; min-width: 1.1em; text-align: center; font-family: "DejaVu Sans", ${FONTS}; }
.s-met, .s-reported { background: #e6f4ea; }
.s-late { background: #fff4d6; }
.s-missed, .s-unreported { background: #fde2e1; font-weight: bold; }
.s-due_soon { background: #efe4f7; font-weight: bold; }
.s-exempt, .s-on_request, .s-open { background: #fff; }
.ditto { font-style: italic; }
.note { font-size: 9.5pt; font-style: italic; }
.footer { margin-top: 6mm; font-size: 9pt; font-style: italic; }
`;

export interface HtmlPage {
  lang: Lang;
  bundle: PlanBundle;
  asOf: Day;
  /** The upper-case title line under the heading. */
  title: string;
  /** Already escaped HTML. */
  body: string;
  /** Style rules of this kind of report, after the shared ones. */
  css?: string;
}

/** A whole printable A4-landscape document with the national heading (Nghị định 30/2020/NĐ-CP). */
export function renderHtmlPage(page: HtmlPage): string {
  const [before, after] = htmlPageAround(page);
  return `${before}${page.body}${after}`;
}

/** The page before and after its body, for a report written a piece at a time. */
export function htmlPageAround({ lang, bundle, asOf, title, css = '' }: Omit<HtmlPage, 'body'>): [string, string] {
  const { plan } = bundle;
  const issuer = plan.document.issuer;
  const place = placeOfIssuer(issuer);
  const dated = reportText(lang, 'dated', { place: place ?? '', day: writeDayOut(lang, asOf) });
  const planRef = reportText(lang, 'plan-ref', { number: plan.document.number, date: formatDayVietnamese(plan.document.date), issuer });
  const before = `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${title} — ${plan.document.number}`)}</title>
<style>${CSS}${css}</style>
</head>
<body>
<table class="heading" role="presentation">
<tr><td class="issuer">${escapeHtml(issuer.toLocaleUpperCase('vi'))}</td><td><div class="nation">${escapeHtml(reportText(lang, 'nation'))}</div><div class="motto">${escapeHtml(reportText(lang, 'motto'))}</div></td></tr>
<tr><td></td><td class="dated">${escapeHtml(dated)}</td></tr>
</table>
<h1>${escapeHtml(title)}</h1>
<p class="subtitle">${escapeHtml(planRef)}<br>${escapeHtml(plan.title)}</p>
<p class="as-of">${escapeHtml(reportText(lang, 'as-of', { day: writeDayOut(lang, asOf) }))}</p>
`;
  const after = `
<p class="footer">${escapeHtml(reportText(lang, 'footer', { plan: plan.id, version: plan.version }))}</p>
</body>
</html>
`;
  return [before, after];
}

/** A status as a black-and-white printout still tells it: symbol and label, colour only as a hint. */
export function statusHtml(status: Status, lang: Lang): string {
  return `<span class="sym">${escapeHtml(STATUS_SYMBOL[status])}</span> ${escapeHtml(statusLabel(lang, status))}`;
}

/** The counts of every status, and the completion rate. */
export function summaryHtml(evaluation: Evaluation, lang: Lang): string {
  const r = (key: string) => escapeHtml(reportText(lang, key));
  const heads = STATUSES.map((s) => `<th class="s-${s}">${statusHtml(s, lang)}</th>`).join('');
  const counts = STATUSES.map((s) => `<td class="num center">${evaluation.summary[s]}</td>`).join('');
  const rate = formatPercent(rateOf(evaluation.obligations), lang);
  return `<h2>${r('summary')}</h2>
<table class="grid summary">
<thead><tr>${heads}<th>${r('total')}</th></tr></thead>
<tbody><tr>${counts}<td class="num center">${evaluation.obligations.length}</td></tr></tbody>
</table>
<p class="note">${escapeHtml(reportText(lang, 'rate', { rate }))}</p>`;
}

/** The report files' problems, so a reader knows what was not counted. */
export function problemsHtml(problems: readonly Problem[], lang: Lang): string {
  if (problems.length === 0) return '';
  const r = (key: string) => escapeHtml(reportText(lang, key));
  const rows = problems
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.file)}</td><td class="num">${p.line}:${p.column}</td><td class="nowrap">${escapeHtml(tableText(lang, `severity.${p.severity}`))}</td><td class="nowrap">${escapeHtml(p.code)}</td><td>${escapeHtml(p.message)}</td></tr>`,
    )
    .join('\n');
  return `<h2>${r('problems')}</h2>
<p class="note">${r('problems.note')}</p>
<table class="grid problems">
<thead><tr><th>${r('col.file')}</th><th>${r('col.where')}</th><th>${r('col.severity')}</th><th>${r('col.code')}</th><th>${r('col.message')}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}
