/**
 * Commentary markers: words that make a clause that names an act say something else about it —
 * who may speak, what someone alleges or wants done, what a law generally forbids. Such a clause
 * states no act of its own (dropNonEvents reads these).
 */

/**
 * Permission given by a company's policy: the speech verb after it is what users may do.
 *
 *   EXAMPLE permitted-speech-1: "The policy allows users to call for protests"   → allows … to
 *   EXAMPLE permitted-speech-2: "It also allows calls for violence"              → allows
 */
export const PERMISSION_BEFORE = /\b(?:allow|allows|allowed|allowing|permit|permits|permitted|permitting|lets|let)\b/i;

/**
 * An allegation or claim: what follows is the accuser's account of someone else's conduct.
 *
 *   EXAMPLE allegation-1: "The commission alleged that the firm restricted access to its data"
 *   EXAMPLE allegation-2: "Regulators claimed the company had blocked rivals"
 */
export const ALLEGATION_BEFORE = /\b(?:alleg(?:e|es|ed|ing)|claim(?:s|ed|ing)?|contend(?:s|ed)?)\s+(?:that\s+)?(?:[\w'’.-]+\s+){0,6}$/i;

/**
 * An act someone wants done: pushing, urging or lobbying a government to do it.
 *
 *   EXAMPLE desired-act-1: "Hawks had been pushing the president to sign the order"
 *   EXAMPLE desired-act-2: "Campaigners pressed ministers to ban the app"
 *   ("asked" is not one: "The minister asked the agency to look at whether …" orders a probe)
 *   EXAMPLE desired-act-3: "Hawks pushed the president to sign the executive order" (the cue is the order)
 *   EXAMPLE desired-act-4: "Critics insist the app be banned" (the subjunctive after a demand)
 */
export const DESIRED_ACT_BEFORE = /\b(?:want|wants|wanted|wish|wishes|wished)\s+(?:[\w'’.-]+\s+){1,4}?to\s+be\s+(?:\w+ly\s+)?$|\b(?:pressure\s+(?:on|for)|influenc(?:e|es|ed|ing))\b[^.;]{0,100}?\bto\s+(?:\w+ly\s+)?(?:[\w-]+\s+){0,3}$|\b(?:push(?:es|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|call(?:s|ed|ing)? on|encourag(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|petition(?:s|ed|ing)?)\s+(?:[\w'’.-]+\s+){0,4}?to\s+(?:\w+ly\s+)?(?:[\w-]+\s+){0,3}$|\b(?:insist(?:s|ed|ing)?|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing))\s+(?:that\s+)?(?:[\w'’.-]+\s+){1,4}?be\s+(?:\w+ly\s+)?$/i;

/**
 * A background definition: what a law generally forbids or requires of everyone, in the present.
 *
 *   EXAMPLE background-definition-1: "Under Japan's competition law, businesses are prohibited from tying sales"
 *   EXAMPLE background-definition-2: "Under the rules, platforms must remove such posts"
 *   EXAMPLE background-definition-3: "Under the fraud law, prosecutors have the power to freeze assets"
 *   (a dated rule is news: "Under rules in force since June, sites must check ages" — see RECENT_RULE)
 * Group 1 is the "Under …" phrase.
 */
export const BACKGROUND_DEFINITION = /^\W*(Under\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,5}?(?:law|laws|act|rules|regulations?|code|legislation|constitution|treaty)\b[^,]{0,40}),\s+(?:[\w-]+\s+){0,3}?(?:are|is|must|may not|cannot|can't|shall|(?:has|have) the (?:authority|power|right) to)\b/i;

/**
 * A country's or a field's law in general, as the clause's subject with no determiner: what it
 * always requires, not an act. "German law requires parties to publish donors", "Federal law
 * prohibits …" ("The new law requires …", "A 2023 law bans …" are news: a determiner names one law).
 *
 *   EXAMPLE general-law-1: "Swiss law requires banks to keep records for ten years"
 */
export const GENERAL_LAW_SUBJECT = /^\W*(?:[A-Z][\w'’-]*\s+){1,2}law\s+(?:requires?|prohibits?|forbids?|bans?|allows?|obliges?|permits?)\b/;

/** An "Under …" phrase that dates or news-pegs its rule: then the clause states the rule's effect. */
export const RECENT_RULE = /\b(?:since|from|in force|in effect|new|newly|took effect|takes effect|came into|\d)/i;

/**
 * A negated actor: nobody did it. "No other law restricts the sale of data", "None of the states
 * has banned the app".
 *
 *   EXAMPLE negated-actor-1: "No other country has banned the app outright"
 *   EXAMPLE negated-actor-2: "Neither court has ruled on the ban"
 */
export const NEGATED_ACTOR_BEFORE = /\b(?:no|none of the|not a single|neither)\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:law|laws|rule|rules|country|countries|government|governments|state|states|court|courts|regulator|regulators|agency|agencies|legislation)\b[^,;]{0,40}$/i;

/**
 * A prospect opened by something else: what follows "clears the way for" has not happened.
 *
 *   EXAMPLE prospect-1: "The vote clears the path for the bill to take effect"
 *   EXAMPLE prospect-2: "The ruling paves the way for regulators to fine the firm"
 */
export const PROSPECT_BEFORE = /\b(?:clear(?:s|ed|ing)?\s+the\s+(?:path|way)|pav(?:e|es|ed|ing)\s+the\s+way|open(?:s|ed|ing)?\s+the\s+door|set(?:s|ting)?\s+the\s+stage)\s+for\b/i;

/**
 * An act named as a noun that is the subject of a general consequence: what such an act does, not
 * one that happened. "The opening of an investigation gives investigators broad powers", "A fine
 * under the act can reach 6 % of turnover". Before the cue: nothing but an attribution and the
 * nominal head ("the opening of"); after it, within a few words, a present-tense verb of effect.
 */
export const NOMINAL_ACT_BEFORE = /^\W*(?:(?:According to|Under)\s[^,]{1,60},\s+)?(?:(?:the|an?|any|such an?)\s+(?:opening|launch|start|imposition|threat)\s+of\s+)?$/i;
export const GENERIC_EFFECT_AFTER = /^[^,.;:]{0,60}?\s(?:gives|allows|lets|means|enables|empowers|entitles|triggers|can|could|may|typically|usually|generally)\s/;

/**
 * A market's move reported as the news, the act only its cause: "Shares in Nvidia rose after the US
 * eased export curbs". Earnings and markets copy (distractor articles) tells acts this way.
 *
 *   EXAMPLE market-move-1: "Shares in the chipmaker fell 4% after Washington tightened export rules"
 *   EXAMPLE market-move-2: "The stock jumped as regulators cleared the deal"
 */
export const MARKET_MOVE_BEFORE = /\b(?:shares?|stocks?|stock price|share price|markets?|index|indices|futures|bonds?|the (?:yuan|dollar|euro|rupee|lira))\b[^.;]{0,60}?\b(?:rose|fell|jumped|slumped|climbed|dropped|tumbled|surged|gained|slid|rallied|sank|plunged|soared|rebounded|dipped)\b[^.;]{0,40}?\b(?:after|as|when|following|on news that)\b[^.;]*$/i;

/**
 * A habit, not one act: "Authorities have repeatedly blocked apps", "The regulator has previously
 * fined other tech firms". Only where the clause names no date (a dated "previously blocked X in
 * 2021" is an act).
 *
 *   EXAMPLE habitual-1: "The watchdog has repeatedly fined other platforms"
 */
export const HABITUAL_BEFORE = /\b(?:repeatedly|routinely|often|frequently|regularly|has a history of|have a history of)\s+(?:\w+\s+){0,2}$/i;
/** "has previously fined other firms": an earlier act on others is background (not "has previously announced a strategy"). */
export const EARLIER_ON_OTHERS = { before: /\b(?:previously|in the past|before)\s+(?:\w+\s+){0,2}$/i, after: /^\s+(?:\w+\s+){0,2}?other\b/i };

/**
 * sector-scrutiny: a whole sector under watch, with no date ("Regulators in Washington have been
 * scrutinising the sector"): background to a business story, not a probe of anyone. The object right
 * after the investigation cue is the sector, the industry or a class of firms.
 */
export const SECTOR_OBJECT_AFTER = /^\s+(?:the\s+)?(?:(?:whole|entire|wider|broader|tech|technology|AI|chip|social media|online|digital|fintech|crypto)\s+)?(?:sector|industry|industries|market|markets|(?:tech\s+)?giants|companies|firms|platforms|big tech)\b/i;

/**
 * A rule as the topic of a dispute: what people protest over or rally against is named, not
 * enacted, in that clause. "Protests in Lisbon over the decree", "Thousands marched against the new
 * data law", "a row over the ban": the act is dated elsewhere, if at all.
 *
 *   EXAMPLE disputed-topic-1: "Protests in Lisbon over the decree"         → over the decree
 *   EXAMPLE disputed-topic-2: "Anger grew on Monday against the levy"       → against the levy
 */
export const DISPUTED_TOPIC_BEFORE =
  /\b(?:protests?|protested|protesting|protesters|demonstrations?|marche[sd]|rall(?:y|ies|ied)|row|anger|outrage|fury|backlash|uproar|controversy|dispute|clash(?:es|ed)?|criticism|opposition|strikes?|boycotts?)\b[^.;:]{0,60}?\b(?:over|against|amid)\s+(?:(?:the|a|an|its|their|this|that|[A-Z][\w'’-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * An anniversary: the act it marks is old news, and the clause dates the remembering.
 *
 *   EXAMPLE anniversary-1: "a week after the anniversary of the Supreme Court decision"
 *   EXAMPLE anniversary-2: "On the tenth anniversary of the data law, campaigners gathered"
 */
export const ANNIVERSARY_BEFORE = /\banniversary\s+of\s+(?:(?:the|a|an|its|their|[A-Z][\w'’-]+['’]s)\s+)?(?:[\w'’.-]+\s+){0,4}$/i;

/**
 * A vote on a person, not a rule: a nomination, an appointment or a resignation approved by a
 * chamber is no legislation.
 *
 *   EXAMPLE personnel-vote-1: "His nomination must be approved by the Senate"
 *   EXAMPLE personnel-vote-2: "The assembly approved the resignations filed by the mayor"
 */
export const PERSONNEL_NOUN = /\b(?:nominations?|nominees?|appointments?|resignations?|confirmation hearings?)\b/i;

/**
 * An act as the infinitive of an extraposed judgement: "it was in the interest of national security to ban the app", "it is
 * necessary to block the site". The clause weighs the act; it does not tell it done or decided. Not a subject "it" that
 * stands for a government with a verb of plan or expectation ("it is set to ban", "it was expected to block"): those are
 * proposals, left to the status rules.
 *
 *   EXAMPLE evaluative-infinitive-1: "Lawyers for the government said it was in the interest of national security to ban the app"
 *   EXAMPLE evaluative-infinitive-2: "It is not necessary to block the site, the minister said"
 */
export const EVALUATIVE_INFINITIVE_BEFORE = /\bit(?:['’]s|\s+(?:is|was|would\s+be|will\s+be|remains|seemed|seems))\s+(?:not\s+)?(?!(?:set|expected|going|about|planning|proposing|considering|poised|likely|unlikely|due|ready|preparing|moving|trying|seeking|able|unable|allowed|required|forced|obliged|scheduled|slated|intending|looking|the\s+first|the\s+latest|the\s+second|the\s+last|one\s+of)\b)(?:[\w'’-]+\s+){1,8}?to\s+(?:\w+ly\s+)?$/i;

/**
 * What the writer says is not known: "It's unclear how India will enforce the ban", "It remains to be
 * seen whether the court will block it". The act after it is a question, not an event.
 *
 *   EXAMPLE uncertain-1: "It is not clear whether regulators will fine the firm"
 *   EXAMPLE uncertain-2: "The government has yet to decide whether to ban the app"
 */
export const UNCERTAIN_BEFORE =
  /\b(?:it(?:['’]s|\s+is|\s+was|\s+remains|\s+remained)|(?:is|was|remains|remained))\s+(?:still\s+)?(?:unclear|not\s+(?:yet\s+)?clear|uncertain|unknown|not\s+known|to\s+be\s+seen)\s+(?:how|whether|when|if|what|which|why)\b[^.;]*$|\b(?:(?:has|have|had)\s+yet\s+to|(?:has|have|had)\s+not\s+(?:yet\s+)?|(?:is|are|was|were)\s+(?:still\s+)?(?:deciding|debating|weighing|considering|undecided\s+(?:on|about)?))\s*(?:decide[sd]?|determine[sd]?)?\s*(?:whether|if)\s+(?:or\s+not\s+)?(?:to\s+)?(?:[\w'’-]+\s+){0,6}?$/i;
