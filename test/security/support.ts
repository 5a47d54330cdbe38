import type { Application } from 'express';
import { sql, type Kysely } from 'kysely';
import { readConfig } from '../../db/config';
import type { Database } from '../../db/database';
import type { ApiKeyRole } from '../../db/tables/api-key.table';
import { createApp } from '../../server/app';
import { createApiKey, revokeKey } from '../../server/services/api-key.service';
import { seedFixture, type Fixture } from '../server/fixtures';
import type { TestDatabase } from '../support/databases';

export interface Keys {
  reader: string;
  editor: string;
  admin: string;
  /** An admin key, revoked: worth nothing. */
  revoked: string;
}

export interface SecurityHarness {
  app: Application;
  fixture: Fixture;
  keys: Keys;
  serverErrors: unknown[];
}

/**
 * Inside describeEachBackend: the shared fixture, one key per role plus a revoked one, and the app.
 * Rate limits are off unless a test file turns them on (they would otherwise cut property runs short).
 */
export function useSecurityApp(ctx: TestDatabase, env: Record<string, string> = {}): SecurityHarness {
  const harness = { serverErrors: [] as unknown[] } as SecurityHarness;
  beforeAll(async () => {
    harness.fixture = await seedFixture(ctx.db);
    const make = async (role: ApiKeyRole, label: string) => (await createApiKey(ctx.db, role, label)).key;
    harness.keys = { reader: await make('reader', 'reader desk'), editor: await make('editor', 'jane editor'), admin: await make('admin', 'ops admin'), revoked: await make('admin', 'old admin') };
    const revokedId = (await ctx.db.selectFrom('api_keys').select('id').where('label', '=', 'old admin').executeTakeFirstOrThrow()).id;
    await revokeKey(ctx.db, String(revokedId));
    const { server } = readConfig({ WRITE_RATE_LIMIT_PER_IP: '0', WRITE_RATE_LIMIT_PER_KEY: '0', SEARCH_RATE_LIMIT_PER_IP: '0', LOG_LEVEL: 'silent', ...env });
    harness.app = createApp({ db: ctx.db, config: server, logError: (error) => harness.serverErrors.push(error) });
  });
  return harness;
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

const FINGERPRINTED: Array<{ table: keyof Database; columns: string }> = [
  { table: 'articles', columns: 'id, content_hash, title, url, published, text' },
  { table: 'events', columns: 'id, date_value, date_precision, jurisdiction, type, status, title, verified, retracted, version, edited_fields' },
  { table: 'event_sources', columns: 'id, event_id, article_id, quote' },
  { table: 'companies', columns: 'id, name, aliases, parent_id' },
  { table: 'event_companies', columns: 'event_id, company_id' },
  { table: 'event_history', columns: 'id, event_id, action, key_label, before, after' },
  // last_used_at moves when a valid key is used, which is not a change to the data.
  { table: 'api_keys', columns: 'id, label, role, key_hash, revoked_at' },
];

/** A digest of every row that matters: equal before and after means the request changed nothing. */
export async function fingerprint(db: Kysely<Database>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const { table, columns } of FINGERPRINTED) {
    const { rows } = await sql<{ digest: string | null; n: number }>`
      SELECT md5(coalesce(string_agg(row_text, '|' ORDER BY row_text), '')) AS digest, count(*)::int AS n
      FROM (SELECT (${sql.raw(`ROW(${columns})`)})::text AS row_text FROM ${sql.table(table)}) AS t`.execute(db);
    out[table] = `${rows[0]!.n}:${rows[0]!.digest}`;
  }
  return out;
}
