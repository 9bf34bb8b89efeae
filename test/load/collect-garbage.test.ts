import { describe, expect, it } from 'vitest';
import { LARGE_RUN_FILES, collectGarbage, collectGarbageIfLarge } from '../../src/load/collect-garbage.js';

describe('collectGarbage', () => {
  it('frees what nothing holds any more, at once, without --expose-gc on the command line', async () => {
    let held: { rows: number[] } | undefined = { rows: Array.from({ length: 100_000 }, (_, i) => i) };
    const ref = new WeakRef(held);
    held = undefined;
    // A WeakRef keeps its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
  });

  it('is asked for by a large run only: a province is not made to wait for one', async () => {
    const unheld = async () => {
      let held: { rows: number[] } | undefined = { rows: Array.from({ length: 100_000 }, (_, i) => i) };
      const ref = new WeakRef(held);
      held = undefined;
      await new Promise((resolve) => setImmediate(resolve));
      return ref;
    };
    const small = await unheld();
    collectGarbageIfLarge(1_700);
    expect(small.deref()).toBeDefined();
    const large = await unheld();
    collectGarbageIfLarge(LARGE_RUN_FILES);
    expect(large.deref()).toBeUndefined();
  });
});
