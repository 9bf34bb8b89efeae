import { Command, Option } from 'commander';
import type { Lang } from '../i18n/lang.js';
import { helpText } from '../i18n/help.js';
import type { CliIo } from './io.js';

export const FORMAT_NAMES_HINT = 'table, json';

/** What a command's action gets: its own options merged with the global ones. */
export type CommandRunner = (options: Record<string, unknown>, args: string[], io: CliIo) => Promise<number>;

const collect = (value: string, previous: string[]) => [...previous, value];

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
    .option('--plan <id|file>', h('plan'), 'soc-trang-2024')
    .option('--reports <dir>', h('reports'), './reports')
    .option('--as-of <date>', h('as-of'))
    .option('--format <format[=file]>', h('format'), collect, [])
    .option('--output <file>', h('output'))
    .option('--unit <id>', h('unit'), collect, [])
    .option('--section <id>', h('section'), collect, [])
    .option('--status <status>', h('status'), collect, [])
    .addOption(new Option('--by <view>', h('by')).choices(['unit', 'deliverable']).default('unit'))
    .addOption(new Option('--fail-on <level>', h('fail-on')).choices(['missed', 'late', 'due_soon', 'never']).default('missed'))
    .option('--due-soon-days <n>', h('due-soon-days'), '7')
    .option('--max-file-size <bytes>', h('max-file-size'))
    .action(action(async () => (await import('./commands/check.js')).runCheck));

  program
    .command('validate')
    .description(h('validate'))
    .argument('<paths...>', h('paths'))
    .option('--plan <id|file>', h('plan'), 'soc-trang-2024')
    .option('--max-file-size <bytes>', h('max-file-size'))
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
    .option('--plan <id|file>', h('plan'), 'soc-trang-2024')
    .option('--section <id>', h('section'), collect, [])
    .option('--unit <id>', h('unit'), collect, [])
    .action(action(async () => (await import('./commands/plan-show.js')).runPlanShow));
  plan
    .command('lint')
    .description(h('plan-lint'))
    .argument('<file>', h('plan-file'))
    .action(action(async () => (await import('./commands/plan-lint.js')).runPlanLint));

  return program;
}
