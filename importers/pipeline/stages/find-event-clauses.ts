import { keyCues, mayMatchCue } from '../cues/cue-keywords';
import { EVENT_CUES } from '../cues/event-cues';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../dates/calendar-words';
import { MODAL_BEFORE } from '../cues/modal-markers';
import { TYPE_RULES } from '../cues/type-rules';
import { splitClauses, type ClauseSpan } from '../sentences/split-clauses';
import { subordinateStart } from '../sentences/subordinate-clause';
import { findAnchoredInterval, temporalExpressions } from '../temporal';
import type { Candidate, EventCue, Stage } from '../types';

/**
 * Finds the clauses that state an event and the cue that types each one.
 *
 *   "Courts blocked the effort, and President Roe rescinded the orders."
 *   → [{ clause: "Courts blocked the effort", type: 'court' },
 *      { clause: "President Roe rescinded the orders.", type: 'executive_action' }]
 */
export const findEventClauses: Stage = (ctx) => {
  const out: Candidate[] = [];
  for (const sentence of ctx.sentences) {
    const masked = ctx.masked.slice(sentence.start, sentence.end);
    const clauses: Array<{ span: ClauseSpan; cue: EventCue }> = [];
    for (const span of splitClauses(sentence.text)) {
      const cue = strongestCue(masked.slice(span.start, span.end), sentence.start + span.start);
      // (a clause with no cue is not split: both halves of a split need one)
      if (!cue) continue;
      const parts = splitSecondPredicate(masked, span, ctx.article.published);
      if (parts.length === 1) clauses.push({ span, cue });
      for (const part of parts.length > 1 ? parts : []) {
        // (a cue's topic guard reads the whole clause: the second predicate shares the first's subject and topic,
        // "The FTC sued Meta in 2020 and refiled the case in August 2021")
        const partCue = strongestCue(masked.slice(part.start, part.end), sentence.start + part.start, masked.slice(span.start, span.end));
        if (partCue) clauses.push({ span: part, cue: partCue });
      }
    }
    for (const { span: clause, cue } of clauses) {
      out.push({
        sentence,
        clauseStart: sentence.start + clause.start,
        clauseEnd: sentence.start + clause.end,
        cue,
        type: cue.type,
        status: null,
        jurisdictions: [],
        jurisdictionSource: null,
        companies: [],
        companiesInherited: false,
        date: { value: null, precision: null, basis: 'reported' },
        quoteStart: sentence.start,
        quoteEnd: sentence.end,
        title: '',
        confidence: 0,
      });
    }
  }
  return applyTypeRules(ctx.masked, out);
};

/** What opens a verb's object: "appealed the decision", "signed it". */
const OBJECT_START = String.raw`(?:the|a|an|its|their|it|them)`;

/**
 * Where a second predicate starts: "and" then a verb with no subject of its own (adverbs and
 * auxiliaries may stand between: "and initially approved", "and has since opened"; after a modal any
 * verb form: "and will stop the transfer of …"), a comma in a series closed by "and", or "and" with a
 * subject of its own before a past verb and its object.
 */
const SECOND_PREDICATE = new RegExp(
  [
    String.raw`\s+and\s+(?=(?:(?:also|then|later|initially|subsequently|since|has|have|had|will|would|was|were)\s+)*[a-z]+(?:ed|t|d|ught|ew|ok|ade|ave|ame)\b|(?:will|would|shall|must)\s+(?:also\s+)?[a-z]{3,}\b)`,
    // a series: "was introduced in January, passed the House in March and …": a past verb with its object after a comma,
    // the series closed by "and" (not a participle with its agent: "the law, passed by Congress, …")
    String.raw`,\s+(?=(?:then\s+|later\s+)?[a-z]+ed\s+${OBJECT_START}\b[^,;]*?\sand\s)`,
    // a subject of its own and a past verb with its object: "… in March, and the company appealed the decision in May",
    // "and Governor Ann Roe signed it" (not a list of names before a participle: "Snap and Discord expected to testify")
    String.raw`,?\s+and\s+(?=(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}[a-z]+ed\s+${OBJECT_START}\b|the\s+(?:[a-z]+\s+){1,2}[a-z]+ed\s+${OBJECT_START}\b)`,
    // the same with a fronted adverbial set off by commas: "… on Monday, and, on Friday, Governor Ann Roe (D) signed the law"
    // (or a time adverbial without the first comma and a pronoun subject: "…, and in April 2024, it approved a plan")
    String.raw`,?\s+and,\s+(?=(?:[\w.]+\s+){1,3}?[\w.]+,\s+(?:the\s+)?(?:\(?[A-Z][\w.'’-]*\)?\s+){1,5}[a-z]+ed\s+${OBJECT_START}\b)`,
    String.raw`,\s+and,?\s+(?=(?:on|in|last|earlier|later|then|by|after|within)\s+(?:[\w.]+\s+){0,3}?[\w.]+,\s+(?:it|they|he|she|(?:the\s+)?(?:\(?[A-Z][\w.'’-]*\)?\s+){1,5})\s*[a-z]+ed\s+${OBJECT_START}\b)`,
  ].join('|'),
  'g',
);

/**
 * Splits a clause where a second predicate states an act of its own: "The commission began its
 * probe in October 2023 and approved a commitment plan in April 2024" → two clauses, each with its
 * cue and its date. Both halves must hold an act cue (a statement word does not count), so "banned
 * and blocked the app" stays whole only when … the second half has no cue of its own.
 */
export function splitSecondPredicate(masked: string, span: ClauseSpan, published: string | null = null): ClauseSpan[] {
  const text = masked.slice(span.start, span.end);
  // (every form of a second predicate holds "and": the series after a comma is closed by one)
  if (!text.includes(' and ') && !text.includes(' and,')) return [span];
  SECOND_PREDICATE.lastIndex = 0;
  for (let m = SECOND_PREDICATE.exec(text); m; m = SECOND_PREDICATE.exec(text)) {
    const cut = m.index + m[0].length;
    const head = heaviestCue(text.slice(0, m.index), 0, true);
    const tail = heaviestCue(text.slice(cut), 0, true, text);
    if (!head || !tail) continue;
    // (or two acts of different kinds: "blocked the app and fined its operator" is a ban and a fine, where "banned and
    // blocked the app" is one ban)
    const heavy = (head.weight >= SECOND_PREDICATE_WEIGHT && tail.weight >= SECOND_PREDICATE_WEIGHT) ||
      (head.type !== tail.type && Math.min(head.weight, tail.weight) >= DATED_PREDICATE_WEIGHT);
    // two-dates: lighter cues split when each half dates its own act ("blocked the app in 2020 and extended the ban in 2021")
    if (heavy || (Math.min(head.weight, tail.weight) >= DATED_PREDICATE_WEIGHT && datedApart(text.slice(0, m.index), text.slice(cut), published))) {
      // (the rest may hold a third: "introduced in January, passed the House in March and signed on Friday")
      return [{ start: span.start, end: span.start + m.index }, ...splitSecondPredicate(masked, { start: span.start + cut, end: span.end }, published)];
    }
  }
  return [span];
}

/** How heavy both halves' cues must be to split (general cues like a bare "ban" verb are 3). */
const SECOND_PREDICATE_WEIGHT = 4;
/** How heavy when each half has a date of its own, and the dates differ. */
const DATED_PREDICATE_WEIGHT = 3;

/** Each half states a date and the two differ (or the second counts an interval from the first): two acts, not one told twice. */
function datedApart(head: string, tail: string, published: string | null): boolean {
  const a = temporalExpressions(head, published);
  if (!a.length) return false;
  const interval = findAnchoredInterval(tail);
  if (interval && interval.offset !== 0) return true; // not "on the same day", "that day"
  const b = temporalExpressions(tail, published);
  return b.length > 0 && !b.some((t) => a.some((u) => u.value === t.value));
}

/**
 * Retypes candidates by the named rules of cues/type-rules.ts (a ban on staff devices is a
 * device_ban; a deadline takes its act's type), each reading the clause and the candidates before.
 */
function applyTypeRules(masked: string, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  candidates.forEach((c, i) => {
    const clause = masked.slice(c.clauseStart, c.clauseEnd);
    const after = candidates.slice(i + 1);
    const rule = TYPE_RULES.find((r) => r.applies(c, clause, out, after));
    const type = rule ? rule.retype(c, clause, out, after) : null;
    out.push(rule && type ? { ...c, type, cue: { ...c.cue, typeRule: rule.name } } : c);
  });
  return out;
}

/**
 * ", accusing it of …", ", citing …": a participle of reasons after the main predicate; "due to failure
 * to comply with …", "because of …": a reason phrase; and "for"
 * with a gerund ("fined … for criticising officials"): the reason for the act, not the act.
 */
const REASON_PARTICIPLE = /,\s+(?:saying|citing|accusing|alleging|arguing|calling|claiming|noting|warning)\b|\b(?:due to|because of|owing to|for (?:failing|failure|refusing|not))\b|\bfor\s+(?:\w+ly\s+)?(?:criticis|criticiz|accus|oppos|condemn|urg|warn|lobby)\w*ing\b/i;
/** A cue inside such a participle counts this much less than one in the main predicate. */
const PARTICIPLE_PENALTY = 3;

/**
 * The heaviest cue in a clause; on equal weight the rule listed first. Offsets made absolute.
 *   "The regulator sued the retailer, accusing it of inflating prices." → court (the lawsuit), not statement
 */
export function strongestCue(clause: string, offset: number, topic: string = clause): EventCue | null {
  const best = heaviestCue(clause, offset, false, topic);
  if (!best || best.type !== 'statement' || best.subordinate) return best;
  // "The House passed a bill that would prohibit brokers …, despite opposition": an act standing
  // before a word of speech is the clause's predicate; the speech verb belongs to what follows.
  const act = heaviestCue(clause.slice(0, best.start - offset), offset, true, topic);
  return act && act.type !== 'statement' && act.weight >= ACT_BEFORE_SPEECH_WEIGHT ? act : best;
}

/** How heavy an act standing before a speech cue must be to take the clause (a bare "said" is 1). */
const ACT_BEFORE_SPEECH_WEIGHT = 3;

/**
 * Each cue with the words it needs (cues/cue-keywords.ts): a clause without them skips its patterns.
 * Built on the first clause, not at import: a process that never extracts never pays for it.
 */
let keyed: ReturnType<typeof keyCues> | null = null;

/** Right before a cue: the act is what did not happen ("without imposing", "without fining"). */
const WITHOUT_BEFORE = /\bwithout\s+$/i;

/**
 * relative-aside: ", under which the Commission opened proceedings," between a subject and its verb tells another act, the
 * background of the clause's own (a subject relative, ", which oblige platforms to check ages,", says what the noun
 * itself does and keeps its weight) ("The Act, under which the Commission opened proceedings, entered into force on 17
 * February"). Its words are blanked for the first reading (same length, so offsets hold); a cue found only there counts
 * less, like one in a participle.
 */
const RELATIVE_ASIDE = /,\s+(?:under|in|by|through|with|for|from|after|against)\s+which\s+[^,;()]{3,100}?,(?=\s+[a-z])/g;

function blankRelativeAsides(clause: string): string {
  if (!clause.includes('which')) return clause;
  return clause.replace(RELATIVE_ASIDE, (aside) => `,${' '.repeat(aside.length - 2)},`);
}

/**
 * time-adverbial: a date told between a verb and its object or between a subject and its verb ("Bangladesh ordered on
 * Thursday the countrywide shutdown of …", "imposed, on Friday, a ban on …", "The court yesterday ruled") hides the
 * verb's object from patterns written for the plain order. A second reading blanks such adverbials (same length, so
 * offsets hold; commas around one go too); the dates themselves are read from the text, not from here.
 */
const TIME_ADVERBIAL = new RegExp(
  String.raw`(?<=[a-z])(?:,\s*|\s+)(?:on\s+(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_PATTERN}(?:\s+\d{4})?)|today|yesterday|last\s+(?:week|month|year|${WEEKDAY_PATTERN})|earlier\s+(?:this|last)\s+(?:week|month|year))(?:\s*,(?=\s))?(?=\s+[\w“"])`,
  'g',
);

function blankTimeAdverbials(clause: string): string {
  return clause.replace(TIME_ADVERBIAL, (adverbial) => ' '.repeat(adverbial.length));
}

/** Cheap gate for TIME_ADVERBIAL: a lower-case word, then one of its openers (most clauses have none mid-clause). */
const TIME_ADVERBIAL_GATE = /[a-z],?\s+(?:on\s+[A-Z\d]|today|yesterday|last\s|earlier\s)/;

/** `topic`: what a cue's `requires` guard reads (the clause, or the whole clause a coordinated predicate was split from). */
function heaviestCue(clause: string, offset: number, actsOnly = false, topic: string = clause): EventCue | null {
  keyed ??= keyCues(EVENT_CUES);
  const found = keyed.scanner.scan(clause.toLowerCase());
  const participle = REASON_PARTICIPLE.exec(clause);
  const subordinate = subordinateStart(clause);
  const cut = Math.min(participle ? participle.index : clause.length, subordinate >= 0 ? subordinate : clause.length);
  const main = blankRelativeAsides(clause);
  // (a sentence-initial "On Monday," hides nothing: only a date after a word is blanked)
  let adverbless: string | undefined = TIME_ADVERBIAL_GATE.test(clause) ? undefined : main;
  let best: EventCue | null = null;
  for (const cue of keyed.cues) {
    const rule = cue.rule;
    if (best && rule.weight <= best.weight) continue;
    if (actsOnly && rule.type === 'statement') continue;
    if (!mayMatchCue(cue, found)) continue;
    let m = rule.pattern.exec(main.slice(0, cut));
    if (!m) {
      adverbless ??= blankTimeAdverbials(main);
      if (adverbless !== main) m = rule.pattern.exec(adverbless.slice(0, cut));
    }
    let weight = rule.weight;
    if (m && MODAL_BEFORE.test(clause.slice(Math.max(0, m.index - 30), m.index))) weight -= PARTICIPLE_PENALTY;
    if (!m && (cut < clause.length || main !== clause)) {
      m = rule.pattern.exec(clause);
      // (half a point more for a background clause: "Turkey blocked the app, days after an official accused it …" is a ban)
      weight -= PARTICIPLE_PENALTY + (subordinate >= 0 && cut === subordinate ? 0.5 : 0);
    }
    if (!m || (rule.requires && !rule.requires.test(topic)) || (best && weight <= best.weight)) continue;
    // "closed its investigation without imposing any penalties": an act done without is no act
    if (WITHOUT_BEFORE.test(clause.slice(Math.max(0, m.index - 12), m.index))) continue;
    const inSubordinate = subordinate >= 0 && m.index >= subordinate;
    best = { type: rule.type, name: rule.name, weight, start: offset + m.index, end: offset + m.index + m[0].length, ...(inSubordinate ? { subordinate: true } : {}) };
  }
  return best;
}
