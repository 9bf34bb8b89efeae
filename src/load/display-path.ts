import { isAbsolute, relative, sep } from 'node:path';

const DOT_SEGMENT = `${sep}.`;
const EMPTY_SEGMENT = sep + sep;
// Every file of a run is shown relative to the same folder: its prefix is worked out once.
let lastCwd = '';
let lastPrefix: string = sep;

/** Relative to the working folder when inside it, with `/` on every system (CI annotations need it). */
export function displayPath(path: string, cwd: string): string {
  // A file below the working folder, named without `.` or `..` segments (every report a check walks):
  // the rest of its path, without path.relative's work, which counts thousands of times over.
  if (cwd !== lastCwd) {
    lastCwd = cwd;
    lastPrefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  }
  if (path.startsWith(lastPrefix) && !path.includes(DOT_SEGMENT) && !path.includes(EMPTY_SEGMENT)) return slashed(path.slice(lastPrefix.length));
  const rel = relative(cwd, path);
  return slashed(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel);
}

const slashed = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));
