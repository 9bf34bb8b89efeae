import { isAbsolute, relative, sep } from 'node:path';

/** Relative to the working folder when inside it, with `/` on every system (CI annotations need it). */
export function displayPath(path: string, cwd: string): string {
  // A file below the working folder, named without `.` or `..` segments (every report a check walks):
  // the rest of its path, without path.relative's work, which counts thousands of times over.
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  if (path.startsWith(prefix) && !path.includes(`${sep}.`) && !path.includes(sep + sep)) return slashed(path.slice(prefix.length));
  const rel = relative(cwd, path);
  return slashed(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel);
}

const slashed = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));
