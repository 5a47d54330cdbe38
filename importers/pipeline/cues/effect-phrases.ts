import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../dates/calendar-words';

/**
 * Effect phrases: a rule's entry into force, with the adverbs news puts inside it.
 *
 *   EXAMPLE effect-1: "The law takes full effect on Jan. 1"
 *   EXAMPLE effect-2: "the rules came fully into force in March"
 *   EXAMPLE effect-3: "The duties apply from August 2"
 *   EXAMPLE effect-4: "The act entered into force last year"
 *   EXAMPLE effect-5: "an amendment came in force in January" (the non-native "in force" too)
 *   EXAMPLE effect-6: "The rules will not apply until January" (a start put off to a date)
 *   EXAMPLE effect-7: "It is set to become effective on Monday"
 *   EXAMPLE effect-8: "the act became largely applicable in May 2023"
 *   EXAMPLE effect-9: "This ban, effective July 20, restricts the firm"
 *   EXAMPLE effect-10: "The law will come into full effect in December" (and "go into force", "has been in effect since")
 */
export const TAKES_EFFECT_PHRASE = String.raw`(?:(?:takes?|took|taking|take|taken)\s+(?:full\s+|partial\s+|legal\s+)?effect|(?:goes|go|went|going|gone)\s+(?:fully\s+)?into\s+(?:full\s+)?(?:effect|force)|(?:comes?|came|coming)\s+(?:fully\s+|partly\s+)?in(?:to)?\s+(?:full\s+|partial\s+)?(?:force|effect)|enter(?:s|ed)?\s+(?:fully\s+)?in(?:to)?\s+force|(?:appl(?:y|ies|ied)|applying|ha(?:ve|s) applied)\s+(?:(?:in\s+full|fully|in\s+part|partly|directly)\s+)?(?:from|since)|(?:not|n['’]t)\s+(?:be\s+)?appl(?:y|ied)\s+until|(?<!\bmost\s|\bmore\s|\bless\s|\bcost[- ])effective\s+(?:from\s+|on\s+|as\s+of\s+)?(?=${MONTH_PATTERN}\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_PATTERN}|immediately\b|today\b|${WEEKDAY_PATTERN})|(?:becomes?|became|becoming|become)\s+(?:effective|(?:fully\s+|largely\s+|directly\s+)?applicable)|(?:has|have|had)\s+been\s+in\s+(?:full\s+)?(?:force|effect)|in\s+(?:full\s+)?force\s+since|(?:be\s+)?appl(?:y|ies|ied)\s+with\s+retroactive\s+effect\s+(?:from|since|to)|with\s+retroactive\s+effect\s+(?:from|since))`;

/** The cues (event-cues.ts) whose predicate is an entry into force: their status and type read the effect itself. */
export const EFFECT_CUE_NAMES: ReadonlySet<string> = new Set(['law-takes-effect', 'ban-takes-effect', 'something-takes-effect', 'obligations-apply', 'transition-ends']);

/**
 * A rule's use forbidden from a date, in the passive: "must not be used … from March 20". The
 * prohibition binds from the date, which is the event.
 *
 *   EXAMPLE not-used-1: "The app must not be used or installed on staff phones from May 2"
 *   EXAMPLE not-used-2: "Officials may no longer use the app on work laptops"
 */
export const MUST_NOT_USE = String.raw`(?:(?:must|may|can|shall|will)\s+(?:no longer|not)\s+(?:be\s+)?(?:used|use|installed|install|downloaded|download|accessed|access)|(?:are|is|were|was|will|would|should|shall)\s+(?:no longer|not)\s+(?:be\s+)?(?:allowed|permitted)\b)`;
