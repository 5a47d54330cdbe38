import { guardedAgent } from '../../importers/index';
import { publicUrlGuard, refuseUrl } from '../services/public-url';
import { signatureHeader } from './signature';

/**
 * One HTTP attempt of one delivery: POST the stored body, signed afresh with this attempt's timestamp
 * (Standard Webhooks headers). The target passes the same address check as an import by URL
 * (server/services/public-url.ts, IMPORT_ALLOW_PRIVATE_URLS to allow private addresses): the URL is
 * checked, and the connection goes to the address checked. Redirects are not followed (a 3xx is a
 * failed attempt): a receiver that moved is re-subscribed, not chased.
 */
export interface Attempt {
  ok: boolean;
  status: number | null;
  error: string | null;
}

export interface SendOptions {
  allowPrivate: boolean;
  timeoutMs: number;
  /** Unix seconds of this attempt (tests pin it). */
  now?: () => number;
}

export async function sendDelivery(
  delivery: { message_id: string; payload: string; webhook_url: string; secret: string },
  options: SendOptions,
): Promise<Attempt> {
  const refused = await refuseUrl(delivery.webhook_url, options.allowPrivate);
  if (refused) return { ok: false, status: null, error: `address refused: ${refused}` };
  const guard = publicUrlGuard(options.allowPrivate);
  // One agent per attempt (its lookup is the guard), closed after it so no socket outlives the attempt.
  const dispatcher = guard ? guardedAgent(guard) : undefined;
  const timestamp = options.now?.() ?? Math.floor(Date.now() / 1000);
  try {
    const response = await fetch(delivery.webhook_url, {
      method: 'POST',
      redirect: 'manual',
      body: delivery.payload,
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'policy-timeline-webhooks',
        'webhook-id': delivery.message_id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(delivery.secret, delivery.message_id, timestamp, delivery.payload),
      },
      // Node's fetch takes an undici dispatcher; the DOM RequestInit type does not know the option.
      ...(dispatcher ? { dispatcher } : {}),
    } as RequestInit);
    await response.body?.cancel().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, status: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    if ((error as { name?: string }).name === 'TimeoutError') return { ok: false, status: null, error: `no answer within ${options.timeoutMs / 1000} s` };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, status: null, error: `request failed (${cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))})` };
  } finally {
    void dispatcher?.close().catch(() => undefined);
  }
}
