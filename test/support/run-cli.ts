import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/tthc.js', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A safety net only: a run that needs it has hung. No test asserts a duration below it (the CI
 * machine has two cores and other test files run beside this one).
 */
export const SAFETY_TIMEOUT_MS = 20_000;

/** The heap every spawned run gets: a hostile file must be refused, not absorbed. */
export const MAX_OLD_SPACE_MB = 256;

export interface CliRun {
  /** Null when the child was killed (the safety timeout, or a crash by signal). */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: Buffer;
  /** stdout and stderr decoded as UTF-8. */
  out: string;
  err: string;
}

export interface CliOptions {
  cwd: string;
  /** Run as a user that root's permission bypass does not cover, so a chmod-000 file stays unreadable. */
  unprivileged?: boolean;
  env?: Record<string, string>;
}

/** `node bin/tthc.js ARGS` in a child process, colour off, bounded in time and heap. */
export function runCli(args: readonly string[], options: CliOptions): Promise<CliRun> {
  const nodeArgs = [`--max-old-space-size=${MAX_OLD_SPACE_MB}`, BIN, ...args];
  const [command, commandArgs] = options.unprivileged ? dropPrivileges(nodeArgs, options.cwd) : [process.execPath, nodeArgs];
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', COLUMNS: '120', TZ: 'UTC', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: SAFETY_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const stdout = Buffer.concat(out);
      const stderr = Buffer.concat(err);
      resolve({ status, signal, stdout, stderr, out: stdout.toString('utf8'), err: stderr.toString('utf8') });
    });
  });
}

const NOBODY = 65534;

/**
 * Root reads a chmod-000 file anyway (CAP_DAC_OVERRIDE), and CI runs as root. Preferred: switch
 * to nobody (util-linux setpriv), which needs the repository and the workspace readable by others
 * (see shareWithEveryone); when they are not (a checkout under a 0700 home, a private TMPDIR),
 * stay root but drop the two capabilities that bypass file modes.
 */
function dropPrivileges(nodeArgs: string[], cwd: string): [string, string[]] {
  if (process.getuid?.() !== 0) return [process.execPath, nodeArgs];
  const asNobody = ['--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', process.execPath];
  const needed = ['bin/tthc.js', 'dist/bundle/run.js', 'package.json', 'plans/soc-trang-2024/plan.yaml', 'node_modules/yaml/package.json'].map((p) => join(REPO, p));
  const probe = 'for (const p of process.argv.slice(1)) require("fs").accessSync(p, require("fs").constants.R_OK)';
  const nobodyCanRun = spawnSync('setpriv', [...asNobody, '-e', probe, ...needed, cwd], { timeout: SAFETY_TIMEOUT_MS }).status === 0;
  if (nobodyCanRun) return ['setpriv', [...asNobody, ...nodeArgs]];
  return ['setpriv', ['--bounding-set', '-dac_override,-dac_read_search', process.execPath, ...nodeArgs]];
}

/** Lets any user read (and enter) everything under `dir`, except files whose mode is exactly 000. */
export function shareWithEveryone(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) shareWithEveryone(path);
    else if ((statSync(path).mode & 0o777) !== 0) chmodSync(path, 0o644);
  }
}
