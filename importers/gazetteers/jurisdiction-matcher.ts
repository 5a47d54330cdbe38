import countries from 'i18n-iso-countries';
import {
  AMBIGUOUS_NAMES,
  CAPITALS,
  COUNTRY_ALIASES,
  DEMONYMS,
  INSTITUTIONS,
  NAME_CONTINUATIONS,
  type JurisdictionAlias,
  type JurisdictionKind,
} from './jurisdiction-aliases';

/** A jurisdiction named in a text span. */
export interface JurisdictionRef {
  /** ISO 3166-1 alpha-2, 'EU', or ISO 3166-2 ('US-MT'). */
  code: string;
  kind: JurisdictionKind;
  start: number;
  end: number;
  text: string;
  /** "Beijing-based", "Chinese-owned", "US$": the name describes something else, it is not an actor. */
  attributive: boolean;
}

/** iso-3166-2 ships no types: the one shape read from it. */
interface Iso31662 {
  country(code: string): { name: string; sub: Record<string, { type: string; name: string }> } | null;
  subdivision(code: string): { name: string; type: string } | null;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const iso31662 = require('iso-3166-2') as Iso31662;

/** Countries whose first-level subdivisions (states, provinces) news articles name as policy actors. */
const SUBDIVISION_COUNTRIES = ['US', 'CA', 'AU', 'IN'];

interface JurisdictionIndex {
  pattern: RegExp;
  byText: Map<string, JurisdictionAlias>;
}

let index: JurisdictionIndex | null = null;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function subdivisionEntries(): JurisdictionAlias[] {
  const out: JurisdictionAlias[] = [];
  for (const country of SUBDIVISION_COUNTRIES) {
    const subs = iso31662.country(country)?.sub ?? {};
    for (const [code, sub] of Object.entries(subs)) {
      if (!/State|Province|Territory|District/.test(sub.type)) continue;
      // "Washington" names the US government far more often than the state: "Washington state" is the state.
      if (code === 'US-WA') out.push({ text: 'Washington state', code, kind: 'subdivision' });
      else if (!AMBIGUOUS_NAMES.has(sub.name)) out.push({ text: sub.name, code, kind: 'subdivision' });
    }
  }
  return out;
}

function countryEntries(): JurisdictionAlias[] {
  const out: JurisdictionAlias[] = [];
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const [code, list] of Object.entries(names)) {
    for (const text of list) {
      // Official long forms with commas ("Korea, Republic of") never occur in prose.
      if (text.includes(',') || AMBIGUOUS_NAMES.has(text)) continue;
      out.push({ text, code, kind: 'country' });
    }
  }
  return out;
}

/** Built once per process: every name in one alternation, longest first ("New South Wales" before "Wales"). */
function jurisdictionIndex(): JurisdictionIndex {
  if (index) return index;
  const byText = new Map<string, JurisdictionAlias>();
  // Later tables win: an institution or alias overrides a bare ISO name with the same spelling.
  for (const entry of [...countryEntries(), ...subdivisionEntries(), ...DEMONYMS, ...CAPITALS, ...COUNTRY_ALIASES, ...INSTITUTIONS]) {
    byText.set(entry.text, entry);
  }
  const alternation = [...byText.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // Case-sensitive whole words; "US" must be followed by neither a letter nor "$" (US$33 million).
  const pattern = new RegExp(`(?<![\\w$])(?:${alternation})(?![\\w$])`, 'g');
  index = { pattern, byText };
  return index;
}

/**
 *   findJurisdictions("On Thursday, British authorities said, following the European Commission…")
 *   → [{ code: 'GB', kind: 'demonym', text: 'British' }, { code: 'EU', kind: 'institution', text: 'European Commission' }]
 */
export function findJurisdictions(text: string): JurisdictionRef[] {
  const { pattern, byText } = jurisdictionIndex();
  const refs: JurisdictionRef[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const entry = byText.get(m[0]);
    if (!entry) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 24);
    if (NAME_CONTINUATIONS.test(after)) continue;
    // "the state Senate", "the state House": a state legislature, not Congress.
    if (entry.kind === 'institution' && /\bstate\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const attributive = /^-(based|owned|controlled|headquartered|born|made|listed|linked|backed|registered)\b/.test(after) || /^\s?\$/.test(after);
    refs.push({ code: entry.code, kind: entry.kind, start: m.index, end, text: m[0], attributive });
  }
  return refs;
}
