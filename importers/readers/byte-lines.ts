import type { ByteLine } from './reader';

/**
 * Splits a stream of chunks into lines of bytes, holding at most one line (capped) in memory, so a
 * 100 MB JSON-lines file streams. Decoding is left to the caller, so one line of bad UTF-8 fails
 * alone. A trailing '\r' is dropped.
 */
export async function* byteLines(chunks: AsyncIterable<Buffer | Uint8Array | string> | Iterable<Buffer | Uint8Array>, maxLineBytes: number): AsyncIterable<ByteLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let truncated = false;
  const emit = (): ByteLine => {
    let bytes = Buffer.concat(parts, length);
    if (!truncated && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const line = { bytes, truncated };
    parts = [];
    length = 0;
    truncated = false;
    return line;
  };
  const keep = (piece: Buffer) => {
    const room = maxLineBytes - length;
    if (piece.length > room) truncated = true;
    const kept = piece.length > room ? piece.subarray(0, Math.max(room, 0)) : piece;
    if (kept.length) {
      parts.push(Buffer.from(kept));
      length += kept.length;
    }
  };
  for await (const chunk of chunks) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    let newline = buffer.indexOf(0x0a);
    while (newline !== -1) {
      keep(buffer.subarray(0, newline));
      yield emit();
      buffer = buffer.subarray(newline + 1);
      newline = buffer.indexOf(0x0a);
    }
    keep(buffer);
  }
  if (length > 0 || truncated) yield emit();
}
