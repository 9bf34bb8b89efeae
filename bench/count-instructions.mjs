#!/usr/bin/env node
// `node bench/count-instructions.mjs [--units 100] [--bin path/to/bin/tthc.js]`: counts the CPU
// instructions (valgrind's callgrind) of `node -e 0`, the read floor and `tthc check --format json`
// on a seeded workspace, and how many of the check's went to V8's optimising compiler and to the
// garbage collector. Wall times on this machine drift by tens of percent within minutes; the same
// count comes back within a fraction of a percent, so two builds can be compared (`--bin` points at
// the other one) where their timings could not. Counts are of all threads, run one at a time by
// valgrind, and leave out the kernel: they measure work, not the wall time `npm run bench` reports.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './generate-workspace.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const UNITS = Number(option('--units', '100'));
const BIN = option('--bin', join(ROOT, 'bin/tthc.js'));

// Function names in callgrind's report, by the part of Node or V8 they belong to.
const CATEGORIES = [
  ['optimising compiler', /v8::internal::compiler::|turboshaft/],
  ['garbage collector', /Scavenger|MarkCompact|Marking|Sweeper|Evacuat|v8::internal::Heap::|heap::base::|RememberedSet|SlotSet/],
];

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('valgrind is needed (Debian: apt-get install valgrind)');
  process.exit(2);
}

/** Runs one command under callgrind; its total instructions, and the total per category. */
function count(command, commandArgs, cwd) {
  const out = join(dir, `callgrind-${Math.random().toString(36).slice(2)}.out`);
  // --smc-check=all: V8 writes and rewrites machine code on its heap.
  const run = spawnSync('valgrind', ['--tool=callgrind', '--smc-check=all', `--callgrind-out-file=${out}`, command, ...commandArgs], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status === null || run.status > 2) throw new Error(`${command} ${commandArgs.join(' ')} failed: ${run.stderr}`);
  const report = spawnSync('callgrind_annotate', ['--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  const total = Number(/^([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS/m.exec(report)?.[1]?.replaceAll(',', '') ?? readSummary(out));
  const byCategory = CATEGORIES.map(() => 0);
  for (const line of report.split('\n')) {
    const match = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (!match || match[2].includes('PROGRAM TOTALS')) continue;
    const i = CATEGORIES.findIndex(([, pattern]) => pattern.test(match[2]));
    if (i !== -1) byCategory[i] += Number(match[1].replaceAll(',', ''));
  }
  rmSync(out, { force: true });
  return { total, byCategory };
}

function readSummary(file) {
  return Number(/^summary: (\d+)/m.exec(readFileSync(file, 'utf8'))?.[1]);
}

const dir = mkdtempSync(join(tmpdir(), 'tthc-instructions-'));
try {
  const files = generateWorkspace(dir, { units: UNITS });
  const node = count(process.execPath, ['-e', '0'], dir);
  const floor = count(process.execPath, [join(ROOT, 'bench/read-floor.mjs'), 'reports'], dir);
  const check = count(process.execPath, [BIN, 'check', '--plan', 'plan/plan.yaml', '--as-of', '2024-12-31', '--format', 'json', '--output', join(dir, 'out.json')], dir);
  const millions = (n) => `${(n / 1e6).toFixed(0)} M`;
  console.log(`Node ${process.version}, ${files} files (${UNITS} units), instructions counted by callgrind\n`);
  console.log('| pipeline | instructions | beyond `node -e 0` |');
  console.log('|---|---|---|');
  console.log(`| \`node -e 0\` | ${millions(node.total)} | |`);
  console.log(`| read every file (floor) | ${millions(floor.total)} | ${millions(floor.total - node.total)} |`);
  console.log(`| \`tthc check --format json\` | ${millions(check.total)} | ${millions(check.total - node.total)} (${((check.total - node.total) / (floor.total - node.total)).toFixed(1)} × the floor's) |`);
  CATEGORIES.forEach(([name], i) => console.log(`| … of which the ${name} | ${millions(check.byCategory[i])} | ${((check.byCategory[i] / check.total) * 100).toFixed(0)} % of the check |`));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
