import { openingSentence } from '../sentences/article-opening';
import { temporalExpressions } from '../temporal';
import type { ArticleContext, Candidate, Stage } from '../types';

/**
 * lead-takes-news-day: a news lead states the news in the present or present perfect with no day
 * ("Canada says it will ban …", "The president has issued an order …"), and the body gives the day
 * the news was made, by its report or by the act's noun ("…, the minister told reporters
 * Thursday", "… before the release of the order on Wednesday"). When the body names exactly one
 * such day in the week before publication, an undated event of the lead happened on it, not on the
 * day the article came out. Two different days, or none, leave the lead dated by its report. The
 * instrument that carries the act, dated in the body, comes first (instrument-dated, LEAD_DAY_RULES).
 *
 *   lead "Moldova says it will ban the app." + body "…, the minister told reporters Thursday."
 *   (published Friday 2031-05-23) → the lead's event: 2031-05-22, day, relative
 */
export const dateLeadByNewsDay: Stage = (ctx, candidates) => {
  const published = ctx.article.published;
  if (!published || !candidates.some((c) => c.date.basis === 'reported' && inLead(ctx, c))) return candidates;
  const day = leadDay(ctx, published);
  if (!day) return candidates;
  return candidates.map((c) => {
    if (c.date.basis !== 'reported' || !inLead(ctx, c)) return c;
    ctx.note?.(c, day.rule, day.words);
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

/**
 * instrument-dated: the written instrument that carries the lead's act, dated in the body ("The directive, dated May 21 and
 * signed by a deputy minister, …", "In a letter to providers dated Jan. 12, …"): the act was made that day, which may be
 * more than a week before the report. It wins over a day of reporting; two different such days give none. A rule counts
 * by the day it was published or issued ("The interim final rule, published Jan. 29, comes as …").
 */
const INSTRUMENT_DATED_BEFORE = /\b(?:letter|directive|order|decree|notice|circular|notification|memo(?:randum)?|instruction|resolution|decision|ordinance)\b[^.;:]{0,60}?\bdated\s+(?:on\s+)?$|\b(?:interim\s+|final\s+|proposed\s+)*(?:rule|rules|regulation|regulations)\b[^.;:]{0,20}?\b(?:published|issued)\s+(?:on\s+)?$/i;

/** How the body can date the lead: a rule is a kind of day, where it may fall before publication, and the words before it. */
interface LeadDayRule {
  name: 'instrument-dated' | 'lead-takes-news-day';
  /** A cheap test a sentence must pass before its dates are read. */
  sentence: RegExp;
  /** The expression's own words must match (a weekday, "yesterday"), when set. */
  expression?: RegExp;
  /** Days before publication the date may fall on, inclusive. */
  days: readonly [number, number];
  /** The words before the date that make it this kind of day, and how many characters back they are read. */
  before: RegExp;
  lookback: number;
}

/** Tried in order: an instrument's date wins over a day of reporting (an instrument may be dated up to 45 days back). */
const LEAD_DAY_RULES: readonly LeadDayRule[] = [
  { name: 'instrument-dated', sentence: /\b(?:dated|published|issued)\b/i, days: [0, 45], before: INSTRUMENT_DATED_BEFORE, lookback: 90 },
  { name: 'lead-takes-news-day', sentence: DAY_WORD, expression: DAY_WORD, days: [1, 6], before: NEWS_DAY_BEFORE, lookback: 60 },
];

/**
 * The one day the body gives the lead, by the first rule that finds exactly one (two different days of a rule give none
 * by it), read in one pass over the body's sentences.
 */
function leadDay(ctx: ArticleContext, published: string): { value: string; words: string; rule: LeadDayRule['name'] } | null {
  const found = LEAD_DAY_RULES.map(() => ({ day: null as { value: string; words: string } | null, several: false }));
  for (const s of ctx.sentences) {
    if (s.kind !== 'body') continue;
    const rules = LEAD_DAY_RULES.map((rule) => rule.sentence.test(s.text));
    if (!rules.includes(true)) continue;
    for (const t of temporalExpressions(s.text, published)) {
      if (t.precision !== 'day') continue;
      LEAD_DAY_RULES.forEach((rule, i) => {
        const f = found[i]!;
        if (!rules[i] || f.several || (rule.expression && !rule.expression.test(t.text))) return;
        if (!withinDaysBefore(t.value, published, rule.days[0], rule.days[1])) return;
        if (!rule.before.test(s.text.slice(Math.max(0, t.start - rule.lookback), t.start))) return;
        if (f.day && f.day.value !== t.value) f.several = true;
        f.day ??= { value: t.value, words: s.text.slice(Math.max(0, t.start - 30), t.end).replace(/^\S*\s+/, '') };
      });
    }
  }
  const i = found.findIndex((f) => f.day && !f.several);
  const day = i >= 0 ? found[i]!.day : null;
  return day ? { ...day, rule: LEAD_DAY_RULES[i]!.name } : null;
}

const DAY_MS = 86_400_000;

function withinDaysBefore(value: string, published: string, least: number, most: number): boolean {
  const days = (Date.parse(published) - Date.parse(value)) / DAY_MS;
  return days >= least && days <= most;
}

