import type { Generated, Insertable, Selectable } from 'kysely';

export const API_KEY_ROLES = ['reader', 'editor', 'admin'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** A write key: only its sha256 is stored; `prefix` (the first characters) tells keys apart in a list. */
export interface ApiKeyTable {
  id: Generated<number>;
  label: string;
  role: ApiKeyRole;
  key_hash: string;
  prefix: string;
  created_at: Generated<Date>;
  revoked_at: Date | null;
  last_used_at: Date | null;
}
export type ApiKeyRow = Selectable<ApiKeyTable>;
export type NewApiKey = Insertable<ApiKeyTable>;
