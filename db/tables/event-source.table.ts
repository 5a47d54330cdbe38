import type { Generated, Insertable, Selectable } from 'kysely';

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
  date_precision: string | null;
  date_basis: string;
  status: string | null;
  confidence: number;
}
export type EventSourceRow = Selectable<EventSourceTable>;
export type NewEventSource = Insertable<EventSourceTable>;
