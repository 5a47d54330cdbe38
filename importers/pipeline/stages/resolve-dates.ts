import type { EventDate } from '../../types';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../dates/calendar-words';
import { governingTense } from '../../dates/governing-tense';
import { backgroundSpans } from '../cues/background-clauses';
import { datesEarlierStep } from '../cues/earlier-steps';
import { FINDING_VERB } from '../cues/event-cues';
import { LAW_NOUN_SOURCE } from '../cues/law-nouns';
import { findAnchoredInterval, NUMBER_WORDS, shiftAnchor, temporalExpressions, type TemporalExpression } from '../temporal';
import { openingSentence } from '../sentences/article-opening';
import { subordinateStart } from '../sentences/subordinate-clause';
import type { Candidate, Sentence, Stage } from '../types';

/** A temporal expression this close to the clause start is fronted ("In June, …") and governs the clause. */
const FRONTED_WITHIN = 12;

/**
 * The date of the expression that governs the event's clause: a fronted one, else the one nearest
 * the predicate; none in the clause → the publication date, basis 'reported' (null if unknown).
 *
 *   "In June, TikTok said it would route data to servers run by Oracle, its partner since 2020."
 *   (published 2023-03-17) → { value: '2022-06', precision: 'month', basis: 'relative' }
 */
export const resolveDates: Stage = (ctx, candidates) => {
  const bySentence = new Map<number, TemporalExpression[]>();
  const published = ctx.article.published;
  // The last date the text stated for an event, for "two years later" in a clause after it.
  let anchor: EventDate | null = null;
  let opening: Sentence | null | undefined;
  return candidates.map((c) => {
    let found = bySentence.get(c.sentence.index);
    if (!found) {
      found = temporalExpressions(c.sentence.text, published).map((t) => ({ ...t, start: t.start + c.sentence.start, end: t.end + c.sentence.start }));
      bySentence.set(c.sentence.index, found);
    }
    // A date in an adverbial clause after the predicate (", after the firm changed its screen last year") dates that clause, not the event.
    const sub = subordinateStart(ctx.article.text.slice(c.clauseStart, c.clauseEnd));
    const clauseEnd = sub >= 0 && c.clauseStart + sub > c.cue.end ? c.clauseStart + sub : c.clauseEnd;
    // "BONN, Oct 1 (Wire) - …": the dateline dates the dispatch, not the event. Only the story's opening has one: further
    // down, "February 2, 2025: Prohibitions … apply" is an entry of a schedule, dated by its date.
    opening ??= openingSentence(ctx.sentences) ?? null;
    const opens = c.sentence.index === opening?.index;
    const dateline = opens && c.clauseStart === c.sentence.start ? DATELINE.exec(ctx.article.text.slice(c.clauseStart, c.clauseEnd)) : null;
    const from = dateline ? c.clauseStart + dateline[0].length : c.clauseStart;
    // "…, which launched in 2020", "…, saying they waited too long in 2012": background to the predicate, not its date;
    // an aside before the predicate dates the event only when nothing else in the clause does.
    // (a relative clause right after a cue noun describes the act itself: "the decree, which took effect on
    // Oct. 1, requires …", "follows a year-long investigation that the Commission opened in March 2024" — its
    // date is the event's when nothing else dates it, as for an aside; not after a cue verb: "adopted the ban
    // that the government implemented earlier this week" dates an earlier act, split-effective-dates' mention)
    const clauseText = ctx.article.text.slice(c.clauseStart, c.clauseEnd);
    const cueEnd = c.cue.end - c.clauseStart;
    const cueText = clauseText.slice(c.cue.start - c.clauseStart, cueEnd);
    const background = backgroundSpans(clauseText, c.cue.start - c.clauseStart, cueEnd).map((b) =>
      b.kind === 'after' && b.start >= cueEnd && CUE_HEAD_GAP.test(clauseText.slice(cueEnd, b.start)) && describesCue(clauseText.slice(b.start, b.start + 10), cueText) ? { ...b, kind: 'aside' as const } : b,
    );
    const outside = (t: TemporalExpression, kinds: readonly string[]): boolean =>
      !background.some((b) => kinds.includes(b.kind) && t.start >= c.clauseStart + b.start && t.end <= c.clauseStart + b.end);
    // conduct-period: a finding is about earlier conduct, so a date after it ("found that the app had breached the law
    // between 2018 and 2020") dates the conduct, not the finding
    const conductAfter = c.cue.name === 'infringement-found' && FINDING_VERB.test(ctx.article.text.slice(c.cue.start, c.cue.end)) ? c.cue.end : Infinity;
    // parenthetical-cue: "after the law — which was upheld by the Supreme Court — took effect on Sunday": an act told
    // between dashes or brackets is dated only inside them
    const aside = parentheticalAround(clauseText, c.cue.start - c.clauseStart, cueEnd);
    const inAside = (t: TemporalExpression): boolean => !aside || (t.start >= c.clauseStart + aside.start && t.end <= c.clauseStart + aside.end);
    const candidates = found.filter((t) => t.start >= from && t.end <= clauseEnd && t.start < conductAfter && inAside(t) && outside(t, ['after']) && !possessiveOfAnother(ctx.article.text, t, c));
    // "a renewal of the injunction granted on April 22, at a hearing on Friday": an earlier step's date (split-earlier-steps
    // makes it a mention) yields to any other; alone, it may be the clause's own ("the provision in the draft bill approved on
    // 4 June")
    const ownDates = candidates.filter((t) => !datesEarlierStep(ctx.article.text, t.start));
    const foreground = (ownDates.length ? ownDates : candidates).filter((t) => outside(t, ['aside']));
    const inClause = foreground.length ? foreground : candidates;
    const daysOff = dayAfterShift(found, c, ctx.article.text);
    const comesAfter = daysOff ? null : comesAfterShift(found, c, ctx.article.text, published);
    const dayShift = daysOff ?? comesAfter;
    const governed = dayShift ? null : (governing(inClause, c, ctx.article.text, from) ?? frontedOverCoordination(found, c, ctx.article.text, opens));
    const carried = governed ? sentenceYear(found, governed, published) : null;
    const chosen = carried ?? governed;
    // (before the predicate, "Two years later, Congress passed …", or after it, "lifting the ban a week later")
    const interval = dayShift || chosen ? null : (anchoredShift(ctx.article.text.slice(c.clauseStart, c.cue.start), anchor) ?? anchoredShift(ctx.article.text.slice(c.cue.end, clauseEnd), anchor));
    const year = dayShift || chosen || interval ? null : attributiveYear(ctx.article.text, c);
    const shifted = dayShift ?? interval ?? year;
    const rule = carried ? 'sentence-year' : chosen ? 'governing-expression' : comesAfter ? 'comes-after' : dayShift ? 'days-off' : interval ? 'anchored-interval' : year ? year.rule : 'no-date-in-clause';
    ctx.note?.(c, rule, chosen ? chosen.text : shifted?.words); // for --explain
    const date: EventDate = chosen
      ? { value: chosen.value, precision: chosen.precision, basis: chosen.basis }
      : shifted
        ? shifted.date
        : { value: published, precision: published ? 'day' : null, basis: 'reported' };
    if (chosen || shifted) anchor = date;
    return { ...c, date };
  });
};

/** A dash that sets off an aside: an em or en dash, or a hyphen with spaces around it. */
const ASIDE_DASH = /\s*(?:[—–]|\s-)\s*/g;

/**
 * parenthetical-cue: the span of a pair of dashes or of brackets around [cueStart, cueEnd) within the clause, or null.
 *
 *   parentheticalAround('after the law — which was upheld by the court — took effect on Sunday', 26, 32) → { start: 13, end: 48 }
 *   (the cue "upheld"; the span " — which was upheld by the court — ", its dashes and their spaces included)
 */
export function parentheticalAround(clause: string, cueStart: number, cueEnd: number): { start: number; end: number } | null {
  const open = clause.lastIndexOf('(', cueStart);
  if (open >= 0 && !clause.slice(open, cueStart).includes(')')) {
    const close = clause.indexOf(')', cueEnd);
    if (close >= 0 && !clause.slice(cueEnd, close).includes('(')) return { start: open, end: close + 1 };
  }
  const dashes = [...clause.matchAll(ASIDE_DASH)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const before = dashes.filter((d) => d.end <= cueStart);
  const after = dashes.filter((d) => d.start >= cueEnd);
  // an odd number of dashes before the cue opens an aside the first dash after it closes
  if (before.length % 2 === 1 && after.length > 0) return { start: before[before.length - 1]!.start, end: after[0]!.end };
  return null;
}

/**
 * possessive-date: "blocked the app as protests against Monday’s election grew", "one day before Wednesday’s vote": a
 * date in the possessive dates the noun it owns, not the clause's act, unless that noun is the cue itself ("Monday’s
 * ruling", "last week’s decision to ban the app").
 */
function possessiveOfAnother(text: string, t: TemporalExpression, c: Candidate): boolean {
  const owned = POSSESSIVE_NOUN.exec(text.slice(t.end, t.end + 40));
  if (!owned) return false;
  // time-of-noun: "blocked access to X around the time of February's elections", "during Monday's protests": the noun's
  // date is when the act happened
  if (TIME_OF_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) return false;
  const nounEnd = t.end + owned[0].length;
  return !(c.cue.start >= t.end && c.cue.start < nounEnd);
}
/** A phrase that dates an act by the noun after it: "around the time of", "during". */
const TIME_OF_BEFORE = /\b(?:(?:around|at|about|near)\s+the\s+time\s+of|during|amid)\s+$/i;

/** The possessive ending and the owned noun with up to two modifiers: "’s election", "'s landmark court ruling". */
const POSSESSIVE_NOUN = /^['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+/;

/** A cue that is a noun phrase ("a year-long investigation"), not a verb acting on one ("adopted the ban"). */
const NOUN_CUE = /^(?:a|an|the|its|their|this|that)\b/i;

/** A relative clause right after the cue that tells of the cue's own act: ", which …" after any cue, "that …" after a cue noun. */
/**
 * Between a cue and the relative clause that describes it: nothing, or the head noun the cue modifies ("China's export
 * control law, which came into force on December 1, …": the clause describes the export-control law).
 */
const CUE_HEAD_GAP = new RegExp(String.raw`^\s*(?:(?:${LAW_NOUN_SOURCE}|act|rule|regime|order|policy)\s*)?$`, 'i');

function describesCue(clauseStart: string, cueText: string): boolean {
  return /^,\s*which\b/.test(clauseStart) || (/^\s*that\b/.test(clauseStart) && NOUN_CUE.test(cueText));
}

const MONTH_NAME = new RegExp(String.raw`\b(?:${MONTH_PATTERN})\b`, 'i');

/**
 * sentence-year: a yearless month told after a month with its year in the same sentence is in that
 * year ("passed the ban in April 2023, and the governor signed it in May" → May 2023), or the next one
 * when it comes earlier in the calendar ("in December 2022 … in January" → January 2023), not in the
 * publication's. Only for a date that points back (resolved at or before publication), never moved
 * past publication; a bare year ("founded in 2015") anchors nothing.
 */
export function sentenceYear(found: readonly TemporalExpression[], chosen: TemporalExpression, published: string | null): TemporalExpression | null {
  if (!published || chosen.basis !== 'relative' || chosen.precision === 'year' || /\d{4}/.test(chosen.text) || !MONTH_NAME.test(chosen.text)) return null;
  if (chosen.value > published.slice(0, chosen.value.length)) return null;
  const anchor = found.filter((t) => t.end <= chosen.start && t.basis === 'explicit' && t.precision !== 'year').pop();
  if (!anchor) return null;
  const [anchorYear = 0, anchorMonth = 0] = anchor.value.split('-').map(Number);
  const [, month = '', day] = chosen.value.split('-');
  const value = [String(Number(month) < anchorMonth ? anchorYear + 1 : anchorYear), month, ...(day ? [day] : [])].join('-');
  if (value === chosen.value || value > published.slice(0, value.length)) return null;
  return { ...chosen, value };
}

/** "a 2020 ruling", "The 2019 executive order": a year written as the event noun's modifier. */
const ATTRIBUTIVE_YEAR = /\b(?:a|an|the|its|their|that)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:ruling|judgment|decision|law|act|ban|order|decree|directive|regulation|fine|penalty|settlement|agreement|deal|lawsuit|probe|investigation|bill|referendum|election|passage|adoption|enactment)s?\b/gi;

/**
 * attributive-year: the clause's event noun carries its year ("The decision follows a 2020 ruling by the top
 * court that struck down …" → 2020). Only a year before the predicate or on its noun: "fined the firm under a
 * 2021 law" dates the law, not the fine. Used when nothing else dates the clause.
 */
export function attributiveYear(text: string, c: Candidate): { date: EventDate; words: string; rule: 'attributive-year' | 'during-the-year-event' } | null {
  const clause = text.slice(c.clauseStart, Math.min(c.clauseEnd, c.cue.end + 5));
  for (const m of clause.matchAll(ATTRIBUTIVE_YEAR)) {
    const start = c.clauseStart + (m.index ?? 0);
    if (start >= c.cue.start || !m[1]) continue;
    return { date: { value: m[1], precision: 'year', basis: 'explicit' }, words: m[1], rule: 'attributive-year' };
  }
  // during-the-year-event: "were blocked during the 2016 general election": the act fell within the dated occasion
  const during = DURING_DATED_OCCASION.exec(text.slice(c.cue.end, c.clauseEnd));
  if (during?.[1]) return { date: { value: during[1], precision: 'year', basis: 'explicit' }, words: during[1], rule: 'during-the-year-event' };
  return null;
}

/** After the predicate, an occasion that carries its year: "during the 2016 General Election", "ahead of the 2021 exams". */
const DURING_DATED_OCCASION =
  /^[^;]{0,60}?\b(?:during|throughout|ahead of|in the run-up to)\s+(?:the|its|their|last)\s+((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?:elections?|polls?|votes?|referendum|protests?|unrest|exams?|examinations?|campaign|uprising|crisis|Olympics|World Cup)\b/i;

/** ", the day after the regulator asked …": the act in the phrase is that many days off the date just before it. */
const DAYS_OFF_BEFORE = /,\s*(?:just\s+|only\s+)?((?:the|a|one|two|three)\s+days?\s+(after|before))\b[^;.]{0,100}$/i;
const DAY_COUNTS: Readonly<Record<string, number>> = { the: 1, a: 1, one: 1, two: 2, three: 3 };

/**
 * "DeepSeek could not be reached on Wednesday, the day after the authority requested information": the
 * request is dated Tuesday. A day-precise date stated before the phrase anchors it; the act inside the
 * phrase is that many days before ("after") or after ("before") it.
 */
export function dayAfterShift(found: TemporalExpression[], c: Candidate, text: string): { date: EventDate; words: string } | null {
  const previous = found.filter((t) => t.end <= c.cue.start && t.start >= c.sentence.start).pop();
  if (!previous?.value || previous.precision !== 'day') return null;
  const m = DAYS_OFF_BEFORE.exec(text.slice(previous.end, c.cue.start));
  if (!m?.[1]) return null;
  const count = DAY_COUNTS[(m[1].split(/\s+/)[0] ?? 'a').toLowerCase()] ?? 1;
  const at = new Date(`${previous.value}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + (m[2]?.toLowerCase() === 'after' ? -count : count));
  return { date: { value: at.toISOString().slice(0, 10), precision: 'day', basis: 'relative' }, words: `${m[1]} ${previous.text}` };
}

/** "The fine comes two months after the EU hit Google …": the news, then how long after the act in the phrase it comes. */
const COMES_AFTER_BEFORE = /\b(?:comes?|came|follows?|followed|arrives?|arrived)\s+(?:just\s+|only\s+|nearly\s+|about\s+|almost\s+|roughly\s+|more than\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(days?|weeks?|months?|years?)\s+after\b[^;.]{0,150}$/i;

/**
 * comes-after: "The Turkish fine comes two months after the EU hit Google with a record fine": the act
 * in the phrase is that long before the news it is measured from (the date stated before "comes" in
 * the sentence, else the day of the report). Days count to the day; weeks and months give the month
 * (a count of weeks or months says no day), years the year.
 */
export function comesAfterShift(found: TemporalExpression[], c: Candidate, text: string, published: string | null): { date: EventDate; words: string } | null {
  const m = COMES_AFTER_BEFORE.exec(text.slice(c.sentence.start, c.cue.start));
  if (!m?.[1] || !m[2]) return null;
  const comesAt = c.sentence.start + m.index;
  const stated = found.filter((t) => t.end <= comesAt && t.start >= c.sentence.start && t.precision === 'day').pop();
  const from = stated?.value ?? published;
  if (!from) return null;
  const count = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
  const unit = m[2].toLowerCase().replace(/s$/, '');
  // a count of weeks or months says no day: the month; days count to the day, years to the year
  const shifted = shiftAnchor(
    { value: from, precision: 'day' },
    { words: m[0], start: 0, end: 0, unit: unit === 'week' ? 'day' : (unit as 'day' | 'month' | 'year'), offset: -(unit === 'week' ? 7 * count : count), fromPublication: false },
  );
  if (!shifted) return null;
  const precision = unit === 'week' ? 'month' : shifted.precision;
  const value = shifted.value.slice(0, precision === 'month' ? 7 : precision === 'year' ? 4 : 10);
  return { date: { value, precision, basis: 'relative' }, words: m[0].slice(0, m[0].toLowerCase().indexOf(' after') + 6) };
}

/** Between two coordinated main clauses: "…, but the regulator said …", "…; the ministry then …". */
const COORDINATION_BEFORE = /(?:,\s*(?:and|but|while)|;)\s*(?:then\s+)?$/i;

/**
 * A date fronted at the head of the sentence scopes over its coordinated main clauses too:
 *   "In November the firm won its appeal, but the regulator said it would appeal." → the regulator's
 *   statement is November's as well. Only for a clause with no date of its own whose verb looks
 *   back (a clause that looks forward, "and the firm will appeal", is not dated by a past date).
 */
function frontedOverCoordination(found: TemporalExpression[], c: Candidate, text: string, opensStory: boolean): TemporalExpression | null {
  if (c.clauseStart <= c.sentence.start || !COORDINATION_BEFORE.test(text.slice(c.sentence.start, c.clauseStart))) return null;
  const dateline = opensStory ? DATELINE.exec(c.sentence.text) : null;
  const head = c.sentence.start + (dateline ? dateline[0].length : 0);
  const fronted = found.find((t) => t.start >= head && t.start - head <= FRONTED_WITHIN && t.end <= c.clauseStart);
  if (!fronted) return null;
  const clause = text.slice(c.clauseStart, c.clauseEnd);
  return governingTense(clause, 0, 0) === 'past' ? fronted : null;
}

/**
 * A dateline opening the lead: "BONN, Oct 1 (Reuters) -", "BRUSSELS, April 23 (AP) —", "WELLINGTON, July 2 -", "Islamabad, April 18:", a bare
 * date before a dash or colon ("Tuesday, May 21, 2019: …", "September 10 - …", "March 14 (UPI) -- …") and a full date in
 * parentheses ("(Aug. 20, 2019) On July 3, …").
 * It dates the dispatch, which the 'reported' basis already gives.
 */
const DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{Lu} .'’-]+,\s+[^()\n]{3,24}?\s*(?:\([^)]{1,40}\)\s*)?[-–—]+\s*` +
    // a city in title case needs its date: "Islamabad, April 18: …", "New Delhi, Jan 5 (PTI) - …"
    // (or day first: "Strasbourg, 6 July 2022 (TDI): …")
    String.raw`|(?:\p{Lu}[\p{Ll}'’-]+\s+){0,2}\p{Lu}[\p{Ll}'’-]+,\s+(?:(?:${MONTH_PATTERN}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\.?\s+\d{1,2}|\d{1,2}\s+(?:${MONTH_PATTERN}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\.?)(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\)\s*)?(?:[-–—]+|:)\s+` +
    String.raw`|(?:${WEEKDAY_PATTERN},?\s+)?(?:${MONTH_PATTERN}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\s+\d{1,2}(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\)\s*)?(?:[-–—]+|:)\s+` +
    // a legal bulletin's date in parentheses: "(Aug. 20, 2019) On July 3, 2019, the office announced …"
    String.raw`|\(\s*(?:(?:${MONTH_PATTERN}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:${MONTH_PATTERN}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\.?\s+\d{4})\s*\)\s*)`,
  'u',
);

/** "…, the chair said on Tuesday", "In a statement on Friday, …": the date of the reporting, not of the event, when the clause states another. */
const REPORTING_BEFORE = /\b(?:said|says|told|announced|reported|added|confirmed)\s+(?:on\s+|in\s+)?$|\b(?:statement|press release|news release|press conference|news conference|briefing|blog post|letter|interview)\s+(?:(?:issued|released|published|shared|posted|given)\s+)?(?:on\s+|in\s+)?$/i;
/**
 * "The ministry told the High Court on Wednesday that it had ordered …": telling a forum (a court,
 * a committee) reports an event; its date is the reporting's. ("Regulators told Apple on Wednesday
 * that it must …" is the act itself: a company addressed is no forum.)
 */
const REPORTED_TO_BEFORE = /\b(?:told|informed|assured|wrote to|briefed)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,4}?(?:court|tribunal|judges?|committee|subcommittee|panel|parliament|congress|senate|lawmakers|senators|MPs|inquiry|hearing)\s+(?:on|in)\s+$/i;

/** "starting next year", "takes effect on Jan. 1": when a rule applies, a second event (split-effective-dates). */
export const EFFECTIVE_BEFORE = /\b(?:starting|beginning|effective|as of|from|since|(?:takes?|took|take|taken) (?:full |partial )?effect|(?:goes|went|go) (?:fully )?into effect|(?:comes?|came) (?:fully |partly )?into (?:force|effect)|enter(?:s|ed)? into force)\s+(?:on\s+|in\s+)?$/i;

/** "verify ages by next year", "comply by March": a deadline is the target of a plan, not the date it was made. */
// (and the day a period ends, set beside it: "within 30 days—that is, March 29", "within six months, or by June 1")
export const DEADLINE_BEFORE = /\b(?:by|until|no later than|before)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$|\bwithin\s+[\w-]+\s+(?:business\s+|working\s+|calendar\s+)?(?:days?|weeks?|months?|years?)\s*(?:[—–,(]|\s-)\s*(?:that is|i\.e\.|or|namely)?,?\s*(?:by\s+|on\s+)?$/i;

/**
 * A comma, semicolon or dash (punctuated-gap) or a coordinating "and" (coordinated-gap) between an expression and the
 * predicate, and what it adds to their distance in characters.
 */
const PHRASE_BREAK = /[,;–—]|\s-\s|\band\b/;
const PHRASE_BREAK_PENALTY = 30;

/**
 * Expressions in three tiers: the event's own date first, then the date of the reporting verb,
 * then the date a rule takes effect or a deadline (the only date of "the law came into force on December 10").
 */
function governing(all: TemporalExpression[], c: Candidate, text: string, from: number): TemporalExpression | null {
  const before = (t: TemporalExpression): string => text.slice(Math.max(0, t.start - 24), t.start);
  // A deadline ranks with the effective date: "said on Monday it plans to … by next year" is dated Monday.
  const effective = all.filter((t) => EFFECTIVE_BEFORE.test(before(t)) || DEADLINE_BEFORE.test(before(t)));
  const reporting = all.filter((t) => !effective.includes(t) && (REPORTING_BEFORE.test(before(t)) || REPORTED_TO_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))));
  const event = all.filter((t) => !effective.includes(t) && !reporting.includes(t));
  const found = event.length ? event : reporting.length ? reporting : effective;
  const fronted = found.find((t) => t.start - from <= FRONTED_WITHIN);
  if (fronted) return fronted;
  let best: TemporalExpression | null = null;
  let bestDistance = Infinity;
  for (const t of found) {
    const gap = t.end <= c.cue.start ? text.slice(t.end, c.cue.start) : text.slice(c.cue.end, Math.max(c.cue.end, t.start));
    // punctuated-gap: "… protests last week, a court ruled on Monday": a comma or dash between an expression and the
    // predicate sets it in another phrase, so an expression joined to the predicate ("ruled on Monday") wins; coordinated-gap:
    // so does an "and" ("passed by lawmakers earlier this year and was signed into law … in May": the signing is May's).
    const distance = gap.length + (PHRASE_BREAK.test(gap) ? PHRASE_BREAK_PENALTY : 0);
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * anchored-interval: "Two years later, Congress passed the act", "A month earlier, the agency …",
 * "The next day, …", "On the same day, …", "Later that year, …" (dates/anchored-interval.ts): an
 * interval (or none) counted from the date the text gave the event before, never from publication.
 * Its precision is the unit's, and only when the anchor is at least that precise.
 */
export function anchoredShift(beforeCue: string, anchor: EventDate | null): { date: EventDate; words: string } | null {
  const interval = findAnchoredInterval(beforeCue);
  if (!interval || !anchor?.value || !anchor.precision || anchor.basis === 'reported') return null;
  const shifted = shiftAnchor({ value: anchor.value, precision: anchor.precision }, interval);
  return shifted ? { date: { ...shifted, basis: 'relative' }, words: interval.words } : null;
}
