import { type Rate, percentOf } from '../core/matrix.js';
import type { Lang } from '../i18n/lang.js';
import { matrixText } from '../i18n/matrix.js';

/** `12/15 80%`, or `0/0 —` before anything is due. */
export function formatRate(rate: Rate, lang: Lang): string {
  return `${rate.done}/${rate.settled} ${formatPercent(rate, lang)}`;
}

export function formatPercent(rate: Rate, lang: Lang): string {
  const percent = percentOf(rate);
  return percent === null ? matrixText(lang, 'no-rate') : `${percent}%`;
}
