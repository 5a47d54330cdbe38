/**
 * Place names that collide with people's and other names, and the context that still makes them a
 * place (jurisdiction-matcher.ts reads these).
 */

/**
 * Names that collide with people, companies or other places; left out of the country list
 * ("Jordan" is a first name, "Georgia" a US state and a university's name, "Chad" a first name).
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(['Jordan', 'Georgia', 'Chad', 'Guinea', 'Jersey', 'Man', 'Niger']);

/**
 * Ambiguous names with one place meaning, admitted where the words around them make them a place:
 * after a place preposition ("in Jordan"), before a body it owns ("Chad's government", "Niger's
 * Ministry of Communications"), before a state's act ("Jordan banned TikTok"), or anywhere in a story
 * already about that country.
 */
export const PLACE_NAMES_IN_CONTEXT: ReadonlyMap<string, string> = new Map([
  ['Jordan', 'JO'],
  ['Chad', 'TD'],
  ['Guinea', 'GN'],
  ['Niger', 'NE'],
]);

/** Before an ambiguous name: a preposition of place ("in Jordan", "across Chad"). */
export const PLACE_PREPOSITION_BEFORE = /\b(?:in|from|across|throughout|within|to|visited|government of|authorities of|people of)\s+$/;

/** After an ambiguous name: its possessive and a body of state within a few words ("Jordan's Public Security Directorate"). */
export const OWNED_BODY_AFTER =
  /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:government|Government|ministry|Ministry|authorities|regulators?|Regulator|parliament|Parliament|cabinet|Cabinet|president|President|prime minister|Prime Minister|king|King|courts?|Court|Directorate|Commission|Authority|Agency|Council|Assembly|military|army|police|telecoms? regulator)\b/;

/** After an ambiguous name: a state's act as its verb ("Jordan banned TikTok", "Chad has blocked …"): a first name rarely bans an app. */
export const STATE_ACT_AFTER =
  /^\s+(?:(?:has|had|have)\s+|(?:on|last|this)\s+\w+\s+|temporarily\s+|also\s+)?(?:banned|blocked|restricted|suspended|imposed|lifted|cut off|cut|shut down|throttled|unblocked|restored access)\b/;

/** Words after a place name that make it part of another name ("New York Times", "Georgia Tech", "America Movil"). */
export const NAME_CONTINUATIONS = /^[\s]+(Times|Post|Journal|Tech|University|Stock Exchange|Institute|Daily|Movil|Móvil)\b/;

/**
 * Words after a place name that make it part of a company's legal name ("Facebook Ireland Limited",
 * "Google India Pvt", "Meta Platforms Ireland Ltd"): the subsidiary's seat, not a government.
 */
export const COMPANY_NAME_CONTINUATIONS = /^\s+(?:Limited|Ltd|Inc|LLC|GmbH|AG|SA|S\.A\.|SAS|BV|B\.V\.|Pty|Pvt|plc|PLC|Corp|Corporation|Holdings|Unlimited Company)\b/;
