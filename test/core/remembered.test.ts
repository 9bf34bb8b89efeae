import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/core/remembered.js';

describe('remembered', () => {
  it('works each value out once while the table has room, and each time past its limit, the answer the same', () => {
    const known = new Map<string, number>();
    const asked: string[] = [];
    const length = (key: string) => (asked.push(key), key.length);
    for (const key of ['2024-01', '2024-Q1', '2024-01', '2024', '2024', '2024-Q1']) expect(remembered(known, 2, key, length)).toBe(key.length);
    // Two kept; the third distinct key is worked out each time it is asked, and never kept.
    expect([...known.keys()]).toEqual(['2024-01', '2024-Q1']);
    expect(asked).toEqual(['2024-01', '2024-Q1', '2024', '2024']);
  });

  it('keeps nothing for a key whose working-out fails, so the failure comes again', () => {
    const known = new Map<string, number>();
    const refuse = () => {
      throw new Error('không phải kỳ báo cáo');
    };
    expect(() => remembered(known, 10, '2024-13', refuse)).toThrow('không phải kỳ báo cáo');
    expect(() => remembered(known, 10, '2024-13', refuse)).toThrow('không phải kỳ báo cáo');
    expect(known.size).toBe(0);
  });
});
