/**
 * When the verb near a yearless date does not say which way it points. Three grammatical shapes:
 *
 * - a deadline or start lead right before the date: "effective Dec. 7", "payable Dec. 15", "holders
 *   of record Nov. 17", "must respond by Jan. 14", "extended to Nov. 20", "through January". The
 *   verb, if any, dates the setting of the deadline ("the board declared a dividend, payable
 *   Dec. 15"), not the deadline. (A start word, "starting in September", still looks forward:
 *   tense.refiner.ts's FORWARD_LEAD.)
 * - the date inside an infinitive that an intention governs: "planned to admit the three states in
 *   early March", "signed an agreement to acquire the bank in January", "subpoenaed him to testify on
 *   Feb. 10", "the law was set to take effect on Oct. 1". The planning is past; what is planned may be ahead.
 * - the date as a modifier of a noun, after a determiner: "the Aug. 7 blasts", "a Jan. 14 return
 *   date", "the Jan. 14 deadline": it names a known day, whatever the clause's verb does.
 *
 * tense.refiner.ts gives such a month or month and day the nearer of its two years when the verb
 * that would have decided is past (a future verb still points forward), and a modifier date the
 * nearer year whatever the verb ("will appeal the Jan. 14 ruling"). Under a past verb the year
 * ahead is taken only within four months (PAST_OPEN_MAX_DAYS_AHEAD): a clause that reports the past
 * names a date months ahead only as a deadline or a plan.
 */

/** A determiner or possessive right before the date: the date modifies the noun after it. */
export const ATTRIBUTIVE_LEAD = /(?:^|[^\p{L}])(?:the|a|an|its|their|his|her|this|that|\p{L}+['’]s)\s+$/iu;

/** A deadline or start word before the date (the tail of the text before it), with "on/in/around" and "early/mid/late" allowed between. */
export const OPEN_DIRECTION_LEAD =
  /(?:^|[^\p{L}])(?:until|till|by|effective|payable|due|of record|through|extended to|no later than|deadline of)(?:\s+(?:on|in|at|around))?(?:\s+(?:early|mid|late)-?)?\s*$/iu;

/** Words of intention (verbs in any tense, and nouns) that take an infinitive whose time is their future. */
const INTENTION = String.raw`plan(?:s|ned|ning)?|agree(?:s|d|ment)?|decide[sd]?|decision|deal|offer(?:s|ed)?|bid|proposal|propose[sd]?|intend(?:s|ed)?|expect(?:s|ed)?|scheduled|slated|(?:was|were)\s+(?:set|due|supposed|meant|poised)|aim(?:s|ed)?|hope[sd]?|want(?:s|ed)?|ask(?:s|ed)?|order(?:s|ed)?|told|invited|subpoenaed|summoned|vote[sd]?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|threaten(?:s|ed)?|prepare[sd]?|seek(?:s)?|sought|urge[sd]?|effort|attempt|move[sd]?`;

/**
 * "… planned to admit Poland … in early March": an intention, then "to" and a verb (not a
 * determiner: "invited them to a ceremony" is a place, not an infinitive), then the date, with no
 * clause break (comma, semicolon, colon, dash) between the infinitive and the date.
 */
const INTENDED_INFINITIVE = new RegExp(
  String.raw`\b(?:${INTENTION})\s+(?:[\w'’.-]+\s+){0,4}?to\s+(?:be\s+)?(?!(?:the|a|an|its|their|his|her|this|that|these|those|be)\b)[a-z]+\b[^,;:—]*$`,
  'i',
);

/** "guidelines to be published in early November", "a sale to be completed around Nov. 1": a passive infinitive names what is still to happen. */
const PASSIVE_INFINITIVE = /\bto\s+be\s+[a-z]+(?:ed|en)\b[^,;:—]*$/i;

/** ", Hungary and the Czech Republic": a comma before a name continues a list, it does not end the clause. */
const LIST_COMMA = /,(?=\s+(?:and\s+|or\s+)?(?:the\s+)?[A-Z])/g;

/** Whether the date at `index` of `text` hangs from an intended or passive infinitive (a bounded look back). */
export function hangsFromIntention(text: string, index: number): boolean {
  const lead = text.slice(Math.max(0, index - 160), index).replace(LIST_COMMA, ' ');
  return INTENDED_INFINITIVE.test(lead) || PASSIVE_INFINITIVE.test(lead);
}

/** "might come as soon as Tuesday", "as early as Friday": the earliest of what may come. (A span's end, "until Friday", is until-nearest.refiner.ts's.) */
const SOON_LEAD = /\bas\s+(?:soon|early)\s+as\s+(?:on\s+)?$/i;

/** A weekday the text points ahead of whatever tense the clause is in. */
export function weekdayLooksAhead(text: string, index: number): boolean {
  return SOON_LEAD.test(text.slice(Math.max(0, index - 40), index));
}

/** "planned a large demonstration in the square on Saturday", "has scheduled a news conference Thursday": the booked thing's day. */
const BOOKED_OBJECT = /\b(?:planned|scheduled|slated|organi[sz]ed|called)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,6}?(?:on\s+|for\s+)?$/i;

/** "the injunction issued Thursday": a participle right before the weekday dates it, whatever governs the clause. */
const PARTICIPLE_BEFORE = /\b[a-z]{2,}(?:ed|en)\s+(?:on\s+)?$/i;

/**
 * A weekday under a past verb that does not fix its day, so the nearer one is meant: booked by a
 * plan ("scheduled a news conference Thursday") or inside an intended infinitive ("planned to leave
 * on Thursday"), unless a participle right before it dates it ("the order issued Thursday").
 */
export function weekdayIsOpen(text: string, index: number): boolean {
  const lead = text.slice(Math.max(0, index - 100), index);
  if (PARTICIPLE_BEFORE.test(lead)) return false;
  return BOOKED_OBJECT.test(lead) || hangsFromIntention(text, index);
}

/** "would get around Wednesday's ruling": a weekday named with a possessive names a known day, not one the future verb points to. */
export function isPossessiveWeekday(text: string, end: number): boolean {
  return /^['’]s\b/.test(text.slice(end, end + 3));
}
