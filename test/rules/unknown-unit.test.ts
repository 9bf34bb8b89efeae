import { describe, expect, it } from 'vitest';
import { reportOf } from '../support/builders.js';
import { check } from './support.js';

describe('unknown-unit', () => {
  it('rejects a unit the plan does not have and suggests the nearest', () => {
    const result = check([reportOf('dept-c', '2024-01', '2024-01-20')]);
    expect(result.problems).toEqual(['unknown-unit reports/dept-c/2024-01.yaml error']);
    expect(result.messages[0]).toMatch(/did you mean dept-a\?/);
    expect(result.counted).toEqual([]);
  });

  it('suggests nothing when no id is close', () => {
    expect(check([reportOf('completely-different', '2024-01', '2024-01-20')]).messages[0]).not.toMatch(/did you mean/);
  });
});
