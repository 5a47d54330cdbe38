import { findJurisdictions, type JurisdictionRef } from '../../gazetteers/jurisdiction-matcher';
import { sharedCountries, sharedFallback } from '../../gazetteers/national-institutions';
import { DEMONYM_ACTOR_FOLLOWER } from '../cues/governmental-nouns';
import type { Sentence } from './split-sentences';

/**
 * The place an article is about: what "the government", "the Senate", "the minister" and "the
 * regulator" refer to when the text does not say whose. Journalists name it in the headline, else in
 * the lead; background places come later and less often.
 *
 * Evidence, by rule name:
 * - `headline-actor`: the headline's first place that can act settles it (not a topic: "… over China ties"); a
 *   headline read from a plain first line of the page only when the body names that place too (it may be a stray line).
 * - `lead-weight`: a place that can act in the lead (the first two body sentences of six words or
 *   more) counts 2, elsewhere 1.
 * - `demonym-colour`: a demonym that names no government ("Canadian content") counts half: it
 *   says where the story happens without saying who acts.
 * - `demonym-origin`: a demonym that tells where firms or goods come from ("cameras made by Chinese firms",
 *   "Chinese apps") counts nothing: the story is where they are acted on.
 * - `shared-bodies`: the best-scored place (1 at least) that every shared body named fits wins
 *   ("the House of Commons" and "the Senate" fit CA, not the US; "Congress" rules out China);
 *   else the best-scored place counted 2 at least.
 * - `dateline-capital`: a wire dateline's capital ("WELLINGTON, July 2 -") counts 2, as a place acting in the lead.
 * - `sole-place`: else the one place the article names, when it is named by one of its own bodies
 *   (a ministry, a regulator); a city named in passing is not enough.
 * - `state-story`: a country's story that names one of its states and speaks of "the state" is that state's.
 * - `shared-fallback`: else, when the article names no place that settles it, the one country every
 *   shared body it names points to by default ("the FTC opened an inquiry", no other place: US).
 *
 *   headline "Bill passes Senate", lead "… Canadian Heritage Minister …", body "… Canadian content …" → 'CA'
 */
export function storyPlace(sentences: Sentence[]): string | null {
  const body = sentences.filter((s) => s.kind === 'body');
  // Each body sentence's places, found once for the headline check and the scores below.
  const found = new Map<Sentence, readonly JurisdictionRef[]>();
  const refsOf = (s: Sentence): readonly JurisdictionRef[] => found.get(s) ?? found.set(s, findJurisdictions(s.text)).get(s)!;
  // A headline read from a plain line of the page (no title given) settles it only when the body names its place
  // too: the line may be a stray one ("Sharjah Warriors defeated Abu Dhabi Knight Riders" above a story on China).
  const namedInBody = (code: string): boolean => body.some((s) => refsOf(s).some((b) => b.code === code || b.code.startsWith(`${code}-`) || code.startsWith(`${b.code}-`)));
  // (a place after "over", "about", "amid" … names the topic, not who acts: "CEO grilled by lawmakers over China ties")
  const headline = sentences
    .filter((s) => s.kind === 'headline')
    .flatMap((s) => placesOf(s.text).filter((r) => r.acts && !TOPIC_BEFORE.test(s.text.slice(0, r.start)) && (!s.inferred || namedInBody(r.code))));
  if (headline[0]) return headline[0].code;

  const lead = new Set(body.filter((s) => s.text.split(/\s+/).length >= 6).slice(0, 2));
  const scores = new Map<string, number>();
  const add = (code: string, w: number): void => void scores.set(code, (scores.get(code) ?? 0) + w);
  const dateline = [...lead][0] ? datelineCapital([...lead][0]!.text) : null;
  if (dateline) add(dateline, 2);
  const shared: Array<readonly string[] | '*'> = [];
  const fallbacks = new Set<string | null>();
  const bodies = new Set<string>();
  for (const s of body) {
    const refs = refsOf(s);
    for (const r of placesOf(s.text, refs)) {
      // demonym-origin: "cameras made by Chinese firms", "Chinese apps": where a product or a firm comes from is not where the story is
      if (r.kind === 'demonym' && ORIGIN_FOLLOWER.test(s.text.slice(r.end, r.end + 40))) continue;
      add(r.code, (lead.has(s) ? 2 : 1) * (r.acts ? 1 : 0.5));
      if (r.kind === 'institution') bodies.add(r.code);
    }
    for (const r of refs) {
      const codes = r.shared ? sharedCountries(r.text) : null;
      if (codes) {
        shared.push(codes);
        fallbacks.add(sharedFallback(r.text));
      }
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  // shared-bodies: the best-scored place every shared body named can belong to ("Congress" rules out China).
  const fitsShared = ([code]: [string, number]): boolean => shared.every((codes) => codes === '*' || codes.includes(code.split('-')[0] ?? code));
  const fit = shared.length ? ranked.find((entry) => entry[1] >= 1 && fitsShared(entry)) : undefined;
  // sole-place: an article whose only place is one of its national bodies ("the Ministry of …") is about that place.
  const sole = ranked.length === 1 && top && bodies.has(top[0]) ? top : undefined;
  const chosen = fit ?? (top && top[1] >= 2 ? top : sole);
  if (chosen) return stateStory(chosen[0], ranked, body) ?? chosen[0];
  const [fallback] = fallbacks;
  return ranked.length === 0 && fallbacks.size === 1 && fallback ? fallback : null;
}

/** After a demonym, the firms or goods it tells the origin of: "Chinese firms", "Chinese-made cameras", "Chinese video-sharing app". */
const ORIGIN_FOLLOWER = /^(?:-(?:made|owned|based|linked|backed)\b|\s+(?:[\w-]+\s+){0,2}?(?:firms?|compan(?:y|ies)|apps?|applications?|platforms?|equipment|technology|tech|cameras?|chips?|suppliers?|manufacturers?|makers?|vendors?|investors?|brands?|products?|goods|imports?|owners?)\b)/i;

/** "the state", "the state's": a subdivision named by its common noun (not "the state of …", "the State Department"). */
const THE_STATE = /\bthe state(?:['’]s)?\b(?!\s+(?:of|department|media|broadcaster|news|agency|secretary|council)\b)/i;

/**
 * state-story: a story placed in a country that names exactly one of its subdivisions and speaks of
 * "the state" is about that state ("a federal judge in Fayetteville blocked the state from enforcing a
 * law … the Western District of Arkansas": the law and its court case are Arkansas's, though "U.S."
 * is named more often). A federal story naming a state in passing says no "the state".
 */
function stateStory(country: string, ranked: Array<[string, number]>, body: Sentence[]): string | null {
  if (country.includes('-')) return null;
  const states = ranked.filter(([code]) => code.startsWith(`${country}-`));
  if (states.length !== 1 || !body.some((s) => THE_STATE.test(s.text))) return null;
  return states[0]?.[0] ?? null;
}

/** Prepositions after which a headline's place is the topic: "over China ties", "amid Russia tensions", "controls on exports to China". */
// (and the ties named: "… About Ties to China", "over links with Russia")
const TOPIC_BEFORE = /\b(?:over|about|amid|against|from|with|toward|towards|(?:exports?|imports?|shipments?|sales?)\s+(?:\w+\s+)?to|(?:over|about|amid)\s+(?:its\s+|their\s+|the\s+)?(?:ties|links|relations|tensions|dealings|connections)\s+(?:to|with))\s+(?:the\s+)?$/i;

/** "WELLINGTON, July 2 -", "NAIROBI (Reuters) -", a local paper's "TALLAHASSEE — …": the capital a dateline names. */
const DATELINE_CITY = /^\s*(\p{Lu}[\p{Lu} .'’-]{2,30}?)\s*(?:,|\(|[—–]|-\s)/u;

/** dateline-capital: the lead's dateline city, when it is a capital, counts like a place acting in the lead. */
function datelineCapital(lead: string): string | null {
  const city = DATELINE_CITY.exec(lead)?.[1];
  if (!city || city !== city.toUpperCase()) return null;
  const titled = city.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  const ref = findJurisdictions(titled).find((r) => r.kind === 'capital' && r.start === 0 && r.end === titled.length);
  return ref?.code ?? null;
}

interface Place extends JurisdictionRef {
  /** Can name who acts: not "Beijing-based", a demonym only before a governmental noun. */
  acts: boolean;
}

function placesOf(text: string, refs: readonly JurisdictionRef[] = findJurisdictions(text)): Place[] {
  return refs
    .filter((r) => !r.attributive && !r.shared)
    .map((r) => {
      return { ...r, acts: r.kind !== 'demonym' || DEMONYM_ACTOR_FOLLOWER.test(text.slice(r.end, r.end + 40)) };
    });
}
