import { printable } from './printable.js';

// XML 1.0 (§2.2) allows only tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000 up: a C0
// control, a lone surrogate or U+FFFE/U+FFFF makes the whole document unreadable to a CI server.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function clean(text: string): string {
  return printable(text).replace(ILLEGAL, '');
}

/** Text between tags; `>` too, so `]]>` in a user's text never closes anything. */
export function escapeXmlText(text: string): string {
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted attribute value; tab and newline as references, or parsers fold them to spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
