import type { Formatter } from './formatter.js';
import { json } from './json.js';
import { table } from './table.js';

/** Every `--format` choice; a format cannot exist without being registered here. */
export const FORMATTERS = {
  table,
  json,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
