import type { AgendaFormatter } from './agenda-formatter.js';
import { ics } from './agenda-ics.js';
import { agendaJson } from './agenda-json.js';
import { agendaTable } from './agenda-table.js';

/** Every `tthc agenda --format` choice; the keys are the CLI's choices. */
export const AGENDA_FORMATTERS = {
  table: agendaTable,
  json: agendaJson,
  ics,
} satisfies Record<string, AgendaFormatter>;

export type AgendaFormatName = keyof typeof AGENDA_FORMATTERS;
export const AGENDA_FORMAT_NAMES = Object.keys(AGENDA_FORMATTERS) as AgendaFormatName[];
