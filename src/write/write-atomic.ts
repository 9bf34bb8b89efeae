import { randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes through a temporary file in the same folder, then renames: a reader (or a crash)
 * sees the old file or the new one, never half of one.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await writeInChunks(handle, content);
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

async function writeInChunks(handle: FileHandle, content: string): Promise<void> {
  for (let start = 0; start < content.length; ) {
    let end = Math.min(start + CHUNK, content.length);
    const last = content.charCodeAt(end - 1);
    if (end < content.length && last >= 0xd800 && last <= 0xdbff) end--;
    const bytes = Buffer.from(content.slice(start, end), 'utf8');
    for (let written = 0; written < bytes.length; ) written += (await handle.write(bytes, written, bytes.length - written)).bytesWritten;
    start = end;
  }
}
