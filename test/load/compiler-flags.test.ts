import { describe, expect, it } from 'vitest';
import { withoutOptimising } from '../../src/load/compiler-flags.js';

describe('withoutOptimising', () => {
  it('gives the plan as loaded, and a failure to load it as it was thrown', async () => {
    await expect(withoutOptimising(async () => ({ id: 'soc-trang-2024' }))).resolves.toEqual({ id: 'soc-trang-2024' });
    const failure = new Error('không đọc được kế hoạch');
    await expect(withoutOptimising(async () => Promise.reject(failure))).rejects.toBe(failure);
  });

  it('lets V8 optimise again afterwards, whatever happened: code that runs hot later is compiled', async () => {
    await withoutOptimising(async () => Promise.reject(new Error('x'))).catch(() => undefined);
    const { setFlagsFromString } = await import('node:v8');
    setFlagsFromString('--allow-natives-syntax');
    // V8's own test hooks, which a function built after the flag can call.
    const status = new Function('f', 'return %GetOptimizationStatus(f)') as (f: unknown) => number;
    const optimiseNow = new Function('f', '%PrepareFunctionForOptimization(f); f(1); %OptimizeFunctionOnNextCall(f); f(2);') as (f: unknown) => void;
    const hot = (n: number) => n * 2 + 1;
    optimiseNow(hot);
    // Bit 4 (16): running TurboFan code. Held back, the filter would have kept it from compiling.
    expect(status(hot) & 16).toBe(16);
    const held = (n: number) => n * 3 + 1;
    await withoutOptimising(async () => optimiseNow(held));
    expect(status(held) & 16).toBe(0);
  });
});
