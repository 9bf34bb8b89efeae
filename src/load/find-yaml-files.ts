import type { Dirent } from 'node:fs';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { compareText } from '../core/compare-text.js';

export interface FoundFile {
  path: string;
  /** Path relative to the walked root, `/`-separated. */
  relative: string;
  /** The walk saw a regular file (for a link, its target): read without asking its type again. */
  regular: boolean;
}

export interface OutsideLink {
  path: string;
  target: string;
}

export interface Walk {
  files: FoundFile[];
  outsideLinks: OutsideLink[];
}

const YAML = /\.ya?ml$/i;

/**
 * Every YAML file below `root`, sorted. Links are followed only while they stay inside `root`:
 * a report folder is shared by dozens of units, and a link must not pull in a file from elsewhere.
 */
export async function findYamlFiles(root: string): Promise<Walk> {
  // Synchronous calls: a province's hundreds of unit folders would each wait a thread-pool hop.
  const rootReal = realpathSync(root);
  const files: FoundFile[] = [];
  const outsideLinks: OutsideLink[] = [];
  const visited = new Set<string>([rootReal]);
  const inside = (real: string) => real === rootReal || real.startsWith(rootReal + sep);
  const realOf = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return null;
    }
  };

  // `relative` is the path below the root, `/`-separated, built on the way down: path.relative for
  // each of a province's thousands of files was a visible share of the walk.
  const walk = (dir: string, relative: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => compareText(a.name, b.name));
    // The folder's own path as path.join spells it, joined once: a name from readdir is one
    // segment (and `.` and `..` are skipped below), so prefix + name is what join would give, and
    // a join for each of a country's files was a tenth of the walk.
    const prefix = join(dir, '_').slice(0, -1);
    for (const entry of entries) {
      // .git and editor folders hold no reports.
      if (entry.name.startsWith('.')) continue;
      const path = prefix + entry.name;
      let isDir = entry.isDirectory();
      let regular = entry.isFile();
      if (entry.isSymbolicLink()) {
        const real = realOf(path);
        if (!real || !inside(real)) {
          outsideLinks.push({ path, target: real ?? '?' });
          continue;
        }
        const target = statSync(real, { throwIfNoEntry: false });
        isDir = target?.isDirectory() === true;
        regular = target?.isFile() === true;
        if (isDir && visited.has(real)) continue;
        if (isDir) visited.add(real);
      }
      // A FIFO or device named like a report is listed too, so the reader names it instead of skipping it.
      if (isDir) walk(path, `${relative}${entry.name}/`);
      else if (YAML.test(entry.name)) files.push({ path, relative: relative + entry.name, regular });
    }
  };
  walk(root, '');
  files.sort((a, b) => compareText(a.relative, b.relative));
  return { files, outsideLinks };
}
