import type { FormatContext } from '../../format/formatter.js';
import { MATRIX_FORMATTERS, MATRIX_FORMAT_NAMES, type MatrixFormatName, isMatrixFormatName } from '../../format/matrix-registry.js';
import { cliMessage } from '../../i18n/cli.js';
import type { Lang } from '../../i18n/lang.js';
import { writeFileAtomic } from '../../write/write-atomic.js';
import { EXIT, UsageError } from '../errors.js';
import { type CliIo, terminalWidth } from '../io.js';
import { type WorkspaceOptions, loadEvaluation } from '../load-evaluation.js';
import { readGlobals } from '../options.js';
import { assertOutsideReports } from '../outputs.js';

/**
 * `tthc status`: the leadership view, deliverables × units with completion rates. It is a view,
 * not a gate: it exits 0 whatever the statuses (`check --fail-on` is the gate), and 2 only for a
 * usage error or a plan or folder that cannot be loaded.
 */
export async function runStatus(options: Record<string, unknown>, _args: string[], io: CliIo): Promise<number> {
  const { lang, color } = readGlobals(options, io.env);
  const targets = readMatrixOutputs(options.format as string[], options.output as string | undefined, lang).map((t) => ({
    ...t,
    path: t.file === undefined ? undefined : assertOutsideReports(t.file, options.reports as string, io.cwd, lang),
  }));
  const { bundle, view } = await loadEvaluation(options as unknown as WorkspaceOptions, io, lang);
  for (const target of targets) {
    const ctx: FormatContext = {
      lang,
      color: color && target.path === undefined && io.stdout.isTTY === true,
      width: terminalWidth(io),
      bundle,
      by: 'unit',
    };
    const text = MATRIX_FORMATTERS[target.format](view, ctx);
    if (target.path === undefined) io.stdout.write(text);
    else {
      await writeFileAtomic(target.path, text);
      io.stderr.write(cliMessage(lang, 'written', { file: target.file! }) + '\n');
    }
  }
  return EXIT.ok;
}

// The same `--format name[=file]` and `--output` rules as check, over the matrix's own formats.
function readMatrixOutputs(formats: readonly string[], output: string | undefined, lang: Lang): Array<{ format: MatrixFormatName; file?: string }> {
  const targets = (formats.length > 0 ? formats : ['table']).map((spec) => {
    const eq = spec.indexOf('=');
    const name = eq === -1 ? spec : spec.slice(0, eq);
    if (!isMatrixFormatName(name)) throw new UsageError(cliMessage(lang, 'bad-format', { value: name, choices: MATRIX_FORMAT_NAMES.join(', ') }));
    return eq === -1 ? { format: name } : { format: name, file: spec.slice(eq + 1) };
  });
  if (output !== undefined) {
    const bare = targets.filter((t) => t.file === undefined);
    if (bare.length !== 1) throw new UsageError(cliMessage(lang, 'output-needs-one'));
    (bare[0] as { file?: string }).file = output;
  }
  return targets;
}
