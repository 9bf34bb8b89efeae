import { resolve, relative, sep, isAbsolute } from 'node:path';
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
    return eq === -1 ? { format: name } : { format: name, file: spec.slice(eq + 1) };
  });
  if (output !== undefined) {
    const bare = targets.filter((t) => t.file === undefined);
    if (bare.length !== 1) throw new UsageError(cliMessage(lang, 'output-needs-one'));
    bare[0]!.file = output;
  }
  return targets;
}

/** tthc never writes a report: an output path inside the reports folder is refused. */
export function assertOutsideReports(file: string, reportsDir: string, cwd: string, lang: Lang): string {
  const path = resolve(cwd, file);
  const rel = relative(resolve(cwd, reportsDir), path);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && rel.split(sep)[0] !== '..')) {
    throw new UsageError(cliMessage(lang, 'output-in-reports', { file }));
  }
  return path;
}
