import { Command, Option } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { helpText } from '../i18n/help.js';
import type { CliIo } from './io.js';

/**
 * The `--format` choices, spelled out for help without importing the formatters (help must load
 * nothing heavy). A test keeps this list equal to the registry's keys.
 */
export const FORMAT_CHOICES = ['table', 'json', 'junit', 'github', 'gitlab', 'markdown', 'csv', 'html'] as const;

/** What a command's action gets: its own options merged with the global ones. */
export type CommandRunner = (options: Record<string, unknown>, args: string[], io: CliIo) => Promise<number>;

const collect = (value: string, previous: string[]) => [...previous, value];

const DEFAULT_PLAN: readonly string[] = ['soc-trang-2024'];
// The first --plan replaces the bundled default; each further one adds a version of the same plan.
const collectPlans = (value: string, previous: readonly string[]) => (previous === DEFAULT_PLAN ? [value] : [...previous, value]);

/**
 * Declares every command. Actions import their module only when they run, so `--help` and
 * `--version` never load zod or date-fns (start-up time is the whole cost of a CI step).
 */
export function buildProgram(io: CliIo, lang: Lang, version: string, setExit: (code: number) => void): Command {
  const h = (key: string) => helpText(lang, key);
  const program = new Command('tthc')
    .description(h('program'))
    .version(version, '-V, --version', h('version'))
    .helpOption('-h, --help', h('help'))
    .addHelpCommand(false)
    .option('--lang <lang>', h('lang'), 'vi')
    .option('--no-color', h('no-color'))
    .option('--verbose', h('verbose'))
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  const action = (load: () => Promise<CommandRunner>) =>
    async function (this: Command, ...args: unknown[]) {
      const command = args.at(-1) as Command;
      const runner = await load();
      setExit(await runner(command.optsWithGlobals(), command.args, io));
    };

  program
    .command('check')
    .description(h('check'))
    .option('--plan <id|dir|file>', h('plan-chain'), collectPlans, DEFAULT_PLAN)
    .option('--reports <dir>', h('reports'), './reports')
    .option('--as-of <date>', h('as-of'))
    .option('--format <format[=file]>', `${h('format')} (${FORMAT_CHOICES.join(', ')})`, collect, [])
    .option('--output <file>', h('output'))
    .option('--unit <id>', h('unit'), collect, [])
    .option('--section <id>', h('section'), collect, [])
    .option('--status <status>', h('status'), collect, [])
    .addOption(new Option('--by <view>', h('by')).choices(['unit', 'deliverable']).default('unit'))
    .addOption(new Option('--fail-on <level>', h('fail-on')).choices(['missed', 'late', 'due_soon', 'never']).default('missed'))
    .option('--due-soon-days <n>', h('due-soon-days'), '7')
    .option('--max-file-size <bytes>', h('max-file-size'))
    .option('--concurrency <n|auto|off>', h('concurrency'), 'auto')
    .action(action(async () => (await import('./commands/check.js')).runCheck));

  program
    .command('status')
    .description(h('status-command'))
    .option('--plan <id|dir|file>', h('plan-chain'), collectPlans, DEFAULT_PLAN)
    .option('--reports <dir>', h('reports'), './reports')
    .option('--as-of <date>', h('as-of'))
    .option('--format <format[=file]>', h('status-format'), collect, [])
    .option('--output <file>', h('output'))
    .option('--unit <id>', h('unit'), collect, [])
    .option('--section <id>', h('section'), collect, [])
    .option('--due-soon-days <n>', h('due-soon-days'), '7')
    .option('--max-file-size <bytes>', h('max-file-size'))
    .option('--concurrency <n|auto|off>', h('concurrency'), 'auto')
    .action(action(async () => (await import('./commands/status.js')).runStatus));

  program
    .command('validate')
    .description(h('validate'))
    .argument('<paths...>', h('paths'))
    .option('--plan <id|dir|file>', h('plan-chain'), collectPlans, DEFAULT_PLAN)
    .option('--max-file-size <bytes>', h('max-file-size'))
    .option('--concurrency <n|auto|off>', h('concurrency'), 'auto')
    .action(action(async () => (await import('./commands/validate.js')).runValidate));

  program
    .command('schema')
    .description(h('schema'))
    .option('--out <dir>', h('schema-out'), 'schemas')
    .action(action(async () => (await import('./commands/schema.js')).runSchema));

  const plan = program.command('plan').description(h('plan-group'));
  plan
    .command('show')
    .description(h('plan-show'))
    .option('--plan <id|dir|file>', h('plan-chain'), collectPlans, DEFAULT_PLAN)
    .option('--section <id>', h('section'), collect, [])
    .option('--unit <id>', h('unit'), collect, [])
    .action(action(async () => (await import('./commands/plan-show.js')).runPlanShow));
  plan
    .command('lint')
    .description(h('plan-lint'))
    .argument('<files...>', h('plan-files'))
    .action(action(async () => (await import('./commands/plan-lint.js')).runPlanLint));
  plan
    .command('diff')
    .description(h('plan-diff'))
    .argument('<from>', h('plan-diff-from'))
    .argument('<to>', h('plan-diff-to'))
    .option('--plan <id|dir|file>', h('plan-chain'), collectPlans, DEFAULT_PLAN)
    .addOption(new Option('--format <format>', h('plan-diff-format')).choices(['table', 'markdown', 'json']).default('table'))
    .option('--output <file>', h('output'))
    .action(action(async () => (await import('./commands/plan-diff.js')).runPlanDiff));

  const create = program.command('new').description(h('new-group'));
  create
    .command('report')
    .description(h('new-report'))
    .requiredOption('--unit <id>', h('new-report-unit'))
    .requiredOption('--period <period>', h('new-report-period'))
    .option('--reports <dir>', h('reports'), './reports')
    .option('--plan <id|file>', h('plan'), 'soc-trang-2024')
    .option('--as-of <date>', h('new-report-as-of'))
    .action(action(async () => (await import('./commands/new-report.js')).runNewReport));

  program
    .command('agenda')
    .description(h('agenda'))
    .option('--plan <id|file>', h('plan'), 'soc-trang-2024')
    .option('--reports <dir>', h('reports'), './reports')
    .option('--as-of <date>', h('as-of'))
    .option('--unit <id>', h('unit'), collect, [])
    .option('--from <date>', h('agenda-from'))
    .option('--to <date>', h('agenda-to'))
    .option('--days <n>', h('agenda-days'))
    .option('--format <format>', h('agenda-format'), 'table')
    .option('--output <file>', h('output'))
    .option('--concurrency <n|auto|off>', h('concurrency'), 'auto')
    .action(action(async () => (await import('./commands/agenda.js')).runAgenda));

  program
    .command('codeowners')
    .description(h('codeowners'))
    .option('--owners-from <file>', h('codeowners-owners-from'))
    .option('--plan <id|file>', h('plan'), 'soc-trang-2024')
    .option('--office <unit>', h('codeowners-office'))
    .option('--office-owner <owner>', h('codeowners-office-owner'), collect, [])
    .option('--reports <dir>', h('codeowners-reports'), 'reports')
    .option('--output <file>', h('codeowners-output'))
    .action(action(async () => (await import('./commands/codeowners.js')).runCodeowners));

  return program;
}
