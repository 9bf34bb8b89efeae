import { describe, expect, it } from 'vitest';
import { done, inProgress, notApplicable, reportOf } from '../support/builders.js';
import { check } from './support.js';

describe('duplicate-entry', () => {
  it('warns on the second entry for the same deliverable, naming the first, and still counts the report', () => {
    const result = check([reportOf('dept-a', '2024-Q2', '2024-06-17', [notApplicable('I.1.2', 'Không áp dụng'), inProgress('I.1.2')])]);
    expect(result.problems).toEqual(['duplicate-entry reports/dept-a/2024-Q2.yaml warning']);
    expect(result.messages[0]).toBe('Deliverable I.1.2 already has entry 1 in this report; only the first is read.');
    expect(result.counted).toHaveLength(1);
  });

  it('names the first entry for every later one, and reads each report on its own', () => {
    const result = check([
      reportOf('dept-a', '2024-01', '2024-01-20', [done('I.1.1', '2024-01-10'), inProgress('I.1.2')]),
      reportOf('dept-a', '2024-02', '2024-02-20', [inProgress('I.1.2'), done('I.1.1', '2024-02-10'), inProgress('I.1.2'), notApplicable('I.1.2', 'Không áp dụng')]),
      reportOf('dept-b', '2024-01', '2024-01-20', [inProgress('I.1.2'), inProgress('I.1.1')]),
    ]);
    // The same deliverable in another report, or in another unit's, is no duplicate.
    expect(result.problems).toEqual(['duplicate-entry reports/dept-a/2024-02.yaml warning', 'duplicate-entry reports/dept-a/2024-02.yaml warning']);
    expect(result.messages).toEqual([
      'Deliverable I.1.2 already has entry 1 in this report; only the first is read.',
      'Deliverable I.1.2 already has entry 1 in this report; only the first is read.',
    ]);
  });

  it('is quiet for different deliverables', () => {
    expect(check([reportOf('dept-a', '2024-01', '2024-01-20', [done('I.1.1', '2024-01-10'), inProgress('I.1.2')])]).problems).toEqual([]);
  });
});
