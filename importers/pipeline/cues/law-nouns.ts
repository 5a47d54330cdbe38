import { LAW_ACRONYMS } from '../../gazetteers/law-names';
/**
 * Law nouns: the words that name a rule a government makes. Defined once; the cue table reads the
 * pattern source, the actor stage the compiled test.
 *
 *   EXAMPLE law-noun-1: "The bill was passed in April"                 → bill
 *   EXAMPLE law-noun-2: "Kenya passed its Digital Bargaining Code"     → Digital Bargaining Code
 *   EXAMPLE law-noun-3: "the regulator finalised guidelines on ages"   → guidelines
 *   EXAMPLE law-noun-4: "a code of practice for app stores"            → code of practice
 *   EXAMPLE law-noun-5: "the Senate approved a sweeping overhaul"       → overhaul
 */
/**
 * A tax on digital firms is a law of its own: "the French Senate voted to adopt a digital services
 * tax", "the tax, which took effect in June 2024, …" (only these: "tax" alone is mostly a firm's bill).
 *
 *   EXAMPLE digital-tax-1: "Ottawa announced it would rescind its digital services tax"
 */
export const DIGITAL_TAX = String.raw`(?:digital (?:services? )?tax(?:es)?|DSTs?|[Ee]qualisation [Ll]evy|[Ee]qualization [Ll]evy)`;

/**
 * A proposal that is a rule's, not a deal's or a truce's: "the peace proposals", "a merger
 * proposal", "a proposal from its rival to combine the two carriers" are not legislation.
 */
const PROPOSAL = String.raw`(?<!\b(?:peace|merger|takeover|buyout|acquisition|ceasefire|cease-fire|settlement|bid)\s)proposals?(?!\s+(?:from\s+(?:its|a|the)\s+(?:rival|partner|bidder|suitor|shareholders?|investors?)|to\s+(?:combine|merge|acquire|buy|sell|take over))\b)`;

export const LAW_NOUN_SOURCE = String.raw`(?:bill|bills|legislation|law|laws|measures?|${PROPOSAL}|ordinance|regulations?|rules|guidelines|amendments?|decrees?|reforms?|overhaul|[A-Z][\w-]+ (?:Act|Code)|codes? of (?:practice|conduct)|${DIGITAL_TAX})`;

/**
 * Laws that news names by their acronym alone: "The DMA, which took effect in 2023", "the GDPR
 * applies from May". Only well-known acronyms of data and platform laws (a bare capitalised
 * acronym is too often a company or a body), declared once with their jurisdictions in
 * gazetteers/law-names.ts.
 *
 *   EXAMPLE law-acronym-1: "The DSA took effect for the largest platforms in August"
 */
export const LAW_ACRONYM_SOURCE = `(?:${LAW_ACRONYMS.join('|')})`;

/**
 * The wider set a clause may hold for a law to be the story's state's act ("A data law in Vietnam
 * came into force"): the law nouns plus the duties a law lays down.
 *
 *   EXAMPLE rule-word-1: "The ban takes effect on Monday"                 → ban
 *   EXAMPLE rule-word-2: "The obligations apply from August"              → obligations
 */
export const RULE_WORD = new RegExp(String.raw`\b(?:law|laws|legislation|bill|act|measures?|proposal|regulations?|rules|ordinance|decree|ban|code|guidelines|duties|obligations|requirements|provisions|${LAW_ACRONYM_SOURCE}|${DIGITAL_TAX})\b`, 'i');

/**
 * A chamber of a legislature by name: a bill passing one chamber is one step, passing the other is
 * another ("The Senate passed the bill in March, and the House approved it on Tuesday"). Not "National
 * Assembly": in South Korea it is the whole legislature.
 */
export const CHAMBER_SOURCE = String.raw`(?:House(?: of (?:Representatives|Commons|Lords|Delegates))?|Senate|lower house|upper house|Lords|Commons|Bundestag|Bundesrat|Lok Sabha|Rajya Sabha|Chamber of Deputies|Sejm|Duma|Federation Council|Dewan Rakyat|Dewan Negara)`;

/**
 * A bill stopped by a verb other than a veto or a vote: "The Senate blocked the bill", "stalled the legislation". Read
 * by the bill-blocked cue (event-cues.ts) and the blocked status (classify-status.ts).
 */
export const BILL_STOPPED_SOURCE = String.raw`\b(?:block(?:s|ed|ing)?|stall(?:s|ed|ing)?|kill(?:s|ed|ing)?|sink(?:s|ing)?|sank|torpedo(?:es|ed|ing)?)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:bill|bills|legislation|draft law|proposal)\b`;
