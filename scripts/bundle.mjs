// Bundles the compiled CLI (dist/cli/run.js) and the loader worker into dist/bundle/, code-split so
// `--version` and `--help` still load only what they need. Node resolves an ES module per file:
// zod alone is ~95 files, and the check path ~240; one module graph in a few files starts ~0.17 s
// sooner. Every file lands in dist/bundle/, two levels below the package root like dist/cli/, so
// `new URL('../../', import.meta.url)` (the package root) and `./load-worker.js` still resolve.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${ROOT}dist/bundle`, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: ['dist/cli/run.js', 'dist/load/load-worker.js'],
  outdir: 'dist/bundle',
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS packages stay in node_modules, where Node loads them as it would unbundled; `yaml` is
  // loaded lazily through createRequire, which a bundler does not follow.
  external: ['commander', 'cli-table3', 'yaml'],
  logLevel: 'warning',
});
