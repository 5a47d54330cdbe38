import { MONTH_PATTERN } from '../../dates/calendar-words';
import { FINITE_VERB } from '../cues/finite-verb';

/**
 * Where an adverbial clause that gives background to the main predicate begins: a subordinator
 * followed by a subject ("…, after the iPhone maker changed its screen last year", "… once the law
 * takes effect", "… because the government has yet to publish the decree", a condition: "… if its owner
 * does not sell it by Sunday"). What stands after it is not the clause's event, and its dates are not
 * the event's date. -1 when there is none, or when it
 * opens the clause (a fronted "When the law took effect, …" governs what follows).
 *
 *   subordinateStart('The regulator closed its probe, after the firm changed its screen last year.') → 30
 */
const SUBORDINATE = /(?:,\s+|\s)(?:after|before|when|once|until|because|although|though|whereas|while|as soon as|if|unless)\s+(?:the|a|an|its|their|his|her|it|they|he|she|we|both|some|many|several|\p{Lu}[\p{L}-]*)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:is|are|was|were|has|have|had|did|does|do|will|would|could|can|may|might|must|should|said|says|went|came|took|began|became|made|gave|got|won|lost|ran|held|brought|sent|[\p{L}-]+(?:ed|es))\b/u;

/** A necessary condition of SUBORDINATE that is cheap to test: most clauses have no subordinator at all (the full pattern, tried at every space, was 2 % of extraction time). */
const SUBORDINATOR = /(?:after|before|when|once|until|because|although|though|whereas|while|as soon as|if|unless)\s/;

/**
 * date-then-when: ", when" right after a date is a relative adverb on that date, not an adverbial clause
 * of the predicate: "ahead of March 1, 2024, when the new laws go into effect" tells what happens on the
 * date, so the effect stays an event of its own, dated by it.
 */
const DATE_BEFORE_WHEN = new RegExp(
  String.raw`(?:\b${MONTH_PATTERN}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_PATTERN}(?:\s+(?:19|20)\d{2})?|\b${MONTH_PATTERN}\s+(?:19|20)\d{2}|\b(?:19|20)\d{2})$`,
);

export function subordinateStart(clause: string): number {
  if (!SUBORDINATOR.test(clause)) return -1;
  const m = SUBORDINATE.exec(clause);
  if (!m || m.index === 0 || !/\w/.test(clause.slice(0, m.index))) return -1;
  if (DATE_BEFORE_WHEN.test(clause.slice(0, m.index)) && /^,\s+when\b/.test(m[0])) return -1;
  // Without a comma the subordinator must follow the main clause's finite verb: in "plan to open stores once the law
  // takes effect" it does; in "Platforms that operate without a licence after the deadline could face fines" the words
  // before it are still the subject.
  if (!m[0].startsWith(',') && !FINITE_VERB.test(clause.slice(0, m.index))) return -1;
  return m.index;
}
