import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/lang.js';
import { tableText } from '../i18n/table.js';
import type { Problem } from '../model/problem.js';
import { printable } from './printable.js';

/** `file:line:col  severity  code  message`, the shape editors and CI logs link from. */
export function problemLines(problems: readonly Problem[], lang: Lang, chalk: ChalkInstance): string[] {
  return problems.map((p) => {
    const severity = tableText(lang, `severity.${p.severity}`);
    const coloured = p.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity);
    return `${printable(p.file)}:${p.line}:${p.column}  ${coloured}  ${p.code}  ${printable(p.message)}`;
  });
}
