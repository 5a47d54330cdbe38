/**
 * Words that put a clause on the policy beat: a bare "said" by an official, or a lawsuit, is an
 * event here only when it is about one of these ("the minister said the weather was warm" is not).
 */
export const POLICY_TOPIC =
  /\b(?:bans?|banned|banning|access|restor(?:e|ed|es|ing)|unblock\w*|law|laws|legislation|bill|rules?|regulat\w*|polic(?:y|ies)|security|data|privacy|apps?|platforms?|social media|online|internet|tech\w*|compan(?:y|ies)|accounts?|users?|children|minors|teens?|teenagers|age|sanctions?|tariffs?|exports?|imports?|investigation|review|probe|court|ruling|fines?|fined|comply|compliance|licen[cs]\w*|deal|agreement|devices?|phones?|censorship|content|algorithm|divest\w*|sale|stake|order|orders|directive)\b/i;

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
export const MINORS = String.raw`(?:minors|children|under-?age (?:users|players)|teenagers|teens|young people|kids|juveniles)`;
