/**
 * The happy path's parser: the plain block YAML a report is written in (mappings, sequences,
 * one-line scalars, one-line flow collections, comments), read in one pass over the text by
 * offsets, with almost no allocation beyond the value itself. It never guesses: anything outside
 * that subset (anchors, tags, multi-line or block scalars, tabs, document markers, quoted keys,
 * duplicate keys, an escape it does not know, a number in a rare spelling) makes it return
 * undefined, and the general parsers decide. Whatever it does return is what the YAML 1.2 core
 * schema reads: the differential properties in test/load/lean-parse.test.ts hold it to `yaml`.
 */

/**
 * The lines that hold something (not blank, not a comment), as offsets. One table serves every
 * file, one file at a time: an object per line was most of what the parser allocated.
 */
export class Lines {
  count = 0;
  /** Offset of the first character after the indentation. */
  start = new Int32Array(256);
  /** Offset just past the line's last character (before `\n` or `\r\n`). */
  end = new Int32Array(256);
  indent = new Int32Array(256);

  add(start: number, end: number, indent: number): void {
    if (this.count === this.start.length) {
      const grow = (old: Int32Array) => {
        const bigger = new Int32Array(old.length * 2);
        bigger.set(old);
        return bigger;
      };
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.indent = grow(this.indent);
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.indent[this.count] = indent;
    this.count++;
  }
}

const LINES = new Lines();

class Bail {}
/** Thrown to give up on a text the general parsers must read: caught where the parse began. */
export const BAIL = new Bail();

// YAML 1.2 core (spec 10.3.2): these spellings are numbers, not text.
const CORE_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// The spellings read here; the rest of CORE_NUMBER (0o17, 1e3, .5, +1, .inf) go to the general parsers.
const PLAIN_NUMBER = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' };
// Keys that YAML reads as something other than their text, or that would set a prototype.
export const NOT_TEXT_KEYS: ReadonlySet<string> = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);

export const SPACE = 32;
export const HASH = 35;
export const DASH = 45;
export const COLON = 58;
const PERCENT = 37;
const DOT = 46;

export function parseLean(text: string, maxDepth: number): { value: unknown } | undefined {
  return read(text, maxDepth, undefined);
}

/**
 * Where each value and each key of the document starts, as offsets into `text`: what the careful
 * parser's nodes say, for a file the lean parser reads (the differential properties in
 * test/load/lean-locate.test.ts hold the two equal). Undefined for anything else, and for a
 * document with an empty value (`key:` and nothing), whose position the careful parser puts
 * where no value is.
 */
export function leanOffsets(text: string, maxDepth: number): LeanOffsets | undefined {
  const recorder = new Recorder();
  return read(text, maxDepth, recorder) && !recorder.empty ? recorder : undefined;
}

function read(text: string, maxDepth: number, recorder: Recorder | undefined): { value: unknown } | undefined {
  const lines = scanLines(text);
  if (!lines) return undefined;
  try {
    const reader = new Reader(text, lines, maxDepth, recorder);
    recorder?.valueAt(lines.start[0]!);
    const value = reader.mapping(0, 1);
    return reader.done() ? { value } : undefined;
  } catch (error) {
    if (error === BAIL) return undefined;
    throw error;
  }
}

/**
 * The lines of a document that holds a block mapping at column 0, in the shared table; undefined
 * for anything the general parsers must read (tabs, a lone CR, directives and document markers, a
 * first line that is indented or a sequence item, no content at all).
 */
export function scanLines(text: string): Lines | undefined {
  if (text.includes('\t')) return undefined;
  const crlf = text.includes('\r');
  const lines = LINES;
  lines.count = 0;
  for (let from = 0; from < text.length; ) {
    let next = text.indexOf('\n', from);
    if (next === -1) next = text.length;
    let end = next;
    if (crlf) {
      // CRLF (Windows editors) is a line break; a CR anywhere else is the general parsers' business.
      if (next < text.length && text.charCodeAt(next - 1) === 13) end = next - 1;
      const cr = text.indexOf('\r', from);
      if (cr !== -1 && cr < end) return undefined;
    }
    let start = from;
    while (start < end && text.charCodeAt(start) === SPACE) start++;
    if (start < end && text.charCodeAt(start) !== HASH) {
      const indent = start - from;
      // Directives and document markers: the general parsers know what they mean.
      if (indent === 0 && isMarker(text, start)) return undefined;
      lines.add(start, end, indent);
    }
    from = next + 1;
  }
  if (lines.count === 0 || lines.indent[0] !== 0 || isSequenceItem(text, lines.start[0]!, lines.end[0]!)) return undefined;
  return lines;
}

/** `---`, `...` or a `%` directive at the start of a line. */
function isMarker(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c === PERCENT || (c === DASH && text.startsWith('---', start)) || (c === DOT && text.startsWith('...', start));
}

export function isSequenceItem(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start) === DASH && (start + 1 === end || text.charCodeAt(start + 1) === SPACE);
}

export function skipSpaces(text: string, from: number, end: number): number {
  while (from < end && text.charCodeAt(from) === SPACE) from++;
  return from;
}

// Sticky patterns, run from an offset: the character loops they replace ran in V8's interpreter
// for the first thousand files of a check, until the optimised code was ready, while a pattern
// runs as compiled code almost from its first use.
const KEY_NAME = /[A-Za-z_][A-Za-z0-9_.-]*/y;
/** Plain text up to what may end it: a `#`, a `:`, or the line's end. */
const BLOCK_PLAIN = /[^#:\r\n]*/y;
/** Plain text inside a flow collection: also up to `,` and brackets. */
const FLOW_PLAIN = /[^#:,[\]{}\r\n]*/y;

/** The offset of the `:` ending a plain key (`[A-Za-z_][A-Za-z0-9_.-]*:` then a space or the end), else -1. */
export function keyColon(text: string, from: number, end: number): number {
  KEY_NAME.lastIndex = from;
  if (!KEY_NAME.test(text)) return -1;
  const i = KEY_NAME.lastIndex;
  return i < end && text.charCodeAt(i) === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE) ? i : -1;
}

/** Reads `key:` at `from`, ending at `colon`: the key's text, checked to be new in `map` and to mean itself. */
export function readKey(text: string, from: number, colon: number, map: Record<string, unknown>): string {
  if (colon === -1) throw BAIL;
  const name = knownKey(text, from, colon);
  if (Object.hasOwn(map, name)) throw BAIL;
  return name;
}

// The keys met so far, by length and first letter. A check reads the same few dozen keys in every
// file: one found here is a string V8 has already hashed and made a property name, where a new
// slice of the text had to be hashed and looked up in V8's string table at every use. With the
// patterns above and resolvePlain's first test, the parser does a quarter less work per file
// before its optimised code is ready (measured with --no-opt).
const KNOWN_KEYS = new Map<number, string[]>();
const MAX_KNOWN_KEYS = 512;
let knownKeyCount = 0;

function knownKey(text: string, from: number, colon: number): string {
  const shape = (colon - from) * 128 + text.charCodeAt(from);
  let keys = KNOWN_KEYS.get(shape);
  if (keys) {
    for (let i = 0; i < keys.length; i++) if (text.startsWith(keys[i]!, from)) return keys[i]!;
  }
  const name = text.slice(from, colon);
  if (NOT_TEXT_KEYS.has(name)) throw BAIL;
  if (knownKeyCount < MAX_KNOWN_KEYS) {
    if (!keys) KNOWN_KEYS.set(shape, (keys = []));
    // A copy of its own: a slice would keep this file's whole text alive.
    keys.push((' ' + name).slice(1));
    knownKeyCount++;
  }
  return name;
}

/**
 * Where a document's values and keys start, as a tree of nodes in document order: node 0 is the
 * document, and each other node is a value under its parent, reached by a key or an index.
 */
export interface LeanOffsets {
  readonly parent: readonly number[];
  /** The key (text) or index (number) that leads from the parent to the node. */
  readonly segment: readonly PropertyKey[];
  /** Offset of the value's first character: a scalar's, a bracket, a block's first key or dash. */
  readonly value: readonly number[];
  /** Offset of the key, for a value in a mapping; -1 for an item of a sequence. */
  readonly key: readonly number[];
}

/** Takes down where each value and key starts while the reader reads (only when positions are asked for). */
class Recorder implements LeanOffsets {
  readonly parent = [-1];
  readonly segment: PropertyKey[] = [''];
  readonly value = [-1];
  readonly key = [-1];
  /** Whether a value was empty (`key:` and nothing). */
  empty = false;
  private current = 0;

  enter(segment: string | number): void {
    this.parent.push(this.current);
    this.segment.push(segment);
    this.value.push(-1);
    this.key.push(-1);
    this.current = this.parent.length - 1;
  }

  leave(): void {
    this.current = this.parent[this.current]!;
  }

  valueAt(offset: number): void {
    this.value[this.current] = offset;
  }

  keyAt(offset: number): void {
    this.key[this.current] = offset;
  }
}

class Reader {
  private at = 0;
  // One scanner for every value of the file: a report has dozens, and each would be garbage at once.
  private readonly scan: Scan;

  constructor(
    private readonly text: string,
    private readonly lines: Lines,
    private readonly maxDepth: number,
    private readonly recorder: Recorder | undefined,
  ) {
    this.scan = new Scan(text, recorder);
  }

  done(): boolean {
    return this.at === this.lines.count;
  }

  /** A block mapping whose keys sit at `indent`. */
  mapping(indent: number, depth: number): Record<string, unknown> {
    if (depth > this.maxDepth) throw BAIL;
    const { text, lines } = this;
    const map: Record<string, unknown> = {};
    while (this.at < lines.count) {
      const at = this.at;
      if (lines.indent[at]! < indent) break;
      if (lines.indent[at]! > indent) throw BAIL;
      const start = lines.start[at]!;
      const end = lines.end[at]!;
      const colon = keyColon(text, start, end);
      const name = readKey(text, start, colon, map);
      this.at++;
      const after = skipSpaces(text, colon + 1, end);
      const recorder = this.recorder;
      recorder?.enter(name);
      recorder?.keyAt(start);
      map[name] = after === end || text.charCodeAt(after) === HASH ? this.nested(indent, depth, true) : this.inline(end, after, indent, depth);
      recorder?.leave();
    }
    return map;
  }

  /** A block sequence whose dashes sit at `indent`. */
  sequence(indent: number, depth: number): unknown[] {
    if (depth > this.maxDepth) throw BAIL;
    const { text, lines } = this;
    const list: unknown[] = [];
    while (this.at < lines.count) {
      const at = this.at;
      const lineStart = lines.start[at]!;
      const end = lines.end[at]!;
      if (lines.indent[at] !== indent || !isSequenceItem(text, lineStart, end)) break;
      const start = skipSpaces(text, lineStart + 1, end);
      this.recorder?.enter(list.length);
      if (start === end || text.charCodeAt(start) === HASH) {
        this.at++;
        list.push(this.nested(indent, depth, false));
      } else if (text.charCodeAt(start) === DASH && (start + 1 === end || text.charCodeAt(start + 1) === SPACE)) {
        throw BAIL; // `- - x`: a sequence in a sequence on one line.
      } else if (keyColon(text, start, end) !== -1) {
        // `- key: value`: a mapping whose keys line up with this first one.
        const column = indent + (start - lineStart);
        lines.start[at] = start;
        lines.indent[at] = column;
        this.recorder?.valueAt(start);
        list.push(this.mapping(column, depth + 1));
      } else {
        this.at++;
        list.push(this.inline(end, start, indent, depth));
      }
      this.recorder?.leave();
    }
    return list;
  }

  /** The value of a key (or a dash) with nothing after it on its line. */
  private nested(indent: number, depth: number, underKey: boolean): unknown {
    const { lines, at, recorder } = this;
    if (at >= lines.count || lines.indent[at]! < indent) return this.empty();
    const next = lines.indent[at]!;
    const item = isSequenceItem(this.text, lines.start[at]!, lines.end[at]!);
    // A sequence may sit at its key's own indentation; a dash at a dash's is the next item.
    if (next === indent && !(underKey && item)) return this.empty();
    recorder?.valueAt(lines.start[at]!);
    if (next === indent) return this.sequence(indent, depth + 1);
    return item ? this.sequence(next, depth + 1) : this.mapping(next, depth + 1);
  }

  private empty(): null {
    if (this.recorder) this.recorder.empty = true;
    return null;
  }

  /** A value on the rest of a line: it must end there, and the next line must not continue it. */
  private inline(end: number, start: number, indent: number, depth: number): unknown {
    // A flow collection is one level deeper than the key that holds it, and each one inside it one more.
    this.recorder?.valueAt(start);
    const scan = this.scan.reset(start, end, this.maxDepth - depth);
    const value = scan.value();
    scan.end();
    const { lines, at } = this;
    if (at < lines.count && lines.indent[at]! > indent) throw BAIL; // A continued plain scalar, or a stray block.
    return value;
  }
}

/** One line's value, in block or flow context. */
export class Scan {
  private pos = 0;
  private limit = 0;
  /** How many flow collections may still open inside one another before the depth limit. */
  private levels = 0;
  /** Whether the file has a backslash at all: without one, no double-quoted text needs its escapes read. */
  private readonly escapes: boolean;

  constructor(
    private readonly text: string,
    private readonly recorder: Recorder | undefined,
  ) {
    this.escapes = text.includes('\\');
  }

  /** Where the value read last ended. */
  get offset(): number {
    return this.pos;
  }

  reset(pos: number, limit: number, levels: number): this {
    this.pos = pos;
    this.limit = limit;
    this.levels = levels;
    return this;
  }

  /** A value: on the rest of a line (block context), or inside a flow collection (`flow`), where `{ id: …, groups: [so-nganh] }` nests. */
  value(flow = false): unknown {
    const c = this.text.charCodeAt(this.pos);
    if (c === DOUBLE_QUOTE) return this.doubleQuoted();
    if (c === SINGLE_QUOTE) return this.singleQuoted();
    if (c === LEFT_BRACE) return this.flowMapping();
    if (c === LEFT_BRACKET) return this.flowSequence();
    return this.plain(flow);
  }

  /** Only spaces and a comment may follow a value. */
  end(): void {
    const after = this.pos;
    this.pos = skipSpaces(this.text, this.pos, this.limit);
    // A comment needs a space before its `#`: `{}#x` is an error, not a comment.
    if (this.pos < this.limit && (this.text.charCodeAt(this.pos) !== HASH || this.pos === after)) throw BAIL;
  }

  private plain(flow: boolean): unknown {
    const { text, limit } = this;
    const start = this.pos;
    const first = text.charCodeAt(start);
    const indicator = first < 128 ? INDICATORS[first]! : 0;
    if (indicator === ALWAYS) throw BAIL;
    if (indicator === BEFORE_SPACE && (start + 1 === limit || text.charCodeAt(start + 1) === SPACE)) throw BAIL;
    const pattern = flow ? FLOW_PLAIN : BLOCK_PLAIN;
    let end = start;
    for (;;) {
      pattern.lastIndex = end;
      pattern.test(text);
      end = Math.min(pattern.lastIndex, limit);
      if (end === limit) break;
      const c = text.charCodeAt(end);
      if (c === HASH) {
        if (text.charCodeAt(end - 1) === SPACE) break; // A comment.
      } else if (c === COLON) {
        if (end + 1 === limit || text.charCodeAt(end + 1) === SPACE || flow) throw BAIL;
      } else break; // , ] } [ { in a flow collection.
      end++;
    }
    while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
    this.pos = end;
    return resolvePlain(text.slice(start, end));
  }

  private doubleQuoted(): string {
    const { text, limit } = this;
    let from = this.pos + 1;
    // Most quoted text has no escape: one native search for the closing quote, not a loop per character.
    if (!this.escapes) {
      const close = text.indexOf('"', from);
      if (close === -1 || close >= limit) throw BAIL; // Runs on to the next line.
      this.pos = close + 1;
      return text.slice(from, close);
    }
    let out = '';
    for (let i = from; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (c === 34 /* " */) {
        this.pos = i + 1;
        return out + text.slice(from, i);
      }
      if (c !== 92 /* \ */) continue;
      out += text.slice(from, i);
      const e = text[i + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        i += 5;
      } else if (e !== undefined && i + 1 < limit && Object.hasOwn(ESCAPES, e)) {
        out += ESCAPES[e];
        i += 1;
      } else throw BAIL;
      from = i + 1;
    }
    throw BAIL; // Runs on to the next line.
  }

  private singleQuoted(): string {
    const { text, limit } = this;
    let out = '';
    let from = this.pos + 1;
    for (;;) {
      const quote = text.indexOf("'", from);
      if (quote === -1 || quote >= limit) throw BAIL;
      out += text.slice(from, quote);
      if (quote + 1 < limit && text.charCodeAt(quote + 1) === 39) {
        out += "'";
        from = quote + 2;
        continue;
      }
      this.pos = quote + 1;
      return out;
    }
  }

  private flowMapping(): Record<string, unknown> {
    const { text, limit } = this;
    if (--this.levels < 0) throw BAIL;
    const map: Record<string, unknown> = {};
    this.pos = skipSpaces(text, this.pos + 1, limit);
    if (text[this.pos] === '}') {
      this.pos++;
      this.levels++;
      return map;
    }
    for (;;) {
      const colon = keyColon(text, this.pos, limit);
      const name = readKey(text, this.pos, colon, map);
      const recorder = this.recorder;
      recorder?.enter(name);
      recorder?.keyAt(this.pos);
      this.pos = skipSpaces(text, colon + 1, limit);
      if (this.pos === limit || text[this.pos] === ',' || text[this.pos] === '}') throw BAIL; // `{ key: }`: rare.
      recorder?.valueAt(this.pos);
      map[name] = this.value(true);
      recorder?.leave();
      if (this.separator('}')) {
        this.levels++;
        return map;
      }
    }
  }

  private flowSequence(): unknown[] {
    if (--this.levels < 0) throw BAIL;
    const list: unknown[] = [];
    this.pos = skipSpaces(this.text, this.pos + 1, this.limit);
    if (this.text[this.pos] === ']') {
      this.pos++;
      this.levels++;
      return list;
    }
    for (;;) {
      const recorder = this.recorder;
      recorder?.enter(list.length);
      recorder?.valueAt(this.pos);
      list.push(this.value(true));
      recorder?.leave();
      if (this.separator(']')) {
        this.levels++;
        return list;
      }
    }
  }

  /** After a flow item: a comma before the next one (false), or the closing bracket (true). */
  private separator(close: string): boolean {
    const { text, limit } = this;
    this.pos = skipSpaces(text, this.pos, limit);
    const c = text[this.pos];
    if (this.pos < limit && c === close) {
      this.pos++;
      return true;
    }
    if (this.pos >= limit || c !== ',') throw BAIL;
    this.pos = skipSpaces(text, this.pos + 1, limit);
    // A trailing comma, or an empty item: the general parsers decide.
    if (this.pos >= limit || text[this.pos] === ',' || text[this.pos] === close) throw BAIL;
    return false;
  }
}

const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const LEFT_BRACKET = 91;
export const LEFT_BRACE = 123;

// What a plain scalar cannot begin with: YAML's indicators, and `-`, `?` and `:` when a space or
// the end follows. A table by character code: the string searches it replaces ran for every value.
const ALWAYS = 1;
const BEFORE_SPACE = 2;
const INDICATORS = new Uint8Array(128);
for (const c of '&*!|>%@`#,[]{}"\'') INDICATORS[c.charCodeAt(0)] = ALWAYS;
for (const c of '-?:') INDICATORS[c.charCodeAt(0)] = BEFORE_SPACE;

/** A plain scalar by the YAML 1.2 core schema. */
export function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  // Most plain values are ids and words: only these first characters can begin null, a boolean or a number.
  if (!(c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 126 || (c >= 48 && c <= 57) || c === 43 || c === DASH || c === 46) && text !== '') return text;
  switch (text) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  // Only text that starts like a number can be one: digits, a sign or a dot.
  if ((c >= 48 && c <= 57) || c === 43 || c === DASH || c === 46) {
    if (PLAIN_NUMBER.test(text)) return Number(text);
    if (CORE_NUMBER.test(text)) throw BAIL;
  }
  return text;
}
