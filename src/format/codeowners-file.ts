import type { OwnershipLine } from '../core/ownership.js';
import { codeownersText } from '../i18n/codeowners.js';
import type { Lang } from '../i18n/lang.js';
import { printable } from './printable.js';

/** The first line of every CODEOWNERS tthc writes: `--output` overwrites only a file that starts with it. */
export const CODEOWNERS_MARKER = '# tthc codeowners';

export interface CodeownersContext {
  lang: Lang;
  /** The units file as shown to users. */
  unitsFile: string;
  nameOf(unit: string): string;
  /** The unit that stands for the office, or null when the owners came from `--office-owner`. */
  officeUnit: string | null;
}

/**
 * A CODEOWNERS file: `pattern owner…` per line, comments on lines of their own (GitHub does not
 * document comments after the owners). No date in it, so writing it again changes nothing.
 */
export function renderCodeowners(lines: readonly OwnershipLine[], ctx: CodeownersContext): string {
  const t = (key: string, params: Record<string, string | number> = {}) => `# ${oneLine(codeownersText(ctx.lang, key, params))}`;
  const out = [CODEOWNERS_MARKER, t('header', { units: ctx.unitsFile }), t('rule-order'), t('protect'), ''];
  const office = ctx.officeUnit ?? '--office-owner';
  out.push(ctx.officeUnit === null ? t('office-option') : t('office', { unit: ctx.nameOf(ctx.officeUnit) }));
  for (const line of lines) {
    if (line.kind === 'rule') {
      if (line.unit !== null) out.push(`# ${oneLine(ctx.nameOf(line.unit))}`);
      out.push(`${line.pattern} ${line.owners.join(' ')}`);
    } else if (line.kind === 'unowned') {
      const fallback = lines.some((l) => l.kind === 'rule' && l.pattern === '*');
      out.push(t(fallback ? 'unowned' : 'unowned-no-office', { pattern: line.pattern, unit: ctx.nameOf(line.unit) }));
    } else {
      out.push(t('no-office', { pattern: line.pattern, unit: office }));
    }
  }
  return out.join('\n') + '\n';
}

// A name from the units file must not break out of its comment line.
function oneLine(text: string): string {
  return printable(text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' '));
}
