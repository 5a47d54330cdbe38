import type { Generated, Insertable, Selectable } from 'kysely';

/** Canonical company with its aliases and parent (Instagram → Meta), so a parent query can include brands. */
export interface CompanyTable {
  id: Generated<number>;
  name: string;
  aliases: Generated<string[]>;
  parent_id: number | null;
}
export type CompanyRow = Selectable<CompanyTable>;
export type NewCompany = Insertable<CompanyTable>;

export interface EventCompanyTable {
  event_id: number;
  company_id: number;
  /** Its event's date_start, kept by triggers (migration 0005): whatever is written here is overwritten. */
  date_start: Generated<string | null>;
  /** Its event's jurisdiction, kept by the same triggers (migration 0013), for policy linking's neighbours. */
  jurisdiction: Generated<string | null>;
  /** Its event's type, kept by the same triggers (migration 0015), for a company's pages of one type. */
  type: Generated<string | null>;
}
