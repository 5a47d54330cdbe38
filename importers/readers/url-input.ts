import { extname } from 'node:path';
import { byteLines } from './byte-lines';
import { InputError } from './input-error';
import type { ReaderInput, ReadLimits } from './reader';

/**
 * Fetches an http(s) URL for the readers. One timeout (AbortController) covers headers and body; the
 * body is read up to the size cap and the download stops there. Non-2xx statuses, timeouts,
 * oversized bodies and network errors are InputErrors naming the cause.
 */

function megabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(2))} MB`;
}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new InputError(`response is larger than the ${megabytes(maxBytes)} limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function failureOf(error: unknown, signal: AbortSignal, limits: ReadLimits): InputError {
  if (error instanceof InputError) return error;
  if (signal.aborted) return new InputError(`timed out after ${limits.fetchTimeoutMs / 1000} s`);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return new InputError(`fetch failed (${cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))})`);
}

/** Downloads `url` (within the limits) and wraps it as a reader input. */
export async function fetchInput(url: string, limits: ReadLimits): Promise<ReaderInput> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.fetchTimeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5' } });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new InputError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limits.maxFetchBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new InputError(`response is ${megabytes(declared)}, larger than the ${megabytes(limits.maxFetchBytes)} limit`);
    }
    const bytes = response.body ? await readCapped(response.body, limits.maxFetchBytes) : Buffer.alloc(0);
    if (bytes.length === 0) throw new InputError('empty response');
    const contentType = response.headers.get('content-type');
    const finalUrl = response.url || url;
    return {
      name: url,
      extension: extname(new URL(finalUrl).pathname).toLowerCase(),
      head: bytes.subarray(0, 4096),
      contentType: contentType?.split(';')[0]?.trim().toLowerCase() || null,
      charset: /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? null,
      url: finalUrl,
      bytes: async () => bytes,
      lines: (maxLineBytes) => byteLines([bytes], maxLineBytes),
    };
  } catch (error) {
    throw failureOf(error, controller.signal, limits);
  } finally {
    clearTimeout(timer);
  }
}
