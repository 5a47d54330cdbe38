import { extname } from 'node:path';
import type { ReadResult } from '../types';
import { byteLines } from './byte-lines';
import { chooseReader, defaultLimits } from './index';
import { InputError } from './input-error';
import type { ReaderInput } from './reader';

/** One article uploaded as bytes (POST /api/v1/imports), with the metadata its sender gave. */
export interface Upload {
  bytes: Buffer;
  /** The declared media type, parameters included ('text/html; charset=utf-8'). */
  contentType: string;
  /** A label only (never a path); defaults to upload.txt or upload.html. */
  name?: string;
  url?: string | null;
  published?: string | null;
}

/** An RSS, Atom or RDF feed upload: each item becomes one article (the feed reader). */
const FEED_MEDIA_TYPES = /^(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml)$/;

/**
 * Reads an upload as the readers read a file: it becomes a ReaderInput held in memory, and the
 * reader its media type and first bytes choose reads it. Nothing touches the filesystem. A reader's
 * refusal ("HTML page has no readable text") is a failure result with its reason, as for a file.
 */
export async function* readUpload(upload: Upload): AsyncIterable<ReadResult> {
  const { bytes } = upload;
  const mediaType = upload.contentType.split(';')[0]!.trim().toLowerCase();
  const feed = FEED_MEDIA_TYPES.test(mediaType);
  const name = upload.name ?? (mediaType === 'text/plain' ? 'upload.txt' : feed ? 'upload.xml' : 'upload.html');
  const input: ReaderInput = {
    name,
    extension: mediaType === 'text/plain' ? '.txt' : feed ? '.xml' : extname(name).toLowerCase() === '.htm' ? '.htm' : '.html',
    head: bytes.subarray(0, 4096),
    contentType: mediaType,
    charset: 'utf-8',
    url: upload.url ?? null,
    bytes: async () => bytes,
    lines: (maxLineBytes) => byteLines([bytes], maxLineBytes),
  };
  try {
    yield* chooseReader(input).read(input, { entries: null, published: upload.published ?? null, limits: defaultLimits });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield { ok: false, input: name, reason: error.message };
  }
}
