import type { Agenda } from '../core/agenda.js';
import type { Lang } from '../i18n/lang.js';
import type { PlanBundle } from '../model/bundle.js';

export interface AgendaContext {
  lang: Lang;
  /** Columns available for a table. */
  width: number;
  bundle: PlanBundle;
}

/** Renders an agenda; never reads the clock (every date, DTSTAMP included, comes from the agenda). */
export type AgendaFormatter = (agenda: Agenda, ctx: AgendaContext) => string;
