/**
 * What a government's bare "said" must be about to be news: a block, a ban, or access to a service, lifted, restored or
 * kept (the corpus conventions' "a government saying access will be restored", "a regulator defending its block").
 *
 *   EXAMPLE service-act-1: "The government said access to the app would be restored within days" → restored, access
 *   EXAMPLE service-act-2: "The ministry said the ban was necessary to protect children"        → ban
 *   ("The ministry said it was holding platforms to account" names none; nor "announced the suspension of talks")
 */
export const SERVICE_ACT_TOPIC = /\b(?:bans?|banned|banning|block\w*|unblock\w*|restor(?:e|ed|es|ing)|lift(?:s|ed|ing)?|reinstat\w*|access)\b/i;

/**
 * A lawsuit is a policy event when a government is a party, the claim is about a rule, or it seeks to block one ("a lawsuit
 * seeking to block it"), or a service ("filed a lawsuit … with a request to restrict access to the app").
 */
export const LAWSUIT_TOPIC =
  /\b(?:ban|bans|law|laws|rules?|regulat\w*|order|government|state|states|attorneys? general|commission|ministry|department|agency|regulators?|FTC|DOJ|FCC|SEC|polic(?:y|ies)|constitution\w*|First Amendment|free speech|privacy|children|minors|antitrust|competition|unconstitutional)\b|\b(?:seek\w*|sought|ask\w*|aim\w*|trying|tries|tried) to (?:block|overturn|strike down|halt|stop|invalidate)\b|\b(?:request|demand|motion|bid)\s+to\s+(?:restrict|block|ban|suspend)\b/i;

/**
 * Young people a rule protects: with a restriction noun and an act verb, an age restriction.
 *
 *   EXAMPLE minors-1: "rolled out new limits on how long minors can play online games"
 */
export const MINORS = String.raw`(?:minors|children|child|under-?age (?:users|players)|teenagers|teens|adolescents|young people|kids|juveniles|under-\d{2}s|(?:users\s+)?under\s+(?:the\s+age\s+of\s+)?\d{2})`;
