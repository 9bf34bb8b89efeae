import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, joinIcsLines } from '../../src/format/ics-text.js';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('iCalendar TEXT escaping', () => {
  it('escapes backslash, semicolon, comma and line breaks, in that order', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('keeps Vietnamese letters and makes control characters visible', () => {
    expect(escapeIcsText('Báo cáo\u001b[31m')).toBe('Báo cáo\uFFFD[31m');
  });
});

describe('iCalendar line folding', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a multi-octet character: "ệ" (3 octets) moves whole to the next line', () => {
    const line = 'x'.repeat(74) + 'ệ';
    expect(foldIcsLine(line)).toBe(`${'x'.repeat(74)}\r\n ệ`);
  });

  it('every physical line is at most 75 octets and unfolding gives back the line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }).map((s) => s.replace(/[\r\n]/g, '')), (line) => {
        const folded = foldIcsLine(line);
        for (const physical of folded.split('\r\n')) expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
  });

  it('ends every line, the last one included, with CRLF', () => {
    expect(joinIcsLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});
