#!/usr/bin/env node
// The bundled builds (scripts/bundle.mjs) of dist/cli/run.js; dist/cli/entry.js picks the one a
// command line needs.
import { loadRun } from '../dist/cli/entry.js';

// `tthc check | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
const run = await loadRun(argv);
process.exitCode = await run(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  now: () => new Date(),
  cwd: process.cwd(),
});
