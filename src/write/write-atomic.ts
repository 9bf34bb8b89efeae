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

// Pieces of a streamed format are encoded one by one and written PIECES_BYTES at a time with one
// writev: never joined into a bigger string first (a national JSON is a hundred megabytes, and
// each join was another copy of it), and small enough to die young.
const PIECES_BYTES = 1 << 16;

async function writeInChunks(handle: FileHandle, content: string): Promise<void> {
  for (let start = 0; start < content.length; ) {
    let end = Math.min(start + CHUNK, content.length);
    if (end < content.length && isHighSurrogate(content.charCodeAt(end - 1))) end--;
    await writeBytes(handle, Buffer.from(content.slice(start, end), 'utf8'));
    start = end;
  }
}

async function writePieces(handle: FileHandle, pieces: Iterable<string>): Promise<void> {
  let batch: Buffer[] = [];
  let size = 0;
  // The first half of a surrogate pair waits for its second half, which may be the next piece:
  // encoded apart, each would become U+FFFD.
  let carry = '';
  for (const piece of pieces) {
    let text = carry + piece;
    carry = '';
    if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
      carry = text.slice(-1);
      text = text.slice(0, -1);
    }
    if (text.length === 0) continue;
    const bytes = Buffer.from(text, 'utf8');
    batch.push(bytes);
    size += bytes.length;
    if (size < PIECES_BYTES) continue;
    await writeBuffers(handle, batch);
    batch = [];
    size = 0;
  }
  // At the very end a high surrogate has no pair to wait for: written as UTF-8 writes it.
  if (carry) batch.push(Buffer.from(carry, 'utf8'));
  await writeBuffers(handle, batch);
}

async function writeBuffers(handle: FileHandle, buffers: Buffer[]): Promise<void> {
  if (buffers.length === 0) return;
  const { bytesWritten } = await handle.writev(buffers);
  const total = buffers.reduce((sum, b) => sum + b.length, 0);
  // A short write (a full disk, a signal): the rest goes the plain way.
  if (bytesWritten < total) await writeBytes(handle, Buffer.concat(buffers).subarray(bytesWritten));
}

async function writeBytes(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let written = 0; written < bytes.length; ) written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
