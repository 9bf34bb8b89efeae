import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findYamlFiles } from '../../src/load/find-yaml-files.js';
import { tempDir } from '../support/temp-dir.js';

describe('finding the YAML files below a folder', () => {
  const workspace = () =>
    tempDir({
    'reports/so-tu-phap/2024-02.yaml': 'a: 1',
    'reports/so-tu-phap/2024-01.yaml': 'a: 1',
    'reports/h-ke-sach/2024-Q1.yml': 'a: 1',
    'reports/2024.yaml': 'a: 1',
    'reports/README.md': '# not a report',
      'reports/.git/config.yaml': 'not: read',
    });
  const expected = ['2024.yaml', 'h-ke-sach/2024-Q1.yml', 'so-tu-phap/2024-01.yaml', 'so-tu-phap/2024-02.yaml'];

  // Problems and annotations name files by these paths: however the user spelled the folder,
  // each is what path.join makes of the folder and the file's place below it.
  it.each([
    ['as given', (root: string) => root],
    ['with a trailing separator', (root: string) => root + sep],
    ['with `.` and `..` segments', (root: string) => join(root, 'so-tu-phap') + `${sep}..${sep}.${sep}`],
    ['relative to the working folder', (root: string) => relative(process.cwd(), root)],
    ['relative, starting with ./', (root: string) => `.${sep}${relative(process.cwd(), root)}`],
  ])('names every file as path.join does, the folder spelled %s', async (_how, spell) => {
    const spelled = spell(join(workspace(), 'reports'));
    const walk = await findYamlFiles(spelled);
    expect(walk.files.map((f) => f.relative)).toEqual(expected);
    expect(walk.files.map((f) => f.path)).toEqual(expected.map((rel) => join(spelled, ...rel.split('/'))));
    expect(walk.files.every((f) => f.regular)).toBe(true);
  });
});
