import countries from 'i18n-iso-countries';
import { COMPANIES } from '../../../db/vocabulary/companies';
import { words } from './words';

/** Demonyms and short forms the country list lacks; names alone would let "UK bans X" match "Canada bans X". */
const PLACE_WORDS = [
  'american', 'americans', 'british', 'britain', 'english', 'chinese', 'beijing', 'washington', 'australian',
  'australians', 'canadian', 'canadians', 'indian', 'indians', 'european', 'europe', 'danish', 'french', 'german',
  'japanese', 'korean', 'russian', 'taiwanese', 'brussels', 'london', 'canberra', 'ottawa', 'delhi', 'eu', 'uk', 'us',
  'usa', 'u', 's', 'k', 'union', 'kingdom', 'republic', 'united',
];

/** iso-3166-2 ships no types: this is the one shape we read from it. */
interface Iso31662 {
  country(code: string): { sub: Record<string, { name: string }> } | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const iso31662 = require('iso-3166-2') as Iso31662;

/** Countries whose states or provinces make the news as jurisdictions ("Montana bans …" must not match "Texas bans …"). */
const SUBDIVIDED = ['US', 'CA', 'AU', 'IN', 'GB', 'DE', 'BR'];
const SUBDIVISION_NAMES = SUBDIVIDED.flatMap((code) => Object.values(iso31662.country(code)?.sub ?? {}).map((s) => s.name));

/** Words of company, country and place names: the hard rules compare those, so wording ignores them. */
export const NAME_WORDS: ReadonlySet<string> = new Set([
  ...PLACE_WORDS,
  ...SUBDIVISION_NAMES.flatMap(words),
  ...Object.values(countries.getNames('en', { select: 'all' })).flat().flatMap(words),
  ...COMPANIES.flatMap((c) => [c.name, ...c.aliases]).flatMap(words),
]);
