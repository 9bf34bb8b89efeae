/**
 * The report layout tthc itself writes (`tthc new-report`, the examples), matched by a few
 * patterns: the keys in the schema's order, block entries in one of the key orders clerks keep
 * (deliverable, status, done_on, then evidence and a note either way round), one-line values,
 * references as one-line flow mappings, block metrics. A pattern runs as compiled code almost from
 * its first use, where readReport's loops run in V8's interpreter for the first thousands of files
 * of a check: 10,030 reports of this layout, read cold, take half the time (~95 against ~190 ms).
 *
 * It is a subset of readReport's reader: anything else (another order, a tab, a lone CR, a
 * multi-line value, a comment after a plain note) does not match, and the reader reads it. It
 * reads no value differently either: each is the same slice of the text the reader's Scan would
 * take, checked by the same rules (report-values.ts). The differential properties in
 * test/load/match-report.test.ts hold the two equal.
 *
 * Every pattern runs in time linear in the text: no two quantifiers can take the same characters
 * (a plain note, which could end in spaces or before a comment, runs to the line's end instead).
 */
import { SLUG_REGEX } from '../model/fields.js';
import { METRIC_NAME_REGEX, PLAN_REF_REGEX, type ProgressEntry, type ReportFile } from '../model/report.js';
import { BAIL, NOT_TEXT_KEYS, resolvePlain } from './lean-parse.js';
import { checkText, makeEntry, matching, readDay, readPeriod } from './report-values.js';
import { knownEntry, trimEntry, trimmedReport } from './trim-report.js';

/** Lines that hold nothing: blank, or a comment at any indentation. */
const SKIP = String.raw`(?: *(?:#[^\t\r\n]*)?\r?\n)*`;
/** The rest of a value's line: spaces, or a comment after a space; then the break, or the end of the text. */
const EOL = String.raw`(?: +#[^\t\r\n]*| *)(?:\r?\n|$)`;

/** A value on the rest of its line: double-quoted, single-quoted (`''` is a quote) or plain (three groups, in that order). */
const value = (plain: string) => String.raw`(?:"([^"\t\r\n]*)"|'((?:[^'\t\r\n]|'')*)'|(${plain}))`;
/** Ids, days, periods and statuses written plain: no space, and no indicator YAML would read. */
const WORD = String.raw`[A-Za-z0-9][\w.@/-]*`;
/**
 * A plain note: it starts with no indicator, and has no `#` or `:` up to the line's end (where it
 * would be a comment or a key to YAML). Its trailing spaces are cut off after the match.
 */
const NOTE = String.raw`[^ \t\r\n"'#{}\[\],&*!|>%@\x60?:~-][^\t\r\n#:]*(?=\r?\n|$)`;

/** A day that exists, in either spelling, quoted or not: the rare 29 February is left to the reader. */
const DAY_ISO = String.raw`[1-9]\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))`;
const DAY_VN = String.raw`(?:(?:0[1-9]|[12]\d|3[01])/(?:0[13578]|1[02])|(?:0[1-9]|[12]\d|30)/(?:0[469]|11)|(?:0[1-9]|1\d|2[0-8])/02)/[1-9]\d{3}`;
const DAY = `(?:(?:${DAY_ISO}|${DAY_VN})|"(?:${DAY_ISO}|${DAY_VN})"|'(?:${DAY_ISO}|${DAY_VN})')`;
/**
 * Text a reference only needs to hold (nonEmptyText): quoted with a visible ASCII character, or
 * plain and sure to be text: starting with a letter no null, boolean or number starts with, or a
 * number with a `/` in it (`45/BC-STP`).
 */
const REF_TEXT = String.raw`(?:"[^"\t\r\n!#-~]*[!#-~][^"\t\r\n]*"|'[^'\t\r\n!-&(-~]*[!-&(-~][^'\t\r\n]*'|[A-EG-MO-SU-Za-eg-mo-su-z][^ \t\r\n,{}\[\]#:"']*|[0-9][^ \t\r\n,{}\[\]#:"'/]*/[^ \t\r\n,{}\[\]#:"']*)`;
/** A document reference on one line, its keys in the schema's order. */
const REF = String.raw`\{ *number: +${REF_TEXT} *, *date: +${DAY} *(?:, *title: +${REF_TEXT} *)?\}`;

const HEAD = new RegExp(
  [
    `${SKIP}apiVersion: +(?:tthc/v1|"tthc/v1"|'tthc/v1')${EOL}`,
    `${SKIP}kind: +(?:Report|"Report"|'Report')${EOL}`,
    `${SKIP}plan: +${value(WORD)}${EOL}`,
    `${SKIP}unit: +${value(WORD)}${EOL}`,
    `${SKIP}period: +${value(WORD)}${EOL}`,
    `${SKIP}submitted: +${value(WORD)}${EOL}`,
    `(?:${SKIP}document: +${REF}${EOL})?`,
    // A report that owes nothing may leave the list out.
    `(?:${SKIP}(progress):${EOL})?`,
  ].join(''),
  'y',
);
const [PLAN, UNIT, PERIOD, SUBMITTED, PROGRESS] = [1, 4, 7, 10, 13] as const;

// Group 1 is the entry's indentation; group 14 its evidence list's, which every item repeats.
const ENTRY = new RegExp(
  [
    String.raw`${SKIP}( *)- deliverable: +${value(WORD)}${EOL}`,
    String.raw`${SKIP}\1  status: +${value(WORD)}${EOL}`,
    String.raw`(?:${SKIP}\1  done_on: +${value(WORD)}${EOL})?`,
    String.raw`(?:${SKIP}\1  note: +${value(NOTE)}${EOL})?`,
    String.raw`(?:${SKIP}\1  evidence:${EOL}${SKIP}\1  ( *)- ${REF}${EOL}(?:${SKIP}\1  \14- ${REF}${EOL})*)?`,
    String.raw`(?:${SKIP}\1  note: +${value(NOTE)}${EOL})?`,
  ].join(''),
  'y',
);
const [INDENT, DELIVERABLE, STATUS, DONE_ON, NOTE_BEFORE, NOTE_AFTER] = [1, 2, 5, 8, 11, 15] as const;

/** A value as tthc writes one: double-quoted or plain (two groups, in that order). */
const written = (plain: string) => String.raw`(?:"([^"\t\r\n]*)"|(${plain}))`;
const QUOTED = String.raw`"([^"\t\r\n]*)"`;

/**
 * An entry exactly as tthc lays one out (`tthc new-report`, the examples): `-` two spaces in, keys
 * at four, evidence items at six, each line ending with its value, values double-quoted or plain,
 * notes double-quoted, comment and blank lines (new-report's wording of the plan) only before the
 * entry. ENTRY restricted to that layout, without its backreferences and its run of blank and
 * comment lines before every key: irregexp takes half the time over a province's entries (~17
 * against ~34 ms for 100,300). Tried first; an entry it does not take whole, ENTRY reads.
 */
const TOOL_ENTRY = new RegExp(
  [
    String.raw`(?: *(?:#[^\t\r\n]*)?\n)*  - deliverable: ${written(WORD)}\n`,
    String.raw`    status: ${written(WORD)}\n`,
    String.raw`(?:    done_on: ${written(WORD)}\n)?`,
    String.raw`(?:    note: ${QUOTED}\n)?`,
    String.raw`(?:    evidence:\n(?:      - ${REF}\n)+)?`,
    String.raw`(?:    note: ${QUOTED}\n)?`,
    // Taken whole or not at all: the next line that holds something must not be indented as this
    // entry's keys are, where ENTRY would read on (a plain note, evidence at the key's column).
    String.raw`(?!(?: *(?:#[^\t\r\n]*)?\r?\n)* {4})`,
  ].join(''),
  'y',
);
const TOOL = { DELIVERABLE: 1, STATUS: 3, DONE_ON: 5, NOTE_BEFORE: 7, NOTE_AFTER: 8, LENGTH: 9 } as const;
const TOOL_INDENT = 2;

const METRICS = new RegExp(`${SKIP}metrics:${EOL}`, 'y');
/** One metric: a name in the schema's spelling, and a number YAML and the lean parser read alike (not negative). */
const METRIC = new RegExp(String.raw`${SKIP}( +)(${METRIC_NAME_REGEX.source.slice(1, -1)}): +((?:0|[1-9]\d{0,14})(?:\.\d{1,15})?)${EOL}`, 'y');
const END = new RegExp(String.raw`${SKIP}(?: *(?:#[^\t\r\n]*)?)$`, 'y');

/**
 * The report as a check keeps it (trimReport's), when the text is in the layout above; undefined
 * when it is not. Throws BAIL for a value the schema refuses: the general path words the problem.
 * The text is readReport's: the bytes as Latin-1, known to be UTF-8 with no NUL, escape, `__proto__` or U+1FEF.
 */
export function matchReport(text: string): ReportFile | undefined {
  const head = exec(HEAD, text, 0);
  if (head === null) return undefined;
  let at = HEAD.lastIndex;
  // Values are read once the whole text has matched: a value that fails a check in a text that
  // does not match (a note written over two lines, say) is the reader's to read, not a refusal.
  const entries: RegExpExecArray[] = [];
  if (head[PROGRESS] !== undefined) {
    let indent = -1;
    // A line that starts with anything else (`metrics:`, the end) ends the list without asking the
    // patterns: two more calls for every report.
    while (mayStartEntry(text.charCodeAt(at))) {
      let entry = exec(TOOL_ENTRY, text, at);
      let entryIndent = TOOL_INDENT;
      if (entry !== null) at = TOOL_ENTRY.lastIndex;
      else {
        entry = exec(ENTRY, text, at);
        if (entry === null) break;
        entryIndent = entry[INDENT]!.length;
        at = ENTRY.lastIndex;
      }
      // A sequence's items share one indentation: another is not this list's.
      if (indent !== -1 && entryIndent !== indent) return undefined;
      indent = entryIndent;
      entries.push(entry);
    }
    // `progress:` and no list: null, which the schema refuses.
    if (entries.length === 0) return undefined;
  }
  const metrics: RegExpExecArray[] = [];
  const hasMetrics = test(METRICS, text, at);
  if (hasMetrics) {
    at = METRICS.lastIndex;
    for (let metric = exec(METRIC, text, at); metric !== null; metric = exec(METRIC, text, at)) {
      if (metrics.length > 0 && metric[1]!.length !== metrics[0]![1]!.length) return undefined;
      // YAML reads these names as null or a boolean, not as text: the general path decides what they mean.
      if (NOT_TEXT_KEYS.has(metric[2]!)) return undefined;
      metrics.push(metric);
      at = METRIC.lastIndex;
    }
    if (metrics.length === 0) return undefined;
  }
  if (!test(END, text, at)) return undefined;
  const read = {
    plan: matching(valueAt(head, PLAN), PLAN_REF_REGEX),
    unit: matching(valueAt(head, UNIT), SLUG_REGEX),
    period: readPeriod(valueAt(head, PERIOD)),
    submitted: readDay(valueAt(head, SUBMITTED)),
    metrics: hasMetrics ? metricsOf(metrics) : undefined,
  };
  return trimmedReport(read, entries.map(entryOf));
}

/** Whether TOOL_ENTRY or ENTRY could match from a character: each starts with blank or comment lines, then spaces and the dash. */
function mayStartEntry(c: number): boolean {
  return c === 0x20 || c === 0x2d || c === 0x0a || c === 0x23 || c === 0x0d;
}

/** A sticky pattern run at `at`: where it ends is then its lastIndex. */
function exec(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** exec's question without its answer: no match array for a pattern whose groups nobody reads. */
function test(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

function metricsOf(lines: readonly RegExpExecArray[]): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const line of lines) {
    const name = line[2]!;
    if (Object.hasOwn(metrics, name)) throw BAIL;
    metrics[name] = Number(line[3]);
  }
  return metrics;
}

/** An entry as trimReport keeps it, from TOOL_ENTRY's match (the shorter one) or ENTRY's. */
function entryOf(match: RegExpExecArray): ProgressEntry {
  const tool = match.length === TOOL.LENGTH;
  const before = tool ? match[TOOL.NOTE_BEFORE] : valueAt(match, NOTE_BEFORE);
  const after = tool ? match[TOOL.NOTE_AFTER] : valueAt(match, NOTE_AFTER);
  // `note` on both sides of the evidence: a duplicate key, which the general path names.
  if (before !== undefined && after !== undefined) throw BAIL;
  const note = before !== undefined ? before : after;
  const doneOn = tool ? writtenAt(match, TOOL.DONE_ON) : valueAt(match, DONE_ON);
  const deliverable = tool ? writtenAt(match, TOOL.DELIVERABLE) : valueAt(match, DELIVERABLE);
  const status = tool ? writtenAt(match, TOOL.STATUS) : valueAt(match, STATUS);
  // Most entries say what an earlier report said (the same deliverable, status and day): that
  // entry was checked then, and is the one kept. Only its note, which is not kept, is checked again.
  const known = typeof deliverable === 'string' ? knownEntry(deliverable, saysOf(status, doneOn)) : undefined;
  if (known !== undefined && known.status === status) {
    if (note !== undefined) checkText(note);
    return known;
  }
  return trimEntry(makeEntry(deliverable, status, doneOn, note, doneOn !== undefined, note !== undefined));
}

/** What knownEntry looks an entry up by: its day when done, else its status; '' (found for nothing) when neither fits. */
function saysOf(status: unknown, doneOn: unknown): string {
  if (status === 'done') return typeof doneOn === 'string' ? doneOn : '';
  return doneOn === undefined && (status === 'in_progress' || status === 'not_started') ? status : '';
}

/** The value of the two groups from `group` (written's): as valueAt reads the same text (a plain value here has no trailing spaces). */
function writtenAt(match: RegExpExecArray, group: number): unknown {
  const doubleQuoted = match[group];
  if (doubleQuoted !== undefined) return doubleQuoted;
  const plain = match[group + 1];
  return plain === undefined ? undefined : resolvePlain(plain);
}

/** The value of the three groups from `group` (value's): quoted text as it stands, plain text as the core schema reads it. */
function valueAt(match: RegExpExecArray, group: number): unknown {
  const doubleQuoted = match[group];
  if (doubleQuoted !== undefined) return doubleQuoted;
  const singleQuoted = match[group + 1];
  if (singleQuoted !== undefined) return singleQuoted.includes("''") ? singleQuoted.replaceAll("''", "'") : singleQuoted;
  const plain = match[group + 2];
  return plain === undefined ? undefined : resolvePlain(trimSpaces(plain));
}

/** Without trailing spaces, as YAML ends a plain value (String#trimEnd would also cut a Latin-1 no-break space, half of `à`). */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return end === text.length ? text : text.slice(0, end);
}
