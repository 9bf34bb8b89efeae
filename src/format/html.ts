import { formatDayVietnamese } from '../core/day.js';
import type { Obligation } from '../core/evaluation.js';
import { listDeliverables } from '../core/plan-index.js';
import { buildUnitDirectory } from '../core/units.js';
import type { Lang } from '../i18n/lang.js';
import { reportText } from '../i18n/report.js';
import { STATUS_SYMBOL } from '../i18n/status.js';
import { tableText } from '../i18n/table.js';
import { STATUSES } from '../model/status.js';
import { escapeHtml } from './escape-html.js';
import type { ChunkedFormatter, FormatContext, Formatter } from './formatter.js';
import { htmlPageAround, problemsHtml, statusHtml, summaryHtml } from './html-page.js';
import { describeDue } from './obligation-text.js';
import { remark } from './table.js';
import { appendTo } from '../core/append-to.js';

/**
 * A printable report for the leadership: the counts, then one table per unit (or deliverable).
 * Written a row at a time: a national check's 304,000 rows, built first, took 1.3 GB.
 */
export const htmlChunks: ChunkedFormatter = function* (evaluation, ctx) {
  const [before, after] = htmlPageAround({ lang: ctx.lang, bundle: ctx.bundle, asOf: evaluation.asOf, title: reportText(ctx.lang, 'title.check') });
  yield before;
  yield summaryHtml(evaluation, ctx.lang);
  const problems = problemsHtml(evaluation.problems, ctx.lang);
  if (problems) yield `\n${problems}`;
  yield '\n';
  yield* groupsHtml(evaluation.obligations, ctx);
  yield after;
};

/** The whole page, from the same pieces. */
export const html: Formatter = (evaluation, ctx) => [...htmlChunks(evaluation, ctx)].join('');

function* groupsHtml(obligations: readonly Obligation[], ctx: FormatContext): Generator<string> {
  const { lang } = ctx;
  if (obligations.length === 0) {
    yield `<p>${escapeHtml(tableText(lang, 'nothing'))}</p>`;
    return;
  }
  const units = buildUnitDirectory(ctx.bundle.units);
  const texts = new Map(listDeliverables(ctx.bundle.plan).map((d) => [d.id, d.text]));
  const byUnit = ctx.by === 'unit';
  const groups = new Map<string, Obligation[]>();
  const keys = byUnit ? units.order : listDeliverables(ctx.bundle.plan).map((d) => d.id);
  for (const key of keys) groups.set(key, []);
  for (const o of obligations) {
    const key = byUnit ? o.unit : o.deliverable;
    appendTo(groups, key, o);
  }
  const r = (key: string) => escapeHtml(reportText(lang, key));
  const head = byUnit
    ? `<th>${r('col.no')}</th><th>${r('col.id')}</th><th>${r('col.deliverable')}</th>`
    : `<th>${r('col.no')}</th><th>${r('col.unit')}</th>`;
  // Widths in percent of the printable width; the text column takes what is left.
  const cols = (byUnit ? [3.5, 5.5, null] : [3.5, null]).concat([6, 7.5, 11, 7, 14]);
  const colgroup = `<colgroup>${cols.map((w) => (w === null ? '<col>' : `<col style="width:${w}%">`)).join('')}</colgroup>`;
  let i = 0;
  for (const [key, list] of groups) {
    if (list.length === 0) continue;
    const title = byUnit ? units.nameOf(key) : `${key} ${texts.get(key) ?? ''}`;
    const counts = STATUSES.filter((s) => list.some((o) => o.status === s))
      .map((s) => `${STATUS_SYMBOL[s]} ${list.filter((o) => o.status === s).length}`)
      .join(' · ');
    yield `${i > 0 ? '\n' : ''}<h2>${i + 1}. ${escapeHtml(title)} <span class="counts">(${escapeHtml(reportText(lang, 'obligations', { count: list.length }))}: ${escapeHtml(counts)})</span></h2>
<table class="grid obligations">
${colgroup}
<thead><tr>${head}<th>${r('col.period')}</th><th>${r('col.due')}</th><th>${r('col.status')}</th><th>${r('col.done-on')}</th><th>${r('col.remark')}</th></tr></thead>
<tbody>
`;
    // A monthly deliverable is twelve rows: its text once, then "Như trên" as tables in
    // Vietnamese documents write a repeat, or the report runs to a hundred pages.
    const ditto = `<span class="ditto">${r('ditto')}</span>`;
    for (let n = 0; n < list.length; n++) {
      const o = list[n]!;
      const repeat = n > 0 && (byUnit ? list[n - 1]!.deliverable === o.deliverable : list[n - 1]!.unit === o.unit);
      const lead = byUnit
        ? `<td class="num">${n + 1}</td><td class="nowrap">${escapeHtml(o.deliverable)}</td><td class="text">${repeat ? ditto : escapeHtml(texts.get(o.deliverable) ?? '')}</td>`
        : `<td class="num">${n + 1}</td><td>${repeat ? ditto : escapeHtml(units.nameOf(o.unit))}</td>`;
      yield `${n > 0 ? '\n' : ''}<tr>${lead}${detailCells(o, lang)}</tr>`;
    }
    yield '\n</tbody>\n</table>';
    i++;
  }
}

function detailCells(o: Obligation, lang: Lang): string {
  // A printed report has room for the whole reason an exemption gives; the terminal cuts it.
  const note = o.daysLate === null && o.daysLeft === null && o.note ? o.note : remark(o, lang);
  return [
    `<td class="nowrap">${escapeHtml(o.period ?? '')}</td>`,
    `<td class="nowrap">${escapeHtml(describeDue(o, lang))}</td>`,
    `<td class="status s-${o.status}">${statusHtml(o.status, lang)}</td>`,
    `<td class="nowrap">${o.doneOn ? formatDayVietnamese(o.doneOn) : ''}</td>`,
    `<td class="text">${escapeHtml(note)}</td>`,
  ].join('');
}
