#!/usr/bin/env node
// `npm run bench [-- --national] [-- --runs N]`: generates seeded workspaces and times, in the
// same run and on the same files, tthc check/validate, the read-only floor, and ajv-cli (the
// schema-only validator a user would reach for). Medians over several runs; peak RSS from GNU time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './generate-workspace.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/tthc.js');
const AJV = join(ROOT, 'node_modules/ajv-cli/dist/index.js');
const FLOOR = join(ROOT, 'bench/read-floor.mjs');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg === -1 ? 5 : Number(args[runsArg + 1]);

const SCALES = [
  { name: 'province', units: 100, runs: RUNS },
  { name: 'large', units: 590, runs: RUNS },
  ...(args.includes('--national') ? [{ name: 'national', units: 7060, runs: 1 }] : []),
];

const hasGnuTime = existsSync('/usr/bin/time');
const RSS_DIR = mkdtempSync(join(tmpdir(), 'tthc-bench-rss-'));

/** Runs a command once; returns its wall time (s) and peak RSS (MB). */
function measureOnce(command, commandArgs, cwd) {
  // GNU time's report goes to a scratch folder: never into the repository or the measured workspace.
  const rssFile = join(RSS_DIR, 'rss');
  const [cmd, cmdArgs] = hasGnuTime ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, command, ...commandArgs]] : [command, commandArgs];
  const start = process.hrtime.bigint();
  const result = spawnSync(cmd, cmdArgs, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const time = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status === null || result.status > 2) throw new Error(`${command} ${commandArgs.join(' ')} failed: ${result.stderr}`);
  return { time, rss: hasGnuTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) / 1024 : 0 };
}

/**
 * Runs each pipeline `runs` times, taking turns (one run of each, then the next round): this
 * machine's speed drifts by tens of percent within a minute, and pipelines measured in turn see
 * the same drift, so their ratios hold where back-to-back series did not. Returns, per pipeline,
 * the median wall time (s) and the largest peak RSS (MB).
 */
function measureInTurns(pipelines, cwd, runs) {
  const samples = pipelines.map(() => ({ times: [], rss: 0 }));
  for (let round = 0; round < runs; round++) {
    pipelines.forEach(([command, commandArgs], i) => {
      const { time, rss } = measureOnce(command, commandArgs, cwd);
      samples[i].times.push(time);
      samples[i].rss = Math.max(samples[i].rss, rss);
    });
  }
  return samples.map(({ times, rss }) => ({ median: times.sort((a, b) => a - b)[Math.floor(times.length / 2)], rss }));
}

const fmt = (s) => `${s.toFixed(3)} s`;
const rows = [];

const [nodeBare, version] = measureInTurns([[process.execPath, ['-e', '0']], [process.execPath, [BIN, '--version']]], ROOT, 11);
rows.push(['start-up', '`node -e 0`', fmt(nodeBare.median), '', '']);
rows.push(['start-up', '`tthc --version`', fmt(version.median), `${(version.median / nodeBare.median).toFixed(2)} × node (target ≤ 1.4)`, '']);

for (const scale of SCALES) {
  const dir = mkdtempSync(join(tmpdir(), `tthc-bench-${scale.name}-`));
  try {
    const files = generateWorkspace(dir, { units: scale.units });
    const checkArgs = (format) => [BIN, 'check', '--plan', 'plan/plan.yaml', '--as-of', '2024-12-31', '--format', format];
    const national = scale.name === 'national';
    const [floor, ajv, check, validate, printed, junit] = measureInTurns(
      [
        [process.execPath, [FLOOR, 'reports']],
        [process.execPath, [AJV, 'validate', '-s', join(ROOT, 'schemas/report.schema.json'), '-d', 'reports/**/*.yaml', '--strict=false']],
        [process.execPath, [...checkArgs('json'), '--output', join(dir, 'out.json')]],
        [process.execPath, [BIN, 'validate', '--plan', 'plan/plan.yaml', 'reports']],
        // A CI job as often redirects stdout, or asks for JUnit (which points every obligation at its
        // line): their memory is held to the same target.
        ...(national ? [[process.execPath, checkArgs('json')], [process.execPath, checkArgs('junit')]] : []),
      ],
      dir,
      scale.runs,
    );
    const label = `${scale.name} (${files} files)`;
    rows.push([label, 'read every file (floor)', fmt(floor.median), '', `${floor.rss.toFixed(0)} MB`]);
    rows.push([label, 'ajv-cli validate (schema only)', fmt(ajv.median), '', `${ajv.rss.toFixed(0)} MB`]);
    rows.push([label, '`tthc check --format json`', fmt(check.median), `${(check.median / ajv.median).toFixed(2)} × ajv (≤ 0.8), ${(check.median / floor.median).toFixed(2)} × floor (≤ 3)`, `${check.rss.toFixed(0)} MB`]);
    rows.push([label, '`tthc validate`', fmt(validate.median), `${(validate.median / ajv.median).toFixed(2)} × ajv`, `${validate.rss.toFixed(0)} MB`]);
    if (printed) rows.push([label, '`tthc check --format json` to stdout', fmt(printed.median), `${(printed.median / ajv.median).toFixed(2)} × ajv`, `${printed.rss.toFixed(0)} MB`]);
    if (junit) rows.push([label, '`tthc check --format junit` to stdout', fmt(junit.median), `${(junit.median / ajv.median).toFixed(2)} × ajv`, `${junit.rss.toFixed(0)} MB`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Node ${process.version}, ${(await import('node:os')).cpus().length} cores, median of ${RUNS} runs taken in turns (national: 1)\n`);
console.log('| workspace | pipeline | median | ratio | peak RSS |');
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
rmSync(RSS_DIR, { recursive: true, force: true });
