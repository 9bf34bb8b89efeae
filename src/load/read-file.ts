import { open } from 'node:fs/promises';

export type ReadResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; key: 'unreadable' | 'file-too-large'; params: Record<string, string | number> };

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** Reads a whole file, refusing one over `maxSize` before reading it (a 25 MB file costs nothing). */
export async function readFileBytes(path: string, maxSize: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(path, 'r');
    const stats = await handle.stat();
    if (!stats.isFile()) return { ok: false, key: 'unreadable', params: { reason: describeFsError({ code: 'EISDIR' }) } };
    if (stats.size > maxSize) return { ok: false, key: 'file-too-large', params: { size: stats.size, limit: maxSize } };
    return { ok: true, bytes: new Uint8Array(await handle.readFile()) };
  } catch (error) {
    return { ok: false, key: 'unreadable', params: { reason: describeFsError(error) } };
  } finally {
    await handle?.close();
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
    default:
      return code ?? String(error);
  }
}
