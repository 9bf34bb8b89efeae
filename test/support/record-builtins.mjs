// Loaded with `node --import`: at exit, writes into $RECORD_BUILTINS every Node built-in module the
// program loaded beyond what Node had loaded before it started.
import { writeFileSync } from 'node:fs';

const before = new Set(process.moduleLoadList);
process.on('exit', () => {
  const loaded = process.moduleLoadList.filter((entry) => !before.has(entry) && entry.startsWith('NativeModule '));
  writeFileSync(process.env.RECORD_BUILTINS, loaded.map((entry) => entry.slice('NativeModule '.length)).join('\n'));
});
