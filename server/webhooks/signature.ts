import { createHmac, randomBytes } from 'node:crypto';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): the secret is `whsec_` + base64 of
 * random bytes; each request carries webhook-id, webhook-timestamp (Unix seconds) and
 * webhook-signature `v1,<base64 HMAC-SHA256 over "<id>.<timestamp>.<body>" keyed by the secret's bytes>`,
 * so any verifier of the spec checks it. Hand-written with node:crypto (a dozen lines); the tests verify
 * it with the standardwebhooks package, an independent implementation.
 */
export function generateSecret(): string {
  // 24 bytes: the spec asks for between 24 and 64.
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export function signatureHeader(secret: string, messageId: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const mac = createHmac('sha256', key).update(`${messageId}.${timestamp}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
}

/** webhook-id: unique per message, the same on every retry of it. */
export function newMessageId(): string {
  return `msg_${randomBytes(16).toString('base64url')}`;
}
