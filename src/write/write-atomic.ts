import { randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes through a temporary file in the same folder, then renames: a reader (or a crash)
 * sees the old file or the new one, never half of one. The content may come in pieces (a
 * streamed format): should producing them fail midway, the temporary file goes and the old
 * file stays.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await (typeof content === 'string' ? writeInChunks(handle, content) : writePieces(handle, content));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Creates a new file and fails if one is there already: never a check-then-write race over a user's report. */
export async function writeFileExclusive(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'wx');
  try {
    await writeInChunks(handle, content);
    await handle.sync();
  } catch (error) {
    // The file is ours (exclusive create): a half-written one would block the next attempt.
    await handle.close();
    await rm(path, { force: true });
    throw error;
  }
  await handle.close();
}

// A national check's JSON is a hundred megabytes: encoded a slice at a time, it never exists twice
// in memory (as text and as one UTF-8 buffer). Slices end on whole UTF-16 code points.
const CHUNK = 1 << 20;

// Pieces of a streamed format are small (one obligation each): gathered into slices of about
// PIECES_CHUNK characters, a national output is some thousand writes, not hundreds of thousands.
// Smaller than CHUNK so the pieces die young: a megabyte of them outlived the young generation,
// and a national check's old generation filled with their garbage (~200 MB).
const PIECES_CHUNK = 1 << 16;

async function writeInChunks(handle: FileHandle, content: string): Promise<void> {
  await writeSlices(handle, content, true, CHUNK);
}

async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  let pending: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    pending.push(piece);
    length += piece.length;
    if (length < PIECES_CHUNK) continue;
    const rest = await writeSlices(handle, pending.join(''), false, PIECES_CHUNK);
    pending = [rest];
    length = rest.length;
  }
  await writeSlices(handle, pending.join(''), true, PIECES_CHUNK);
}

/**
 * Writes `text` in slices of `size` characters and returns what is left: all of it is written when
 * `last`; otherwise less than a slice is kept for the next pieces to complete. A slice never ends
 * on the first half of a surrogate pair, whose second half may be in the next piece: encoded
 * apart, each would become U+FFFD.
 */
async function writeSlices(handle: FileHandle, text: string, last: boolean, size: number): Promise<string> {
  let start = 0;
  while (last ? start < text.length : text.length - start >= size) {
    let end = Math.min(start + size, text.length);
    // At the very end of the last text a high surrogate has no pair to wait for (and holding it
    // back would never finish).
    if ((end < text.length || !last) && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    const bytes = Buffer.from(text.slice(start, end), 'utf8');
    for (let written = 0; written < bytes.length; ) written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
    start = end;
  }
  return text.slice(start);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
