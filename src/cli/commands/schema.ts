import { join, resolve } from 'node:path';
import { cliMessage } from '../../i18n/cli.js';
import { KINDS } from '../../load/load-document.js';
import { SCHEMA_FILES, jsonSchemaOf } from '../../model/json-schemas.js';
import { writeFileAtomic } from '../../write/write-atomic.js';
import { EXIT } from '../errors.js';
import type { CliIo } from '../io.js';
import { readGlobals } from '../options.js';

/** `tthc schema --out schemas/`: one JSON Schema per kind, generated from the zod schemas. */
export async function runSchema(options: Record<string, unknown>, _args: string[], io: CliIo): Promise<number> {
  const { lang } = readGlobals(options, io.env);
  const dir = resolve(io.cwd, options.out as string);
  for (const kind of KINDS) {
    const file = join(dir, SCHEMA_FILES[kind]);
    await writeFileAtomic(file, jsonSchemaOf(kind));
    io.stderr.write(cliMessage(lang, 'written', { file: join(options.out as string, SCHEMA_FILES[kind]) }) + '\n');
  }
  return EXIT.ok;
}
