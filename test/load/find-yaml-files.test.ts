import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findYamlFiles } from '../../src/load/find-yaml-files.js';
import { tempDir } from '../support/temp-dir.js';

describe('finding the YAML files below a folder', () => {
  it('lists every .yaml and .yml file in a stable order, below the folder, skipping dot folders and other files', async () => {
    const dir = tempDir({
      'reports/so-tu-phap/2024-02.yaml': 'a: 1',
      'reports/so-tu-phap/2024-01.yaml': 'a: 1',
      'reports/h-ke-sach/2024-Q1.yml': 'a: 1',
      'reports/2024.yaml': 'a: 1',
      'reports/README.md': '# not a report',
      'reports/.git/config.yaml': 'not: read',
    });
    const root = join(dir, 'reports');
    const walk = await findYamlFiles(root);
    const expected = ['2024.yaml', 'h-ke-sach/2024-Q1.yml', 'so-tu-phap/2024-01.yaml', 'so-tu-phap/2024-02.yaml'];
    expect(walk.files.map((f) => f.relative)).toEqual(expected);
    // Problems and annotations name files by these paths.
    expect(walk.files.map((f) => f.path)).toEqual(expected.map((rel) => join(root, ...rel.split('/'))));
    expect(walk.outsideLinks).toEqual([]);
  });

  // Only what the walk saw as a regular file is read the quick way (readRegularFile); anything
  // else is listed too, so that the reader names it instead of the walk skipping it.
  it('says which files it saw as regular: a file or a link to one inside the folder, not a FIFO', async () => {
    const dir = tempDir({ 'reports/a/2024-01.yaml': 'a: 1' });
    const root = join(dir, 'reports');
    symlinkSync(join(root, 'a', '2024-01.yaml'), join(root, 'a', '2024-02.yaml'));
    execFileSync('mkfifo', [join(root, 'a', '2024-03.yaml')]);
    const walk = await findYamlFiles(root);
    expect(walk.files.map((f) => [f.relative, f.regular])).toEqual([
      ['a/2024-01.yaml', true],
      ['a/2024-02.yaml', true],
      ['a/2024-03.yaml', false],
    ]);
  });
});
