/**
 * Restricted audiences: a ban limited to the state's own devices or staff is a `device_ban`, not a
 * ban for everyone (TAXONOMY.md). Two shapes: the devices ("government-issued phones", "staff
 * devices", "state-owned or state-leased devices") and the people ("its officials", "all staff").
 *
 *   EXAMPLE gov-device-1: "banned the app on government-issued phones"          → government-issued phones
 *   EXAMPLE gov-device-2: "on state-owned or state-leased electronic devices"   → state-owned … devices
 *   EXAMPLE gov-device-3: "on devices issued to public servants"                → devices issued to … servants
 *   EXAMPLE gov-device-4: "on the phones of civil servants", "on office computers" → phones of civil servants, office computers
 *   EXAMPLE audience-1:  "banned the app for its employees"                    → employees
 *   EXAMPLE audience-2:  "asked MPs and all staff to remove the app"           → MPs, staff
 */
export const GOV_DEVICE_SOURCE = String.raw`(?:(?:government|government-issued|government-owned|government-provided|federal|state|state-issued|state-owned|state-leased|city|city-owned|city-issued|county|county-owned|council|council-owned|municipal|agency|agency-issued|official|office|employee|employees['’]?|staff|work|public-sector|public sector|ministry|military|parliamentary|corporate|civil servants['’]?)(?:\s+(?:or|and)\s+[\w-]+)?\s+(?:(?:mobile|electronic|work|issued|smart)\s+)*(?:phones?|devices?|networks?|computers?|laptops?|tablets?|systems)|(?:phones|devices|laptops|tablets|computers)\s+(?:issued|provided|supplied|given|owned|paid for|used)\s+(?:to|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:officials|employees|staff|civil servants|public servants|ministers|MPs|lawmakers|legislators|personnel|government|state|ministries|agencies)|(?:phones|devices|laptops|tablets|computers)\s+of\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:officials|employees|staff|civil servants|public servants|ministers|MPs|lawmakers|legislators|personnel|government workers|state workers|federal workers)\b|(?:phones|devices|laptops|tablets|computers)\s+(?:with\s+access\s+to|connected\s+to|linked\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:parliament|government|ministry|agency|state|official|corporate|internal)(?:['’]s)?\s+(?:IT\s+|computer\s+|internal\s+)?networks?)`;

/** The people a staff ban covers (see GOV_DEVICE_SOURCE's examples). */
export const OFFICIAL_AUDIENCE_SOURCE = String.raw`(?:officials|employees|staff|staffers|personnel|civil servants|public servants|government workers|state workers|federal workers|ministers|MPs|lawmakers|members of parliament|parliamentarians|legislators|soldiers|troops|service members|servicemen|military personnel)`;

/**
 * Verbs that take an app off the devices of staff: the ban verbs plus suspending its use or
 * uninstalling it.
 *
 *   EXAMPLE device-verb-1: "decided to suspend the use of the app on staff laptops"  → suspend
 *   EXAMPLE device-verb-2: "told officials to uninstall the app"                      → uninstall
 */
export const DEVICE_BAN_VERB_SOURCE = String.raw`(?:ban(?:s|ned|ning)?|block(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|bar(?:s|red|ring)?|forbid(?:s|den|ding)?|restrict(?:s|ed|ing)?|delet(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|outlaw(?:s|ed|ing)?|suspend(?:s|ed|ing)?|uninstall(?:s|ed|ing)?|stop using)`;
