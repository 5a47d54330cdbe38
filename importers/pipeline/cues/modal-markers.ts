/**
 * Modal and hypothetical markers: what stands before a predicate to make it a possibility, not a
 * fact. "could face fines", "may ban", "if lawmakers pass it".
 *
 *   EXAMPLE modal-1: "Such a move could strain relations"       → could (right before the predicate)
 *   EXAMPLE modal-2: "Regulators might ban the app next year"   → might
 * ("may" only in lower case: "Regulators in May banned the app" names a month.)
 */
export const MODAL_BEFORE = /\b(?:[Mm]ight|[Cc]ould|may)\s+(?:\w+\s+){0,2}$/;

/**
 * The modal governs the predicate (up to four words between), or a condition opens the clause:
 * "the companies may and may not do under the Act, which the Diet enacted" states an enactment, so
 * the modal must stand right before the cue.
 *
 *   EXAMPLE hypothetical-1: "Such a ban might go to the courts"          → hypothetical
 *   EXAMPLE hypothetical-2: "If the bill passes, apps would need licences" → conditional
 *   EXAMPLE hypothetical-4: "which means that the firm can appeal again" → a possibility
 *   EXAMPLE hypothetical-3: "The law would have required platforms to verify ages" → counterfactual (what did not happen)
 *   EXAMPLE hypothetical-5: "The company now has the option to appeal the verdict" → a possibility
 *   EXAMPLE hypothetical-6: "Otherwise, it will be fined 100,000 euros per day" → the penalty of a condition not met
 *   EXAMPLE hypothetical-7: "…, potentially leading to the forced sale of Chrome" → a possibility
 *   EXAMPLE hypothetical-8: "the minister argued that the app should be banned" → what someone wants done, not done
 *   ("found few, if any, allies while testifying" is no condition)
 */
export const HYPOTHETICAL_BEFORE_CUE = /^\W*(?:Otherwise|Failing that|If not|Else)\b|\b(?:potentially|possibly|conceivably)\s+(?:[\w-]+\s+){0,3}$|\b(?:might|could|may|can)\s+(?:[\w-]+\s+){0,4}$|\b(?:should|ought\s+to)\s+(?:not\s+)?(?:be\s+|have\s+been\s+)(?:\w+ly\s+)?$|\b(?:has|have|had|gets?|got|is given|was given)\s+(?:now\s+|still\s+)?(?:the\s+)?(?:option|right|chance|opportunity|possibility)\s+to\s+$|\b(?:might|could)\s+(?:(?!(?:after|before|because|when|since|while|as|until|following|but)\b)[\w'’-]+\s+){5,10}$|\bwould\s+have\s+(?:[\w'’-]+\s+){0,8}$|\b[Ii]f\b(?!,?\s+(?:any|ever|not|anything|at all)\b)/;

/**
 * A negated predicate: the act did not happen. "Chile has not banned the app", "The cabinet did not
 * back the proposals", "has never fined a platform". (A court that "did not block" a law has ruled:
 * the pipeline keeps court cues; "not only banned" is no negation.)
 *
 *   EXAMPLE negated-predicate-1: "The ministry has not prohibited the service"
 *   EXAMPLE negated-predicate-2: "Lawmakers did not approve the bill"
 *   EXAMPLE negated-predicate-3: "In lieu of opening formal investigations, the watchdog will talk to both firms"
 *   EXAMPLE negated-predicate-4: "Zapchat did not appear to be blocked"
 */
export const NEGATED_BEFORE_CUE = /\b(?:not|n['’]t|never)\s+(?:(?:yet|been|be|formally|officially|explicitly|actually|fully|so far|appear|appears|appeared|seem|seems|seemed|to)\s+)*$|\bno\s+(?:plans?|intention|intent)\s+(?:whatsoever\s+)?to\s+(?:[\w-]+\s+){0,2}$|\b(?:in lieu of|instead of|rather than)\s+(?:\w+ing\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/**
 * An act the subject failed to do, or faces: "Google has failed to remove or restrict access to the materials", "4chan also
 * faces being banned in the UK", "the firm risks being fined". Not a court's or a chamber's (a bill that failed to pass, a court
 * that failed to rule, are steps of their own), which the rule reading it leaves out.
 *
 *   EXAMPLE failed-or-faced-1: "The platform has failed to remove or restrict access to the posts"
 *   EXAMPLE failed-or-faced-2: "The forum also faces being banned in the country"
 */
export const FAILED_OR_FACED_BEFORE_CUE = /\bfail(?:s|ed|ing)?\s+to\s+(?:[\w-]+\s+(?:or|and)\s+)?$|\b(?:fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?)\s+being\s+(?:\w+ly\s+)?$/i;

/**
 * A penalty named as what a breach would lead to, not imposed: "with failure to follow the act leading to severe fines",
 * "violations are punishable by fines of up to 6 %", "firms are subject to penalties".
 *
 *   EXAMPLE penalty-as-consequence-1: "with failure to comply leading to severe fines or suspension"
 *   EXAMPLE penalty-as-consequence-2: "Breaches are punishable by fines of up to 4 % of turnover"
 */
export const PENALTY_CONSEQUENCE_BEFORE_CUE = /\b(?:lead(?:s|ing)?\s+to|result(?:s|ing)?\s+in|punishable\s+by|subject\s+to|liable\s+(?:to|for))\s+(?:(?:severe|heavy|hefty|large|steep|significant|possible|potential|daily|further|criminal|administrative|financial)\s+){0,2}$/i;

