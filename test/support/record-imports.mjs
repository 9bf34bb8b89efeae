// Loaded with `node --import`: records every module URL the program resolves into $RECORD_IMPORTS.
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url);
