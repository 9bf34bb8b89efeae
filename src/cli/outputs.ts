import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { cliMessage } from '../i18n/cli.js';
import type { Lang } from '../i18n/lang.js';
import { isHighSurrogate, writeFileAtomic } from '../write/write-atomic.js';
import { UsageError } from './errors.js';
import { type CliIo, terminalWidth } from './io.js';

/** One requested output: a format, and the file it goes to (stdout when absent). */
export interface OutputTarget<N extends string> {
  format: N;
  file?: string;
}

/**
 * `--format table --format junit=out/junit.xml --output x`: several outputs in one run, over the
 * format names a command has (check's, status's matrix formats).
 */
export function readOutputs<N extends string>(formats: readonly string[], output: string | undefined, lang: Lang, names: readonly N[]): OutputTarget<N>[] {
  const targets = (formats.length > 0 ? formats : ['table']).map((spec): OutputTarget<N> => {
    const eq = spec.indexOf('=');
    const name = eq === -1 ? spec : spec.slice(0, eq);
    if (!names.includes(name as N)) throw new UsageError(cliMessage(lang, 'bad-format', { value: name, choices: names.join(', ') }));
    if (eq !== -1 && spec.slice(eq + 1) === '') throw new UsageError(cliMessage(lang, 'output-empty', { format: name }));
    return eq === -1 ? { format: name as N } : { format: name as N, file: spec.slice(eq + 1) };
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

/** The absolute path of an output file; a path that is a folder cannot become a file without deleting what is there. */
export function resolveOutputPath(file: string, cwd: string, lang: Lang): string {
  if (file === '') throw new UsageError(cliMessage(lang, 'output-empty', { format: '--output' }));
  const path = resolve(cwd, file);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(cliMessage(lang, 'output-is-folder', { file }));
  return path;
}

/** tthc never writes a report: an output path inside the reports folder is refused. */
export function assertOutsideReports(file: string, reportsDir: string, cwd: string, lang: Lang): string {
  const path = resolveOutputPath(file, cwd, lang);
  const rel = relative(resolve(cwd, reportsDir), path);
  // `..x.json` is a name inside the folder; only `..` itself or `../…` leaves it.
  const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  if (!outside) throw new UsageError(cliMessage(lang, 'output-in-reports', { file }));
  return path;
}

/**
 * Prints to stdout, or writes the file atomically and says so on stderr (stdout stays the output's).
 * Content given in pieces (a streamed format) is written as it comes, to a file or to stdout: a
 * national check's JSON is ~100 MB, and joined into one string it took a redirected stdout
 * (`tthc check --format json > out.json`) to 720 MB at its peak.
 */
export async function emitOutput(io: CliIo, lang: Lang, target: { path?: string; file?: string }, content: string | Iterable<string>): Promise<void> {
  if (target.path === undefined) {
    if (typeof content === 'string') io.stdout.write(content);
    else await writeBatches(io.stdout, content);
    return;
  }
  await writeFileAtomic(target.path, content);
  io.stderr.write(cliMessage(lang, 'written', { file: target.file ?? target.path }) + '\n');
}

// Pieces go to stdout joined into batches of about this many characters: a write per piece would
// be a system call per obligation.
const STDOUT_BATCH = 1 << 16;

/** Writes the pieces in batches, waiting whenever the stream says its buffer is full. */
async function writeBatches(stdout: CliIo['stdout'], pieces: Iterable<string>): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  const flush = async (last: boolean) => {
    let text = batch.join('');
    // Each write is encoded on its own: the first half of a surrogate pair waits for its second.
    const carry = !last && isHighSurrogate(text.charCodeAt(text.length - 1)) ? text.slice(-1) : '';
    if (carry) text = text.slice(0, -1);
    batch = carry ? [carry] : [];
    size = carry.length;
    // On Linux stdout is written at once; on a Windows pipe it queues, and unbounded it would
    // hold the whole text again.
    if (stdout.write(text) === false && stdout.once) await new Promise<void>((resolve) => stdout.once!('drain', resolve));
  };
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= STDOUT_BATCH) await flush(false);
  }
  if (size > 0) await flush(true);
}

/** Each output with the absolute path of its file, refused when that file lies in the reports folder. */
export function placeOutputs<N extends string>(targets: readonly OutputTarget<N>[], reportsDir: string, cwd: string, lang: Lang): Array<OutputTarget<N> & { path?: string }> {
  return targets.map((t) => ({ ...t, path: t.file === undefined ? undefined : assertOutsideReports(t.file, reportsDir, cwd, lang) }));
}

/** What every formatter is told of the screen: colour only on a terminal, and its width. */
export function screenContext(io: CliIo, lang: Lang, color: boolean, toStdout: boolean): { lang: Lang; color: boolean; width: number } {
  return { lang, color: color && toStdout && io.stdout.isTTY === true, width: terminalWidth(io) };
}
