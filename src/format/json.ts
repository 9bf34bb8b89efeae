import type { Evaluation, Obligation } from '../core/evaluation.js';
import type { ChunkedFormatter, Formatter } from './formatter.js';
import { type JsonTarget, toJsonHead, toJsonProblem, toJsonTargets } from './json-output.js';

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls and bidi controls raw, and
// `tthc check --format json` is often read in a terminal. Escaped, they parse to the same text.
const RAW_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const ANY_RAW = new RegExp(RAW_IN_JSON.source);

// Each character is escaped on its own (all of them are single BMP code units), so escaping chunk
// by chunk gives the same text as escaping the whole. A test stops at the first such character;
// most chunks have none, and a replace copies the chunk.
const escapeRaw = (text: string): string =>
  ANY_RAW.test(text) ? text.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;

// The layout: the head indented as JSON.stringify indents it, and each item of the three lists on
// a line of its own, as JSON.stringify writes it. A check lists tens of thousands of obligations:
// one line each is what grep finds and what a diff of two runs shows, deliverable and unit beside
// the status that changed, and a third less text than twelve indented lines each (10,030 files:
// 5.6 against 8.0 MB, and the JSON phase 57 → 50 ms). One item at a time, not a batch: an item's
// text stays one-byte unless the item itself has Vietnamese, and JSON.stringify and the escape
// test were three times slower on a batch's two-byte text.
const ITEM_INDENT = '    ';
const lineItem = (item: unknown): string => escapeRaw(JSON.stringify(item));

/**
 * An obligation as lineItem writes toJsonObligation's object, with the same keys in the same
 * order, but each value written on its own into a fixed frame: every value is text, a number or
 * null, and V8's serializer took half as long again to walk the object (a national check writes
 * 304,000 of them). Ids, units, periods, days and statuses repeat across thousands
 * of obligations: each distinct one is stringified and escaped once (`quoted`, one per output).
 * The report's path and the note are written as they come: 22,028 obligations of a 10,030-file
 * check name 10,030 paths, and a map of them cost more than it saved. The byte-for-byte tests in
 * test/format/json.test.ts hold the two equal.
 */
const obligationItem = (o: Obligation, quoted: Map<string, string>): string =>
  OPEN + quote(o.deliverable, quoted) + UNIT + quote(o.unit, quoted) + PERIOD + quote(o.period, quoted) + DUE + quote(o.due, quoted) +
  STATUS + quote(o.status, quoted) + DONE_ON + quote(o.doneOn, quoted) + REPORT + textJson(o.report) +
  DAYS_LATE + numberText(o.daysLate) + DAYS_LEFT + numberText(o.daysLeft) + NOTE + textJson(o.note) + CLOSE;

// Each key with the separator before it, as one string: an item is then 21 joins, not 31.
const field = (key: string): string => `,${JSON.stringify(key)}:`;
const OPEN = '{"deliverable":';
const CLOSE = '}';
const [UNIT, PERIOD, DUE, STATUS, DONE_ON, REPORT, DAYS_LATE, DAYS_LEFT, NOTE] = ['unit', 'period', 'due', 'status', 'doneOn', 'report', 'daysLate', 'daysLeft', 'note'].map(field) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

// A target as lineItem writes toJsonTargets' object, in the same fixed-frame way as an obligation:
// the serializer took ~3 µs for each of its two nested objects (1,770 targets in a 10,030-file
// check, ~5 ms indented). The frame writes exactly the contract's keys, `left` and `right`
// included, and the byte-for-byte tests hold it to lineItem.
const targetItem = (t: JsonTarget, quoted: Map<string, string>): string =>
  OPEN + quote(t.deliverable, quoted) + UNIT + quote(t.unit, quoted) + PERIOD + quote(t.period, quoted) + REPORT + textJson(t.report) +
  TARGET + quote(t.target, quoted) + LEFT + quote(t.left.metric, quoted) + VALUE + numberText(t.left.value) + CLOSE +
  OP + quote(t.op, quoted) + RIGHT + quote(t.right.metric, quoted) + VALUE + numberText(t.right.value) + CLOSE +
  RESULT + quote(t.result, quoted) + CLOSE;

const [TARGET, OP, RESULT] = ['target', 'op', 'result'].map(field) as [string, string, string];
const LEFT = ',"left":{"metric":';
const RIGHT = ',"right":{"metric":';
const VALUE = ',"value":';

const textJson = (text: string | null): string => (text === null ? 'null' : escapeRaw(JSON.stringify(text)));

function quote(text: string | null, quoted: Map<string, string>): string {
  if (text === null) return 'null';
  let json = quoted.get(text);
  if (json === undefined) quoted.set(text, (json = oneByte(textJson(text))));
  return json;
}

// Ids and units are cut from the plan's text, which its Vietnamese makes two-byte, and V8 keeps a
// copy of two-byte text two-byte, ASCII as it may be. One two-byte value makes its whole run of
// items two-byte: twice the bytes to copy when the run is joined, and a slower encoding (~3 ms of
// a 10,030-file check). The few hundred quoted values are copied one-byte when they fit.
const LATIN1 = /^[\x00-\xff]*$/;
const oneByte = (text: string): string => (LATIN1.test(text) ? Buffer.from(text, 'latin1').toString('latin1') : text);

// JSON.stringify's spelling of a number: the shortest round-trip form, as String gives it, and null for NaN and the infinities.
const numberText = (n: number | null): string => (n !== null && Number.isFinite(n) ? String(n) : 'null');

/**
 * `--format json` a piece at a time, in the layout above: a national check maps 304,000 obligations, and neither that tree nor the ~100 MB text of
 * it need exist at once when the pieces go straight to a file. Lazy: each item is mapped only when
 * its piece is asked for.
 */
export const jsonChunks: ChunkedFormatter = function* (evaluation) {
  const head = JSON.stringify(toJsonHead(evaluation), null, 2);
  // The head's closing `\n}`: the lists follow it inside the same object.
  yield escapeRaw(head.slice(0, -2));
  yield* listChunks('problems', evaluation.problems, (problem) => lineItem(toJsonProblem(problem)));
  const quoted = new Map<string, string>();
  yield* listChunks('obligations', evaluation.obligations, (o) => obligationItem(o, quoted));
  yield* listChunks('targets', targetsOf(evaluation), (t) => targetItem(t, quoted));
  yield '\n}\n';
};

/** The whole text, from the same pieces, so the string and streamed forms cannot disagree. */
export const json: Formatter = (evaluation, ctx) => [...jsonChunks(evaluation, ctx)].join('');

/** Items joined into one piece: ~20,000 characters, which the writer encodes in one call (see writePieces). */
export const ITEMS_PER_PIECE = 64;

/**
 * A list, each item written as text at its depth when its piece is asked for. The items are
 * written here rather than by a mapping generator in between: a national check's 304,000
 * obligations would each pass through one more generator. Each piece is a run of items, their
 * separators (and the first indent) joined on: a piece per item cost a generator resume and an
 * encoding call each, ~5 ms of a 10,030-file check's 65 ms of JSON. The items are escaped one by
 * one before they are joined, so only a run that holds a Vietnamese note is encoded from two-byte text.
 */
function* listChunks<T>(key: string, items: Iterable<T>, write: (item: T) => string): Generator<string> {
  const label = `,\n  ${JSON.stringify(key)}: `;
  let first = true;
  let piece = '';
  let joined = 0;
  for (const item of items) {
    piece += (first ? `${label}[\n${ITEM_INDENT}` : `,\n${ITEM_INDENT}`) + write(item);
    first = false;
    if (++joined === ITEMS_PER_PIECE) {
      yield piece;
      piece = '';
      joined = 0;
    }
  }
  if (piece !== '') yield piece;
  // JSON.stringify spells an empty array `[]`, on one line.
  yield first ? `${label}[]` : '\n  ]';
}

function* targetsOf(evaluation: Evaluation): Generator<JsonTarget> {
  // Most obligations have no targets: no empty list mapped and iterated for each of them.
  for (const o of evaluation.obligations) if (o.targets) yield* toJsonTargets(o);
}
