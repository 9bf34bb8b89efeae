// Bundles the compiled CLI (dist/cli/run.js) twice, into dist/bundle/:
// - as ES modules, code-split, with the loader worker: `--version` and `--help` load only what
//   they need from these. Node resolves an ES module per file: zod alone is ~95 files, and the
//   check path ~240; one module graph in a few files starts ~0.17 s sooner.
// - as one classic script, `tthc.cjs`, which every command that reads a workspace runs with V8's
//   code cache (scripts/cache-bundle.mjs; src/cli/entry.ts loads it, bundled as entry.cjs for bin/tthc.js).
// Every file lands in dist/bundle/, two levels below the package root like dist/cli/, so
// `new URL('../../', import.meta.url)` (the package root) and `./load-worker.js` still resolve.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${ROOT}dist/bundle`, { recursive: true, force: true });
const common = { absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
// CommonJS that still knows its own URL: `import.meta.url`, in the ES modules these are built from.
const commonJs = {
  format: 'cjs',
  define: { 'import.meta.url': '__tthc_module_url' },
  banner: { js: 'const __tthc_module_url = require("node:url").pathToFileURL(__filename).href;' },
};

// commander requires node:child_process as it loads (~5 ms of every command), for subcommands that
// are separate executables, which tthc has none of. In the script bundle, commander's copy is a
// stand-in that requires the module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'node:child_process', namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });',
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  entryPoints: ['dist/cli/run.js', 'dist/load/load-worker.js'],
  outdir: 'dist/bundle',
  entryNames: '[name]',
  splitting: true,
  format: 'esm',
  // CommonJS packages stay in node_modules, where Node loads them as it would unbundled; `yaml` is
  // loaded lazily through createRequire, which a bundler does not follow.
  external: ['commander', 'cli-table3', 'yaml'],
});

await build({
  ...common,
  entryPoints: ['dist/cli/run.js'],
  outfile: 'dist/bundle/tthc.cjs',
  ...commonJs,
  // Without comments and spaces, and in ASCII, the script reads and scans in a third of the time;
  // names stay, for the stack traces of --verbose.
  minifyWhitespace: true,
  minifySyntax: true,
  charset: 'ascii',
  // commander and cli-table3 are inside too: a script run from a code cache has no `import()`.
  plugins: [lazyChildProcess],
});
// The executable's loader, which bin/tthc.js requires: CommonJS, like the executable (bin/package.json),
// so that a command that reads a workspace never starts Node's ES module loader, which the script
// bundle does not need (~5 ms of a 10,030-file check: the loader, and a facade for each built-in
// module it imports).
await build({
  ...common,
  entryPoints: ['dist/cli/entry.js'],
  outfile: 'dist/bundle/entry.cjs',
  ...commonJs,
});

const script = readFileSync(`${ROOT}dist/bundle/tthc.cjs`, 'utf8');
// A dynamic import left in the script would fail only when reached, as ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING.
if (/\bimport\(/.test(script)) throw new Error('dist/bundle/tthc.cjs still has an import(): bundle that module, or require it');
// src/cli/entry.ts reads the script as Latin-1. esbuild escapes text in strings, not in a regular
// expression literal: write such a pattern as `new RegExp('…')`.
const nonAscii = /[^\x00-\x7f]/.exec(script);
if (nonAscii) throw new Error(`dist/bundle/tthc.cjs is not ASCII: ${JSON.stringify(script.slice(nonAscii.index - 40, nonAscii.index + 20))}`);
