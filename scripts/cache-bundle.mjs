// Makes V8's code cache for dist/bundle/tthc.cjs: runs the commands a CI job and a clerk run most
// (`check` for JSON and the screen, `validate`) on the bundled example, so the functions they reach
// are compiled, then saves the compiled code next to the script. Node checks the cache against its
// own version and flags when it loads it (dist/cli/entry.js) and compiles as usual when they differ.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_CACHE, loadScriptBundle } from '../dist/cli/entry.js';
import { optimiseForLongRun } from '../dist/load/compiler-flags.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORTS = 'examples/soc-trang-2024/reports';
const scratch = mkdtempSync(join(tmpdir(), 'tthc-cache-'));
const sink = { write: () => true, isTTY: false, on: () => undefined };
const io = { stdout: sink, stderr: sink, env: {}, now: () => new Date('2024-07-01T03:00:00Z'), cwd: ROOT };

rmSync(CODE_CACHE, { force: true });
try {
  const { run, script } = loadScriptBundle();
  const runs = [
    ['check', '--reports', REPORTS, '--format', 'json', '--output', join(scratch, 'check.json')],
    ['check', '--reports', REPORTS],
    ['validate', REPORTS],
  ];
  for (const argv of runs) {
    const code = await run(argv, io);
    if (code > 1) throw new Error(`tthc ${argv.join(' ')} exited with ${code}`);
  }
  // Loading the script turned inlining off (dist/load/compiler-flags.js), and V8 stamps a cache with
  // the flags in force when it is made: back to inlining, V8's default, under which a command loads it.
  optimiseForLongRun();
  writeFileSync(CODE_CACHE, script.createCachedData());
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
