/**
 * Deadlines: a time given to someone to act ("Meta had until Aug. 4 to make corrections",
 * "Companies have 12 months (until Nov 14, 2026) to appoint managers", "gives the secretary 150
 * days to draft rules", "the deadline, which had been extended until Friday"). The deadline is its
 * own event (a fine and its deadline to comply are two); its type is that of the act it belongs
 * to, the event the article stated just before.
 *
 *   EXAMPLE deadline-1: "The firm has until March 3 to respond to the complaint."
 *   EXAMPLE deadline-2: "Operators have 18 months (until June 2027) to comply."
 *   EXAMPLE deadline-3: "The order gives the agency 90 days to write rules."
 *   EXAMPLE deadline-4: "The deadline, which had been extended until Monday, passed."
 *   EXAMPLE deadline-5: "The government has extended the deadline for SIM card registration by 90 days."
 */
export const DEADLINE_SOURCE = String.raw`\b(?:ha(?:s|ve|d)|was given|were given|been given|giv(?:e|es|ing)|gave)\s+(?:(?:the|its|their|a|an|all)\s+)?(?:[\w.-]+\s+){0,4}?(?:until\s+[^;]{2,30}?|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|thirty|sixty|ninety)\s+(?:more\s+)?(?:days|weeks|months|years)(?:\s*\([^)]{0,40}\))?(?:\s+(?:from|after|of)\s+[^;,]{2,25}?)?)\s+to\s+[a-z]+|(?<!\bno\s)\bdeadline\b[^.;]{0,40}?\b(?:extended|expire[sd]?|passed|looms?|set for)\b|\b(?:extend(?:s|ed|ing)?|push(?:es|ed|ing)?\s+back|postpon(?:e|es|ed|ing))\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?deadline\b`;
