import { isAbsolute, relative, sep } from 'node:path';

/** Relative to the working folder when inside it, with `/` on every system (CI annotations need it). */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}
