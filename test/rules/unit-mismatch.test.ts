import { describe, expect, it } from 'vitest';
import { reportOf } from '../support/builders.js';
import { check } from './support.js';

describe('unit-mismatch', () => {
  it('rejects a report whose unit differs from its folder, and does not count it', () => {
    const forged = reportOf('dept-a', '2024-01', '2024-01-20', [], { folder: 'dept-b', file: 'reports/dept-b/2024-01.yaml' });
    const result = check([forged, reportOf('dept-b', '2024-02', '2024-02-20')]);
    expect(result.problems).toEqual(['unit-mismatch reports/dept-b/2024-01.yaml error']);
    expect(result.messages[0]).toMatch(/names unit "dept-a" but lies in the folder "dept-b"/);
    expect(result.counted).toEqual(['reports/dept-b/2024-02.yaml']);
  });

  it('rejects a report lying directly in reports/', () => {
    expect(check([reportOf('dept-a', '2024-01', '2024-01-20', [], { folder: null })]).problems).toEqual(['unit-mismatch reports/dept-a/2024-01.yaml error']);
  });

  it('has nothing to compare for a file named on its own', () => {
    expect(check([reportOf('dept-a', '2024-01', '2024-01-20', [], { folder: undefined })]).problems).toEqual([]);
  });
});
