import { jurisdictionName } from '../../db/vocabulary/jurisdiction-name';
import type { EventStatus, EventType, Precision } from '../../db/vocabulary/taxonomy';
import { eventDate } from './event-date';

/** The columns every answer about an event starts from (a timeline row, an event's detail). */
export interface EventFieldsRow<Companies> {
  id: number;
  date_value: string | null;
  date_precision: Precision | null;
  date_basis: string | null;
  date_start: string | null;
  date_end: string | null;
  jurisdiction: string | null;
  companies: Companies;
  type: EventType;
  status: EventStatus | null;
  title: string;
  confidence: number;
  verified: boolean;
}

/**
 * The fields an event has in every answer, in the order the answers list them: one place decides how
 * a date and a jurisdiction are shown, so the timeline and the event's page cannot drift apart.
 */
export function eventFields<Companies>(row: EventFieldsRow<Companies>) {
  return {
    id: row.id,
    date: eventDate(row.date_value, row.date_precision, row.date_basis),
    date_start: row.date_start,
    date_end: row.date_end,
    jurisdiction: row.jurisdiction ? { code: row.jurisdiction, name: jurisdictionName(row.jurisdiction) } : null,
    companies: row.companies,
    type: row.type,
    status: row.status,
    title: row.title,
    confidence: row.confidence,
    verified: row.verified,
  };
}
