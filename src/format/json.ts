import type { Formatter } from './formatter.js';
import { toJsonOutput } from './json-output.js';

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls and bidi controls raw, and
// `tthc check --format json` is often read in a terminal. Escaped, they parse to the same text.
const RAW_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const ANY_RAW = new RegExp(RAW_IN_JSON.source);

export const json: Formatter = (evaluation) => {
  // The newline is joined before anything reads the text: the test below then makes the one flat
  // copy of it that is kept. Joined after, writing would copy all of it again (100 MB nationally).
  const text = JSON.stringify(toJsonOutput(evaluation), null, 2) + '\n';
  // A test stops at the first such character; most outputs have none, and a replace copies it all.
  return ANY_RAW.test(text) ? text.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) : text;
};
