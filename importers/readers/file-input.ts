import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { byteLines } from './byte-lines';
import { InputError } from './input-error';
import type { ReaderInput, ReadLimits } from './reader';

const HEAD_BYTES = 4096;

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
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = info.size;
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(HEAD_BYTES, size));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new InputError(describe(error));
  }
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
