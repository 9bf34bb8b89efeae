import { printable } from './printable.js';

/** RFC 5545 §3.1: a content line is at most 75 octets, excluding the line break. */
const MAX_OCTETS = 75;
const CRLF = '\r\n';

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line break
 * written `\n`, and other control characters (not allowed in TEXT) made visible as U+FFFD.
 */
export function escapeIcsText(text: string): string {
  return printable(
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n'),
  );
}

/**
 * Folds one content line (§3.1): a CRLF and a space before the octet that would pass 75, counted
 * in UTF-8 octets, never inside a character (a Vietnamese letter is 2 or 3 octets).
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with the folding space, which counts toward their 75.
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** Content lines → the iCalendar text: every line folded and ended with CRLF, the last one too. */
export function joinIcsLines(lines: readonly string[]): string {
  return lines.map((line) => foldIcsLine(line) + CRLF).join('');
}
