import { openingSentence } from '../sentences/article-opening';
import { temporalExpressions } from '../temporal';
import type { ArticleContext, Candidate, Stage } from '../types';

/**
 * lead-takes-news-day: a news lead states the news in the present or present perfect with no day
 * ("Canada says it will ban …", "The president has issued an order …"), and the body gives the day
 * the news was made, by its report or by the act's noun ("…, the minister told reporters
 * Thursday", "… before the release of the order on Wednesday"). When the body names exactly one
 * such day in the week before publication, an undated event of the lead happened on it, not on the
 * day the article came out. Two different days, or none, leave the lead dated by its report.
 *
 *   lead "Moldova says it will ban the app." + body "…, the minister told reporters Thursday."
 *   (published Friday 2031-05-23) → the lead's event: 2031-05-22, day, relative
 */
export const dateLeadByNewsDay: Stage = (ctx, candidates) => {
  const published = ctx.article.published;
  if (!published || !candidates.some((c) => c.date.basis === 'reported' && inLead(ctx, c))) return candidates;
  const instrument = instrumentDay(ctx, published);
  const day = instrument ?? newsDay(ctx, published);
  if (!day) return candidates;
  return candidates.map((c) => {
    if (c.date.basis !== 'reported' || !inLead(ctx, c)) return c;
    ctx.note?.(c, instrument ? 'instrument-dated' : 'lead-takes-news-day', day.words);
    return { ...c, date: { value: day.value, precision: 'day', basis: 'relative' } };
  });
};

/** The lead: at most the first two sentences of the body's first paragraph (never the headline, dated by its article). */
const LEAD_SENTENCES = 2;

function inLead(ctx: ArticleContext, c: Candidate): boolean {
  if (c.sentence.kind !== 'body') return false;
  // (the first paragraph of prose: a page's leftover caption or credit line, "Comment on the photo, Ann Roe, CEO of Zenith",
  // is no lead)
  const first = openingSentence(ctx.sentences);
  if (!first || c.sentence.block !== first.block) return false;
  return c.sentence.index - first.index < LEAD_SENTENCES;
}

/** A sentence that can name a day of the week just past: a weekday or "yesterday". */
const DAY_WORD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b/i;

/**
 * What the day must follow to be the news's day: a verb of reporting ("said Thursday", "told
 * reporters on Thursday", "announced on Monday") or the act's own noun with "the" ("the release of
 * the order on Wednesday", "the decision on Monday", "the verdict reading on Tuesday"), or the start of the stoppage the lead tells ("the disruption
 * began late on Wednesday").
 */
const NEWS_DAY_BEFORE = new RegExp(
  String.raw`(?:\b(?:said|stated|told (?:reporters|journalists|a news conference|a press conference|parliament|lawmakers)|announced|confirmed|declared|unveiled|issued|signed|released|published|posted)` +
    // the report's medium between the verb and its day: "said in a statement on Tuesday", "told reporters at a briefing on Monday"
    String.raw`(?:\s+(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:statement|interview|briefing|press conference|news conference|press release|news release|post|speech|letter))?` +
    // the stoppage's own start: "the disruption began late on Wednesday", "the blocking started on Monday"
    String.raw`|\b(?:disruptions?|outages?|shutdowns?|blackouts?|blocking|blockade|block|ban|restrictions?|suspension)\s+(?:began|started|took effect|came into (?:force|effect)|went into effect)` +
    String.raw`|\bthe (?:[\w-]+ )?(?:order|decision|decree|ban|announcement|move|ruling|verdict|judg(?:e)?ment|verdict reading|directive|measure|rules|law|bill)` +
    // the speech the news was made in: "Delivering her address at the opening of parliament on Tuesday, …"
    String.raw`|\b(?:her|his|the|a|its|their) (?:[\w-]+ )?(?:speech|address|remarks)\b[^,.;]{0,60}?)\s+(?:(?:late|early) )?(?:on\s+)?$`,
  'i',
);

/** The one day of the past week the body reports the news on, or null when it names none or several. */
function newsDay(ctx: ArticleContext, published: string): { value: string; words: string } | null {
  let found: { value: string; words: string } | null = null;
  for (const s of ctx.sentences) {
    if (s.kind !== 'body' || !DAY_WORD.test(s.text)) continue;
    for (const t of temporalExpressions(s.text, published)) {
      if (t.precision !== 'day' || !DAY_WORD.test(t.text) || !withinWeekBefore(t.value, published)) continue;
      if (!NEWS_DAY_BEFORE.test(s.text.slice(Math.max(0, t.start - 60), t.start))) continue;
      if (found && found.value !== t.value) return null;
      found ??= { value: t.value, words: s.text.slice(Math.max(0, t.start - 30), t.end).replace(/^\S*\s+/, '') };
    }
  }
  return found;
}

/**
 * instrument-dated: the written instrument that carries the lead's act, dated in the body ("The directive, dated May 21 and
 * signed by a deputy minister, …", "In a letter to providers dated Jan. 12, …"): the act was made that day, which may be
 * more than a week before the report. It wins over a day of reporting; two different such days give none. A rule counts
 * by the day it was published or issued ("The interim final rule, published Jan. 29, comes as …").
 */
const INSTRUMENT_DATED_BEFORE = /\b(?:letter|directive|order|decree|notice|circular|notification|memo(?:randum)?|instruction|resolution|decision|ordinance)\b[^.;:]{0,60}?\bdated\s+(?:on\s+)?$|\b(?:interim\s+|final\s+|proposed\s+)*(?:rule|rules|regulation|regulations)\b[^.;:]{0,20}?\b(?:published|issued)\s+(?:on\s+)?$/i;

/** An instrument may be dated up to this many days before the report of it. */
const INSTRUMENT_WITHIN_DAYS = 45;

function instrumentDay(ctx: ArticleContext, published: string): { value: string; words: string } | null {
  let found: { value: string; words: string } | null = null;
  for (const s of ctx.sentences) {
    if (s.kind !== 'body' || !/\b(?:dated|published|issued)\b/i.test(s.text)) continue;
    for (const t of temporalExpressions(s.text, published)) {
      if (t.precision !== 'day' || !withinDaysBefore(t.value, published, 0, INSTRUMENT_WITHIN_DAYS)) continue;
      if (!INSTRUMENT_DATED_BEFORE.test(s.text.slice(Math.max(0, t.start - 90), t.start))) continue;
      if (found && found.value !== t.value) return null;
      found ??= { value: t.value, words: s.text.slice(Math.max(0, t.start - 30), t.end).replace(/^\S*\s+/, '') };
    }
  }
  return found;
}

const DAY_MS = 86_400_000;

function withinDaysBefore(value: string, published: string, least: number, most: number): boolean {
  const days = (Date.parse(published) - Date.parse(value)) / DAY_MS;
  return days >= least && days <= most;
}

function withinWeekBefore(value: string, published: string): boolean {
  return withinDaysBefore(value, published, 1, 6);
}
