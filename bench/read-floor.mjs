// The floor: walk the folder and read every file, doing nothing with the bytes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let bytes = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else bytes += readFileSync(path).length;
  }
};
walk(process.argv[2]);
process.stdout.write(`${bytes}\n`);
