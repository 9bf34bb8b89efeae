import { join, resolve } from 'node:path';
import { buildCalendar } from '../../core/calendar.js';
import { formatPeriod, parsePeriod } from '../../core/period.js';
import { listReportEntries } from '../../core/report-entries.js';
import { indexReports } from '../../core/report-index.js';
import type { ReportInput } from '../../core/report-input.js';
import { buildUnitDirectory } from '../../core/units.js';
import { renderNewReport } from '../../format/report-yaml.js';
import { cliMessage } from '../../i18n/cli.js';
import { newReportText } from '../../i18n/new-report.js';
import { displayPath } from '../../load/display-path.js';
import { loadPlanChain } from '../../load/load-plan-chain.js';
import { MissingFolderError, loadReports } from '../../load/load-reports.js';
import { applyRules } from '../../rules/index.js';
import { writeFileExclusive } from '../../write/write-atomic.js';
import { EXIT, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readDayOption, readGlobals } from '../options.js';
import { requirePlan } from '../require-plan.js';
import { todayInZone } from '../today.js';

/**
 * `tthc new report --unit U --period P`: writes `reports/U/P.yaml`, pre-filled with what U has to
 * report on for P (see `listReportEntries`). It only ever creates: when the file exists, or U
 * already filed P under another name, nothing is written and the exit code is 1.
 */
export async function runNewReport(options: Record<string, unknown>, _args: string[], io: CliIo): Promise<number> {
  const { lang } = readGlobals(options, io.env);
  const t = (key: string, params: Record<string, string | number> = {}) => newReportText(lang, key, params);
  const asOfOption = readDayOption(options.asOf, '--as-of', lang);
  const unit = options.unit as string;
  const parts = parsePeriod(String(options.period));
  if (!parts) throw new UsageError(t('bad-period', { value: String(options.period) }));
  const period = formatPeriod(parts);

  // A plan id or folder brings its amendments along, so `plan: <id>@<version>` names the latest version.
  const plan = await loadPlanChain(options.plan as string, { lang, cwd: io.cwd });
  requirePlan(plan, io, lang);
  const { bundle } = plan;
  const units = buildUnitDirectory(bundle.units);
  if (!units.isUnit(unit)) {
    throw new UsageError(units.isGroup(unit) ? t('not-a-unit', { id: unit }) : cliMessage(lang, 'unknown-unit-filter', { id: unit }));
  }
  // "Today" is the plan's today: the day the report is sent, as `submitted` records it.
  const asOf = asOfOption ?? (await todayInZone(io, bundle.calendar.timezone));

  const reportsDir = resolve(io.cwd, options.reports as string);
  const path = join(reportsDir, unit, `${period}.yaml`);
  const file = displayPath(path, io.cwd);
  let reports: ReportInput[] = [];
  try {
    reports = (await loadReports(reportsDir, { lang, cwd: io.cwd })).reports;
  } catch (error) {
    // A repository's first report: there is no reports folder yet, and nothing filed.
    if (!(error instanceof MissingFolderError)) throw error;
  }
  const sameName = reports.find((r) => r.file === file);
  const samePeriod = reports.find((r) => r.folder === unit && r.data.unit === unit && r.data.period === period);
  if (samePeriod && !sameName) {
    io.stderr.write(cliMessage(lang, 'error.load', { message: t('period-taken', { unit, period, file: samePeriod.file }) }) + '\n');
    return EXIT.findings;
  }
  if (parts.year !== bundle.plan.year) io.stderr.write(t('other-year', { period, year: bundle.plan.year }) + '\n');

  const { counted } = applyRules(bundle, reports, { lang, asOf });
  const entries = listReportEntries(unit, period, { bundle, calendar: buildCalendar(bundle.calendar), units, index: indexReports(counted, asOf) });
  const text = renderNewReport({ plan: bundle.plan, unit, unitName: units.nameOf(unit), period, submitted: asOf, entries, lang });
  try {
    // Exclusive create, never check-then-write: a report filed a moment ago stays as it is.
    await writeFileExclusive(path, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    io.stderr.write(cliMessage(lang, 'error.load', { message: t('exists', { file }) }) + '\n');
    return EXIT.findings;
  }
  io.stdout.write(file + '\n');
  io.stderr.write(t('created', { file, count: entries.length }) + '\n');
  return EXIT.ok;
}
