import type { Generated, Insertable, Selectable } from 'kysely';
import type { DateBasis, EventStatus, Precision } from '../vocabulary/taxonomy';

/** One mention of an event in one article: the verbatim quote and where it stands in the article text. */
export interface EventSourceTable {
  id: Generated<number>;
  event_id: number;
  article_id: number;
  quote: string;
  /** Character offsets of the quote in articles.text. */
  quote_start: number;
  quote_end: number;
  /** The date as this source states it, before merging. */
  date_value: string | null;
  date_precision: Precision | null;
  date_basis: DateBasis;
  status: EventStatus | null;
  confidence: number;
}
export type EventSourceRow = Selectable<EventSourceTable>;
export type NewEventSource = Insertable<EventSourceTable>;
