import { describe, expect, it } from 'vitest';
import { classifyObligation } from '../../src/format/ci-level.js';
import { FAIL_ON_LEVELS, STATUSES } from '../../src/model/status.js';

// status, then its level at --fail-on missed, late, due_soon, never
const TABLE = [
  ['missed', 'error', 'error', 'error', 'error'],
  ['late', 'warning', 'error', 'error', 'warning'],
  ['due_soon', 'notice', 'notice', 'error', 'notice'],
  ['target_missed', 'warning', 'error', 'error', 'warning'],
  ['unreported', 'warning', 'error', 'error', 'warning'],
  ['met', null, null, null, null],
  ['open', null, null, null, null],
  ['reported', null, null, null, null],
  ['exempt', null, null, null, null],
  ['on_request', null, null, null, null],
] as const;

describe('classifyObligation', () => {
  it.each(TABLE)('%s', (status, ...levels) => {
    expect(FAIL_ON_LEVELS.map((failOn) => classifyObligation(status, failOn))).toEqual(levels);
  });

  it('the table covers every status, and --fail-on defaults to missed', () => {
    expect(TABLE.map(([status]) => status).sort()).toEqual([...STATUSES].sort());
    for (const status of STATUSES) expect(classifyObligation(status)).toBe(classifyObligation(status, 'missed'));
  });
});
