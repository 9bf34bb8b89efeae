import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileExclusive } from '../../src/write/write-atomic.js';
import { tempDir } from '../support/temp-dir.js';

describe('writing files', () => {
  it('atomic writes replace the whole file and leave no temporary file behind', async () => {
    const dir = tempDir({ 'out/status.json': 'old' });
    await writeFileAtomic(join(dir, 'out/status.json'), 'new');
    expect(readFileSync(join(dir, 'out/status.json'), 'utf8')).toBe('new');
    expect(readdirSync(join(dir, 'out'))).toEqual(['status.json']);
  });

  it('atomic writes create missing folders', async () => {
    const dir = tempDir();
    await writeFileAtomic(join(dir, 'a/b/c.txt'), 'x');
    expect(readFileSync(join(dir, 'a/b/c.txt'), 'utf8')).toBe('x');
  });

  it('a text of several megabytes is written whole, Vietnamese and emoji intact across every slice', async () => {
    const dir = tempDir();
    // Odd lengths put multi-byte characters and surrogate pairs on every side of a 1 MiB slice.
    const text = `${'Báo cáo kết quả 😀 '.repeat(150_000)}a${'😀'.repeat(600_000)}`;
    await writeFileAtomic(join(dir, 'big.json'), text);
    expect(readFileSync(join(dir, 'big.json'), 'utf8')).toBe(text);
  });

  it('an exclusive write never touches an existing file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'report.yaml'), 'the unit’s own words');
    await expect(writeFileExclusive(join(dir, 'report.yaml'), 'generated')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(join(dir, 'report.yaml'), 'utf8')).toBe('the unit’s own words');
  });

  describe('content in pieces (a streamed format)', () => {
    const MIB = 1 << 20;
    /** Pieces are gathered into writes of 64 KiB. */
    const BATCH = 1 << 16;

    /** Pieces of odd lengths, in Vietnamese with emoji, that reach past many batches. */
    function* obligationLike(count: number): Generator<string> {
      for (let i = 0; i < count; i++) yield `,\n    {\n      "note": "Báo cáo kết quả ${i} 😀 Đã niêm yết${'ễ'.repeat(i % 7)}"\n    }`;
    }

    it('writes exactly the joined text, across batch ends, with pairs split between pieces and one piece bigger than a batch', async () => {
      const dir = tempDir();
      const pieces = [
        // A piece ends on the first half of a surrogate pair; the second half is the next piece.
        'ă'.repeat(MIB - 1) + '\ud83d',
        '\ude00 tiếng Việt',
        ...obligationLike(20_000),
        // Bigger than two batches, its own pairs at every parity.
        `a${'😀'.repeat(MIB + 3)}`,
        '',
        ...obligationLike(30_000),
        'cuối 😀',
      ];
      const text = pieces.join('');
      expect(text.length).toBeGreaterThan(6 * MIB);
      await writeFileAtomic(join(dir, 'big.json'), pieces);
      // A pair split by a batch would have become U+FFFD, which reads back as a different text.
      expect(readFileSync(join(dir, 'big.json'), 'utf8') === text).toBe(true);
      expect(readdirSync(dir)).toEqual(['big.json']);
    });

    it('a text that ends on a lone high surrogate is written whole (as UTF-8 writes it), not held back forever', async () => {
      const dir = tempDir();
      await writeFileAtomic(join(dir, 'odd.txt'), ['x'.repeat(MIB - 1), '\ud83d']);
      // Compared as bytes: a lone surrogate does not survive decoding.
      expect(readFileSync(join(dir, 'odd.txt')).equals(Buffer.from(`${'x'.repeat(MIB - 1)}\ud83d`, 'utf8'))).toBe(true);
    });

    it('writes the pieces as they come, holding back no more than a batch of them', async () => {
      const dir = tempDir();
      let onDiskAtThreeMib = -1;
      function* watched(): Generator<string> {
        const pieces = [...obligationLike(60_000)];
        let produced = 0;
        for (const piece of pieces) {
          produced += Buffer.byteLength(piece, 'utf8');
          if (onDiskAtThreeMib === -1 && produced >= 3 * MIB) {
            const temp = readdirSync(dir).find((name) => name.endsWith('.tmp'))!;
            onDiskAtThreeMib = statSync(join(dir, temp)).size;
          }
          yield piece;
        }
      }
      await writeFileAtomic(join(dir, 'many.json'), watched());
      // Everything but the batch still being gathered is already in the temporary file.
      expect(onDiskAtThreeMib).toBeGreaterThan(3 * MIB - 2 * BATCH);
      expect(readFileSync(join(dir, 'many.json'), 'utf8')).toBe([...obligationLike(60_000)].join(''));
    });

    function* failingAfter(chars: number): Generator<string> {
      for (let written = 0; written < chars; written += 1000) yield 'Đ'.repeat(1000);
      throw new Error('formatter broke');
    }

    it('pieces that fail midway leave the old file as it was and no temporary file', async () => {
      const dir = tempDir({ 'out/status.json': 'the user’s old report' });
      // Past two batches, so the temporary file really had bytes in it.
      await expect(writeFileAtomic(join(dir, 'out/status.json'), failingAfter(3 * MIB))).rejects.toThrow('formatter broke');
      expect(readFileSync(join(dir, 'out/status.json'), 'utf8')).toBe('the user’s old report');
      expect(readdirSync(join(dir, 'out'))).toEqual(['status.json']);
    });

    it('pieces that fail midway leave no file at all where there was none', async () => {
      const dir = tempDir();
      await expect(writeFileAtomic(join(dir, 'out/status.json'), failingAfter(3 * MIB))).rejects.toThrow('formatter broke');
      expect(readdirSync(join(dir, 'out'))).toEqual([]);
    });
  });
});
