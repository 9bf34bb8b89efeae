import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
});
