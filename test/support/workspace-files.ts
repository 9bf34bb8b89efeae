import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes files (paths relative to `dir`, `/`-separated) in the order given. */
export function writeFiles(dir: string, files: ReadonlyArray<{ path: string; bytes: Uint8Array | string }>): void {
  for (const { path, bytes } of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
}

/**
 * Everything a run could change under `dir`, links not followed: each entry's kind, mode, size,
 * modification time, and a hash of a file's bytes or a link's target. Directories are listed, so
 * a file left behind shows too.
 */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (path: string, rel: string) => {
    const info = lstatSync(path);
    const head = `${info.mode.toString(8)} ${info.size} ${info.mtimeMs}`;
    if (info.isSymbolicLink()) out[rel] = `link ${head} -> ${readlinkSync(path)}`;
    else if (info.isDirectory()) {
      const names = readdirSync(path).sort();
      out[rel] = `dir ${info.mode.toString(8)} ${info.mtimeMs} [${names.join(', ')}]`;
      for (const name of names) walk(join(path, name), rel === '.' ? name : `${rel}/${name}`);
    } else if (info.isFile()) out[rel] = `file ${head} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
    else out[rel] = `other ${head}`;
  };
  walk(dir, '.');
  return out;
}
