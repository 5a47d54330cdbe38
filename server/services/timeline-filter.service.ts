import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { findCompanyIds } from '../../db/repositories/company-read.repository';
import { EMPTY_FILTER, type TimelineFilter } from '../../db/repositories/timeline-filter';
import { EU_MEMBER_STATES } from '../jurisdictions/eu-members';
import { periodRange } from '../schemas/query-params';
import type { FacetsQuery } from '../schemas/timeline-query.schema';

/**
 * Turns validated query filters into the repository's filter, applying the `include` expansions:
 * members (EU → EU + its 27 member states), subdivisions (a country also matches its ISO 3166-2
 * subdivisions: US → US-MT, US-TX…), subsidiaries (a company also matches its brands), retracted
 * (events an editor retracted are listed too).
 * Without `include`, a code matches exactly that code: US alone is federal-level events only.
 * Company names are resolved to ids here (a small query on the companies table).
 */
export async function buildFilter(db: Kysely<Database>, query: FacetsQuery & { policy?: number }): Promise<TimelineFilter> {
  const include = new Set(query.include ?? []);
  const codes = new Set(query.jurisdiction ?? []);
  if (include.has('members') && codes.has('EU')) for (const code of EU_MEMBER_STATES) codes.add(code);
  const countries = [...codes].filter((code) => /^[A-Z]{2}$/.test(code) && code !== 'EU');
  return {
    ...EMPTY_FILTER,
    jurisdictions: [...codes],
    subdivisionsOf: include.has('subdivisions') ? countries : [],
    companyIds: query.company?.length ? await findCompanyIds(db, query.company, include.has('subsidiaries')) : null,
    types: query.type ?? [],
    statuses: query.status ?? [],
    from: query.from ? periodRange(query.from).start : null,
    to: query.to ? periodRange(query.to).end : null,
    q: query.q ?? null,
    since: query.since ?? null,
    includeRetracted: include.has('retracted'),
    policyId: query.policy ?? null,
  };
}
