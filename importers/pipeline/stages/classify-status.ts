import type { EventStatus } from '../../../db/vocabulary/taxonomy';
import { BAN_LIFTED_SOURCE } from '../cues/ban-lifted';
import { EFFECT_CUE_NAMES, TAKES_EFFECT_PHRASE } from '../cues/effect-phrases';
import { BILL_STOPPED_SOURCE, CHAMBER_SOURCE } from '../cues/law-nouns';
import { subordinateStart } from '../sentences/subordinate-clause';
import type { Candidate, Stage } from '../types';

interface StatusRule {
  status: EventStatus;
  pattern: RegExp;
  /** Only for these clauses (e.g. "blocked" is a status when a court blocks). */
  when?: (c: Candidate) => boolean;
}

/**
 * One chamber passing a bill: "The House of Representatives has passed a bill", "The bill was
 * approved by the Senate", "MEPs voted in favour of the act" (the Council still has to agree),
 * unless the clause says it was the last step.
 */
const ONE_CHAMBER_VOTE = new RegExp(
  String.raw`^(?![\s\S]*\b(?:final|both (?:chambers|houses)|royal assent|signed into law|became law|president['’]s desk|(?:sending|sends|sent)\s+(?:it|the (?:bill|law|legislation|measure|reform|overhaul))\s+to\s+(?:the\s+)?(?:president|governor|king|head of state))\b)[\s\S]*?` +
    String.raw`(?:\b(?:${CHAMBER_SOURCE}|MPs|senators|European Parliament|EU [Pp]arliament|MEPs)\b[^.;]{0,60}?\b(?:passed|approved|voted (?:\w+ly )?(?:for|to pass|through|in favou?r of)|adopted|gave (?:the |its )?(?:initial )?green light to)\b|\b(?:passed|approved|adopted)\s+(?:by|in)\s+(?:the\s+)?${CHAMBER_SOURCE}\b|\b(?:passed|cleared)\s+(?:the\s+)?${CHAMBER_SOURCE}\b)`,
  'i',
);

/** Tense, aspect and modality cues, most decisive first; the first that matches sets the status. */
export const STATUS_RULES: readonly StatusRule[] = [
  // "restored X on Wednesday": a named service given back ends its block
  { status: 'rescinded', when: (c) => c.cue.name === 'restored-named-service', pattern: /\brestor/i },
  // "The transition period for the data law comes to an end today": its duties bind from then (scheduled when still to come)
  { status: 'in_force', when: (c) => c.cue.name === 'transition-ends', pattern: /\bperiod\b/i },
  // ("lifted its ban on the app": the ban ends)
  // (a licence or permit revoked is an act in force: "revoked certain export licences")
  { status: 'enacted', pattern: /\brevok(?:ed|es)\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]es?|permits?|accreditations?|registrations?)\b/i },
  { status: 'rescinded', pattern: new RegExp(String.raw`\b(?:rescind\w*|revok\w*|repeal\w*|withdr[ae]w\w*|scrapp\w*)\b|${BAN_LIFTED_SOURCE}`, 'i') },
  // ("a lawsuit seeking to block it" asks for a block; nothing is blocked yet)
  { status: 'blocked', pattern: /(?<!\b(?:to|that|which)\s+)\b(?:block\w*|struck down|strikes? down|enjoin\w*|halt\w*|overturn\w*|suspend\w*)\b|\b(?:grant(?:s|ed)|issu(?:es|ed))\s+(?:[\w'’.-]+\s+){0,6}?(?:an?\s+)?(?:preliminary\s+|temporary\s+)?injunction\b/i, when: (c) => c.type === 'court' },
  // a bill vetoed by the executive or voted down is stopped: "Governor Roe vetoed the bill", "MPs voted down the bill"
  { status: 'blocked', pattern: new RegExp(String.raw`\bveto(?:es|ed)\b|${BILL_STOPPED_SOURCE}|\bvot(?:es|ed) (?:\w+ly )?(?:[\d]+[-–][\d]+ |[\d]+ to [\d]+ )?(?:down|against)\b|\bdefeated\b|\breject(?:s|ed)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:bill|proposal|measure|legislation|motion)\b|\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:rejected|voted down)\b`, 'i'), when: (c) => c.type === 'legislation' },
  // "takes effect immediately", "with immediate effect": in force the day it is reported, whatever the date says
  { status: 'in_force', pattern: /\b(?:(?:takes?|take) (?:full )?effect|(?:comes?|goes?) into (?:full |partial )?(?:force|effect)|applies) immediately\b|\bwith immediate effect\b|\beffective immediately\b/i },
  // (not "will come into force" or "is to be in force": that is still to come)
  { status: 'in_force', pattern: /(?<!\b(?:will|would|shall|to|could|may|might|not|never|be)\s+(?:\w+ly\s+)?)\b(?:came (?:fully |partly )?into (?:full |partial )?(?:force|effect)|comes? into (?:full |partial )?(?:force|effect)|took (?:full |partial )?effect|in force|in effect|went into (?:full )?(?:effect|force)|entered into force|ha(?:ve|s) applied since|now being|is now|are now|since the (?:law|legislation|ban|rules?))\b/i },
  { status: 'scheduled', pattern: /\b(?:(?:is|are) (?:(?:also|now|still|widely|\w+ly) )?(?:set|due|scheduled|slated|expected) to|(?:is|are) (?:set|due|scheduled|slated) for|will (?:testify|hear|rule|take effect|come into (?:full |partial )?(?:force|effect)|go into (?:full |partial )?(?:force|effect)|enter into force|apply (?:from|to|in|on)|vote|appear|have to|be required to|be obliged to)|(?:will|would|does|do|wo)(?:\s+not|n['’]t)\s+(?:take effect|apply|come into (?:full |partial )?(?:force|effect)|go into (?:full |partial )?(?:force|effect)|enter into force)\s+until|next (?:week|month)|scheduled)\b/i },
  { status: 'ongoing', pattern: /\b(?:filed (?:a |an )?(?:lawsuit|suit|legal challenge|appeal)|continu\w* to|ongoing|being (?:worked out|conducted|negotiated|reviewed|developed)|nearing|under way|underway|(?:is|are) (?:reviewing|investigating|probing|negotiating|examining|assessing|looking into))\b/i },
  // a vote in one chamber of a two-chamber legislature: the bill is still proposed (the corpus convention)
  // ("cleared its final hurdle in the Senate", "passed both houses" and "royal assent" end the process)
  { status: 'proposed', pattern: ONE_CHAMBER_VOTE, when: (c) => c.type === 'legislation' },
  // a reading is one step of a bill: "The bill passed its first reading on Thursday"
  { status: 'proposed', pattern: /\b(?:first|second|third|initial) reading\b/i, when: (c) => c.type === 'legislation' },
  // a government approving a draft sends it to the legislature: "The cabinet approved the draft law"
  { status: 'proposed', pattern: /\b(?:approv(?:es|ed)|adopt(?:s|ed)|back(?:s|ed)|endors(?:es|ed)|clear(?:s|ed))\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?draft\b|\b(?:[Cc]abinet|[Cc]ouncil of [Mm]inisters)\b[^.;]{0,40}?\b(?:approved|adopted|backed|endorsed|cleared)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:bill|legislation)\b/, when: (c) => c.type === 'legislation' },
  // a draft approved by a government is still a proposal, whatever rule it holds: "the draft bill approved by the cabinet"
  { status: 'proposed', pattern: /\bdraft\s+(?:[\w-]+\s+)?(?:bill|law|legislation|rules?|regulations?|decree)\s+(?:was\s+|were\s+|has been\s+)?(?:approved|adopted|backed|endorsed|cleared)\b/i },
  // "became the first country to ban the app": the act is done
  { status: 'enacted', pattern: /\bbecame\s+the\s+(?:first|second|third|latest|last|only)\s+(?:[\w-]+\s+){0,5}?to\s+\w+/i },
  // a finding of guilt is a decision made: "the commission found the app guilty of transferring data"
  { status: 'enacted', pattern: /\bfound\s+(?:[\w.&'’-]+\s+){1,4}?guilty\b/i, when: (c) => c.type === 'enforcement' },
  // assent given makes the bill law: "President Ana Roe gave her assent to the bill"
  { status: 'enacted', pattern: /\b(?:gave|given|granted|grants|gives|received|receives)\s+(?:(?:his|her|its|their|the)\s+)?(?:royal\s+|presidential\s+)?assent\b/i, when: (c) => c.type === 'legislation' },
  // a fine announced is a fine imposed: "announced a €1.2 billion fine against the firm" (not "announced plans to fine")
  { status: 'enacted', pattern: /\bannounc(?:ed|es)\s+(?:(?:a|an|the|its|their|record|new|[€$£]?[\d.,]+[mb]?n?|million|billion|euros?|dollars?|pounds?|rupees?|won|yuan|crore|lakh)\s+){1,5}(?:fine|penalty|penalties)\b/i, when: (c) => c.type === 'enforcement' },
  { status: 'enacted', pattern: /\b(?:(?:was|were|been|is|are)\s+(?:formally\s+|officially\s+)?notified|notified\s+the\s+(?:[\w-]+\s+){0,2}?(?:rules|law|act|regulations))\b|\b(?:signed|issued\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w€$£.,-]+\s+){0,4}?(?:order|decree|directive|ban|fine)|implemented|enacted|promulgated|gazetted|gave final approval|ratified|sanctioned the (?:new )?(?:law|bill|decree|reform)|passed|approved|adopted|imposed|ha(?:s|ve) required|banned|barred|prohibited|blocked|fined|removed|ordered|levied|slapped|handed|seized|raided|restricted|cut (?:off )?(?:access|(?:the |all )?(?:mobile |fixed )?(?:internet|mobile data))|shut (?:down|off) (?:the |all )?(?:mobile )?internet|slowed down|throttled)\b/i },
  // a listing done: "Commerce has added Zenith to the Entity List" (not "he added")
  { status: 'enacted', pattern: /\badded\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?:the|its|a|their)\s+(?:[\w'’-]+\s+){0,4}?list\b/i, when: (c) => c.type === 'trade_restriction' },
  // a service suspended by a government is a ban in place (a court's "suspended" is 'blocked' above)
  { status: 'enacted', pattern: /\bsuspend(?:ed|s)\b/i, when: (c) => c.type === 'ban' },
  // an executive's rules introduced are made: "the U.S. introduced sweeping rules to cut off exports" (a bill introduced is proposed)
  { status: 'enacted', pattern: /\bintroduc(?:ed|es)\s+(?:[\w-]+\s+){0,3}?(?:rules|restrictions|controls|curbs|measures|sanctions|tariffs)\b/i, when: (c) => c.type === 'trade_restriction' },
  { status: 'announced', pattern: /\b(?:announc\w*|(?:said|says)(?: (?:on|in|last|this|next) \w+| \w+day)?(?: that)? (?:it|they|he|she|the \w+) (?:is|are|was|were|will|would|plans?|planned|intends?|intended)|will|(?:plans?|planned|intends?|intended|aims?) to)\b/i },
  // a ban threatened by a deadline: "register by Friday or face a ban"
  { status: 'proposed', pattern: /\bor (?:face|risk)\b/i, when: (c) => c.type === 'ban' },
  // "recommended a ban on unlicensed satellite phones": an adviser's proposal
  { status: 'proposed', pattern: /\brecommend(?:s|ed|ing)?\s+(?:a|the)?\s*(?:[\w-]+\s+)?(?:ban|block|prohibition)/i, when: (c) => c.cue.name === 'ban-recommended' },
  { status: 'proposed', pattern: /\b(?:introduc\w*|propos\w*|filed a bill|submitted a bill|consultation|would|draft|threaten\w*|sought to|seeks? to|unless|consider(?:s|ing)|considered\s+(?:whether|ways|options|plans?|proposals?|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:ban|bill|proposal|plan|law|measure|rule|request|motion)|banning|imposing|introducing|legislation)|urg\w+)\b/i },
];

const TAKES_EFFECT_PRESENT = /\b(?:takes|take) (?:full |partial )?effect\b|\b(?:comes|come|goes|go) (?:fully )?into (?:full |partial )?(?:force|effect)\b|\b(?:apply|applies) from\b/i;

/** A ruling or a lawsuit is blocked, scheduled or ongoing; "enacted" or "proposed" would misread it. */
const COURT_STATUSES: ReadonlySet<EventStatus> = new Set(['blocked', 'rescinded', 'scheduled', 'ongoing']);

/**
 * Status from the clause's tense, aspect and modality.
 *
 *   "lawmakers have introduced measures that would expand the ban authority" → 'proposed'
 *   "since the legislation came into force on December 10"                  → 'in_force'
 */
export const classifyStatus: Stage = (ctx, candidates) =>
  candidates.map((c) => {
    // "…, saying it threatened traders": a participle giving reasons says nothing of the event's status.
    // An adverbial clause after the predicate (", after the court had blocked …") says nothing of it either.
    const whole = ctx.masked.slice(c.clauseStart, c.clauseEnd);
    const sub = subordinateStart(whole);
    const clause = (sub >= 0 && c.clauseStart + sub > c.cue.end ? whole.slice(0, sub) : whole).split(/,\s+(?:saying|citing|calling|arguing|claiming|noting)\b/)[0] ?? '';
    // "was signed on April 12 and comes into force on January 1": the act's status is the signing's; the
    // entry into force is a second event (split-effective-dates), so the clause is read up to it.
    const effectAt = EFFECT_CUE_NAMES.has(c.cue.name) ? -1 : laterEffect(clause, c.cue.end - c.clauseStart);
    const upToEffect = effectAt > 0 ? clause.slice(0, effectAt) : clause;
    // "More than three years after the Cybersecurity Law came into force, the government has issued …": a fronted
    // time clause tells another act's status, not this one's
    const fronted = FRONTED_TIME_CLAUSE.exec(upToEffect);
    const own = fronted && fronted[0].length <= c.cue.start - c.clauseStart ? upToEffect.slice(fronted[0].length) : upToEffect;
    const rule = STATUS_RULES.find((r) => (!r.when || r.when(c)) && r.pattern.test(own) && (c.type !== 'court' || COURT_STATUSES.has(r.status)));
    if (c.type === 'statement') return { ...c, status: null };
    // "takes effect on December 10": scheduled or in force depending on the date against publication.
    if (!rule && TAKES_EFFECT_PRESENT.test(own) && c.date.value && c.date.basis !== 'reported' && ctx.article.published) {
      return { ...c, status: isAfterPublication(c, ctx.article.published) ? 'scheduled' : 'in_force' };
    }
    // in force on a day still to come is scheduled: "the ban will be in force from 1 September"
    if (rule?.status === 'in_force' && isAfterPublication(c, ctx.article.published)) return { ...c, status: 'scheduled' };
    return { ...c, status: rule?.status ?? null };
  });

/** A fronted time clause up to its comma: "After the law came into force, …", "More than three years after …, ". */
const FRONTED_TIME_CLAUSE = /^\W*(?:(?:more than|less than|about|nearly|almost|some|just|only)\s+)?(?:(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?)\s+)?(?:after|before|since|following|once|when)\b[^,]{3,160},\s*/i;

/** ", and comes into force", "and takes effect": an entry into force coordinated after the act's verb. */
const COORDINATED_EFFECT = new RegExp(String.raw`\s(?:and|but)\s+(?:it\s+|will\s+|is\s+due\s+to\s+|is\s+set\s+to\s+)?${TAKES_EFFECT_PHRASE}\b`, 'i');

/** Where a coordinated entry into force starts after the cue (clause-relative), or -1. */
function laterEffect(clause: string, cueEnd: number): number {
  const m = COORDINATED_EFFECT.exec(clause.slice(cueEnd));
  return m ? cueEnd + m.index : -1;
}

/** The candidate's own date (not the report's day) falls after publication, at the date's precision. */
function isAfterPublication(c: Candidate, published: string | null): boolean {
  if (!c.date.value || c.date.basis === 'reported' || !published) return false;
  return c.date.value > published.slice(0, c.date.value.length);
}
