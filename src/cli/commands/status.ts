import type { FormatContext } from '../../format/formatter.js';
import { MATRIX_FORMATTERS, MATRIX_FORMAT_NAMES } from '../../format/matrix-registry.js';
import { EXIT } from '../errors.js';
import type { CliIo } from '../io.js';
import { type WorkspaceOptions, loadEvaluation } from '../load-evaluation.js';
import { readGlobals } from '../options.js';
import { emitOutput, placeOutputs, readOutputs, screenContext } from '../outputs.js';

/**
 * `tthc status`: the leadership view, deliverables × units with completion rates. It is a view,
 * not a gate: it exits 0 whatever the statuses (`check --fail-on` is the gate), and 2 only for a
 * usage error or a plan or folder that cannot be loaded.
 */
export async function runStatus(options: Record<string, unknown>, _args: string[], io: CliIo): Promise<number> {
  const { lang, color } = readGlobals(options, io.env);
  const outputs = readOutputs(options.format as string[], options.output as string | undefined, lang, MATRIX_FORMAT_NAMES);
  const targets = placeOutputs(outputs, options.reports as string, io.cwd, lang);
  const { bundle, view } = await loadEvaluation(options as unknown as WorkspaceOptions, io, lang);
  for (const target of targets) {
    const ctx: FormatContext = { ...screenContext(io, lang, color, target.path === undefined), bundle, by: 'unit' };
    await emitOutput(io, lang, target, MATRIX_FORMATTERS[target.format](view, ctx));
  }
  return EXIT.ok;
}
