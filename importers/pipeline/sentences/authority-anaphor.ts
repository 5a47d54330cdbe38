import { findJurisdictions } from '../../gazetteers/jurisdiction-matcher';

/** The nouns an authority is referred back to by ("the office", "the watchdog"). */
export const AUTHORITY_HEAD_SOURCE = String.raw`(?:office|agency|regulator|watchdog|authority|ministry|commission|department|bureau)`;
/** The wider set that makes a named place an authority's (its attorney general, its government). */
const AUTHORITY_NOUN = String.raw`(?:office|agency|regulator|watchdog|authority|ministry|commission|department|bureau|attorneys? general|government|cabinet|inspectorate)`;

/**
 * "The office said it was examining …", "The watchdog refused …": a definite authority noun as the
 * subject refers back to the last authority the article named ("Germany's Federal Cartel Office",
 * "Vermont's attorney general", "Ofcom, the regulator"), and acts for that authority's place.
 * Group 1 is the head noun. Not "the office of the president" or "the agency in Kenya": those name
 * their own place or owner.
 */
const ANAPHOR = new RegExp(String.raw`\b(?:the|this|that)\s+([a-z][\w-]*\s+)?(${AUTHORITY_HEAD_SOURCE})\b(?!\s+(?:of|in|for|at)\b)`, 'i');

/** Nouns that make a named place an authority ("Vermont's attorney general", "Poland's consumer watchdog"). */
const AUTHORITY_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?${AUTHORITY_NOUN}\b`, 'i');

/** Nouns that make a place named after them an authority's ("the data protection authority of Austria"). */
const AUTHORITY_BEFORE = new RegExp(String.raw`\b(${AUTHORITY_NOUN})\s+(?:of|in|for)\s+(?:the\s+)?$`, 'i');

/** How far back an antecedent may be (characters). */
const WINDOW = 2500;

/** The head noun when `subject` (the clause up to its predicate) is an anaphoric authority; else null. */
export function authorityAnaphor(subject: string): string | null {
  const m = ANAPHOR.exec(subject);
  // (a capitalised modifier makes a name, not a word referring back: "the European Commission", "the Federal Cartel Office")
  if (!m || /^\p{Lu}/u.test(m[1] ?? '')) return null;
  return (m[2] ?? '').toLowerCase();
}

/**
 * The jurisdiction of the last authority named in `text` before `at`: one whose noun matches the
 * anaphor's head if there is one ("the office" → "Federal Cartel Office"), else the last of any kind. A name many
 * countries' bodies share ("the Commission") is the story place's body (`story`).
 *
 *   text "Vermont's attorney general sued Meta. … The office had opened …", head 'office' → 'US-VT'
 */
export function authorityAntecedent(text: string, at: number, head: string, story: string | null = null): string | null {
  const from = Math.max(0, at - WINDOW);
  const window = text.slice(from, at);
  let same: string | null = null;
  let any: string | null = null;
  // (with the story's place: "the Commission" named before in a Nigerian story is Nigeria's)
  for (const r of findJurisdictions(window, story)) {
    if (r.attributive) continue;
    const after = window.slice(r.end, r.end + 50);
    const lead = window.slice(Math.max(0, r.start - 40), r.start);
    const ownerOf = AUTHORITY_BEFORE.exec(lead)?.[1]?.toLowerCase();
    const named = r.kind === 'institution' || AUTHORITY_AFTER.test(after) || !!ownerOf;
    if (!named) continue;
    any = r.code;
    if (new RegExp(`\\b${head}\\b`, 'i').test(r.text + after.slice(0, 40)) || ownerOf === head) same = r.code;
  }
  return same ?? any;
}
