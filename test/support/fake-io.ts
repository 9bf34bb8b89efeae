import type { CliIo } from '../../src/cli/io.js';

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
}

/** An io whose clock is pinned and whose output is captured. */
export function fakeIo(options: { cwd?: string; now?: string; env?: Record<string, string> } = {}): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text), isTTY: false },
    stderr: { write: (text: string) => (err += text) },
    env: { ...options.env },
    now: () => new Date(options.now ?? '2024-07-01T03:00:00Z'),
    cwd: options.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
}
