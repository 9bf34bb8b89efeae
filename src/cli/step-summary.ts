import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ciText } from '../i18n/ci.js';
import type { Lang } from '../i18n/lang.js';
import type { CliIo } from './io.js';

/**
 * Appends to the file GitHub Actions names in `GITHUB_STEP_SUMMARY` (earlier steps' summaries are
 * in it, so never overwrite). A summary that cannot be written is said on stderr and otherwise
 * ignored: the run's verdict is its exit code, and that must not turn into a crash.
 */
export async function appendStepSummary(io: CliIo, lang: Lang, render: () => string | Iterable<string>): Promise<void> {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    await appendFile(resolve(io.cwd, file), fitSummary(render(), ciText(lang, 'step-summary-cut')), 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(ciText(lang, 'step-summary-failed', { file, reason }) + '\n');
  }
}

/** GitHub drops a step summary over 1 MiB whole; keep under it with room for earlier steps' text. */
export const STEP_SUMMARY_LIMIT = 900 * 1024;

/**
 * The summary, cut at a line boundary under the limit with a note saying so, when it is too long.
 * Given in pieces, it stops taking them past the limit: a national table is never built whole.
 */
export function fitSummary(pieces: string | Iterable<string>, note: string, limit = STEP_SUMMARY_LIMIT): string {
  let markdown = '';
  let bytes = 0;
  for (const piece of typeof pieces === 'string' ? [pieces] : pieces) {
    markdown += piece;
    bytes += Buffer.byteLength(piece, 'utf8');
    if (bytes > limit) break;
  }
  if (bytes <= limit) return markdown;
  const room = limit - Buffer.byteLength(note, 'utf8') - 4;
  let cut = Buffer.from(markdown, 'utf8').subarray(0, room).toString('utf8');
  cut = cut.slice(0, cut.lastIndexOf('\n') + 1).replace(/\uFFFD$/, '');
  return `${cut}\n${note}\n`;
}
