import { type Matrix, type MatrixSection, buildMatrix, paginateSections } from '../core/matrix.js';
import { listDeliverables } from '../core/plan-index.js';
import { buildUnitDirectory } from '../core/units.js';
import type { Lang } from '../i18n/lang.js';
import { matrixText } from '../i18n/matrix.js';
import { reportText } from '../i18n/report.js';
import { STATUS_SYMBOL, statusLabel } from '../i18n/status.js';
import { tableText } from '../i18n/table.js';
import { STATUSES } from '../model/status.js';
import { escapeHtml } from './escape-html.js';
import type { Formatter } from './formatter.js';
import { problemsHtml, renderHtmlPage, statusHtml, summaryHtml } from './html-page.js';
import { NOT_OWED } from './matrix-table.js';
import { shorten } from './obligation-text.js';
import { formatPercent, formatRate } from './rate-text.js';

// An A4 landscape page has room for about 25 narrow columns beside the unit names; a wider
// plan continues in a second grid with the same rows.
const MAX_COLUMNS = 25;

// Deliverable ids are set vertically so a column is as narrow as its symbol.
const MATRIX_CSS = `
table.matrix { font-size: 9pt; }
table.matrix th, table.matrix td { padding: 1.5pt 2pt; vertical-align: middle; }
table.matrix th.id { vertical-align: bottom; padding: 3pt 0; }
table.matrix th.id span { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: normal; }
table.matrix td.cell { text-align: center; vertical-align: middle; white-space: nowrap; }
table.matrix td.cell small { display: block; font-size: 7pt; }
table.matrix td.none { color: #777; }
table.matrix th.unit { text-align: left; font-weight: normal; background: #fff; }
table.matrix td.rate, table.columns td.rate { text-align: right; white-space: nowrap; }
.legend span { white-space: nowrap; margin-right: 8pt; }
`;

/** `tthc status --format html`: the matrix on A4 landscape, for a meeting or a mail. */
export const matrixHtml: Formatter = (evaluation, ctx) => {
  const { lang } = ctx;
  const units = buildUnitDirectory(ctx.bundle.units);
  const matrix = buildMatrix(evaluation.obligations, ctx.bundle.plan, units);
  const texts = new Map(listDeliverables(ctx.bundle.plan).map((d) => [d.id, d.text]));
  const m = (key: string) => escapeHtml(matrixText(lang, key));
  const body =
    matrix.rows.length === 0
      ? `${problemsHtml(evaluation.problems, lang)}\n<p>${escapeHtml(tableText(lang, 'nothing'))}</p>`
      : [
          summaryHtml(evaluation, lang),
          problemsHtml(evaluation.problems, lang),
          `<h2>${m('by-unit')}</h2>`,
          ...paginateSections(matrix.sections, (ids) => ids.length, MAX_COLUMNS).map((sections) => gridHtml(matrix, sections, units.nameOf, lang)),
          legendHtml(lang),
          `<h2>${m('by-deliverable')}</h2>`,
          columnsHtml(matrix, (id) => texts.get(id) ?? '', lang),
        ]
          .filter(Boolean)
          .join('\n');
  return renderHtmlPage({ lang, bundle: ctx.bundle, asOf: evaluation.asOf, title: reportText(lang, 'title.status'), body, css: MATRIX_CSS });
};

function gridHtml(matrix: Matrix, sections: readonly MatrixSection[], nameOf: (id: string) => string, lang: Lang): string {
  const m = (key: string) => escapeHtml(matrixText(lang, key));
  const ids = sections.flatMap((s) => s.deliverables);
  const sectionHeads = sections.map((s) => `<th colspan="${s.deliverables.length}" title="${escapeHtml(s.title)}">${escapeHtml(s.id)}</th>`).join('');
  const idHeads = ids.map((id) => `<th class="id"><span>${escapeHtml(id)}</span></th>`).join('');
  const rows = matrix.rows
    .filter((row) => ids.some((id) => matrix.cells.get(row.unit)!.has(id)))
    .map((row, i) => {
      const cells = matrix.cells.get(row.unit)!;
      const tds = ids
        .map((id) => {
          const cell = cells.get(id);
          if (!cell) return `<td class="cell none">${NOT_OWED}</td>`;
          const periods = cell.total > 1 ? `<small>${cell.done}/${cell.settled}</small>` : '';
          return `<td class="cell s-${cell.status}" title="${escapeHtml(statusLabel(lang, cell.status))}">${escapeHtml(STATUS_SYMBOL[cell.status])}${periods}</td>`;
        })
        .join('');
      return `<tr><td class="num">${i + 1}</td><th scope="row" class="unit">${escapeHtml(nameOf(row.unit))}</th>${tds}<td class="rate">${escapeHtml(formatRate(row.rate, lang))}</td></tr>`;
    })
    .join('\n');
  const colgroup = `<colgroup><col style="width:4%"><col style="width:22%">${ids.map(() => '<col>').join('')}<col style="width:8%"></colgroup>`;
  return `<table class="grid matrix">
${colgroup}
<thead>
<tr><th rowspan="2">${escapeHtml(reportText(lang, 'col.no'))}</th><th rowspan="2">${m('col.unit')}</th>${sectionHeads}<th rowspan="2">${m('col.rate')}</th></tr>
<tr>${idHeads}</tr>
</thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function columnsHtml(matrix: Matrix, textOf: (id: string) => string, lang: Lang): string {
  const m = (key: string) => escapeHtml(matrixText(lang, key));
  const rows = matrix.columns
    .map((column) => {
      const { counts, rate } = column;
      return `<tr><td class="nowrap">${escapeHtml(column.deliverable)}</td><td>${escapeHtml(shorten(textOf(column.deliverable), 160))}</td><td class="num">${column.units}</td><td class="rate">${rate.done}/${rate.settled}</td><td class="rate">${escapeHtml(formatPercent(rate, lang))}</td><td class="num">${counts.missed + counts.unreported}</td><td class="num">${counts.late}</td><td class="num">${counts.due_soon}</td></tr>`;
    })
    .join('\n');
  return `<table class="grid columns">
<colgroup><col style="width:7%"><col><col style="width:7%"><col style="width:8%"><col style="width:6%"><col style="width:8%"><col style="width:8%"><col style="width:9%"></colgroup>
<thead><tr><th>${m('col.id')}</th><th>${m('col.deliverable')}</th><th>${m('col.units')}</th><th colspan="2">${m('col.rate')}</th><th><span class="sym">${escapeHtml(STATUS_SYMBOL.missed)}</span> ${m('col.behind')}</th><th>${statusHtml('late', lang)}</th><th>${statusHtml('due_soon', lang)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function legendHtml(lang: Lang): string {
  const m = (key: string) => escapeHtml(matrixText(lang, key));
  const items = STATUSES.map((s) => `<span>${statusHtml(s, lang)}</span>`).join(' ');
  return `<p class="note legend">${m('legend')}: ${items} <span>${NOT_OWED} ${m('not-owed')}</span></p>
<p class="note">${m('rule.rate')} ${m('rule.cell')} ${m('rule.behind')}</p>`;
}
