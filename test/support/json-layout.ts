import type { JsonOutputV1 } from '../../src/format/json-output.js';

/**
 * The text `--format json` writes for a JSON output, made the plain way: the head indented by
 * JSON.stringify, each item of the three lists on a line of its own as JSON.stringify writes it;
 * then DEL, C1 and bidi controls escaped, which JSON.stringify leaves raw. The streamed formatter
 * must give these bytes exactly.
 */
export function jsonLayout(output: JsonOutputV1): string {
  const { problems, obligations, targets, ...head } = output;
  const list = (key: string, items: unknown[]) =>
    `  ${JSON.stringify(key)}: ${items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`}`;
  const lists = [list('problems', problems), list('obligations', obligations), list('targets', targets)].join(',\n');
  return `${JSON.stringify(head, null, 2).slice(0, -2)},\n${lists}\n}\n`.replace(
    /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
