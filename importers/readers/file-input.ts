import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { byteLines } from './byte-lines';
import { InputError } from './input-error';
import type { ReaderInput, ReadLimits } from './reader';

const HEAD_BYTES = 4096;
/**
 * Files up to this size are read whole when opened (one readFile instead of an open, a head read, a
 * close and later a second readFile: each a thread-pool round trip, 39 % of the time spent reading
 * 4,000 small articles was waiting on them). Larger files keep the head-then-stream path.
 */
const WHOLE_FILE_BYTES = 1024 * 1024;

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;
}

/** Opens a local file for the readers: checks it exists and is a file, reads its head for sniffing. */
export async function openFile(path: string, name: string, limits: ReadLimits): Promise<ReaderInput> {
  let size: number;
  let head: Buffer;
  let whole: Buffer | null = null;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = info.size;
    if (size > 0 && size <= WHOLE_FILE_BYTES) {
      whole = await readFile(path);
      head = whole.subarray(0, HEAD_BYTES);
    } else {
      const handle = await open(path, 'r');
      try {
        const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        head = buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    throw new InputError(describe(error));
  }
  if (whole) return inMemoryFile(path, name, whole, limits);
  if (size === 0) throw new InputError('empty file');
  return {
    name,
    extension: extname(path).toLowerCase(),
    head,
    contentType: null,
    url: null,
    charset: null,
    async bytes() {
      if (size > limits.maxFileBytes) {
        throw new InputError(`file is ${megabytes(size)}, over the ${megabytes(limits.maxFileBytes)} limit for reading a file whole`);
      }
      try {
        return await readFile(path);
      } catch (error) {
        throw new InputError(describe(error));
      }
    },
    lines(maxLineBytes: number) {
      return byteLines(createReadStream(path), maxLineBytes);
    },
  };
}

/** A small file already read whole: its head, bytes and lines come from memory. */
function inMemoryFile(path: string, name: string, whole: Buffer, limits: ReadLimits): ReaderInput {
  // Emptied between the stat and the read.
  if (whole.length === 0) throw new InputError('empty file');
  return {
    name,
    extension: extname(path).toLowerCase(),
    head: whole.subarray(0, HEAD_BYTES),
    contentType: null,
    url: null,
    charset: null,
    async bytes() {
      if (whole.length > limits.maxFileBytes) {
        throw new InputError(`file is ${megabytes(whole.length)}, over the ${megabytes(limits.maxFileBytes)} limit for reading a file whole`);
      }
      return whole;
    },
    lines(maxLineBytes: number) {
      return byteLines([whole], maxLineBytes);
    },
  };
}
