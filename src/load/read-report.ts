/**
 * The happy path of a report that a check keeps trimmed: the plain block YAML of the lean parser,
 * read and held to the report schema in the same pass, building only what trimReport keeps. The
 * lean parser and zod built a generic tree, then a checked copy of it, then the trimmed copy, for
 * every one of thousands of files, most of it in code V8 had not optimised yet; this builds the
 * trimmed report and a few flow mappings.
 *
 * It never decides a problem: whatever it is unsure of, a value the schema refuses among it, makes
 * it return undefined, and the lean parser and zod read the file and word the problem. What it
 * returns is what they return, trimmed: the differential properties in
 * test/load/read-report.test.ts hold the two equal. Lines and values are read by the lean parser's
 * own code (scanLines, Scan), and keys by its rules (keyColon's), so it reads no YAML the lean
 * parser would not. A report in the layout tthc itself writes is matched first by the patterns of
 * match-report.ts, which read a subset of what this reader reads.
 */
import { isUtf8 } from 'node:buffer';
import type { Day } from '../core/day.js';
import type { Period } from '../core/period.js';
import { SLUG_REGEX } from '../model/fields.js';
import { PLAN_REF_REGEX, type ProgressEntry, type ReportFile } from '../model/report.js';
import { BAIL, COLON, DASH, HASH, LEFT_BRACE, type Lines, SPACE, Scan, isSequenceItem, keyColon, readKey, scanLines, skipSpaces } from './lean-parse.js';
import { matchReport } from './match-report.js';
import { checkMetrics, checkText, expectText, isRecord, makeEntry, matching, readDay, readPeriod } from './report-values.js';
import { trimEntry, trimmedReport } from './trim-report.js';

/** The names of one mapping's keys, chained by first letter. */
interface KeyTable {
  names: readonly string[];
  /** By character code: 1 + the index of the first name that starts with it, else 0. */
  first: Uint8Array;
  /** By name: 1 + the index of the next name with the same first letter, else 0. */
  next: Uint8Array;
}

function keyTable(names: readonly string[]): KeyTable {
  const first = new Uint8Array(128);
  const next = new Uint8Array(names.length);
  for (let i = names.length - 1; i >= 0; i--) {
    const c = names[i]!.charCodeAt(0);
    next[i] = first[c]!;
    first[c] = i + 1;
  }
  return { names, first, next };
}

const TOP_KEYS = keyTable(['apiVersion', 'kind', 'plan', 'unit', 'period', 'submitted', 'document', 'progress', 'metrics']);
const [API_VERSION, KIND, PLAN, UNIT, PERIOD, SUBMITTED, DOCUMENT, PROGRESS, METRICS] = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
/** apiVersion, kind, plan, unit, period and submitted: the keys the schema requires. */
const REQUIRED_TOP = 0b111111;

const ENTRY_NAMES: readonly string[] = ['deliverable', 'status', 'done_on', 'note', 'evidence'];
const ENTRY_KEYS = keyTable(ENTRY_NAMES);
const [DELIVERABLE, STATUS, DONE_ON, NOTE, EVIDENCE] = [0, 1, 2, 3, 4] as const;

const REF_KEYS = keyTable(['number', 'date', 'title']);
const DATE = 1;
/** number and date: what a document reference must have. */
const REQUIRED_REF = 0b11;

const RIGHT_BRACE = 125;
const COMMA = 44;

/** U+1FEF as its UTF-8 bytes read as Latin-1, and the last of them. */
const U_1FEF = '\xe1\xbf\xaf';
const U_1FEF_LAST = '\xaf';

/** What the current line of a block sequence holds (see item). */
type Item = typeof END | typeof MAPPING | typeof VALUE;
const [END, MAPPING, VALUE] = [0, 1, 2] as const;

// Flow collections a report holds are one level deep (a document reference, a list of them):
// deeper ones are not a report's, and the general path says so.
const FLOW_LEVELS = 4;

/**
 * A report as a check keeps it (trimReport's), from the file's bytes; undefined when the general
 * path must read them (and find any problem: not UTF-8, a NUL byte, a shape the schema refuses).
 *
 * The bytes are read as Latin-1, one character a byte, once they are known to be UTF-8: no UTF-8
 * decoding of the whole file (a fifth of the cost of reading a report here). That reads the same
 * structure, since every byte of a multi-byte UTF-8 character is above 0x7f and YAML's structure
 * is ASCII. The one value kept that may be more than ASCII, a not_applicable note, is decoded on
 * its own, and put in NFC, as the general path puts the whole text. Nothing else can differ: NFC
 * changes no ASCII character, every other value kept must match an ASCII pattern, and the values
 * only checked (titles, other notes, document numbers) are decoded when blankness depends on it.
 * Composing never crosses a quote, a space or a line break. Three characters become ASCII in NFC:
 * `;` and `K`, which mean nothing to YAML here, and U+1FEF, which becomes the reserved `` ` ``.
 */
export function readReport(bytes: Uint8Array): ReportFile | undefined {
  if (bytes.indexOf(0) !== -1 || !isUtf8(bytes)) return undefined;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // The bytes as read are a Buffer already: no second view of them for each file.
  const text = (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString('latin1', bom);
  // The careful parser reports a `__proto__` key; an escape could write a character above 0xff,
  // which Latin-1 cannot hold. U+1FEF is looked for only where its last byte is: a scan for one
  // character is the quickest V8 has, and one for the three stopped at every Vietnamese letter's
  // first byte (half the time of the three scans over a province's reports).
  if (text.includes('__proto__') || (text.includes(U_1FEF_LAST) && text.includes(U_1FEF)) || text.includes('\\')) return undefined;
  try {
    const matched = matchReport(text);
    if (matched) return matched;
    const lines = scanLines(text);
    if (!lines) return undefined;
    return new ReportReader(text, lines).report();
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

class ReportReader {
  private at = 0;
  // The line of the key read last: where it ends, and where its value starts on it.
  private end = 0;
  private after = 0;
  private readonly scan: Scan;

  constructor(
    private readonly text: string,
    private readonly lines: Lines,
  ) {
    this.scan = new Scan(text, undefined);
  }

  /**
   * The next line of a block mapping whose keys sit at `indent`: the offset its key starts at, or
   * -1 when the mapping has ended (the lines run out, or go back to a lesser indentation).
   */
  private nextKey(indent: number): number {
    const { lines, at } = this;
    if (at >= lines.count || lines.indent[at]! < indent) return -1;
    if (lines.indent[at]! > indent) throw BAIL;
    this.end = lines.end[at]!;
    return lines.start[at]!;
  }

  /** Past the key whose colon is at `colon`: true when its value is on the lines below (nothing after the colon but a comment). */
  private toValue(colon: number): boolean {
    this.at++;
    this.after = skipSpaces(this.text, colon + 1, this.end);
    return this.after === this.end || this.text.charCodeAt(this.after) === HASH;
  }

  /** The value after the key just read, on the rest of its line, in a mapping at `indent`. */
  private inlineValue(indent: number): unknown {
    return this.inline(this.after, this.end, indent);
  }

  report(): ReportFile {
    const { text } = this;
    let seen = 0;
    let plan = '';
    let unit = '';
    let period = '' as Period;
    let submitted = '' as Day;
    let progress: ProgressEntry[] = [];
    let metrics: Record<string, number> | undefined;
    for (let start = this.nextKey(0); start !== -1; start = this.nextKey(0)) {
      const key = keyAt(text, start, this.end, TOP_KEYS);
      seen = claim(seen, key);
      const nested = this.toValue(start + TOP_KEYS.names[key]!.length);
      if (key === DOCUMENT) {
        if (nested) checkDocumentRef(this.nestedMapping(0));
        else this.inlineRef(this.after, this.end, 0);
      } else if (key === PROGRESS) progress = nested ? this.entries(0) : flowEntries(this.inlineValue(0));
      else if (key === METRICS) metrics = checkMetrics(nested ? this.nestedMapping(0) : this.inlineValue(0));
      else {
        if (nested) throw BAIL; // `key:` and nothing: null, which none of these takes.
        const value = this.inlineValue(0);
        if (key === API_VERSION) expectText(value, 'tthc/v1');
        else if (key === KIND) expectText(value, 'Report');
        else if (key === PLAN) plan = matching(value, PLAN_REF_REGEX);
        else if (key === UNIT) unit = matching(value, SLUG_REGEX);
        else if (key === PERIOD) period = readPeriod(value);
        else if (key === SUBMITTED) submitted = readDay(value);
      }
    }
    if ((seen & REQUIRED_TOP) !== REQUIRED_TOP) throw BAIL;
    return trimmedReport({ plan, unit, period, submitted, metrics }, progress.map(trimEntry));
  }

  /** A value on the rest of a line, as the lean parser reads it: it must end there, and the next line must not continue it. */
  private inline(start: number, end: number, indent: number): unknown {
    const scan = this.scan.reset(start, end, FLOW_LEVELS);
    const value = scan.value();
    scan.end();
    this.endOfValue(indent);
    return value;
  }

  /** A value ends with its line: the next line must not continue it (a continued plain scalar, or a stray block). */
  private endOfValue(indent: number): void {
    const { lines, at } = this;
    if (at < lines.count && lines.indent[at]! > indent) throw BAIL;
  }

  /**
   * A document reference on the rest of a line, checked as it is read: a flow mapping of a document
   * reference's keys is read here, without the object and the general key lookup (a year of
   * reports holds tens of thousands of these), by the flow rules Scan's flowMapping follows;
   * anything else, by inline, then checked.
   */
  private inlineRef(start: number, end: number, indent: number): void {
    const { text, scan } = this;
    if (text.charCodeAt(start) !== LEFT_BRACE) {
      checkDocumentRef(this.inline(start, end, indent));
      return;
    }
    let seen = 0;
    let pos = skipSpaces(text, start + 1, end);
    for (;;) {
      const key = keyAt(text, pos, end, REF_KEYS);
      seen = claim(seen, key);
      pos = skipSpaces(text, pos + REF_KEYS.names[key]!.length + 1, end);
      // `{ key: }`: the general parsers decide. A value that starts with `,` or `}` is refused by
      // Scan, and a collection too (no level left): a document reference holds none.
      if (pos === end) throw BAIL;
      const value = scan.reset(pos, end, 0).value(true);
      if (key === DATE) readDay(value);
      else checkText(value);
      pos = skipSpaces(text, scan.offset, end);
      const next = text.charCodeAt(pos);
      if (pos < end && next === RIGHT_BRACE) break;
      if (pos >= end || next !== COMMA) throw BAIL;
      // After the comma, a key: a trailing comma or an empty item is not one.
      pos = skipSpaces(text, pos + 1, end);
    }
    if ((seen & REQUIRED_REF) !== REQUIRED_REF) throw BAIL;
    scan.reset(pos + 1, end, 0).end();
    this.endOfValue(indent);
  }

  /** The block sequence under `progress:` (at its key's indentation or deeper), each entry checked. */
  private entries(keyIndent: number): ProgressEntry[] {
    const indent = this.nestedSequence(keyIndent);
    const list: ProgressEntry[] = [];
    for (let item = this.item(indent); item !== END; item = this.item(indent)) {
      list.push(item === MAPPING ? this.entry(this.lines.indent[this.at]!) : checkEntry(this.inlineValue(indent)));
    }
    return list;
  }

  /** The block sequence under `evidence:`, each document reference checked. */
  private evidence(keyIndent: number): void {
    const indent = this.nestedSequence(keyIndent);
    for (let item = this.item(indent); item !== END; item = this.item(indent)) {
      if (item === MAPPING) checkDocumentRef(this.mapping(this.lines.indent[this.at]!));
      else this.inlineRef(this.after, this.end, indent);
    }
  }

  /**
   * The indentation of the block sequence that is a key's value: the next line must be an item,
   * at the key's own indentation or deeper (anything else is null or a mapping, which the schema
   * refuses where a list belongs).
   */
  private nestedSequence(keyIndent: number): number {
    const { lines, at } = this;
    if (at >= lines.count || lines.indent[at]! < keyIndent || !isSequenceItem(this.text, lines.start[at]!, lines.end[at]!)) throw BAIL;
    return lines.indent[at]!;
  }

  /**
   * The item on the current line of a sequence at `indent`: END when the sequence has ended there;
   * MAPPING when the item is a block mapping (the line now starts at its first key, at its column,
   * as the lean parser records it); VALUE when it is a value on the line, which is then read past
   * as a key's line is (the value at `after`, up to `end`).
   */
  private item(indent: number): Item {
    const { text, lines, at } = this;
    // The table serves every file: past this file's lines it holds another's.
    if (at >= lines.count) return END;
    const lineStart = lines.start[at]!;
    const end = lines.end[at]!;
    if (lines.indent[at] !== indent || !isSequenceItem(text, lineStart, end)) return END;
    const start = skipSpaces(text, lineStart + 1, end);
    // `-` alone (the item on the lines below) and `- - x` are not a report's.
    if (start === end || text.charCodeAt(start) === HASH) throw BAIL;
    if (text.charCodeAt(start) === DASH && (start + 1 === end || text.charCodeAt(start + 1) === SPACE)) throw BAIL;
    if (keyColon(text, start, end) === -1) {
      this.at++;
      this.after = start;
      this.end = end;
      return VALUE;
    }
    lines.start[at] = start;
    lines.indent[at] = indent + (start - lineStart);
    return MAPPING;
  }

  /** A progress entry written as a block mapping whose keys sit at `indent`. */
  private entry(indent: number): ProgressEntry {
    const { text } = this;
    let seen = 0;
    let deliverable: unknown;
    let status: unknown;
    let doneOn: unknown;
    let note: unknown;
    for (let start = this.nextKey(indent); start !== -1; start = this.nextKey(indent)) {
      const key = keyAt(text, start, this.end, ENTRY_KEYS);
      seen = claim(seen, key);
      const nested = this.toValue(start + ENTRY_KEYS.names[key]!.length);
      if (key === EVIDENCE) {
        if (nested) this.evidence(indent);
        else checkEvidence(this.inlineValue(indent));
        continue;
      }
      if (nested) throw BAIL;
      const value = this.inlineValue(indent);
      if (key === DELIVERABLE) deliverable = value;
      else if (key === STATUS) status = value;
      else if (key === DONE_ON) doneOn = value;
      else note = value;
    }
    return makeEntry(deliverable, status, doneOn, note, (seen & (1 << DONE_ON)) !== 0, (seen & (1 << NOTE)) !== 0);
  }

  /** The block mapping that is a key's value, on the lines below it and deeper. */
  private nestedMapping(keyIndent: number): Record<string, unknown> {
    const { lines, at } = this;
    if (at >= lines.count || lines.indent[at]! <= keyIndent || isSequenceItem(this.text, lines.start[at]!, lines.end[at]!)) throw BAIL;
    return this.mapping(lines.indent[at]!);
  }

  /** A block mapping of one-line values whose keys sit at `indent` (a document reference, the metrics). */
  private mapping(indent: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (let start = this.nextKey(indent); start !== -1; start = this.nextKey(indent)) {
      const colon = keyColon(this.text, start, this.end);
      const name = readKey(this.text, start, colon, map);
      if (this.toValue(colon)) throw BAIL;
      map[name] = this.inlineValue(indent);
    }
    return map;
  }
}

/**
 * Which of the table's names the line's key is (`name:` then a space or the line's end), else -1:
 * what keyColon and a comparison with each name would say, without a pattern run per line.
 */
function keyAt(text: string, start: number, end: number, table: KeyTable): number {
  const c = text.charCodeAt(start);
  let key = c < 128 ? table.first[c]! - 1 : -1;
  while (key !== -1) {
    const name = table.names[key]!;
    const colon = start + name.length;
    if (colon < end && text.charCodeAt(colon) === COLON && (colon + 1 === end || text.charCodeAt(colon + 1) === SPACE) && spells(text, start, name)) return key;
    key = table.next[key]! - 1;
  }
  return -1;
}

/** Whether the text at `start` spells `name` (whose first letter is known to match). */
function spells(text: string, start: number, name: string): boolean {
  for (let i = 1; i < name.length; i++) if (text.charCodeAt(start + i) !== name.charCodeAt(i)) return false;
  return true;
}

/** `seen` (a bit per key of a mapping) with `key`'s: a key not in the table, or one seen before, is not a report's. */
function claim(seen: number, key: number): number {
  if (key === -1 || (seen & (1 << key)) !== 0) throw BAIL;
  return seen | (1 << key);
}

/** documentRef: a number, a day and perhaps a title, and nothing else. */
function checkDocumentRef(value: unknown): void {
  if (!isRecord(value)) throw BAIL;
  for (const key in value) if (key !== 'number' && key !== 'date' && key !== 'title') throw BAIL;
  checkText(value.number);
  readDay(value.date);
  if (Object.hasOwn(value, 'title')) checkText(value.title);
}

function checkEvidence(value: unknown): void {
  if (!Array.isArray(value)) throw BAIL;
  for (const item of value) checkDocumentRef(item);
}

/** `progress: []`, or entries written as flow mappings (`[{ deliverable: …, status: … }]`). */
function flowEntries(value: unknown): ProgressEntry[] {
  if (!Array.isArray(value)) throw BAIL;
  return value.map(checkEntry);
}

/** An entry written as a flow mapping. */
function checkEntry(value: unknown): ProgressEntry {
  if (!isRecord(value)) throw BAIL;
  for (const key in value) if (!ENTRY_NAMES.includes(key)) throw BAIL;
  if (Object.hasOwn(value, 'evidence')) checkEvidence(value.evidence);
  return makeEntry(value.deliverable, value.status, value.done_on, value.note, Object.hasOwn(value, 'done_on'), Object.hasOwn(value, 'note'));
}

