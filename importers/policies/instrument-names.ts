/**
 * Named instruments in a quote: the cue that most clearly says two events are one policy. Only names
 * that identify one instrument count (a bill number, an act's proper name, a case caption); "the law"
 * or "the ban" names nothing and is left to the sequence rule.
 *
 *   "Governor Tina Kotek signed S.B. 12 into law" → bill "SB 12"
 *   "the Online Safety Act 2023 came into force" → act "Online Safety Act"
 *   "in NetChoice v. Kotek, the judge…"           → case "NetChoice v. Kotek"
 */
export interface InstrumentName {
  instrument: 'bill' | 'act' | 'case';
  /** As it will be shown: "SB 12", "Online Safety Act", "NetChoice v. Kotek". */
  name: string;
  /** Compared between events: lower case, spacing and punctuation normalised. */
  key: string;
}

// "S.B. 12", "SB 12", "H.B. 1181", "HB1181", "A.B. 2273", "H.R. 7521", "S.F. 3", "L.D. 1"; "Bill C-18"; "Senate Bill 12".
const BILL_CODE = /\b(S|H|A|L)\.?\s?(B|R|F|D)\.?\s?(\d{1,5})\b/g;
const BILL_WORDS = /\b(Senate|House|Assembly) Bill (?:No\.?\s?)?(\d{1,5})\b/g;
const BILL_C = /\bBill ([CS]-\d{1,4})\b/g;
// A proper name ending in Act: capitalised words, with the small words titles keep in lower case.
const ACT = /\b((?:[A-Z][\w'’-]*|\((?:[A-Z][\w'’-]*\s?)+\))(?:\s+(?:(?:of|and|for|from|to|the|on|in|against|by)\s+)*(?:[A-Z][\w'’-]*|\((?:[A-Z][\w'’-]*\s?)+\)))*\s+Act)\b/g;
// "NetChoice v. Kotek", "Free Speech Coalition v Paxton", "TikTok Inc. v. Garland".
const CASE = /\b((?:[A-Z][\w&'’.-]*\s){0,3}[A-Z][\w&'’.-]*)\s+v\.?\s+([A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,2})/g;

/** Words that start a sentence or a phrase in capitals without being part of an act's name. */
const LEADING_NOISE = new Set(['The', 'This', 'That', 'A', 'An', 'Its', 'Their', 'Under', 'New', 'When', 'After', 'Before', 'Since', 'In', 'On', 'Once', 'If']);
// Months or days before "v." are datelines, not parties.
const NOT_A_PARTY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

const BILL_PREFIX: Record<string, string> = { Senate: 'SB', House: 'HB', Assembly: 'AB' };

export function findInstrumentNames(text: string): InstrumentName[] {
  const found = new Map<string, InstrumentName>();
  const add = (instrument: InstrumentName['instrument'], name: string) => {
    const key = `${instrument}:${name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()}`;
    if (!found.has(key)) found.set(key, { instrument, name, key });
  };
  for (const m of text.matchAll(BILL_CODE)) add('bill', `${m[1]}${m[2]} ${m[3]}`);
  for (const m of text.matchAll(BILL_WORDS)) add('bill', `${BILL_PREFIX[m[1]!]} ${m[2]}`);
  for (const m of text.matchAll(BILL_C)) add('bill', `Bill ${m[1]}`);
  for (const m of text.matchAll(ACT)) {
    const words = m[1]!.split(/\s+/);
    while (words.length > 1 && (LEADING_NOISE.has(words[0]!) || /^[a-z]/.test(words[0]!))) words.shift();
    // "Act" alone, or one capitalised word before it ("State Act"), is too vague to identify a law.
    if (words.length < 3) continue;
    add('act', words.join(' '));
  }
  for (const m of text.matchAll(CASE)) {
    const first = m[1]!.split(/\s+/).filter((w) => !LEADING_NOISE.has(w));
    const second = m[2]!;
    if (first.length === 0 || NOT_A_PARTY.test(first[first.length - 1]!) || NOT_A_PARTY.test(second.split(' ')[0]!)) continue;
    add('case', `${first.join(' ')} v. ${second}`);
  }
  return [...found.values()];
}
