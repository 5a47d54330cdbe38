import { sql } from 'kysely';
import type { Queryable } from '../database';
import type { ApiKeyRow, NewApiKey } from '../tables/api-key.table';

/** A key as lists show it: never the hash. */
export type ApiKeySummary = Omit<ApiKeyRow, 'key_hash'>;

const SUMMARY_COLUMNS = ['id', 'label', 'role', 'prefix', 'created_at', 'revoked_at', 'last_used_at'] as const;

export async function insertApiKey(db: Queryable, key: NewApiKey): Promise<ApiKeySummary> {
  return db.insertInto('api_keys').values(key).returning(SUMMARY_COLUMNS).executeTakeFirstOrThrow();
}

/** The key whose sha256 this is (revoked or not: the caller decides what a revoked key means). */
export async function findApiKeyByHash(db: Queryable, keyHash: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
}

export async function listApiKeys(db: Queryable): Promise<ApiKeySummary[]> {
  return db.selectFrom('api_keys').select(SUMMARY_COLUMNS).orderBy('id').execute();
}

/** Revokes a key by id; an already revoked key keeps its first revocation time. Undefined: no such key. */
export async function revokeApiKey(db: Queryable, id: number): Promise<ApiKeySummary | undefined> {
  return db
    .updateTable('api_keys')
    .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
    .where('id', '=', id)
    .returning(SUMMARY_COLUMNS)
    .executeTakeFirst();
}

export async function findApiKeysByPrefix(db: Queryable, prefix: string): Promise<ApiKeySummary[]> {
  return db.selectFrom('api_keys').select(SUMMARY_COLUMNS).where('prefix', '=', prefix).execute();
}

/** Records use at most once a minute per key, so a burst of writes does not become a burst of key updates. */
export async function touchApiKey(db: Queryable, id: number): Promise<void> {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`)]))
    .execute();
}
