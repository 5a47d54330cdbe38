import type { EventType } from '../../../db/vocabulary/taxonomy';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../dates/calendar-words';

/**
 * Earlier steps named by their noun inside another act's clause: "the law passed in 2021", "the
 * injunction granted on April 22". split-earlier-steps.ts makes each a mention of its own;
 * resolve-dates keeps such a date off the clause's own act when the clause has another.
 */

/** The act nouns, one alternation (STEP_TYPES types each), and the participles of making the act. */
const STEP_NOUN = String.raw`injunction|ruling|judg(?:e)?ment|verdict|law|act|bill|legislation|regulations?|rules?|fine|penalty|decree|directive|executive order|ban|suspension|order|notice|investigation|inquiry|probe|examination`;
/**
 * Between the noun and its participle: nothing, a relative "which was" ("the order, which was publicly issued on December
 * 24th"), a relative with its own subject ("the ban, which Indonesia imposed on Friday", "the fine, which the regulator
 * had imposed in 2021"), or the subject of a relative clause with no "which" ("the suspension it imposed in August 2023").
 */
const RELATIVE_AUX = String.raw`(?:,?\s+(?:which|that)(?:\s+(?:was|were|had been|has been)|\s+(?:it|they|the\s+[a-z]+|[A-Z][\w.'’-]*)(?:\s+(?:had|has|have))?)?(?:\s+\w+ly)?|\s+(?:it|they|he|she|we)(?:\s+(?:had|has|have))?)?`;
/**
 * The participles of making the act, and the verbs of its start or entry into force in a relative clause ("the inquiry,
 * which began in 2018", "a rule that became enforceable in 2018", "the rule, which took effect May 15").
 */
const MAKING = String.raw`(?:granted|imposed|issued|passed|signed|enacted|adopted|approved|handed down|introduced|levied|ordered|given|served|began|started|opened|launched|took effect|came into (?:force|effect)|entered into force|went into effect|became enforceable)`;

/**
 * The act nouns a dated earlier step is named by, with the type of that step.
 *   EXAMPLE earlier-step-1: "fined the firm under the law passed in 2021"             → legislation, 2021
 *   EXAMPLE earlier-step-2: "sought to extend the injunction granted on April 22"     → court, April 22
 *   EXAMPLE earlier-step-3: "appealed against the fine imposed by the agency in May"  → enforcement, May
 *   EXAMPLE earlier-step-5: "failed to comply with a reporting notice given in February 2023"   → enforcement, February 2023
 *   EXAMPLE earlier-step-4: "until it complies with the order, which was publicly issued on December 24th" → the clause's type, December 24
 *   EXAMPLE earlier-step-7: "fined the firm after an inquiry, which began in 2018"                → investigation, 2018
 *   EXAMPLE earlier-step-8: "breached a rule that became enforceable in 2018"                      → legislation (in force), 2018
 *   EXAMPLE earlier-step-6: "the court confirmed the decision of the data commission of 15 July 2021" → enforcement, 15 July 2021
 *   EXAMPLE earlier-step-9: "will not lift the suspension it imposed in August 2023"                → ban, August 2023
 */
export const STEP_TYPES: ReadonlyArray<[RegExp, EventType]> = [
  [/^(?:injunction|ruling|judg(?:e)?ment|verdict)$/i, 'court'],
  [/^(?:law|act|bill|legislation|regulations?|rules?)$/i, 'legislation'],
  [/^(?:fine|penalty|notice)$/i, 'enforcement'],
  [/^(?:decree|directive|executive order)$/i, 'executive_action'],
  [/^(?:ban|suspension)$/i, 'ban'],
  [/^(?:investigation|inquiry|probe|examination)$/i, 'investigation'],
  // a regulator's decision (a court's is a ruling or a judgment): "confirmed the decision of the commission of 15 July 2021"
  [/^(?:decision)$/i, 'enforcement'],
];

/** A bare "order" is of the act that names it: a regulator's order in a fine's clause, a court's in a ruling's. */
export const ORDER_NOUN = /^order$/i;

/**
 * dated-decision: an act named with its date by "of" or "dated", its author between ("confirmed the
 * decision of the data protection commission of 15 July 2021", "its ruling of 3 May 2022", "the
 * order dated 12 March").
 */
const DATED_NOUN = String.raw`decision|ruling|judg(?:e)?ment|order|decree`;

/**
 * "the injunction granted on the 22nd of April", "a law passed in 2021", "the fine imposed by the
 * regulator in May", "the suspension it imposed on Zapchat in August": an act noun, a participle of making it, an
 * optional agent or object ("on" a date is the date, not an object), and "on"/"in" right before the date, or nothing
 * before a date that needs no preposition ("the law, which was passed by parliament last year"). The noun's determiner may be
 * a possessive ("Vietnam's data law, which was passed …", "the ministry's ban imposed last week"). Group 1 is the noun.
 */
export const STEP_BEFORE_DATE = new RegExp(
  String.raw`(?:\b(?:the|a|an|its|their|that|this)|\b[A-Z][\w.-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:(${STEP_NOUN})${RELATIVE_AUX}\s+${MAKING}\s+(?:(?:by|(?:on|against)(?!\s+(?:the\s+)?(?:\d|${MONTH_PATTERN}|${WEEKDAY_PATTERN})))\s+[^,;.()]{1,50}?\s+)?(?:(?:on|in)\s+(?:the\s+)?|(?=$))|(${DATED_NOUN})(?:\s+of\s+(?:the\s+)?[^,;.]{1,60}?)?\s+(?:of|dated)\s+(?:the\s+)?)$`,
  'i',
);

/** Cheap gate: an act noun right before a participle of making it, so nearly every clause skips the dates module. */
export const EARLIER_STEP_GATE = new RegExp(String.raw`\b(?:${STEP_NOUN})${RELATIVE_AUX}\s+${MAKING}\s|\b(?:${DATED_NOUN})\s+(?:of|dated)\s`, 'i');

/** The noun of STEP_BEFORE_DATE's match (either form). */
export function stepNoun(m: RegExpExecArray | null): string {
  return m?.[1] ?? m?.[2] ?? '';
}

/** Whether the text just before `at` names an earlier step whose date starts at `at`. */
export function datesEarlierStep(text: string, at: number): boolean {
  return STEP_BEFORE_DATE.test(text.slice(Math.max(0, at - 120), at));
}
