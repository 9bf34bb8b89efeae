import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Synchronous calls: a command line has nothing else to do meanwhile, and each asynchronous step
// (open, each write, fsync, close, rename) waited for a thread-pool hop, ~15 ms of a province's check.

/**
 * Writes through a temporary file in the same folder, then renames: a reader (or a crash)
 * sees the old file or the new one, never half of one. The content may come in pieces (a
 * streamed format): should producing them fail midway, the temporary file goes and the old
 * file stays.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${tempSuffix()}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      if (typeof content === 'string') writeInChunks(fd, content);
      else writePieces(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * A name no other writer picks: this process's id and a random part. Not a secret: the temporary
 * file is created exclusively ('wx'), so a file or link already there is refused, never followed or
 * overwritten. Math.random, not node:crypto, which cost every command ~4 ms to load.
 */
function tempSuffix(): string {
  return `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Creates a new file and fails if one is there already: never a check-then-write race over a user's report. */
export async function writeFileExclusive(path: string, content: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'wx');
  try {
    writeInChunks(fd, content);
    fsyncSync(fd);
  } catch (error) {
    // The file is ours (exclusive create): a half-written one would block the next attempt.
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}

// A national check's JSON is a hundred megabytes: encoded a slice at a time, it never exists twice
// in memory (as text and as one UTF-8 buffer). Slices end on whole UTF-16 code points.
const CHUNK = 1 << 20;

// Pieces of a streamed format are encoded one by one straight into a batch of PIECES_BYTES, which
// is written when full: never joined into a bigger string first (a national JSON is a hundred
// megabytes, and each join was another copy of it), and no buffer object per piece for the
// collector to sweep.
const PIECES_BYTES = 1 << 16;

function writeInChunks(fd: number, content: string): void {
  for (let start = 0; start < content.length; ) {
    let end = Math.min(start + CHUNK, content.length);
    if (end < content.length && isHighSurrogate(content.charCodeAt(end - 1))) end--;
    writeBytes(fd, Buffer.from(content.slice(start, end), 'utf8'));
    start = end;
  }
}

function writePieces(fd: number, pieces: Iterable<string>): void {
  const batch = Buffer.allocUnsafe(PIECES_BYTES);
  let used = 0;
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
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    if (used + text.length * 3 > PIECES_BYTES) {
      writeBytes(fd, batch.subarray(0, used));
      used = 0;
    }
    if (text.length * 3 > PIECES_BYTES) writeBytes(fd, Buffer.from(text, 'utf8'));
    else used += batch.write(text, used, 'utf8');
  }
  writeBytes(fd, batch.subarray(0, used));
  // At the very end a high surrogate has no pair to wait for: written as UTF-8 writes it.
  if (carry) writeBytes(fd, Buffer.from(carry, 'utf8'));
}

function writeBytes(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
}

/** The first half of a UTF-16 surrogate pair: encoded apart from its second half, it becomes U+FFFD. */
export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
