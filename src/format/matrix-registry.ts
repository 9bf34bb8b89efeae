import type { Formatter } from './formatter.js';
import { matrixHtml } from './matrix-html.js';
import { matrixMarkdown } from './matrix-markdown.js';
import { matrixTable } from './matrix-table.js';

/** Every `tthc status --format` choice: the deliverables × units matrix in each medium. */
export const MATRIX_FORMATTERS = {
  table: matrixTable,
  markdown: matrixMarkdown,
  html: matrixHtml,
} satisfies Record<string, Formatter>;

export type MatrixFormatName = keyof typeof MATRIX_FORMATTERS;
export const MATRIX_FORMAT_NAMES = Object.keys(MATRIX_FORMATTERS) as MatrixFormatName[];
