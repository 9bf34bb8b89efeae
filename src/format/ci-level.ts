import { type FailOn, type Status, failingStatuses } from '../model/status.js';

/** How loudly a CI format reports an obligation: GitHub's annotation levels, which the other CI formats map from. */
export type CiLevel = 'error' | 'warning' | 'notice';

/**
 * What fails the job is an error, so annotations agree with the exit code; `missed` is always one
 * (it is the plan's own verdict, and the default `--fail-on`). Below that, what was done but not as
 * the plan asks (late, a target missed) and an ongoing duty left unreported warn, until `--fail-on late`
 * makes them fail.
 */
export function classifyObligation(status: Status, failOn: FailOn = 'missed'): CiLevel | null {
  if (status === 'missed' || failingStatuses(failOn).includes(status)) return 'error';
  if (status === 'late' || status === 'target_missed' || status === 'unreported') return 'warning';
  if (status === 'due_soon') return 'notice';
  return null;
}
