import { Chalk } from 'chalk';
import { problemLines } from '../../format/problem-lines.js';
import { cliMessage } from '../../i18n/cli.js';
import { loadPlanChain } from '../../load/load-plan-chain.js';
import { EXIT } from '../errors.js';
import type { CliIo } from '../io.js';
import { readGlobals } from '../options.js';

/** `tthc plan lint FILE|DIR...`: each version's shape, its units and calendar, its own rules, and how the versions chain. */
export async function runPlanLint(options: Record<string, unknown>, args: string[], io: CliIo): Promise<number> {
  const { lang, color } = readGlobals(options, io.env);
  const plan = await loadPlanChain(args, { lang, cwd: io.cwd });
  const chalk = new Chalk({ level: color && io.stdout.isTTY ? 1 : 0 });
  const errors = plan.problems.filter((p) => p.severity === 'error').length;
  const lines = problemLines(plan.problems, lang, chalk);
  lines.push(cliMessage(lang, 'validate.summary', { files: plan.read.length, errors, warnings: plan.problems.length - errors }));
  io.stdout.write(lines.join('\n') + '\n');
  // An invalid plan is exit 2 everywhere (FORMATS.md): nothing can be checked against it.
  return plan.bundle ? EXIT.ok : EXIT.fatal;
}
