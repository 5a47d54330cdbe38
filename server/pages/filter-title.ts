import { jurisdictionName } from '../../db/vocabulary/jurisdiction-name';
import type { FacetsQuery } from '../schemas/timeline-query.schema';
import { displayDate, humanize } from './display-date';

type FilterWords = Pick<FacetsQuery, 'jurisdiction' | 'company' | 'type' | 'status' | 'from' | 'to' | 'q' | 'include'>;

const precisionOf = (value: string) => (['year', 'month', 'day'] as const)[value.split('-').length - 1]!;
const period = (value: string) => displayDate({ value, precision: precisionOf(value) });

/**
 * The filters of a timeline in words, for the titles a reader sees (the embed, a feed, a calendar):
 *   { jurisdiction: ['US'], include: ['subdivisions'], type: ['device_ban'], from: '2022', to: '2023-06' }
 *   → "Policy timeline: Device ban · United States of America and its states · 2022 to Jun 2023"
 */
export function filterTitle(query: FilterWords): string {
  const include = new Set(query.include ?? []);
  const parts: string[] = [];
  if (query.type?.length) parts.push(query.type.map(humanize).join(' or '));
  if (query.status?.length) parts.push(query.status.map((s) => humanize(s).toLowerCase()).join(' or '));
  if (query.jurisdiction?.length) {
    const names = query.jurisdiction.map((code) => {
      const name = jurisdictionName(code);
      if (code === 'EU' && include.has('members')) return `${name} and its member states`;
      if (!code.includes('-') && code !== 'EU' && include.has('subdivisions')) return `${name} and its states`;
      return name;
    });
    parts.push(names.join(' or '));
  }
  if (query.company?.length) parts.push(`${query.company.join(' or ')}${include.has('subsidiaries') ? ' (with its brands)' : ''}`);
  if (query.from && query.to) parts.push(query.from === query.to ? period(query.from) : `${period(query.from)} to ${period(query.to)}`);
  else if (query.from) parts.push(`since ${period(query.from)}`);
  else if (query.to) parts.push(`until ${period(query.to)}`);
  if (query.q) parts.push(`matching "${query.q}"`);
  return parts.length ? `Policy timeline: ${parts.join(' · ')}` : 'Policy timeline';
}
