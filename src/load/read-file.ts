import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; key: 'unreadable' | 'file-too-large'; params: Record<string, string | number> };

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/**
 * Reads a whole file, refusing one over `maxSize` before reading it (a 25 MB file costs nothing).
 * Synchronous on purpose: thousands of small files read faster without a thread-pool hop each.
 */
export function readFileBytes(path: string, maxSize: number): ReadResult {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO named like a report must not wait forever for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, key: 'unreadable', params: { reason: describeFsError({ code: stats.isDirectory() ? 'EISDIR' : 'ENOTREG' }) } };
    if (stats.size > maxSize) return { ok: false, key: 'file-too-large', params: { size: stats.size, limit: maxSize } };
    // allocUnsafe takes a small file's bytes from Node's shared pool: no buffer of its own for the GC to track.
    const bytes = Buffer.allocUnsafe(stats.size);
    const filled = fill(fd, bytes);
    return { ok: true, bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    return { ok: false, key: 'unreadable', params: { reason: describeFsError(error) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// One buffer for the small files a folder walk found: each is decoded before the next is read.
const SHARED_SIZE = 64 * 1024;
let shared: Buffer | undefined;

/**
 * A file the folder walk saw as a regular file: opened and read without asking for its size
 * first. fstat, and the Stats object Node builds from it, was a third of the cost of reading a
 * report while a check is starting. The bytes are a view of one buffer that every call shares:
 * valid until the next call, so they must be decoded (or copied) at once. Anything unusual (a file
 * that fills the buffer, is over the limit, reads as empty or fails) is read again by
 * readFileBytes, which words the problem exactly as for any other file.
 */
export function readRegularFile(path: string, maxSize: number): ReadResult {
  shared ??= Buffer.allocUnsafeSlow(SHARED_SIZE);
  let fd: number | undefined;
  let filled = 0;
  try {
    // O_NONBLOCK still: the file may have been replaced by a FIFO since the walk.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    filled = fill(fd, shared);
  } catch {
    filled = 0;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (filled === 0 || filled === shared.length || filled > maxSize) return readFileBytes(path, maxSize);
  return { ok: true, bytes: shared.subarray(0, filled) };
}

/** Reads into `buffer` until it is full or the file ends; how many bytes came. */
function fill(fd: number, buffer: Uint8Array): number {
  let filled = 0;
  while (filled < buffer.length) {
    const read = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled;
}

/** The bytes again, for positions; a file removed or changed since reads as empty (positions 1:1), never a crash. */
export function rereadFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    return new Uint8Array();
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'không tồn tại / no such file';
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền đọc / permission denied';
    case 'EISDIR':
      return 'là thư mục / is a folder';
    case 'ENOTREG':
      return 'không phải tệp thường (FIFO, thiết bị) / not a regular file (FIFO, device)';
    default:
      return code ?? String(error);
  }
}
