import type { DateBasis, EventType, Precision } from '../../db/vocabulary/taxonomy';

/** A date as a source states it. */
export interface DatedValue {
  value: string | null;
  precision: Precision | null;
  basis: DateBasis;
}

/** What the merge rule reads from a new mention. */
export interface MergeMention {
  jurisdiction: string | null;
  type: EventType;
  companies: string[];
  date: DatedValue;
  /**
   * The wording compared with the event's: the quote. Not the title: extraction builds titles from
   * jurisdiction, type and companies ("EU enforcement action involving TikTok"), which the hard rules
   * already compare, so titles would make every same-type pair look alike.
   */
  texts: string[];
}

/** What the merge rule reads from an existing event: its own fields plus every source's date and quote. */
export interface MergeCandidate {
  id: number;
  jurisdiction: string | null;
  type: EventType;
  companies: string[];
  /** The event's current date, and each source's date as that source stated it. */
  dates: DatedValue[];
  /** Its sources' quotes. */
  texts: string[];
}

export interface MergeOptions {
  /** Minimum wording similarity (see wordingSimilarity). */
  threshold: number;
  /** Days a 'reported' (publication) date may lie from the other side's range. */
  reportedWindowDays: number;
  /** Days two stated dates may differ and still be one event (news often dates by a day either way). */
  statedToleranceDays: number;
}

export const DEFAULT_MERGE_OPTIONS: MergeOptions = { threshold: 0.6, reportedWindowDays: 45, statedToleranceDays: 2 };
