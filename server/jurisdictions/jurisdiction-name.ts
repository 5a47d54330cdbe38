import countries from 'i18n-iso-countries';

/** iso-3166-2 ships no types: the one shape read from it. */
interface Iso31662 {
  subdivision(code: string): { name: string } | null | undefined;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const iso31662 = require('iso-3166-2') as Iso31662;

const SPECIAL: Record<string, string> = { EU: 'European Union' };

/** The English name of a jurisdiction code: 'US' → 'United States of America', 'US-MT' → 'Montana', 'EU' → 'European Union'. */
export function jurisdictionName(code: string): string {
  const special = SPECIAL[code];
  if (special) return special;
  if (code.includes('-')) return iso31662.subdivision(code)?.name ?? code;
  return countries.getName(code, 'en') ?? code;
}
