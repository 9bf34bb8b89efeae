import type { ChunkedFormatter, Formatter } from './formatter.js';

/**
 * Every `--format` choice, each loaded only when chosen: a CI job asking for JSON should not pay
 * for the table's and the HTML page's libraries. A format cannot exist without a key here.
 */
export const FORMATTERS = {
  table: async () => (await import('./table.js')).table,
  json: async () => (await import('./json.js')).json,
  junit: async () => (await import('./junit.js')).junit,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  markdown: async () => (await import('./markdown.js')).markdown,
  csv: async () => (await import('./csv.js')).csv,
  html: async () => (await import('./html.js')).html,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

/**
 * Formats that can also be written a piece at a time, to a file or to stdout: the largest ones,
 * where the whole text and what it is built from would otherwise dominate memory. Each gives the
 * same text as its entry in FORMATTERS.
 */
export const CHUNKED_FORMATTERS: Partial<Record<FormatName, () => Promise<ChunkedFormatter>>> = {
  json: async () => (await import('./json.js')).jsonChunks,
  junit: async () => (await import('./junit.js')).junitChunks,
  github: async () => (await import('./github.js')).githubChunks,
  gitlab: async () => (await import('./gitlab.js')).gitlabChunks,
  csv: async () => (await import('./csv.js')).csvChunks,
  markdown: async () => (await import('./markdown.js')).markdownChunks,
  html: async () => (await import('./html.js')).htmlChunks,
};

/** Formats that point into report files (annotations, test reports): the CLI fills positions for them. */
export const POSITIONED_FORMATS: ReadonlySet<FormatName> = new Set(['junit', 'github', 'gitlab']);
