import { InputError } from './input-error';

/**
 * Bytes → text, refusing what is not UTF-8 text: empty files, binary files (NUL bytes; UTF-16 is
 * named as such) and invalid UTF-8. A byte-order mark is kept as a character so offsets match the
 * file as Node's `readFileSync(path, 'utf8')` returns it. A charset other than UTF-8 that the
 * server or the document declared is honoured, unless a UTF-8 byte-order mark says otherwise.
 */
export function decodeText(bytes: Uint8Array, charset: string | null = null): string {
  if (bytes.length === 0) throw new InputError('empty file');
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (charset && !utf8Bom && !/^utf-?8$/i.test(charset)) return decodeDeclared(bytes, charset);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('UTF-16 text is not supported (convert it to UTF-8)');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(`binary content (NUL byte at offset ${nul}), not a text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  if (!text.replace(/^\uFEFF/, '').trim()) throw new InputError('empty file (only whitespace)');
  return text;
}

/** Text in a charset the server or the document declared (leniently: the source said so). */
function decodeDeclared(bytes: Uint8Array, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new InputError(`unsupported charset "${charset}"`);
  }
  // NUL is a character only in the UTF-16 family; elsewhere it means binary content.
  const nul = /^utf-?16/i.test(charset) ? -1 : bytes.indexOf(0);
  if (nul !== -1) throw new InputError(`binary content (NUL byte at offset ${nul}), not a text file`);
  const text = decoder.decode(bytes);
  if (!text.trim()) throw new InputError('empty file (only whitespace)');
  return text;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return index;
}
