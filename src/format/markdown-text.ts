import { printable } from './printable.js';

// Backslash-escapable ASCII punctuation (CommonMark §2.4) that would otherwise turn a user's
// text into emphasis, code, links, HTML, strikethrough or, for `|`, a new table column.
const SPECIAL = /[\\`*_[\]<>|&~]/g;

/** Text for one line of GitHub-flavoured Markdown: a table cell, a heading, a list item. */
export function escapeMarkdown(text: string): string {
  return printable(text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')).replace(SPECIAL, '\\$&');
}
