#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json), as is the loader it requires (src/cli/entry.ts, bundled by
// scripts/bundle.mjs): a command that reads a workspace runs the script bundle and never starts
// Node's ES module loader. `--version` and `--help` import the ES modules from there.
const { loadRun } = require('../dist/bundle/entry.cjs');

// `tthc check | head` closes the pipe early: that is the reader's choice, not a crash.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
loadRun(argv)
  .then((run) => run(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, now: () => new Date(), cwd: process.cwd() }))
  .then((code) => {
    process.exitCode = code;
  });
