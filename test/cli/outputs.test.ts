import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { emitOutput } from '../../src/cli/outputs.js';
import { fakeIo } from '../support/fake-io.js';

/** A stdout that records each write. */
function recordingIo() {
  const io = fakeIo();
  const writes: string[] = [];
  io.stdout = { write: (text: string) => writes.push(text) > 0, isTTY: false };
  return { io, writes };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Pieces like a streamed format's: one per item, each a few hundred characters.
const pieces = (count: number, text = 'x'.repeat(300)) => Array.from({ length: count }, (_, i) => `${i}:${text}\n`);

describe('emitOutput to stdout', () => {
  it('gives a whole text in one write', async () => {
    const { io, writes } = recordingIo();
    await emitOutput(io, 'vi', {}, 'whole text\n');
    expect(writes).toEqual(['whole text\n']);
  });

  it('writes pieces in batches as they come: a few writes, never the whole text at once, the same text', async () => {
    const { io, writes } = recordingIo();
    const all = pieces(2000);
    await emitOutput(io, 'vi', {}, all);
    const text = all.join('');
    expect(text.length).toBeGreaterThan(500_000);
    expect(writes.join('')).toBe(text);
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.length).toBeLessThan(all.length / 10);
    for (const write of writes) expect(write.length).toBeLessThan(100_000);
  });

  it('keeps a surrogate pair whole when a batch would end between its halves', async () => {
    const { io, writes } = recordingIo();
    // The first piece fills a batch up to its last unit, the high half of 🇻; the next piece starts with the low half.
    const flag = '🇻🇳';
    const first = 'a'.repeat((1 << 16) - 1) + flag[0];
    await emitOutput(io, 'vi', {}, [first, flag.slice(1) + ' cờ\n']);
    expect(writes.join('')).toBe(`${'a'.repeat((1 << 16) - 1)}${flag} cờ\n`);
    expect(writes.length).toBe(2);
    for (const write of writes) expect(write).not.toMatch(LONE_SURROGATE);
  });

  it('waits for the stream to drain when it says its buffer is full, and writes nothing meanwhile', async () => {
    const io = fakeIo();
    const stream = new EventEmitter();
    const writes: string[] = [];
    let waiting = false;
    io.stdout = {
      isTTY: false,
      once: (event, listener) => stream.once(event, listener),
      write: (text: string) => {
        expect(waiting, 'written while the buffer was full').toBe(false);
        writes.push(text);
        // Full after every write; it drains a moment later.
        waiting = true;
        setTimeout(() => {
          waiting = false;
          stream.emit('drain');
        }, 1);
        return false;
      },
    };
    const all = pieces(1000);
    await emitOutput(io, 'vi', {}, all);
    expect(writes.length).toBeGreaterThan(2);
    expect(writes.join('')).toBe(all.join(''));
  });
});
