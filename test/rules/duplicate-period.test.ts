import { describe, expect, it } from 'vitest';
import { reportOf } from '../support/builders.js';
import { check } from './support.js';

describe('duplicate-period', () => {
  const first = reportOf('dept-a', '2024-03', '2024-03-18', [], { file: 'reports/dept-a/b-resent.yaml' });
  const second = reportOf('dept-a', '2024-03', '2024-03-25', [], { file: 'reports/dept-a/a-first.yaml' });

  it('flags the later-submitted file whatever its name, and counts the earliest', () => {
    const result = check([second, first]);
    expect(result.problems).toEqual(['duplicate-period reports/dept-a/a-first.yaml error']);
    expect(result.messages[0]).toMatch(/reports\/dept-a\/b-resent.yaml/);
    expect(result.counted).toEqual(['reports/dept-a/b-resent.yaml']);
  });

  it('as of a day between the two, the later one does not exist yet', () => {
    expect(check([second, first], '2024-03-20').problems).toEqual([]);
  });

  it('different units or periods are not duplicates', () => {
    expect(check([reportOf('dept-a', '2024-03', '2024-03-18'), reportOf('dept-b', '2024-03', '2024-03-18'), reportOf('dept-a', '2024-Q1', '2024-03-18')]).problems).toEqual([]);
  });
});
