import type { Kysely } from 'kysely';
import type { Database } from '../../db/database';
import { findCompanyIds } from '../../db/repositories/company-read.repository';
import { anyEventMatches, listCompanyNames } from '../../db/repositories/filter-presence.repository';
import { EMPTY_FILTER } from '../../db/repositories/timeline-filter';
import { closestName } from '../http/closest-name';
import { jurisdictionName } from '../../db/vocabulary/jurisdiction-name';
import type { FacetsQuery } from '../schemas/timeline-query.schema';
import type { TimelineWarning } from '../schemas/timeline-warning';
import { buildFilter } from './timeline-filter.service';

export type { TimelineWarning } from '../schemas/timeline-warning';

/**
 * What an empty answer would not say by itself: a jurisdiction or company asked for that has no
 * events at all (whatever the other filters), a company nobody has heard of (with the closest known
 * name), and a country whose events are all in its states when include=subdivisions was not given.
 * One small existence query per value named, except where the answer itself settles it:
 * `answerHasEvents` says events matched the whole query, so the one value of a parameter that names
 * only one (under the same include) has events, and needs no query. That is a first page's usual
 * case, which then costs one round trip instead of two to four.
 */
export async function timelineWarnings(db: Kysely<Database>, query: FacetsQuery, answerHasEvents = false): Promise<TimelineWarning[]> {
  const include = query.include ?? [];
  const warnings: TimelineWarning[] = [];
  // include=retracted lets retracted events answer, which the checks below do not count.
  const settled = (values: readonly string[] | undefined): boolean => answerHasEvents && values?.length === 1 && !include.includes('retracted');
  for (const code of settled(query.jurisdiction) ? [] : (query.jurisdiction ?? [])) {
    const alone = { jurisdiction: [code], include: include.filter((i) => i === 'members' || i === 'subdivisions') };
    if (await anyEventMatches(db, await buildFilter(db, alone))) continue;
    const name = jurisdictionName(code);
    const inStates = !include.includes('subdivisions') && /^[A-Z]{2}$/.test(code) && (await anyEventMatches(db, await buildFilter(db, { jurisdiction: [code], include: ['subdivisions'] })));
    warnings.push({
      parameter: 'jurisdiction',
      value: code,
      message: inStates ? `no events at the level of ${name} itself; its states have some: add include=subdivisions` : `no events in ${name} (${code})`,
    });
  }
  for (const company of settled(query.company) ? [] : (query.company ?? [])) {
    const ids = await findCompanyIds(db, [company], include.includes('subsidiaries'));
    if (ids.length === 0) {
      const guess = closestName(company, await listCompanyNames(db));
      warnings.push({ parameter: 'company', value: company, message: `no company called ${company} is known${guess ? `: did you mean ${guess}?` : ''}` });
    } else if (!(await anyEventMatches(db, { ...EMPTY_FILTER, companyIds: ids }))) {
      warnings.push({ parameter: 'company', value: company, message: `no events name ${company}` });
    }
  }
  return warnings;
}
