import type { Parser, ParsingContext } from 'chrono-node';
import { keywordGate } from '../keyword-gate';
import { fromLocalDate } from '../calendar-date';
import { isPlausibleYear } from '../calendar-words';
import { governingTense, type Tense } from '../governing-tense';
import { TAGS } from '../tags';
import { startsWord, wordBefore } from '../word-boundary';

/**
 * A season, at year precision (a season is three months; we have no season precision, and its
 * months are not a month):
 *   "introduced the bill over the summer" (published 2022-11-29) → '2022' (relative)
 *   "the rules adopted in the spring of 2021" → '2021' (explicit); "last autumn" → the latest
 *   autumn over before publication; "next spring" → the first one to start after it.
 * A bare season goes the way its verb points (back when none decides): the latest one begun by
 * publication, or the first not yet over. Winter is filed under the year of its January.
 * It needs a time preposition ("in summer", "over the summer"), a modifier ("this fall") or a year
 * ("summer 2021"): "prices fall", "the winter storm", "the Arab Spring" and "the Summer Olympics"
 * are not dates.
 */
const PATTERN =
  /(?:(the)\s+|(last|this|next|past|coming|early|late|mid|earlier this|later this)[\s-]+|(in|during|since|until|by)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d)(?![\d%]|[.,]\d))?(?![\p{L}\p{N}_])/iu;

const TIME_PREPOSITIONS = new Set(['in', 'during', 'over', 'by', 'until', 'since', 'through', 'throughout', 'before', 'after']);

/** First and last month of each season (northern hemisphere, as the wire services write). */
const SEASONS: Readonly<Record<string, { first: number; last: number }>> = {
  spring: { first: 3, last: 5 },
  summer: { first: 6, last: 8 },
  autumn: { first: 9, last: 11 },
  fall: { first: 9, last: 11 },
  winter: { first: 12, last: 2 },
};

/** The year a season is filed under, given the year its first month falls in. */
function filedYear(season: string, firstYear: number): number {
  return season === 'winter' ? firstYear + 1 : firstYear;
}

/** Months since year 0 of a season's first and last month, when it begins in `firstYear`. */
function span(season: { first: number; last: number }, firstYear: number): [number, number] {
  const start = firstYear * 12 + season.first - 1;
  const end = (season.last < season.first ? firstYear + 1 : firstYear) * 12 + season.last - 1;
  return [start, end];
}

export const seasonParser: Parser = {
  pattern: keywordGate(/spring|summer|autumn|fall|winter/i, PATTERN),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, the, modifier, preposition, seasonWord = '', yearDigits] = match;
    const name = seasonWord.toLowerCase();
    const season = SEASONS[name];
    if (!season) return null;
    if (!the && !modifier && !yearDigits && (!preposition || name === 'fall')) return null;
    const end = index + whole.length;
    // "The winter storm", "the fall of the government": "the <season>" is a time only after a time preposition ("over the summer").
    if (the && !yearDigits && !TIME_PREPOSITIONS.has(wordBefore(context.text, index))) return null;
    if (name === 'fall' && the && !yearDigits && /^\s+(?:of|in)\b/i.test(context.text.slice(end, end + 6))) return null;
    // "the Summer Olympics", "Spring Festival": a capitalised season before a capitalised word is a name.
    if (/^\p{Lu}/u.test(seasonWord) && !yearDigits && /^\s+\p{Lu}/u.test(context.text.slice(end, end + 20))) return null;
    const lead = the ?? modifier;
    const textStart = lead ? whole.toLowerCase().indexOf(lead.toLowerCase()) : whole.toLowerCase().indexOf(name);
    const result = context.createParsingResult(index + textStart, whole.slice(textStart));
    result.addTag('timeline/season');
    if (yearDigits !== undefined) {
      const year = Number(yearDigits);
      if (!isPlausibleYear(year)) return null;
      result.start.assign('year', year).imply('month', season.first).imply('day', 1);
      return result;
    }
    const published = fromLocalDate(context.refDate);
    const now = published.year * 12 + published.month - 1;
    const word = modifier?.toLowerCase().replace(/\s+/g, ' ');
    // Candidate seasons: those beginning in the years around publication, oldest first.
    const around = [published.year - 2, published.year - 1, published.year, published.year + 1].map((y) => ({ y, months: span(season, y) }));
    let chosen: { y: number } | undefined;
    if (word === 'last' || word === 'past') chosen = [...around].reverse().find((s) => s.months[1] < now);
    else if (word === 'next' || word === 'coming') chosen = around.find((s) => s.months[0] > now);
    // "this summer": the one filed under the publication year, gone or to come.
    else if (word === 'this' || word === 'earlier this' || word === 'later this') chosen = around.find((s) => filedYear(name, s.y) === published.year);
    else {
      const direction: Tense = preposition?.toLowerCase() === 'since' ? 'past' : (governingTense(context.text, index, end) ?? 'past');
      chosen = direction === 'past' ? [...around].reverse().find((s) => s.months[0] <= now) : around.find((s) => s.months[1] >= now);
    }
    if (!chosen) return null;
    result.start.assign('year', filedYear(name, chosen.y)).imply('month', season.first).imply('day', 1);
    result.addTag(TAGS.relative);
    return result;
  },
};
