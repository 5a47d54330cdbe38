/**
 * Reporting verbs: a speaker says, announces or questions something. Alone such a verb is only a
 * statement, an event when a government speaks on the policy beat.
 *
 *   EXAMPLE reporting-1: "The ministry said on Friday it would act"           → said
 *   EXAMPLE reporting-2: "The regulator announced the decision"               → announced
 */
export const REPORTING_VERB_SOURCE = String.raw`(?:said|says|announced|stated|declared|insisted|insists)`;

/**
 * Verbs by which someone gives a view (opinion, doubt, criticism): with an opinion speaker before
 * them the clause is commentary, not an act.
 *
 *   EXAMPLE opinion-1: "Critics have questioned why only one app was blocked"   → questioned
 *   EXAMPLE opinion-2: "Analysts argue the ban will be hard to enforce"          → argue
 */
export const OPINION_VERB = /\b(?:said|say|says|argued|argue|argues|think|thinks|believe|believes|questioned|question|questions|critici[sz]ed|doubt(?:s|ed)?|warned|warn|warns|fear(?:s|ed)?|worry|worried|complain(?:s|ed)?|noted|note|notes|pointed out|insisted|claimed|wondered)\b/;

/**
 * ", the interior ministry said." at the end of a clause: group 1 is the speaker.
 *
 *   EXAMPLE attribution-1: "The app was blocked, the telecoms regulator said."  → the telecoms regulator
 */
export const TRAILING_ATTRIBUTION = /,\s+((?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?)(?:said|says|announced|confirmed|added)\W*$/i;
