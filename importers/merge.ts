import countries from 'i18n-iso-countries';
// The date-range module alone, not the dates index (which loads chrono): the server's curation needs only this.
import { dayRange, type DayRange } from './dates/date-range';
import { COMPANIES } from './gazetteers/companies';
import type { DateBasis, EventType, Precision } from './taxonomy';

/**
 * The merge decision: does a new mention state an event the database already holds?
 * Pure functions only; importers/store/ runs them against candidates it loaded under a lock.
 *
 *   mention  US · data_governance · [TikTok, Oracle] · 2022-07-01 (reported)
 *            "all U.S. user traffic is now being routed to servers handled by Oracle"
 *   event 12 US · data_governance · [TikTok, Oracle] · 2022-06 (relative)
 *            "TikTok said in June it would route US user data to Oracle servers"
 *   → joins event 12 (same place and type, shared company, dates within the reported window,
 *     wording overlap {rout, user, server})
 */

/** A date as a source states it. */
export interface DatedValue {
  value: string | null;
  precision: Precision | null;
  basis: DateBasis;
}

/** What the merge rule reads from a new mention. */
export interface MergeMention {
  jurisdiction: string | null;
  type: EventType | string;
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
  type: EventType | string;
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

/**
 * Pairs of types a careful reader files either way for the same event (a law coming into force is both
 * `legislation` and `age_restriction`). A registry, not a switch: a new pair is one line.
 */
export const COMPATIBLE_TYPES: ReadonlyArray<readonly [EventType, EventType]> = [
  ['legislation', 'age_restriction'],
  ['legislation', 'ban'],
  ['executive_action', 'device_ban'],
  ['executive_action', 'divestiture'],
  ['divestiture', 'ban'],
  ['investigation', 'data_governance'],
  ['enforcement', 'age_restriction'],
  ['court', 'legislation'],
];

/** The type itself and every type compatible with it: what the candidate query asks for. */
export function compatibleTypes(type: string): string[] {
  const out = new Set<string>([type]);
  for (const [a, b] of COMPATIBLE_TYPES) {
    if (a === type) out.add(b);
    if (b === type) out.add(a);
  }
  return [...out].sort();
}

/**
 * The type's merge group: the connected component of COMPATIBLE_TYPES it belongs to, named by its
 * alphabetically first member. Any two types that could ever merge share a group, so a lock per
 * jurisdiction and group serialises every decision that could touch the same events, and no more.
 */
export function mergeGroup(type: string): string {
  const seen = new Set<string>([type]);
  const queue = [type];
  while (queue.length > 0) {
    for (const next of compatibleTypes(queue.pop()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].sort()[0]!;
}

export function typesCompatible(a: string, b: string): boolean {
  return compatibleTypes(a).includes(b);
}

// ---------------------------------------------------------------------------------------------
// Places and companies

/** Same jurisdiction; two unplaced sides only count as the same place when they share a company. */
export function jurisdictionsMatch(a: MergeMention | MergeCandidate, b: MergeMention | MergeCandidate): boolean {
  if (a.jurisdiction !== b.jurisdiction) return false;
  return a.jurisdiction !== null || sharesCompany(a.companies, b.companies);
}

const PARENT = new Map(COMPANIES.map((c) => [c.name, c.parent]));

/** The top of a company's family (Instagram → Meta), so a brand and its parent count as shared. */
export function companyFamily(name: string): string {
  let current = name;
  for (let depth = 0; depth < 5; depth++) {
    const parent = PARENT.get(current);
    if (!parent) return current;
    current = parent;
  }
  return current;
}

export function sharesCompany(a: string[], b: string[]): boolean {
  const families = new Set(a.map(companyFamily));
  return b.some((name) => families.has(companyFamily(name)));
}

/** Both sides name companies and none in common → different events; one side silent → no objection. */
export function companiesCompatible(a: string[], b: string[]): boolean {
  return a.length === 0 || b.length === 0 || sharesCompany(a, b);
}

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

/** Inclusive day range a date value covers ('2023-02' → 02-01..02-28); throws for a value that is not one. */
export { dayRange };

function toDays(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** A YYYY-MM-DD day moved by whole days (UTC arithmetic: no timezone can shift it). */
export function shiftDay(day: string, days: number): string {
  return new Date((toDays(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Days between two ranges; 0 when they overlap or one contains the other. */
export function rangeGapDays(a: string, b: string): number {
  const ra = dayRange(a);
  const rb = dayRange(b);
  const gap = Math.max(toDays(ra.start) - toDays(rb.end), toDays(rb.start) - toDays(ra.end));
  return Math.max(0, gap);
}

/**
 * Could two dated statements be about the same event? Undated sides never object; overlapping ranges
 * agree; a publication date stands in for an undated event, so it gets a window; stated dates a day or
 * two apart are the usual "Wednesday" vs "Thursday" of two newsrooms.
 */
export function datesCompatible(a: DatedValue, b: DatedValue, options: MergeOptions = DEFAULT_MERGE_OPTIONS): boolean {
  if (!a.value || !b.value) return true;
  const gap = rangeGapDays(a.value, b.value);
  if (gap === 0) return true;
  if (a.basis === 'reported' || b.basis === 'reported') return gap <= options.reportedWindowDays;
  return gap <= options.statedToleranceDays;
}

// ---------------------------------------------------------------------------------------------
// Wording

const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers him his how
  i if in into is it its itself just may might more most much must no nor not now of off on once only or other our out
  over own same she should so some such than that the their them then there these they this those through to too under
  until up upon very was we were what when where which while who whom why will with would you your yet via per
  said says say saying told tell according reported reports report added adding stated statement announce announced
  new news week weeks month months year years day days today yesterday tomorrow ago last next earlier later recently
  time times first second one two three four five six seven eight nine ten
  company companies firm firms government governments official officials authority authorities
  country countries nation national state states federal president minister ministry administration
  mr ms mrs dr
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/),
);

/** Demonyms and short forms the country list lacks; names alone would let "UK bans X" match "Canada bans X". */
const PLACE_WORDS = [
  'american', 'americans', 'british', 'britain', 'english', 'chinese', 'beijing', 'washington', 'australian',
  'australians', 'canadian', 'canadians', 'indian', 'indians', 'european', 'europe', 'danish', 'french', 'german',
  'japanese', 'korean', 'russian', 'taiwanese', 'brussels', 'london', 'canberra', 'ottawa', 'delhi', 'eu', 'uk', 'us',
  'usa', 'u', 's', 'k', 'union', 'kingdom', 'republic', 'united',
];

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** iso-3166-2 ships no types: this is the one shape we read from it. */
interface Iso31662 {
  country(code: string): { sub: Record<string, { name: string }> } | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const iso31662 = require('iso-3166-2') as Iso31662;

/** Countries whose states or provinces make the news as jurisdictions ("Montana bans …" must not match "Texas bans …"). */
const SUBDIVIDED = ['US', 'CA', 'AU', 'IN', 'GB', 'DE', 'BR'];
const SUBDIVISION_NAMES = SUBDIVIDED.flatMap((code) => Object.values(iso31662.country(code)?.sub ?? {}).map((s) => s.name));

const NAME_WORDS: ReadonlySet<string> = new Set([
  ...PLACE_WORDS,
  ...SUBDIVISION_NAMES.flatMap(words),
  ...Object.values(countries.getNames('en', { select: 'all' })).flat().flatMap(words),
  ...COMPANIES.flatMap((c) => [c.name, ...c.aliases]).flatMap(words),
]);

/**
 * A light suffix stemmer (enough for news English: routed/routing/route → rout, bans/banned → ban).
 * Not Porter: we only need inflections of one word to meet, never to produce dictionary stems.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && /[aeiouy]/.test(w.slice(0, -suffix.length)) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // Undouble a final consonant on base and inflected forms alike: banned → bann → ban, call → cal = called.
  if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * Words news writers use interchangeably for one action or thing, mapped to one representative.
 * General vocabulary only (never a phrase from a particular article); a new group is one line.
 */
const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = [
  ['control', 'handle', 'manage', 'operate', 'run', 'oversee'],
  ['ban', 'bar', 'block', 'prohibit', 'forbid', 'outlaw'],
  ['phone', 'device', 'handset', 'smartphone'],
  ['remove', 'delete', 'erase', 'uninstall'],
  ['fine', 'penalty', 'penalise', 'penalize', 'sanction'],
  ['probe', 'investigation', 'investigate', 'inquiry', 'review', 'examine'],
  ['testify', 'testimony', 'appear'],
  ['sue', 'lawsuit', 'suit'],
  ['sell', 'sale', 'divest', 'divestiture', 'divestment'],
  ['child', 'children', 'minor', 'teen', 'teenager', 'underage', 'kid', 'young'],
  ['start', 'begin', 'commence', 'effect', 'force'],
];
const SYNONYM: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap((group) => group.map((word) => [stem(word), stem(group[0]!)] as const)),
);

/** The content words of a text: stemmed, without stopwords, numbers, company, country and place names. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of words(text)) {
    if (word.length < 2 || /^\d+$/.test(word) || STOPWORDS.has(word) || NAME_WORDS.has(word)) continue;
    const stemmed = stem(word);
    out.add(SYNONYM.get(stemmed) ?? stemmed);
  }
  return out;
}

/**
 * Long quotes carry appositions and asides ("…, the Silicon Valley company it chose as its partner"),
 * so past this many content words the shared words needed stop growing: four shared words of two long
 * sentences (with place, type, company and date already agreeing) are strong enough evidence.
 */
const SATURATION = 6;

/**
 * Overlap coefficient of content words, |A ∩ B| / min(|A|, |B|, SATURATION): a short headline inside a
 * long body sentence still scores high. A single shared word is never enough unless one side has only
 * one or two.
 */
export function wordingSimilarity(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  const smaller = Math.min(wa.size, wb.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  if (shared < 2 && smaller > 2) return 0;
  return Math.min(1, shared / Math.min(smaller, SATURATION));
}

/** Best similarity between any of the mention's texts and any of the event's. */
export function bestWordingSimilarity(mentionTexts: string[], eventTexts: string[]): number {
  let best = 0;
  for (const a of mentionTexts) for (const b of eventTexts) best = Math.max(best, wordingSimilarity(a, b));
  return best;
}

// ---------------------------------------------------------------------------------------------
// The decision

/** The wording score when the candidate may join; null when any hard rule says no. */
export function mergeScore(mention: MergeMention, event: MergeCandidate, options: MergeOptions = DEFAULT_MERGE_OPTIONS): number | null {
  if (!jurisdictionsMatch(mention, event)) return null;
  if (!typesCompatible(mention.type, event.type)) return null;
  if (!companiesCompatible(mention.companies, event.companies)) return null;
  const dated = event.dates.filter((d) => d.value);
  if (dated.length > 0 && !dated.some((d) => datesCompatible(mention.date, d, options))) return null;
  const score = bestWordingSimilarity(mention.texts, event.texts);
  return score >= options.threshold ? score : null;
}

/**
 * Assigns each mention of one article to an existing event or to none (a new event). One article states
 * each event once (extraction guarantees it), so no two of its mentions may join the same event: the
 * best-scoring pairs are taken first.
 */
export function assignMentions(
  mentions: MergeMention[],
  candidates: MergeCandidate[],
  options: MergeOptions = DEFAULT_MERGE_OPTIONS,
): Array<number | null> {
  const pairs: Array<{ mention: number; event: number; score: number }> = [];
  mentions.forEach((mention, index) => {
    for (const candidate of candidates) {
      const score = mergeScore(mention, candidate, options);
      if (score !== null) pairs.push({ mention: index, event: candidate.id, score });
    }
  });
  // Highest score first; ties go to the older event, so the choice is stable across runs.
  pairs.sort((a, b) => b.score - a.score || a.event - b.event || a.mention - b.mention);
  const result: Array<number | null> = mentions.map(() => null);
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (result[pair.mention] !== null || taken.has(pair.event)) continue;
    result[pair.mention] = pair.event;
    taken.add(pair.event);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The merged event's date

export interface SourceDate extends DatedValue {
  sourceId: number;
}

export interface DateConflict {
  value: string;
  precision: Precision | null;
  basis: DateBasis;
  source_id: number;
}

export interface ResolvedDate {
  value: string | null;
  precision: Precision | null;
  conflicts: DateConflict[];
}

const PRECISION_RANK: Record<Precision, number> = { year: 1, month: 2, day: 3 };

function agrees(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * The event date: a stated date (explicit or relative) beats a publication stand-in ('reported'); then
 * the most precise; among equals the first source (stated) or the earliest publication (reported).
 * Stated dates that disagree with the chosen one (neither contains the other) are kept as conflicts;
 * reported dates never conflict, they only stand in for a date the text did not give.
 */
export function resolveEventDate(sources: SourceDate[]): ResolvedDate {
  const dated = sources.filter((s): s is SourceDate & { value: string } => Boolean(s.value));
  if (dated.length === 0) return { value: null, precision: null, conflicts: [] };
  const stated = dated.filter((s) => s.basis !== 'reported');
  const pool = stated.length > 0 ? stated : dated;
  const rank = (s: SourceDate): number => PRECISION_RANK[s.precision ?? 'year'] ?? 0;
  const best = [...pool].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      (stated.length > 0 ? a.sourceId - b.sourceId : a.value.localeCompare(b.value) || a.sourceId - b.sourceId),
  )[0]!;
  const conflicts = stated
    .filter((s) => !agrees(s.value, best.value))
    .map((s) => ({ value: s.value, precision: s.precision, basis: s.basis, source_id: s.sourceId }));
  return { value: best.value, precision: best.precision, conflicts };
}

// ---------------------------------------------------------------------------------------------
// The merged event's status

/** Stages a policy moves forward through; a later source with a later stage moves the event on. */
export const STATUS_PROGRESSION: readonly string[] = ['proposed', 'announced', 'ongoing', 'enacted', 'scheduled', 'in_force'];
/** End states: a newer source can put an event in one (a court blocks a law), and nothing forward takes it out. */
export const TERMINAL_STATUSES: ReadonlySet<string> = new Set(['blocked', 'rescinded']);

/**
 * Whether a source published on `published` is at least as new as every source the event has (unknown
 * dates on the event's side do not count; an undated new source is never newer).
 *   isNewerSource('2024-06-01', ['2024-05-01', null]) → true
 */
export function isNewerSource(published: string | null, existing: ReadonlyArray<string | null>): boolean {
  if (!published) return false;
  return existing.every((p) => !p || p.slice(0, 10) <= published.slice(0, 10));
}

/**
 * The status an event has once a new source joins it: the furthest stage any source reports
 * (proposed → announced → ongoing → enacted → scheduled → in_force; an older article still saying
 * "proposed" never moves an enacted law back); blocked or rescinded only from a source at least as
 * new as the event's others, and once there the event stays there (a newer terminal report may
 * replace the other: blocked → rescinded). A status nobody states (null) changes nothing.
 *
 *   progressStatus('proposed', 'enacted', false)  → 'enacted'
 *   progressStatus('enacted', 'proposed', true)   → 'enacted'
 *   progressStatus('enacted', 'blocked', true)    → 'blocked'
 *   progressStatus('enacted', 'blocked', false)   → 'enacted'
 *   progressStatus('blocked', 'in_force', true)   → 'blocked'
 */
export function progressStatus(current: string | null, next: string | null, nextIsNewer: boolean): string | null {
  if (!next) return current;
  if (!current) return next;
  if (TERMINAL_STATUSES.has(next)) return nextIsNewer ? next : current;
  if (TERMINAL_STATUSES.has(current)) return current;
  const rank = (s: string): number => STATUS_PROGRESSION.indexOf(s);
  return rank(next) > rank(current) ? next : current;
}
