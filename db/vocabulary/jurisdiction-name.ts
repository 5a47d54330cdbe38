import countries from 'i18n-iso-countries';

/** iso-3166-2 ships no types: the one shape read from it. */
interface Iso31662 {
  subdivision(code: string): { name: string } | null | undefined;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const iso31662 = require('iso-3166-2') as Iso31662;

const SPECIAL: Record<string, string> = { EU: 'European Union' };

/** Names already looked up: every event of a page names its jurisdiction, and the libraries' lookups cost microseconds each. */
const names = new Map<string, string>();

/** The English name of a jurisdiction code: 'US' → 'United States of America', 'US-MT' → 'Montana', 'EU' → 'European Union'. */
export function jurisdictionName(code: string): string {
  let name = names.get(code);
  if (name === undefined) {
    name = SPECIAL[code] ?? (code.includes('-') ? iso31662.subdivision(code)?.name : countries.getName(code, 'en')) ?? code;
    // Codes come from stored events and validated queries; the cap keeps odd input from growing it without end.
    if (names.size < 10_000) names.set(code, name);
  }
  return name;
}

/**
 * Short names a title uses where the full one is long, formal or in the region's own language:
 * 'GB' → 'UK', 'KR' → 'South Korea', 'BE-VLG' → 'Flanders' (ISO's name is 'Vlaams Gewest').
 */
const SHORT: Record<string, string> = {
  GB: 'UK', US: 'US', EU: 'EU', KR: 'South Korea', RU: 'Russia', TW: 'Taiwan', CN: 'China', IR: 'Iran', VN: 'Vietnam',
  SY: 'Syria', LA: 'Laos', VA: 'Vatican', BN: 'Brunei', CD: 'DR Congo', CG: 'Republic of the Congo', MK: 'North Macedonia',
  'BE-VLG': 'Flanders', 'BE-WAL': 'Wallonia', 'BE-BRU': 'Brussels', 'ES-CT': 'Catalonia', 'DE-BY': 'Bavaria',
  'GB-SCT': 'Scotland', 'GB-WLS': 'Wales', 'GB-NIR': 'Northern Ireland',
};

/** A short English name for event titles: 'GB' → 'UK', 'US' → 'US', 'US-MT' → 'Montana', 'AU' → 'Australia'. */
export function jurisdictionShortName(code: string): string {
  const short = SHORT[code];
  if (short) return short;
  if (code.includes('-')) return iso31662.subdivision(code)?.name ?? code;
  const name = countries.getName(code, 'en', { select: 'alias' }) ?? code;
  // ISO's inverted official forms read as their head: "Moldova, Republic of" → "Moldova"
  return name.includes(', ') ? name.slice(0, name.indexOf(', ')) : name;
}
