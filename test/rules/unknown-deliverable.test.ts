import { describe, expect, it } from 'vitest';
import { done, reportOf } from '../support/builders.js';
import { check } from './support.js';

describe('unknown-deliverable', () => {
  it('names the entry, suggests the nearest id, and still counts the rest of the report', () => {
    const result = check([reportOf('dept-a', '2024-01', '2024-01-20', [done('I.1.9', '2024-01-10'), done('I.1.1', '2024-01-10')])]);
    expect(result.problems).toEqual(['unknown-deliverable reports/dept-a/2024-01.yaml error']);
    expect(result.messages[0]).toBe('The plan has no deliverable I.1.9 — did you mean I.1.1?');
    expect(result.counted).toEqual(['reports/dept-a/2024-01.yaml']);
  });
});
