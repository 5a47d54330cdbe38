import type { ReadResult } from '../types';
import type { ManifestEntry } from './manifest';

/** What a reader sees first, to say whether the input is its format (extension and content sniffing). */
export interface InputHead {
  /** The input as the user named it (manifest `file`, path or URL). */
  name: string;
  /** Lower-case extension with its dot ('.html'), '' when none. */
  extension: string;
  /** The first bytes (up to 4 KiB). */
  head: Buffer;
  /** The media type an HTTP server declared ('text/html'), null for files. */
  contentType: string | null;
}

/** An opened input: a local file or a fetched URL. */
export interface ReaderInput extends InputHead {
  /** Where a fetched input came from (after redirects); null for files. */
  url: string | null;
  /** The charset an HTTP server declared; null for files (which must be UTF-8). */
  charset: string | null;
  /** The whole content (size-capped: see ReadLimits). */
  bytes(): Promise<Buffer>;
  /** The content line by line (bytes without '\n'), without holding it all in memory. */
  lines(maxLineBytes: number): AsyncIterable<ByteLine>;
}

/** One line of an input; a line longer than the cap keeps its first bytes and says so. */
export interface ByteLine {
  bytes: Buffer;
  /** The line's full length was over the cap: `bytes` holds only its start. */
  truncated: boolean;
}

export interface ReadLimits {
  /** Largest file read whole (line-streamed formats are exempt). */
  maxFileBytes: number;
  /** Largest single article's text, in characters; a larger one is a failure result. */
  maxArticleChars: number;
  /** Largest HTTP response body read from a URL. */
  maxFetchBytes: number;
  /** Whole-request timeout for a URL, headers and body. */
  fetchTimeoutMs: number;
}

export interface ReadContext {
  /** The manifest's entries for this input, in order; null without a manifest. */
  entries: ManifestEntry[] | null;
  /** `--published`: date for articles nothing else dates (marked inferred). */
  published: string | null;
  limits: ReadLimits;
}

/**
 * One input format. readers/index.ts lists them; the first whose detect() accepts an input reads it.
 * A reader yields failures for parts it cannot read (a bad JSON line) and throws InputError when
 * the whole input is unreadable.
 */
export interface Reader {
  name: string;
  detect(input: InputHead): boolean;
  read(input: ReaderInput, context: ReadContext): AsyncIterable<ReadResult>;
}
