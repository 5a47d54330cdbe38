import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { extname } from 'node:path';
import { Agent } from 'undici';
import { byteLines } from './byte-lines';
import { InputError } from './input-error';
import type { ReaderInput, ReadLimits } from './reader';

/**
 * Fetches an http(s) URL for the readers. One timeout (AbortController) covers headers and body; the
 * body is read up to the size cap and the download stops there. Non-2xx statuses, timeouts,
 * oversized bodies and network errors are InputErrors naming the cause.
 */

/**
 * Limits on where a fetch may go (the server's import by URL: server/services/public-url.ts). With a
 * guard, redirects are followed by hand so each hop is checked, and the connection is made to the
 * address the guard checked: a host cannot answer the check with a public address and the connection
 * with a private one (DNS rebinding).
 */
export interface FetchGuard {
  /** Why this URL (the first or a redirect's target) may not be fetched, or null. */
  refuseUrl(url: string): Promise<string | null>;
  /** Why a resolved address may not be connected to, or null. */
  refuseAddress(address: string): string | null;
}

const MAX_REDIRECTS = 5;

/**
 * An undici agent whose DNS lookups refuse what the guard refuses, and connect to what it checked.
 * Also the server's webhook deliveries' (server/webhooks/send-delivery.ts): one address check for both.
 */
export function guardedAgent(guard: FetchGuard): Agent {
  return new Agent({
    connect: {
      lookup: (hostname, options, callback) => {
        dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses: LookupAddress[]) => {
          if (error) return callback(error, '', 4);
          const refused = addresses.map((a) => guard.refuseAddress(a.address)).find((reason) => reason !== null);
          if (refused || addresses.length === 0) {
            // No error code: the fetch failure then names the reason (failureOf).
            return callback(new Error(`address refused: ${refused ?? `${hostname} does not resolve`}`), '', 4);
          }
          if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
          callback(null, addresses[0]!.address, addresses[0]!.family);
        });
      },
    },
  });
}

const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5';

/** Fetches with each redirect hop checked by the guard; returns the final response and its URL. */
async function guardedFetch(url: string, guard: FetchGuard, signal: AbortSignal): Promise<{ response: Response; finalUrl: string }> {
  const dispatcher = guardedAgent(guard);
  let current = url;
  for (let hop = 0; ; hop++) {
    const refused = await guard.refuseUrl(current);
    if (refused) throw new InputError(hop === 0 ? refused : `redirect to ${current} refused: ${refused}`);
    // Node's fetch takes an undici dispatcher; the DOM RequestInit type does not know the option.
    const response = await fetch(current, { signal, redirect: 'manual', headers: { accept: ACCEPT }, dispatcher } as RequestInit);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return { response, finalUrl: current };
    await response.body?.cancel().catch(() => undefined);
    if (hop >= MAX_REDIRECTS) throw new InputError(`more than ${MAX_REDIRECTS} redirects`);
    current = new URL(location, current).toString();
  }
}

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
export async function fetchInput(url: string, limits: ReadLimits, guard?: FetchGuard): Promise<ReaderInput> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.fetchTimeoutMs);
  try {
    const fetched = guard
      ? await guardedFetch(url, guard, controller.signal)
      : await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { accept: ACCEPT } }).then((response) => ({ response, finalUrl: response.url || url }));
    const { response } = fetched;
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
    const { finalUrl } = fetched;
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
