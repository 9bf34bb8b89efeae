import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../i18n/lang.js';
import { cliMessage } from '../i18n/cli.js';
import { PACKAGE_ROOT } from '../load/package-root.js';
import { EXIT, LoadError, UsageError } from './errors.js';
import type { CliIo } from './io.js';

/** Runs one command line and returns its exit code; never exits the process, never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = pickLang(argv);
  const verbose = argv.includes('--verbose');
  let exitCode: number = EXIT.ok;
  // The one call a CI step makes before anything else: answer it without loading commander.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${readVersion()}\n`);
    return EXIT.ok;
  }
  const [{ CommanderError }, { buildProgram }] = await Promise.all([import('commander'), import('./program.js')]);
  try {
    const program = buildProgram(io, lang, readVersion(), (code) => {
      exitCode = code;
    });
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0; a bad flag is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.fatal;
    }
    if (error instanceof UsageError) {
      io.stderr.write(cliMessage(lang, 'error.usage', { message: error.message }) + '\n');
      return EXIT.fatal;
    }
    if (error instanceof LoadError) {
      io.stderr.write(cliMessage(lang, 'error.load', { message: error.message }) + '\n');
      return EXIT.fatal;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(cliMessage(lang, 'error.internal', { message }) + '\n');
    if (verbose && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return EXIT.fatal;
  }
}

// The language is needed before commander runs, to word its own help.
function pickLang(argv: readonly string[]): Lang {
  const at = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = at === -1 ? undefined : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  return LANGS.includes(value as Lang) ? (value as Lang) : 'vi';
}

function readVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
