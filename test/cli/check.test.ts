import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { JsonOutputV1 } from '../../src/format/json-output.js';
import { CHUNKED_FORMATTERS, FORMATTERS } from '../../src/format/registry.js';
import { fakeIo } from '../support/fake-io.js';
import { jsonLayout } from '../support/json-layout.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-dir.js';
import { reportYaml } from '../support/yaml-reports.js';

// Every atomic write still happens; the record says whether it was given the whole text or pieces.
const atomicWrites = vi.hoisted(() => [] as Array<{ path: string; pieces: boolean }>);
vi.mock('../../src/write/write-atomic.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/write/write-atomic.js')>();
  return {
    ...actual,
    writeFileAtomic: (path: string, content: string | Iterable<string>) => {
      atomicWrites.push({ path, pieces: typeof content !== 'string' });
      return actual.writeFileAtomic(path, content);
    },
  };
});

const EXAMPLE_REPORTS = fileURLToPath(new URL('../../examples/soc-trang-2024/reports/', import.meta.url));

/**
 * The Sóc Trăng example (Vietnamese throughout, every list non-empty) and a broken report whose
 * name carries DEL, a C1 control and a bidi override into the problems, which JSON escapes.
 */
function exampleWorkspace(): string {
  const dir = tempDir({ 'reports/so-y-te/2024-07\u202e\u0085\u007f.yaml': 'apiVersion: tthc/v1\nkind: Report\nprogress: 1\n' });
  cpSync(EXAMPLE_REPORTS, join(dir, 'reports'), { recursive: true });
  return dir;
}

describe('check’s large formats, streamed into a file or to stdout', () => {
  it('the large formats have a streamed form, and each is the registry’s whole form', async () => {
    const modules: Record<string, Record<string, unknown>> = {
      json: await import('../../src/format/json.js'),
      junit: await import('../../src/format/junit.js'),
      github: await import('../../src/format/github.js'),
      gitlab: await import('../../src/format/gitlab.js'),
      csv: await import('../../src/format/csv.js'),
      markdown: await import('../../src/format/markdown.js'),
      html: await import('../../src/format/html.js'),
    };
    expect(Object.keys(CHUNKED_FORMATTERS)).toEqual(Object.keys(modules));
    for (const [name, chunked] of Object.entries(CHUNKED_FORMATTERS)) {
      expect(await chunked!(), name).toBe(modules[name]![`${name}Chunks`]);
      expect(await FORMATTERS[name as keyof typeof FORMATTERS](), name).toBe(modules[name]![name]);
    }
  });

  it('a streamed format is given to a file in pieces, the others whole, and the file is what stdout gets', async () => {
    const cwd = tempDir({
      'reports/so-tu-phap/2024-01.yaml': reportYaml('so-tu-phap', '2024-01', '2024-01-22', '  - { deliverable: I.2.1, status: done, done_on: 2024-01-25 }\n'),
    });
    const args = ['check', '--as-of', '2024-07-01', '--fail-on', 'never'];
    const printed = fakeIo({ cwd });
    expect(await run([...args, '--format', 'json'], printed)).toBe(0);
    const printedJunit = fakeIo({ cwd });
    expect(await run([...args, '--format', 'junit'], printedJunit)).toBe(0);
    atomicWrites.length = 0;
    const io = fakeIo({ cwd });
    expect(await run([...args, '--format', 'json=out/a.json', '--format', 'junit=out/c.xml', '--format', 'table=out/b.txt', '--format', 'csv'], io)).toBe(0);
    expect(atomicWrites.map((w) => [relative(cwd, w.path), w.pieces])).toEqual([
      ['out/a.json', true],
      ['out/c.xml', true],
      ['out/b.txt', false],
    ]);
    expect(io.out()).toContain('Sở Tư pháp');
    expect(readFileSync(join(cwd, 'out/a.json'), 'utf8')).toBe(printed.out());
    expect(readFileSync(join(cwd, 'out/c.xml'), 'utf8')).toBe(printedJunit.out());
  });

  it('the real CLI writes to --output the same bytes it prints on stdout (both streamed), in the layout, one item a line', async () => {
    const cwd = exampleWorkspace();
    const args = ['check', '--as-of', '2024-07-01', '--fail-on', 'never', '--format', 'json'];
    const [printed, written] = await Promise.all([runCli(args, { cwd }), runCli([...args, '--output', 'out/check.json'], { cwd })]);
    // The broken report is an error: exit 1 even with --fail-on never, and the output still whole.
    expect(printed.status, printed.err).toBe(1);
    expect(written.status, written.err).toBe(1);
    expect(written.err).toContain('out/check.json');
    expect(written.out).toBe('');
    const file = readFileSync(join(cwd, 'out/check.json'));
    // Compared as buffers of a few hundred kilobytes: equals, not a deep comparison byte by byte.
    expect(file.length).toBeGreaterThan(100_000);
    expect(file.equals(printed.stdout)).toBe(true);
    expect(readdirSync(join(cwd, 'out'))).toEqual(['check.json']);

    // JSON.stringify's spelling, in the layout (the head indented, an item a line), with the controls escaped.
    const parsed = JSON.parse(file.toString('utf8')) as JsonOutputV1;
    expect(parsed.problems.map((p) => p.file)).toContain('reports/so-y-te/2024-07\u202e\u0085\u007f.yaml');
    expect(parsed.obligations.length).toBeGreaterThan(1000);
    expect(parsed.targets.length).toBeGreaterThan(0);
    expect(file.toString('utf8') === jsonLayout(parsed)).toBe(true);
    expect(file.toString('utf8')).toContain('2024-07\\u202e\\u0085\\u007f.yaml');
  });
});
