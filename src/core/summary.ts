import { STATUSES } from '../model/status.js';
import type { Obligation, Summary } from './evaluation.js';

export function summarize(obligations: readonly Obligation[]): Summary {
  const summary = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Summary;
  for (const obligation of obligations) summary[obligation.status]++;
  return summary;
}
