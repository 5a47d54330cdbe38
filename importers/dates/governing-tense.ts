/**
 * Which way a yearless date points, read from the verb that governs it:
 *   "In June, TikTok said it would…"        → 'past'   (fronted: the verb after it governs)
 *   "…who was named chief scientist in December" → 'past' (the nearest verb before it)
 *   "The rule will take effect on Monday"  → 'future'
 * A heuristic over words, no parser: it looks at the sentence only, a bounded window around the
 * expression, so it stays linear on any input. null when no verb decides.
 */
export type Tense = 'past' | 'future';

const WINDOW = 300;

const FUTURE_AUXILIARIES = new Set(['will', 'shall', 'would', "won't", "wouldn't", "'ll"]);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", "'re"]);
const PAST_BE = new Set(['was', 'were']);
/** "is set to testify", "are due to vote", "is expected to rule". */
const SCHEDULED = new Set(['set', 'due', 'scheduled', 'slated', 'poised', 'expected', 'going', 'likely', 'planning', 'preparing', 'about', 'hoping', 'seeking']);
/** "a hearing is scheduled for Aug. 22", "the vote is set for Monday", "a ruling is due in June": a booked date points forward. */
const BOOKED = new Set(['scheduled', 'set', 'slated', 'planned', 'due', 'pencilled', 'penciled', 'earmarked']);
const BOOKED_FOR = new Set(['for', 'on', 'in', 'by']);
/** "set" books a date only with "for" ("a vote set for Monday"): "the record high set on Aug. 6" is a past participle. */
const SET_BOOKS = 'for';
/** "plans to ban", "expects to delete": a present-tense intention points forward. */
const INTENTIONS = new Set([
  'plans', 'plan', 'intends', 'intend', 'aims', 'aim', 'expects', 'expect', 'hopes', 'hope', 'wants', 'want',
  'seeks', 'seek', 'proposes', 'propose', 'promises', 'vows', 'pledges', 'threatens', 'prepares', 'needs', 'must',
]);
/** "officials expect a decision by June": expecting in the present looks forward, with or without "to". */
const EXPECTATIONS = new Set(['expect', 'expects', 'anticipate', 'anticipates', 'forecast', 'forecasts', 'predict', 'predicts']);
/** Present-tense verbs that announce a scheduled event: "the law takes effect in June". */
const SCHEDULE_PRESENT = new Set(['takes', 'comes', 'begins', 'starts', 'ends', 'expires', 'opens', 'closes', 'launches', 'goes', 'applies', 'kicks', 'resumes']);
/**
 * The plural present of the same verbs ("the new rules take effect on Friday", "the duties apply from
 * May"): these forms are also the bare infinitive, so after "to", "not" or an auxiliary
 * ("did not take effect", "have come into force", "to apply") the word before decides instead.
 */
const SCHEDULE_PLURAL = new Set(['take', 'come', 'apply', 'enter']);
const NOT_FINITE_BEFORE = new Set(['to', 'not', "n't", 'never', 'did', 'does', 'do', 'has', 'have', 'had', 'could', 'might', 'may', 'can', 'should', 'must']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't", "'d"]);
const PERFECT = new Set(['has', 'have', "hasn't", "haven't", "'ve"]);
const IRREGULAR_PAST = new Set([
  'said', 'told', 'took', 'made', 'came', 'gave', 'began', 'went', 'met', 'wrote', 'sought', 'fought', 'brought',
  'held', 'led', 'won', 'lost', 'left', 'found', 'became', 'knew', 'thought', 'saw', 'spoke', 'chose', 'rose', 'fell',
  'grew', 'sent', 'spent', 'built', 'paid', 'sold', 'bought', 'ran', 'kept', 'got', 'heard', 'meant', 'stood',
  'understood', 'struck', 'withdrew', 'laid', 'drew', 'drove', 'forbade', 'upheld', 'oversaw', 'undertook', 'broke',
  'froze', 'swore', 'overrode', 'overtook', 'shook', 'slid', 'felt', 'dealt', 'taught', 'caught', 'bore', 'wore',
  'tore', 'hung', 'flew', 'threw', 'blew', 'arose', 'awoke', 'beat', 'bit', 'hid', 'rode', 'sang', 'sank', 'shot',
  'fled', 'fed', 'bred', 'lent', 'sped', 'swept', 'wept', 'slept', 'stole', 'strove', 'shone', 'woke',
]);
const PARTICIPLES = new Set([
  'been', 'done', 'gone', 'taken', 'made', 'given', 'written', 'said', 'told', 'begun', 'seen', 'known', 'chosen',
  'spoken', 'held', 'led', 'sent', 'brought', 'found', 'won', 'lost', 'become', 'come', 'met', 'paid', 'sold',
  'bought', 'kept', 'set', 'put', 'cut', 'left', 'struck', 'withdrawn', 'drawn', 'broken', 'frozen', 'upheld',
  'overseen', 'undertaken', 'sworn', 'shown', 'grown', 'risen', 'fallen', 'forbidden', 'had', 'got', 'gotten',
]);
/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST_ED = new Set([
  'need', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'indeed', 'proceed', 'exceed', 'succeed', 'embed',
  'breed', 'bleed', 'hundred', 'sacred', 'kindred', 'naked', 'wicked', 'rugged', 'ragged', 'beloved', 'greed',
  'creed', 'deed', 'weed', 'heed', 'steed', 'reed', 'tweed', 'led', 'fed', 'wed', 'shred', 'sled', 'united',
  'limited', 'based', 'related', 'unprecedented', 'detailed', 'advanced', 'alleged', 'supposed', 'so-called',
  'skilled', 'talented', 'interested', 'concerned', 'dedicated', 'sophisticated', 'complicated', 'automated',
  'preferred', // "Series H preferred shares"
]);
/** Before these an -ed word is an adjective ("the proposed rule"), not the verb. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'my', 'your', 'no', 'any', 'some', 'newly', 'recently']);
/** Words that may stand between a clause start and a fronted time expression ("And on Thursday, …"). */
const FRONTING_WORDS = new Set([
  'on', 'in', 'at', 'by', 'since', 'until', 'till', 'from', 'during', 'and', 'but', 'then', 'so', 'also', 'as',
  'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'the', 'before', 'after', 'earlier', 'later', 'back',
  'starting', 'beginning', 'effective',
]);

interface Token {
  word: string;
  start: number;
}

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  const pattern = /[A-Za-z]+(?:['’][A-Za-z]+)?|['’](?:ll|s|re|ve|d)\b/g;
  for (const match of text.matchAll(pattern)) {
    tokens.push({ word: match[0].toLowerCase().replace('’', "'"), start: offset + (match.index ?? 0) });
  }
  return tokens;
}

/**
 * What a word marks: a tense, or 'present' for a present progressive ("is calling for a vote on
 * Dec. 7"), which points neither way but ends the search: the "said" before it does not govern.
 */
type Marker = Tense | 'present';

/** The tense a word at position i marks, looking at its neighbours; null when it marks none. */
function tenseAt(tokens: Token[], i: number): Marker | null {
  const word = tokens[i]?.word ?? '';
  const next = tokens[i + 1]?.word;
  const previous = tokens[i - 1]?.word;
  if (FUTURE_AUXILIARIES.has(word) || word.endsWith("'ll")) return 'future';
  if ((SCHEDULED.has(word) && next === 'to') || (BOOKED.has(word) && next !== undefined && BOOKED_FOR.has(next) && (word !== 'set' || next === SET_BOOKS))) {
    if (previous !== undefined && PAST_BE.has(previous)) return 'past';
    return 'future';
  }
  if (INTENTIONS.has(word) && (next === 'to' || word === 'must')) return 'future';
  if (EXPECTATIONS.has(word)) return 'future';
  if (PRESENT_BE.has(word) && next === 'to') return 'future';
  if (PRESENT_BE.has(word) && next !== undefined && next.length > 4 && next.endsWith('ing')) return 'present';
  if (SCHEDULE_PRESENT.has(word)) return 'future';
  if (SCHEDULE_PLURAL.has(word) && (previous === undefined || !NOT_FINITE_BEFORE.has(previous))) return 'future';
  if (PAST_AUXILIARIES.has(word)) return 'past';
  if (PERFECT.has(word)) {
    const following = [tokens[i + 1]?.word, tokens[i + 2]?.word];
    return following.some((w) => w !== undefined && (PARTICIPLES.has(w) || isRegularPast(w))) ? 'past' : null;
  }
  if (IRREGULAR_PAST.has(word)) return previous !== undefined && (PRESENT_BE.has(previous) || previous === 'be' || previous === 'being') ? null : 'past';
  if (isRegularPast(word)) {
    if (previous !== undefined && (DETERMINERS.has(previous) || PRESENT_BE.has(previous) || previous === 'be' || previous === 'being')) return null;
    // "must not be used or installed": a participle joined to another takes that one's auxiliary.
    const joined = tokens[i - 2]?.word;
    if ((previous === 'or' || previous === 'and') && joined !== undefined && (isRegularPast(joined) || PARTICIPLES.has(joined))) return tenseAt(tokens, i - 2);
    return 'past';
  }
  return null;
}

function isRegularPast(word: string): boolean {
  return word.length > 3 && word.endsWith('ed') && !NOT_PAST_ED.has(word);
}

/** True when only fronting words stand between the clause start and the expression: "On Thursday, …". */
function isFronted(sentence: string, start: number): boolean {
  const lead = sentence.slice(Math.max(0, start - 60), start);
  // (a complementizer opens a clause too: "has announced that starting on August 1, export curbs will apply" fronts the
  // date in the clause of "will apply", not of "has announced")
  const complementizer = /\bthat\s(?!.*\bthat\s)/.exec(lead);
  const clauseBreak = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('—'), lead.lastIndexOf('"'), lead.lastIndexOf('“'), complementizer ? complementizer.index + 4 : -1);
  const tail = clauseBreak >= 0 ? lead.slice(clauseBreak + 1) : start <= 60 ? lead : null;
  if (tail === null) return false;
  return tokenize(tail, 0).every((token) => FRONTING_WORDS.has(token.word));
}

/** The tense of the verb governing sentence[start, end): see the file comment. */
export function governingTense(sentence: string, start: number, end: number): Tense | null {
  const before = tokenize(sentence.slice(Math.max(0, start - WINDOW), start), 0);
  const after = tokenize(sentence.slice(end, end + WINDOW), 0);
  const searchBefore = (): Marker | null => {
    for (let i = before.length - 1; i >= 0; i -= 1) {
      const tense = tenseAt(before, i);
      if (tense) return tense;
    }
    return null;
  };
  const searchAfter = (): Marker | null => {
    for (let i = 0; i < after.length; i += 1) {
      const tense = tenseAt(after, i);
      if (tense) return tense;
    }
    return null;
  };
  const marker = isFronted(sentence, start) ? (searchAfter() ?? searchBefore()) : (searchBefore() ?? searchAfter());
  return marker === 'present' ? null : marker;
}
