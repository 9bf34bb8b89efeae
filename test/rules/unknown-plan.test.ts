import { describe, expect, it } from 'vitest';
import { reportOf } from '../support/builders.js';
import { check } from './support.js';

describe('unknown-plan', () => {
  it('rejects a report written against another plan or a version that does not exist', () => {
    const other = reportOf('dept-a', '2024-01', '2024-01-20');
    other.data.plan = 'test-plan@7';
    const result = check([other]);
    expect(result.problems).toEqual(['unknown-plan reports/dept-a/2024-01.yaml error']);
    expect(result.messages[0]).toMatch(/"test-plan@7".*test-plan@1/);
    expect(result.counted).toEqual([]);
  });

  it('suggests the plan in force for a different id', () => {
    const other = reportOf('dept-a', '2024-01', '2024-01-20');
    other.data.plan = 'tes-plan@1';
    expect(check([other]).messages[0]).toMatch(/did you mean test-plan@1\?/);
  });
});
