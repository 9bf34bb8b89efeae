/**
 * The numbers a plan's targets may read from a report's `metrics`. The counts follow the indicators
 * of the periodic report on TTHC (received: total, online, in person or by post, carried over;
 * resolved: early, on time, late; in progress: within time, overdue); the rates are the
 * percentages the plan's own targets name. A report may carry other numbers too: they are kept,
 * but no target can read them.
 */
const CATALOGUE = {
  dossiers_received: { unit: 'count' },
  dossiers_received_online: { unit: 'count' },
  dossiers_received_direct: { unit: 'count' },
  dossiers_carried_over: { unit: 'count' },
  dossiers_resolved_early: { unit: 'count' },
  dossiers_resolved_on_time: { unit: 'count' },
  dossiers_resolved_late: { unit: 'count' },
  dossiers_pending_in_time: { unit: 'count' },
  dossiers_pending_overdue: { unit: 'count' },
  dossiers_digitized: { unit: 'count' },
  apology_letters: { unit: 'count' },
  procedures_published_rate: { unit: 'percent' },
  procedures_at_one_stop_rate: { unit: 'percent' },
  feedback_address_published_rate: { unit: 'percent' },
  communes_e_certification_rate: { unit: 'percent' },
  // A unit may state the rate or leave it to the two counts it already reports.
  dossiers_online_rate: { unit: 'percent', percentOf: ['dossiers_received_online', 'dossiers_received'] },
  dossiers_online_rate_previous_year: { unit: 'percent' },
} as const satisfies Record<string, MetricInfo>;

export interface MetricInfo {
  unit: 'count' | 'percent';
  /** Derived when the report does not state it: 100 × first ÷ second. */
  percentOf?: readonly [string, string];
}

export type MetricName = keyof typeof CATALOGUE;
export const METRICS: Readonly<Record<MetricName, MetricInfo>> = CATALOGUE;
export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

export function isMetricName(name: string): name is MetricName {
  return Object.hasOwn(METRICS, name);
}
