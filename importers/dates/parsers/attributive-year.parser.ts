import type { Parser, ParsingContext } from 'chrono-node';
import { isPlausibleYear } from '../calendar-words';
import { TAGS } from '../tags';
import { startsWord } from '../word-boundary';

/**
 * A year standing before a noun, after a determiner or a possessive: "the 1996 law", "a 2021
 * ban", "its 1990 invasion", "That 1978 resolution", "the company's 1989 results" → the year
 * (explicit). News style writes counts of a thousand and more with a comma ("the 2,000 people"), so
 * four digits here are a year; a plain count noun after them still reads as a count ("the 2000
 * people who signed"). The determiner stays outside the expression's text.
 */
const PATTERN = /(the|a|an|its|their|his|her|our|this|that|these|those|\p{L}+['’]s)\s+((?:19|20)\d\d)(?=\s+(\p{L}[\p{L}-]*))/iu;

/** Nouns that make the number a count, not a year (and "model": a model year names a product, not a time). */
const COUNT_NOUNS = new Set([
  'people', 'persons', 'men', 'women', 'children', 'employees', 'workers', 'jobs', 'troops', 'soldiers', 'students',
  'users', 'accounts', 'votes', 'voters', 'members', 'units', 'shares', 'deaths', 'cases', 'residents', 'refugees',
  'protesters', 'signatures', 'pages', 'words', 'posts', 'videos', 'apps', 'devices', 'vehicles', 'homes', 'metres',
  'meters', 'miles', 'kilometres', 'kilometers', 'tons', 'tonnes', 'points', 'hours', 'days', 'dollars', 'euros', 'model', 'models',
]);

export const attributiveYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const index = match.index ?? 0;
    if (!startsWord(context.text, index)) return null;
    const [whole, , digits = '', follower = ''] = match;
    const year = Number(digits);
    if (!isPlausibleYear(year) || COUNT_NOUNS.has(follower.toLowerCase())) return null;
    const result = context.createParsingResult(index + whole.length - digits.length, digits);
    result.start.assign('year', year);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(TAGS.bareYear);
    result.addTag(TAGS.modifier);
    return result;
  },
};
