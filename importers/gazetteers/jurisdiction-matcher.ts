import countries from 'i18n-iso-countries';
import { findCompanies } from './company-matcher';
import { jurisdictionShortName } from '../../db/vocabulary/jurisdiction-name';
import { AMBIGUOUS_NAMES, COMPANY_NAME_CONTINUATIONS, NAME_CONTINUATIONS, OWNED_BODY_AFTER, STATE_ACT_AFTER, PLACE_NAMES_IN_CONTEXT, PLACE_PREPOSITION_BEFORE } from './ambiguous-names';
import { CAPITALS } from './capitals';
import {
  COUNTRY_ALIASES,
  DEMONYMS,
  INSTITUTIONS,
  REGIONS,
  type JurisdictionAlias,
  type JurisdictionKind,
} from './jurisdiction-aliases';
import { NAMED_INSTITUTIONS, resolveShared, SHARED_INSTITUTIONS, type SharedInstitution } from './national-institutions';

/** A jurisdiction named in a text span. */
export interface JurisdictionRef {
  /** ISO 3166-1 alpha-2, 'EU', or ISO 3166-2 ('US-MT'). */
  code: string;
  kind: JurisdictionKind;
  start: number;
  end: number;
  text: string;
  /** "Beijing-based", "Chinese-owned", "EU-compliant", "US$": the name describes something else, it is not an actor. */
  attributive: boolean;
  /** A name many countries use ("the Senate", "Parliament"): resolved to the story's country (national-institutions.ts). */
  shared?: boolean;
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
  byText: Map<string, JurisdictionAlias | SharedInstitution>;
}

const isShared = (e: JurisdictionAlias | SharedInstitution): e is SharedInstitution => 'codes' in e;

let index: JurisdictionIndex | null = null;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names of a country's first-level states or provinces as the gazetteer matches them ("Texas", "Washington state"). */
export function subdivisionNames(country: string): string[] {
  return subdivisionEntries([country]).map((e) => e.text);
}

function subdivisionEntries(countries: readonly string[] = SUBDIVISION_COUNTRIES): JurisdictionAlias[] {
  const out: JurisdictionAlias[] = [];
  for (const country of countries) {
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
  const byText = new Map<string, JurisdictionAlias | SharedInstitution>();
  // Later tables win: an institution or alias overrides a bare ISO name with the same spelling.
  const inContext = [...PLACE_NAMES_IN_CONTEXT].map(([text, code]): JurisdictionAlias => ({ text, code, kind: 'country' }));
  const tables = [countryEntries(), subdivisionEntries(), inContext, REGIONS, DEMONYMS, CAPITALS, COUNTRY_ALIASES, SHARED_INSTITUTIONS, NAMED_INSTITUTIONS, INSTITUTIONS];
  for (const entry of tables.flat()) {
    byText.set(entry.text, entry);
    // typographic-apostrophe: "People’s Republic of China" as most pages print it, whichever the table spelt
    const curly = entry.text.replace(/'/g, '’');
    if (curly !== entry.text && !byText.has(curly)) byText.set(curly, { ...entry, text: curly });
  }
  const alternation = [...byText.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // Case-sensitive whole words; "US" must be followed by neither a letter nor "$" (US$33 million).
  const pattern = new RegExp(`(?<![\\w$])(?:${alternation})(?![\\w$])`, 'g');
  index = { pattern, byText };
  return index;
}

/** Between a place and the body it owns: "Japan's Fair Trade Commission", "the Canadian Senate", "Norway's parliament". */
const OWNER_GAP = /^(?:['’]s)?\s+(?:(?:federal|national|upper|lower|regional|state|top|highest)\s+)?$/i;
/** Between a body and the place it belongs to: "the Supreme Court of Brazil", "Parliament of Canada". */
const OF_GAP = /^\s+of\s+(?:the\s+)?$/;

/**
 * Jurisdiction references of a text. `story` (the place the article is about) resolves shared
 * institution names: "the Senate" in a Canadian story is CA.
 *
 *   findJurisdictions("On Thursday, British authorities said, following the European Commission…")
 *   → [{ code: 'GB', kind: 'demonym', text: 'British' }, { code: 'EU', kind: 'institution', text: 'European Commission' }]
 *   findJurisdictions("Japan's Fair Trade Commission fined it") → [{ code: 'JP', kind: 'institution', text: "Japan's Fair Trade Commission" }]
 */
export function findJurisdictions(text: string, story: string | null = null): readonly JurisdictionRef[] {
  // Stages ask about the same clause several times (actors, then the actor requirement): memoised per text.
  const key = `${story ?? ''}\u0000${text}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const refs = scan(text, story);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, refs);
  return refs;
}

const MEMO_SIZE = 4000;
const memo = new Map<string, readonly JurisdictionRef[]>();

/** After a place, a hyphen and another name: a pair that qualifies a noun ("the EU-US Data Privacy Framework", "US-China talks"). */
const PAIRED_NAME = /^-(?=\p{Lu})/u;

/** Before a place, the word that makes it part of a programme's name ("Project Texas", "Operation Sahara"). */
const PROGRAMME_BEFORE = /\b(?:Project|Operation)\s+$/;

/** After a shared chamber: the name of one of its bills ("Senate Bill 419"). */
const BILL_NAME_AFTER = /^\s+Bills?\b/;

/**
 * After a country: its states as a noun ("the first US state to ban", "U.S. states have passed"): the
 * country only qualifies the state the sentence is about. (Not "the State Department", "state media".)
 */
const COUNTRY_OF_STATES_AFTER = /^\s+state(?:s\b|\s+(?:to|that|where|which|of|in|with|has|have|had|is|are|was|were)\b|\s*[,.;])/;

/** "a US genetic testing company": after an article, a country and a few lower-case words before a company noun describe the firm. */
const ARTICLE_BEFORE = /\b(?:a|an)\s+$/i;
const DESCRIBED_COMPANY_AFTER = /^\s+(?:[a-z][\w-]*\s+){0,3}(?:company|firm|group|giant|maker|startup|start-up|provider|operator|retailer|developer|platform)\b/;
/** "an Iowa native", "a Texas-born engineer": where a person is from. */
const PERSON_ORIGIN_AFTER = /^(?:\s+(?:native|resident)\b|-born\b)/;

/** Between a place's named body and the acronym that glosses it: "Luxembourg data protection authority (CNPD". */
const ACRONYM_GLOSS_GAP = /^[^.;()]{0,60}\(\s*["“]?$/;

/** After a country: a company it describes ("the US e-commerce giant", "a UK chip firm"): where the firm is from, not who acts. */
// (any lower-case trade words before the noun: "US facial recognition company Clearview", not "US regulators and the company",
// nor a headline's verb or any past tense: "Vietnam orders technology firms to store data", "Vietnam required foreign tech
// firms to …"; "US-owned", "Chinese-backed" firms are described)
const COMPANY_DESCRIPTOR_AFTER = /^\s+(?:(?:tech|technology|e-commerce|internet|social media|chip|telecoms?|software|online|retail|mobile|payments?|fintech|crypto|ride-hailing|media|gaming|car|AI|app|search|cloud|(?!(?:and|or|the|a|an|of|to|in|on|for|regulators?|officials?|government|authorit\w*|lawmakers|agenc\w*|courts?|state|federal|national|president|ministry|(?:order|ban|fine|tell|ask|urge|warn|block|force|require|sue|probe|target|hit|slap|let|allow|bar|restrict|limit|charge|push|press|direct|instruct|summon|tax|curb)(?:s|ed|ged|red|ned|ped|ted)?|[a-z]+ed(?<!based|owned|listed|backed|funded|headquartered|registered|controlled|linked))\b)[a-z][\w-]*)\s+){0,3}(?:giant|giants|company|companies|firm|firms|group|maker|makers|startup|start-up|retailer|conglomerate|multinational|chipmaker|carmaker|automaker|lender|exchange)\b/i;

/** A possessive right after `end` and a known company right after it: "China’s ByteDance". */
function ownsCompany(text: string, end: number): boolean {
  const possessive = /^['’]s\s+/.exec(text.slice(end, end + 4));
  if (!possessive) return false;
  const at = end + possessive[0].length;
  return findCompanies(text.slice(at, at + 40)).some((r) => r.start === 0);
}

function scan(text: string, story: string | null): readonly JurisdictionRef[] {
  const { pattern, byText } = jurisdictionIndex();
  const refs: JurisdictionRef[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const entry = byText.get(m[0]);
    if (!entry) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 24);
    if (NAME_CONTINUATIONS.test(after) || COMPANY_NAME_CONTINUATIONS.test(after)) continue;
    const contextCode = PLACE_NAMES_IN_CONTEXT.get(m[0]);
    if (contextCode && !placeInContext(text, m.index, end, contextCode, story)) continue;
    // "Project Texas": a place inside a programme's name
    if (PROGRAMME_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const stateBefore = /\bstate\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index));
    if (isShared(entry)) {
      // "Senate Bill 419", "Assembly Bill 2273": the chamber names the bill, not who acts
      if (BILL_NAME_AFTER.test(after)) continue;
      // "the Congress-led Opposition": a lower-case compound makes the name describe something else
      if (/^-\p{Ll}/u.test(after)) continue;
      if (entry.before && !entry.before.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      if (entry.notAfter?.test(after)) continue;
      const prev = refs[refs.length - 1];
      // "Japan's Fair Trade Commission", "the Canadian Senate": the owner names the country.
      if (prev && !prev.attributive && !prev.shared && OWNER_GAP.test(text.slice(prev.end, m.index)) && !stateBefore) {
        refs[refs.length - 1] = { ...prev, kind: 'institution', end, text: text.slice(prev.start, end) };
        continue;
      }
      // "the Luxembourg data protection authority (CNPD)": a name its candidates share takes the one just named
      const named = prev && !prev.shared && entry.codes.includes(prev.code) && ACRONYM_GLOSS_GAP.test(text.slice(prev.end, m.index)) ? prev.code : null;
      // "the state Senate": a state legislature, the story's state (none when the story is not about one).
      const code = stateBefore ? (story?.includes('-') ? story : null) : (named ?? resolveShared(entry, story));
      if (code) refs.push({ code, kind: 'institution', start: m.index, end, text: m[0], attributive: false, shared: true });
      continue;
    }
    // "the state Senate", "the state House": a state legislature, not Congress.
    if (entry.kind === 'institution' && stateBefore) continue;
    const attributive =
      // (any lower-case compound: "EU-compliant age checks", "US-centric rules"; not "a UK-wide ban", which says where it applies)
      /^-(?!wide\b|level\b)\p{Ll}/u.test(after) || /^\s?\$/.test(after) ||
      (entry.kind === 'country' && (COUNTRY_OF_STATES_AFTER.test(after) || COMPANY_DESCRIPTOR_AFTER.test(text.slice(end, end + 40)) || (ARTICLE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) && DESCRIBED_COMPANY_AFTER.test(text.slice(end, end + 50))))) ||
      PERSON_ORIGIN_AFTER.test(after) ||
      // company-origin: "China's ByteDance", "South Korea's Samsung": a country owning a company names where it is from
      (entry.kind === 'country' && ownsCompany(text, end)) ||
      PAIRED_NAME.test(after) || /[\p{L}.]-$/u.test(text.slice(Math.max(0, m.index - 2), m.index));
    const ref: JurisdictionRef = { code: entry.code, kind: entry.kind, start: m.index, end, text: m[0], attributive };
    // "the Supreme Court of Brazil": the place after "of" owns the body.
    const prev = refs[refs.length - 1];
    if (prev?.shared && !attributive && entry.kind !== 'demonym' && OF_GAP.test(text.slice(prev.end, m.index))) {
      refs[refs.length - 1] = { ...prev, code: entry.code, end, text: text.slice(prev.start, end), shared: false };
      continue;
    }
    refs.push(ref);
  }
  return Object.freeze(refs.map((r) => Object.freeze(r)));
}

/** An ambiguous name ("Jordan") reads as the country only where its surroundings say so (PLACE_NAMES_IN_CONTEXT). */
function placeInContext(text: string, start: number, end: number, code: string, story: string | null): boolean {
  return story === code || PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || OWNED_BODY_AFTER.test(text.slice(end, end + 60)) || STATE_ACT_AFTER.test(text.slice(end, end + 40));
}

/** The adjective a headline uses for a jurisdiction's bodies ("Spanish lawmakers", "South Korean court"); the name when there is none. */
export function jurisdictionAdjective(code: string): string {
  if (code === 'US' || code === 'EU' || code === 'GB') return jurisdictionShortName(code);
  const demonym = DEMONYMS.find((d) => d.code === code && /(?:an|ish|ese|ch|i|ic)$/.test(d.text) && !/s$/.test(d.text));
  return demonym?.text ?? jurisdictionShortName(code);
}
