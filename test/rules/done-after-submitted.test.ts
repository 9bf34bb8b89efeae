import { describe, expect, it } from 'vitest';
import { done, reportOf } from '../support/builders.js';
import { check } from './support.js';

describe('done-after-submitted', () => {
  it('warns when a report claims work finished after the report was sent', () => {
    const result = check([reportOf('dept-a', '2024-01', '2024-01-20', [done('I.1.1', '2024-01-25')])]);
    expect(result.problems).toEqual(['done-after-submitted reports/dept-a/2024-01.yaml warning']);
    expect(result.counted).toHaveLength(1);
  });

  it('is quiet when the work was done by the day of the report', () => {
    expect(check([reportOf('dept-a', '2024-01', '2024-01-20', [done('I.1.1', '2024-01-20')])]).problems).toEqual([]);
  });
});
