import type { Parser, ParsingContext } from 'chrono-node';
import { isPlausibleYear } from '../calendar-words';
import { countedByNextWord } from '../counted-number';
import { TAGS } from '../tags';
import { startsWord } from '../word-boundary';

/**
 * A year on its own, after a preposition: "A law passed in 2017 requires…" → '2017' (year, explicit);
 * also "in both 2019 and 2020", "notes due 2027".
 * chrono drops bare years. The preposition is what tells a year from a count ("2017 requests"),
 * and it stays outside the expression's text; "early 2020", "mid-2021", "end-2029" keep their modifier (the year's
 * precision: "by end-2029" names no month the text does not).
 */
const PATTERN =
  /(in|into|since|until|till|by|from|before|after|during|through|throughout|of|to|and|around|between|circa|for|fiscal|due)\s+(?:(?:both|either)\s+)?(?:(early|late|mid)[\s-]+|(mid-|end-))?((?:19|20)\d\d|2100)(?!\d|[.,]\d|[%\p{L}_])/iu;

/** After these the number may be a count ("a total of 2000 people", "up to 2000 fines"): not a year when a noun follows. */
const WEAK_PREPOSITIONS = new Set(['of', 'to', 'and', 'around', 'between', 'for', 'due']);
export const bareYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, preposition = '', modifier, midHyphen, digits = ''] = match;
    const year = Number(digits);
    if (!isPlausibleYear(year)) return null;
    if (WEAK_PREPOSITIONS.has(preposition.toLowerCase()) && countedByNextWord(context.text, index + whole.length)) return null;
    // The text starts at the modifier when there is one ("early 2020"), else at the year.
    const lead = modifier ?? midHyphen;
    const textStart = lead ? whole.indexOf(lead, preposition.length) : whole.length - digits.length;
    const result = context.createParsingResult(index + textStart, whole.slice(textStart));
    result.start.assign('year', year);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(TAGS.bareYear);
    return result;
  },
};
