import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { cliMessage } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import { FORMAT_NAMES, type FormatName, isFormatName } from '../format/registry.js';
import { UsageError } from './errors.js';

/** One requested output: a format, and the file it goes to (stdout when absent). */
export interface OutputTarget {
  format: FormatName;
  file?: string;
}

/** `--format table --format junit=out/junit.xml --output x`: several outputs in one run. */
export function readOutputs(formats: readonly string[], output: string | undefined, lang: Lang): OutputTarget[] {
  const targets = (formats.length > 0 ? formats : ['table']).map((spec): OutputTarget => {
    const eq = spec.indexOf('=');
    const name = eq === -1 ? spec : spec.slice(0, eq);
    if (!isFormatName(name)) throw new UsageError(cliMessage(lang, 'bad-format', { value: name, choices: FORMAT_NAMES.join(', ') }));
    if (eq !== -1 && spec.slice(eq + 1) === '') throw new UsageError(cliMessage(lang, 'output-empty', { format: name }));
    return eq === -1 ? { format: name } : { format: name, file: spec.slice(eq + 1) };
  });
  if (output !== undefined) {
    const bare = targets.filter((t) => t.file === undefined);
    if (bare.length !== 1) throw new UsageError(cliMessage(lang, 'output-needs-one'));
    bare[0]!.file = output;
  }
  // Two outputs on stdout would interleave (a JSON document a CI job cannot parse); two into one
  // file would silently keep only the last.
  if (targets.filter((t) => t.file === undefined).length > 1) throw new UsageError(cliMessage(lang, 'stdout-once'));
  const files = targets.flatMap((t) => (t.file === undefined ? [] : [t.file]));
  const twice = files.find((file, i) => files.indexOf(file) !== i);
  if (twice !== undefined) throw new UsageError(cliMessage(lang, 'output-twice', { file: twice }));
  return targets;
}

/**
 * tthc never writes a report: an output path inside the reports folder is refused, and so is a
 * path that is a folder (it cannot become a file without deleting what is there).
 */
export function assertOutsideReports(file: string, reportsDir: string, cwd: string, lang: Lang): string {
  if (file === '') throw new UsageError(cliMessage(lang, 'output-empty', { format: '--output' }));
  const path = resolve(cwd, file);
  const rel = relative(resolve(cwd, reportsDir), path);
  // `..x.json` is a name inside the folder; only `..` itself or `../…` leaves it.
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  if (!outside) throw new UsageError(cliMessage(lang, 'output-in-reports', { file }));
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(cliMessage(lang, 'output-is-folder', { file }));
  return path;
}
