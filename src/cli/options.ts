import { parseDay, type Day } from '../core/day.js';
import { cliMessage } from '../i18n/cli.js';
import { LANGS, type Lang } from '../i18n/lang.js';
import type { Concurrency } from '../load/load-files.js';
import { UsageError } from './errors.js';

/** Options every command shares. */
export interface GlobalOptions {
  lang: Lang;
  color: boolean;
  verbose: boolean;
}

export function readGlobals(options: Record<string, unknown>, env: Record<string, string | undefined>): GlobalOptions {
  const lang = options.lang as string;
  if (!LANGS.includes(lang as Lang)) throw new UsageError(`--lang: vi | en (${lang})`);
  // https://no-color.org: any non-empty NO_COLOR turns colour off.
  const color = options.color !== false && !env.NO_COLOR;
  return { lang: lang as Lang, color, verbose: options.verbose === true };
}

export function readDayOption(value: unknown, option: string, lang: Lang): Day | undefined {
  if (value === undefined) return undefined;
  const day = parseDay(String(value));
  if (!day) throw new UsageError(cliMessage(lang, 'bad-date', { value: String(value), option }));
  return day;
}

export function readCountOption(value: unknown, option: string, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d+$/.test(text)) throw new UsageError(cliMessage(lang, 'bad-number', { value: text, option }));
  return Number(text);
}

/** `--concurrency auto|off|N`: how many threads read files (ESLint's option of the same name). */
export function readConcurrency(value: unknown, lang: Lang): Concurrency {
  const text = String(value ?? 'auto');
  if (text === 'auto' || text === 'off') return text;
  // More threads than this only adds start-up cost and memory: no machine here has that many cores to give.
  if (/^[1-9]\d{0,2}$/.test(text) && Number(text) <= 64) return Number(text);
  throw new UsageError(cliMessage(lang, 'bad-concurrency', { value: text }));
}
