import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import {
  findApiKeyByHash,
  findApiKeysByPrefix,
  insertApiKey,
  listApiKeys,
  revokeApiKey,
  type ApiKeySummary,
} from '../../db/repositories/api-key.repository';
import type { ApiKeyRole } from '../../db/tables/api-key.table';
import { recordAudit } from '../../db/repositories/audit-log.repository';

/**
 * Write keys: `tl_` and 32 random bytes in base64url. Only the sha256 is stored. A fast hash is right
 * here because the key is 256 random bits, not a password: there is nothing to guess a dictionary
 * from, so a slow hash (bcrypt, argon2) would only slow every request down (docs/security.md).
 */
export const KEY_PATTERN = /^tl_[A-Za-z0-9_-]{43}$/;
/** Characters of a key kept for display (`tl_` + 8): tells keys apart, leaves 208 bits unknown. */
const PREFIX_LENGTH = 11;

export interface AuthenticatedKey {
  id: number;
  label: string;
  role: ApiKeyRole;
}

export function generateApiKey(): string {
  return `tl_${randomBytes(32).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function keyPrefix(key: string): string {
  return key.slice(0, PREFIX_LENGTH);
}

/** Creates a key; the returned `key` is the only time it exists in clear. */
/**
 * Creates a key and its audit row in one transaction. `actor` is the acting key's label, or `cli`
 * for the command line (docs/security.md, "Audit log").
 */
export async function createApiKey(db: Kysely<Database>, role: ApiKeyRole, label: string, actor = 'cli'): Promise<{ key: string; summary: ApiKeySummary }> {
  const key = generateApiKey();
  return db.transaction().execute(async (trx) => {
    const summary = await insertApiKey(trx, { label, role, key_hash: hashApiKey(key), prefix: keyPrefix(key), revoked_at: null, last_used_at: null });
    await recordAudit(trx, { action: 'key_create', keyLabel: actor, subject: `key ${summary.id}`, detail: { role, label, prefix: summary.prefix } });
    return { key, summary };
  });
}

export type Authentication = { ok: true; key: AuthenticatedKey } | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' };

/**
 * Finds the key a request presents. The look-up is by hash (an index probe that reveals nothing about
 * the key, since an attacker cannot choose hashes), and the stored and presented hashes are then
 * compared with timingSafeEqual so no comparison of secret material ever short-circuits.
 */
export async function authenticateKey(db: Kysely<Database>, presented: string): Promise<Authentication> {
  if (!KEY_PATTERN.test(presented)) return { ok: false, reason: 'malformed' };
  const hash = hashApiKey(presented);
  const row = await findApiKeyByHash(db, hash);
  if (!row || !timingSafeEqual(Buffer.from(row.key_hash, 'hex'), Buffer.from(hash, 'hex'))) return { ok: false, reason: 'unknown' };
  if (row.revoked_at !== null) return { ok: false, reason: 'revoked' };
  return { ok: true, key: { id: row.id, label: row.label, role: row.role } };
}

export function listKeys(db: Kysely<Database>): Promise<ApiKeySummary[]> {
  return listApiKeys(db);
}

/** Revokes by id ("3") or displayed prefix ("tl_AbC12345"); a prefix must name exactly one key. Leaves an audit row. */
export async function revokeKey(db: Kysely<Database>, idOrPrefix: string, actor = 'cli'): Promise<ApiKeySummary> {
  return db.transaction().execute(async (trx) => {
    let revoked: ApiKeySummary | undefined;
    if (/^\d{1,9}$/.test(idOrPrefix)) {
      revoked = await revokeApiKey(trx, Number(idOrPrefix));
      if (!revoked) throw new KeyNotFoundError(`no key with id ${idOrPrefix}`);
    } else {
      const matches = await findApiKeysByPrefix(trx, idOrPrefix);
      if (matches.length !== 1) throw new KeyNotFoundError(matches.length ? `prefix ${idOrPrefix} names ${matches.length} keys: revoke by id` : `no key with prefix ${idOrPrefix}`);
      revoked = (await revokeApiKey(trx, matches[0]!.id))!;
    }
    await recordAudit(trx, { action: 'key_revoke', keyLabel: actor, subject: `key ${revoked.id}`, detail: { role: revoked.role, label: revoked.label } });
    return revoked;
  });
}

export class KeyNotFoundError extends Error {}

/** Role order: a role may do what every role before it may. */
export const ROLE_RANK: Record<ApiKeyRole, number> = { reader: 0, editor: 1, admin: 2 };
