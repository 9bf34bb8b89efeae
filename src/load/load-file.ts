import type { Lang } from '../i18n/lang.js';
import { problemMessage } from '../i18n/problems.js';
import { displayPath } from './display-path.js';
import { type DocumentResult, type Kind, loadDocument } from './load-document.js';
import { DEFAULT_MAX_FILE_SIZE, readFileBytes, readRegularFile } from './read-file.js';

export interface LoadFileOptions {
  lang: Lang;
  cwd: string;
  maxFileSize?: number;
  /** Keep of a report only what the rules and the engine read. */
  trim?: boolean;
}

/**
 * One file → its document or its problems, never an exception. `regular`: a folder walk saw a
 * regular file there. `file`: the path as displayPath shows it, when the caller has it already.
 */
export function loadFile(path: string, expect: Kind | undefined, options: LoadFileOptions, regular = false, file = displayPath(path, options.cwd)): DocumentResult {
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const read = regular ? readRegularFile(path, maxSize) : readFileBytes(path, maxSize);
  if (!read.ok) {
    const code = read.key === 'file-too-large' ? 'too-large' : 'unreadable';
    return { file, problems: [{ file, line: 1, column: 1, severity: 'error', code, message: problemMessage(options.lang, read.key, read.params) }] };
  }
  // One shape for every file, `expect` unset or not: no spread of a temporary object for each of thousands.
  return loadDocument(file, read.bytes, { lang: options.lang, path, trim: options.trim === true, expect });
}
