import { subdivisionNames } from '../../gazetteers/jurisdiction-matcher';
/**
 * What a government's bare "said" must be about to be news: a block, a ban, or access to a service, lifted, restored or
 * kept (the corpus conventions' "a government saying access will be restored", "a regulator defending its block").
 *
 *   EXAMPLE service-act-1: "The government said access to the app would be restored within days" → restored, access
 *   EXAMPLE service-act-2: "The ministry said the ban was necessary to protect children"        → ban
 *   ("The ministry said it was holding platforms to account" names none; nor "announced the suspension of talks")
 */
export const SERVICE_ACT_TOPIC = /\b(?:bans?|banned|banning|block\w*|unblock\w*|restor(?:e|ed|es|ing)|lift(?:s|ed|ing)?|reinstat\w*|access)\b/i;

/** A US state named as a lawsuit's plaintiff ("Texas sued Zenith", "Florida has sued"), by the gazetteer's state names. */
const STATE_PLAINTIFF = String.raw`\b(?:${subdivisionNames('US').join('|')})\s+(?:has\s+|have\s+|on\s+\w+day\s+)?(?:sued|sues|is\s+suing|filed\s+(?:a\s+)?(?:lawsuit|suit))\b`;

/**
 * A lawsuit is a policy event when a government is a party (a US state named as the plaintiff: "Texas sued Zenith on
 * Monday"), the claim is about a rule, or it seeks to block one ("a lawsuit seeking to block it"), or a service ("filed a
 * lawsuit … with a request to restrict access to the app").
 */
export const LAWSUIT_TOPIC = new RegExp(
  String.raw`\b(?:ban|bans|law|laws|rules?|regulat\w*|order|government|state|states|attorneys? general|commission|ministry|department|agency|regulators?|FTC|DOJ|FCC|SEC|polic(?:y|ies)|constitution\w*|First Amendment|free speech|privacy|children|minors|antitrust|competition|unconstitutional)\b|\b(?:seek\w*|sought|ask\w*|aim\w*|trying|tries|tried) to (?:block|overturn|strike down|halt|stop|invalidate)\b|\b(?:request|demand|motion|bid)\s+to\s+(?:restrict|block|ban|suspend)\b|${STATE_PLAINTIFF}`,
  'i',
);

/**
 * Young people a rule protects: with a restriction noun and an act verb, an age restriction.
 *
 *   EXAMPLE minors-1: "rolled out new limits on how long minors can play online games"
 */
export const MINORS = String.raw`(?:minors|children|child|under-?age (?:users|players)|teenagers|teens|adolescents|young people|kids|juveniles|under-\d{2}s|(?:users\s+)?under\s+(?:the\s+age\s+of\s+)?\d{2})`;

/**
 * What a statement must touch to be technology-policy news: a service, a network, data, a rule or a
 * measure, or technology itself. A government's warning or accusation about anything else (weapons,
 * troops, power, prices) is not this product's event; a named company counts on its own (find-companies).
 *
 *   EXAMPLE statement-topic-1: "The minister warned platforms to remove the posts within a day" → platforms, posts
 *   EXAMPLE statement-topic-2: "The regulator urged lawmakers to pass the data bill"             → data, bill
 *   ("The rebels accused him of centralising power" and "police urged residents to register their weapons" touch none)
 */
export const STATEMENT_TOPIC =
  /\b(?:internet|online|digital|tech\w*|apps?|applications?|platforms?|social media|social networks?|networks?|websites?|sites|web|data|privacy|cyber\w*|AI|artificial intelligence|algorithm\w*|chips?|semiconductors?|telecom\w*|5G|broadband|mobile|phones?|smartphones?|devices?|software|hardware|computers?|content|posts?|accounts?|users?|messag\w*|encrypt\w*|surveillance|VPNs?|streaming|games?|gaming|crypto\w*|e-?commerce|services?|operators?|providers?|companies|firms|laws?|bills?|legislation|acts?|regulat\w*|rules?|bans?|banned|banning|block\w*|fines?|fined|penalt(?:y|ies)|tax(?:es)?|tariffs?|sanctions?|exports?|imports?|antitrust|competition|monopol\w*|mergers?|acquisitions?|deals?|licen[cs]\w*|censor\w*|misinformation|disinformation|hate speech|children|minors|teenagers|age|copyright|media|news|journalists?|spyware|hack\w*|security|interdictions?|prohibit\w*|restrict\w*|measures?|polic(?:y|ies)|courts?|rulings?|appeal\w*|lawsuits?|judges?|verdicts?|cases?|investigat\w*|probes?|access|restor\w*|lift\w*|curbs?|limits?|decisions?|moves?|steps?|actions?|announcements?|plans?|proposals?)\b/i;
