import type { Lang } from '../i18n/lang.js';
import { tableText } from '../i18n/table.js';
import type { Problem } from '../model/problem.js';
import { printable } from './printable.js';

/** The colours a problem line uses: a chalk instance, or none. */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
}

// Without colour chalk is not even loaded: a check that prints JSON never needs it.
const PLAIN: Paint = { red: (text) => text, yellow: (text) => text };

/** `file:line:col  severity  code  message`, the shape editors and CI logs link from. */
export function problemLines(problems: readonly Problem[], lang: Lang, chalk: Paint = PLAIN): string[] {
  return problems.map((p) => {
    const severity = tableText(lang, `severity.${p.severity}`);
    const coloured = p.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity);
    return `${printable(p.file)}:${p.line}:${p.column}  ${coloured}  ${p.code}  ${printable(p.message)}`;
  });
}
