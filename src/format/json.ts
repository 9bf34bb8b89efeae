import type { Formatter } from './formatter.js';
import { toJsonOutput } from './json-output.js';

export const json: Formatter = (evaluation) => JSON.stringify(toJsonOutput(evaluation), null, 2) + '\n';
