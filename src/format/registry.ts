import type { Formatter } from './formatter.js';
import { csv } from './csv.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { table } from './table.js';

/** Every `--format` choice; a format cannot exist without being registered here. */
export const FORMATTERS = {
  table,
  json,
  junit,
  github,
  gitlab,
  markdown,
  csv,
  html,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

/** Formats that point into report files (annotations, test reports): the CLI fills positions for them. */
export const POSITIONED_FORMATS: ReadonlySet<FormatName> = new Set(['junit', 'github', 'gitlab']);

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
