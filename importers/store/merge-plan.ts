import {
  CANDIDATE_LIMIT,
  candidateSlices,
  // Date columns an editor may have fixed: the import leaves the event's span alone, as updateMergedEvents does.
  DATE_FIELDS,
  type CandidateQuery,
  type CandidateRow,
  type CandidateSlice,
  type CandidateSource,
  type MergedEventUpdate,
} from '../../db/repositories/event-write.repository';
import type { NewEventSource } from '../../db/tables/event-source.table';
import type { NewEvent } from '../../db/tables/event.table';
import { assignMentions, isNewerSource, progressStatus, resolveEventDate, type MergeOptions } from '../merge/index';
import { dayRange } from '../../db/vocabulary/date-range';
import type { EventStatus } from '../../db/vocabulary/taxonomy';
import type { Article, Mention } from '../types';
import { newEvent, sourceDate, toMergeCandidate, toMergeMention } from './merge-rows';

/**
 * The merge decisions for a batch of articles, made in memory before anything is written, so that the
 * batch's rows go to Postgres in one statement per table instead of several per article.
 *
 * Articles are taken in order, each against the events the candidate query found plus the events the
 * batch's earlier articles created or joined, exactly as if each had been stored in its own
 * transaction after the previous one committed (test/importers/store/batch-equivalence.test.ts checks
 * this against one transaction per article). Rows not yet written carry provisional ids (PROVISIONAL
 * and up); the caller swaps them for the ids Postgres returns (resolvePlan).
 */

/** Provisional ids start far above any integer id, so they sort after every stored event (ties go to the older event). */
export const PROVISIONAL = 2 ** 40;

export interface PlannedArticle {
  articleId: number;
  article: Article;
  mentions: Mention[];
  /** The candidate query of each mention (what findMergeCandidates was asked for this article). */
  queries: CandidateQuery[];
}

export interface MergePlan {
  /** New events in creation order; the k-th has id PROVISIONAL + k. */
  events: NewEvent[];
  /** New sources in order; the k-th has id PROVISIONAL + k. event_id may be provisional. */
  sources: NewEventSource[];
  /** Per article: the event each mention belongs to (provisional or stored), and how many it created. */
  articles: Array<{ eventIds: number[]; eventsCreated: number }>;
  /** Events joined by a mention of the batch (stored or new), with every source they now have. */
  merged: MergedEvent[];
  /** Distinct (event, company) pairs to link. */
  links: Array<{ eventId: number; company: string }>;
}

export interface MergedEvent {
  id: number;
  /** The event's sources in id order, stored and new; dates are resolved over all of them. */
  sources: CandidateSource[];
  status: EventStatus | null;
  /** The highest confidence among the batch's mentions that joined it. */
  confidence: number;
}

/** An event the batch may still join: a stored candidate, or one the batch created. */
interface PoolEvent extends CandidateRow {
  companiesEdited: boolean;
  datesEdited: boolean;
}


/**
 * The events an article's candidate query would return were the batch's earlier articles committed:
 * per slice, the newest CANDIDATE_LIMIT dated events in range and the newest CANDIDATE_LIMIT undated
 * ones, exactly as findMergeCandidates selects them (the pool holds everything the batch's query
 * returned, and every event the batch created is newer than those).
 */
function sliceMembers(bySliceKey: Map<string, PoolEvent[]>, slices: readonly CandidateSlice[]): PoolEvent[] {
  const out = new Map<number, PoolEvent>();
  for (const slice of slices) {
    const events = bySliceKey.get(`${slice.j}\u0000${slice.t}`) ?? [];
    let dated = 0;
    let undated = 0;
    // Newest first, as the SQL orders each slice.
    for (let k = events.length - 1; k >= 0; k--) {
      const e = events[k]!;
      if (e.date_start === null) {
        if (undated++ < CANDIDATE_LIMIT) out.set(e.id, e);
      } else if (e.date_start >= slice.lo && e.date_start <= slice.hi && e.date_end! >= slice.after) {
        if (dated++ < CANDIDATE_LIMIT) out.set(e.id, e);
      }
    }
  }
  return [...out.values()];
}

/** The batch's working state: the events it may still join, by id and by slice, and the plan so far. */
interface Batch {
  pool: Map<number, PoolEvent>;
  /** Per (jurisdiction, type), in id order: the slices' scan order. */
  bySliceKey: Map<string, PoolEvent[]>;
  plan: MergePlan;
  merged: Map<number, MergedEvent>;
  /** (event, company) pairs already planned, keyed `${eventId}\u0000${company}`. */
  linked: Set<string>;
}

export function planBatch(articles: readonly PlannedArticle[], candidates: readonly CandidateRow[], merge: MergeOptions): MergePlan {
  const batch: Batch = {
    pool: new Map(),
    bySliceKey: new Map(),
    plan: { events: [], sources: [], articles: [], merged: [], links: [] },
    merged: new Map(),
    linked: new Set(),
  };
  for (const c of [...candidates].sort((a, b) => a.id - b.id)) {
    addToPool(batch, {
      ...c,
      companies: [...c.companies],
      sources: [...c.sources],
      companiesEdited: c.edited_fields.includes('companies'),
      datesEdited: c.edited_fields.some((f) => DATE_FIELDS.includes(f)),
    });
  }
  for (const planned of articles) planArticle(batch, planned, merge);
  batch.plan.merged = [...batch.merged.values()];
  return batch.plan;
}

function addToPool(batch: Batch, event: PoolEvent): void {
  batch.pool.set(event.id, event);
  const key = `${event.jurisdiction ?? ''}\u0000${event.type}`;
  const list = batch.bySliceKey.get(key) ?? [];
  list.push(event);
  batch.bySliceKey.set(key, list);
}

/** One article's mentions, each joined to the event the merge rule assigns or made a new event. */
function planArticle(batch: Batch, { articleId, article, mentions, queries }: PlannedArticle, merge: MergeOptions): void {
  if (mentions.length === 0) {
    batch.plan.articles.push({ eventIds: [], eventsCreated: 0 });
    return;
  }
  // An event the query did not read the sources of (not joinable) still takes its place in its slices'
  // limit, but no mention of the batch may join it (findMergeCandidates): the merge rule never sees it.
  const eligible = sliceMembers(batch.bySliceKey, candidateSlices(queries)).filter((e) => e.joinable);
  const assignment = assignMentions(mentions.map(toMergeMention), eligible.map(toMergeCandidate), merge);
  let eventsCreated = 0;
  const eventIds = mentions.map((m, i) => {
    const source: CandidateSource = {
      id: PROVISIONAL + batch.plan.sources.length,
      quote: m.quote,
      date_value: m.date.value,
      date_precision: m.date.precision,
      date_basis: m.date.basis,
      published: article.published,
    };
    const joined = assignment[i] == null ? undefined : batch.pool.get(assignment[i]);
    let eventId: number;
    if (joined) {
      eventId = joined.id;
      joinEvent(batch, joined, m, article, source);
    } else {
      eventId = createEvent(batch, m, source);
      eventsCreated++;
    }
    batch.plan.sources.push({
      event_id: eventId,
      article_id: articleId,
      quote: m.quote,
      quote_start: m.quoteStart,
      quote_end: m.quoteEnd,
      date_value: m.date.value,
      date_precision: m.date.precision,
      date_basis: m.date.basis,
      status: m.status,
      confidence: m.confidence,
    });
    linkCompanies(batch, eventId, m.companies);
    return eventId;
  });
  batch.plan.articles.push({ eventIds, eventsCreated });
}

/** A mention joins a pooled event: its status moves on, its span follows the resolved date, and the update is recorded. */
function joinEvent(batch: Batch, joined: PoolEvent, m: Mention, article: Article, source: CandidateSource): void {
  const status = progressStatus(joined.status, m.status, isNewerSource(article.published, joined.sources.map((s) => s.published)));
  joined.status = status;
  joined.sources.push(source);
  // The span later slices select it by: the date resolved over its sources, as the update will write it.
  if (!joined.datesEdited) {
    const range = resolvedRange(joined.sources);
    joined.date_start = range?.start ?? null;
    joined.date_end = range?.end ?? null;
  }
  const entry = batch.merged.get(joined.id) ?? { id: joined.id, sources: joined.sources, status, confidence: m.confidence };
  entry.status = status;
  entry.confidence = Math.max(entry.confidence, m.confidence);
  batch.merged.set(joined.id, entry);
}

/** A mention no event takes becomes a new event with a provisional id, which later articles of the batch may join. */
function createEvent(batch: Batch, m: Mention, source: CandidateSource): number {
  const eventId = PROVISIONAL + batch.plan.events.length;
  // First seen: the article that brought the event is its first source (its import time is the row's default).
  const row = { ...newEvent(m), first_published: source.published };
  batch.plan.events.push(row);
  addToPool(batch, {
    id: eventId,
    jurisdiction: m.jurisdiction,
    type: m.type,
    title: m.title,
    status: m.status,
    date_value: m.date.value,
    date_precision: m.date.value ? m.date.precision : null,
    date_start: row.date_start ?? null,
    date_end: row.date_end ?? null,
    companies: [],
    edited_fields: [],
    joinable: true,
    sources: [source],
    companiesEdited: false,
    datesEdited: false,
  });
  return eventId;
}

/** Later articles see the company links this one adds (unless an editor fixed the event's companies). */
function linkCompanies(batch: Batch, eventId: number, companies: readonly string[]): void {
  const event = batch.pool.get(eventId)!;
  for (const company of companies) {
    const key = `${eventId}\u0000${company}`;
    if (batch.linked.has(key)) continue;
    batch.linked.add(key);
    batch.plan.links.push({ eventId, company });
    if (!event.companiesEdited && !event.companies.includes(company)) event.companies = [...event.companies, company].sort();
  }
}

function resolvedRange(sources: readonly CandidateSource[]): { start: string; end: string } | null {
  const resolved = resolveEventDate(sources.map((s) => ({ sourceId: s.id, ...sourceDate(s) })));
  return resolved.value ? dayRange(resolved.value) : null;
}

/** The update a joined event gets once the batch's rows exist (ids resolved), in the shape updateMergedEvents takes. */
export function mergedEventUpdate(event: MergedEvent, resolveSource: (id: number) => number, resolveEvent: (id: number) => number): MergedEventUpdate {
  const resolved = resolveEventDate(
    event.sources.map((s) => ({ sourceId: resolveSource(s.id), value: s.date_value, precision: s.date_precision, basis: s.date_basis })),
  );
  const range = resolved.value ? dayRange(resolved.value) : null;
  return {
    id: resolveEvent(event.id),
    date_value: resolved.value,
    date_precision: resolved.precision,
    date_start: range?.start ?? null,
    date_end: range?.end ?? null,
    date_conflicts: JSON.stringify(resolved.conflicts),
    status: event.status,
    confidence: event.confidence,
    first_published: earliestDay(event.sources.map((s) => s.published)),
  };
}

/** The earliest of some 'YYYY-MM-DD' days (ISO days sort as text), null when none is known. */
function earliestDay(days: readonly (string | null)[]): string | null {
  return days.reduce<string | null>((min, day) => (day !== null && (min === null || day < min) ? day : min), null);
}

/** Maps provisional ids (PROVISIONAL + k) to the k-th id Postgres returned; stored ids pass through. */
export function idResolver(returned: readonly number[]): (id: number) => number {
  return (id) => {
    if (id < PROVISIONAL) return id;
    const real = returned[id - PROVISIONAL];
    if (real === undefined) throw new Error(`merge plan: no stored row for provisional id ${id}`);
    return real;
  };
}
