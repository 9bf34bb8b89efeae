import { readFile } from 'node:fs/promises';
import { isAbsolute, posix, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { buildOwnership } from '../../core/ownership.js';
import { buildUnitDirectory } from '../../core/units.js';
import { CODEOWNERS_MARKER, renderCodeowners } from '../../format/codeowners-file.js';
import { problemLines } from '../../format/problem-lines.js';
import { cliMessage } from '../../i18n/cli.js';
import { codeownersText } from '../../i18n/codeowners.js';
import { displayPath } from '../../load/display-path.js';
import { loadPlanChain } from '../../load/load-plan-chain.js';
import { loadFile } from '../../load/load-file.js';
import { ownerSchema } from '../../model/fields.js';
import type { UnitsFile } from '../../model/units.js';
import { EXIT, LoadError, UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { readGlobals } from '../options.js';
import { requirePlan } from '../require-plan.js';
import { emitOutput } from '../outputs.js';

/** The unit that coordinates TTHC control in a province: Văn phòng UBND tỉnh. */
export const DEFAULT_OFFICE = 'vp-ubnd';

/**
 * `tthc codeowners`: a CODEOWNERS file giving each `reports/<unit>/` to that unit's `owners` and
 * everything else (plans, units, calendar, CODEOWNERS itself) to the office, so the git host
 * refuses a change to a unit's folder that its owners have not approved.
 */
export async function runCodeowners(options: Record<string, unknown>, _args: string[], io: CliIo): Promise<number> {
  const { lang } = readGlobals(options, io.env);
  const t = (key: string, params: Record<string, string | number> = {}) => codeownersText(lang, key, params);
  const officeOwners = options.officeOwner as string[];
  for (const value of officeOwners) if (!ownerSchema.safeParse(value).success) throw new UsageError(t('bad-owner', { value }));
  const reportsDir = readReportsPrefix(String(options.reports), t);

  const { units, file: unitsFile } = await loadUnits(options, io, lang);
  const directory = buildUnitDirectory(units);
  const officeUnit = (options.office as string | undefined) ?? DEFAULT_OFFICE;
  // The default office may be missing from another province's units; a unit named by hand may not.
  if (options.office !== undefined && !directory.isUnit(officeUnit)) throw new UsageError(t('unknown-office', { id: officeUnit }));
  const office = officeOwners.length > 0 ? officeOwners : (units.units.find((u) => u.id === officeUnit)?.owners ?? []);

  const lines = buildOwnership(units, { officeOwners: office, reportsDir });
  const text = renderCodeowners(lines, {
    lang,
    unitsFile,
    nameOf: (id) => directory.nameOf(id),
    officeUnit: officeOwners.length > 0 ? null : officeUnit,
  });

  if (office.length === 0) io.stderr.write(t('warn.no-office', { unit: officeUnit }) + '\n');
  const unowned = lines.flatMap((line) => (line.kind === 'unowned' ? [line.unit] : []));
  if (unowned.length > 0) io.stderr.write(t('warn.unowned', { count: unowned.length, units: unowned.join(', ') }) + '\n');

  const output = options.output as string | undefined;
  if (output === undefined) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  const path = resolve(io.cwd, output);
  // A CODEOWNERS someone wrote by hand is theirs: only a file tthc wrote is replaced.
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (existing !== null && !existing.startsWith(CODEOWNERS_MARKER + '\n')) {
    io.stderr.write(cliMessage(lang, 'error.load', { message: t('not-generated', { file: output }) }) + '\n');
    return EXIT.findings;
  }
  await emitOutput(io, lang, { path, file: output }, text);
  return EXIT.ok;
}

/** `--owners-from units.yaml`, else the units file the plan names. */
async function loadUnits(options: Record<string, unknown>, io: CliIo, lang: 'vi' | 'en'): Promise<{ units: UnitsFile; file: string }> {
  const from = options.ownersFrom as string | undefined;
  if (from !== undefined) {
    const path = resolve(io.cwd, from);
    const result = await loadFile(path, 'Units', { lang, cwd: io.cwd });
    if (result.document?.kind !== 'Units') {
      io.stderr.write(problemLines(result.problems, lang, new Chalk({ level: 0 })).join('\n') + '\n');
      throw new LoadError(codeownersText(lang, 'units-invalid', { file: result.file, count: result.problems.length }));
    }
    return { units: result.document.data, file: displayPath(path, io.cwd) };
  }
  const plan = await loadPlanChain(options.plan as string, { lang, cwd: io.cwd });
  requirePlan(plan, io, lang);
  // A bundled plan's units file lies inside the installed package: name the plan, not a machine's path.
  const file = plan.files.units ?? plan.files.plan;
  return { units: plan.bundle.units, file: isAbsolute(file) ? `${String(options.plan)} (units)` : file };
}

/** `reports`, `./reports/`, `data/reports` → the `/`-separated path from the repository root. */
function readReportsPrefix(value: string, t: (key: string, params: Record<string, string>) => string): string {
  const normal = posix.normalize(value.replaceAll('\\', '/')).replace(/^\.\/|\/$/g, '');
  if (isAbsolute(value) || normal === '' || normal === '.' || normal.startsWith('..') || /[\s#*?[\]!]/.test(normal)) {
    throw new UsageError(t('bad-reports', { value }));
  }
  return normal;
}
