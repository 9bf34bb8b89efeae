import type { ChalkInstance } from 'chalk';
import type { Status } from '../model/status.js';

/** One colour per status for every terminal view; the symbols carry the meaning when colour is off. */
export const STATUS_COLOURS: Record<Status, (c: ChalkInstance) => ChalkInstance> = {
  met: (c) => c.green,
  late: (c) => c.yellow,
  missed: (c) => c.red.bold,
  due_soon: (c) => c.magenta,
  open: (c) => c.reset,
  reported: (c) => c.green,
  unreported: (c) => c.red,
  exempt: (c) => c.gray,
  on_request: (c) => c.cyan,
  target_missed: (c) => c.yellow,
};
