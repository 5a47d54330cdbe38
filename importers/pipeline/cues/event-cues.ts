import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../dates/calendar-words';
import { BAN_LIFTED_SOURCE } from './ban-lifted';
import { DEADLINE_SOURCE } from './deadline-phrases';
import { TAKES_EFFECT_PHRASE } from './effect-phrases';
import { BAN_VERB, GAP, rx, SANCTION_WORD, type CueRule } from './cue-regex';
import { DEVICE_BAN_CUES } from './device-ban-cues';
import { DATA_GOVERNANCE_CUES } from './data-governance-cues';
import { TRADE_RESTRICTION_CUES } from './trade-restriction-cues';
import { BILL_STOPPED_SOURCE, CHAMBER_SOURCE, LAW_ACRONYM_SOURCE, LAW_NOUN_SOURCE } from './law-nouns';
import { LAWSUIT_TOPIC, MINORS } from './policy-topics';
import { REPORTING_VERB_SOURCE } from './reporting-verbs';

export { TAKES_EFFECT_PHRASE } from './effect-phrases';
export type { CueRule } from './cue-regex';

/**
 * Lexical and grammatical cues for event types: a verb lemma with its object, or a noun with the
 * verb that acts on it. Read over a clause whose quotations are blanked out. The strongest cue in a
 * clause decides its type; on a tie, the earlier rule in this list wins (specific before general).
 * A new phrasing is a new line here, never a longer if-chain elsewhere.
 */


const LEGISLATURE = /\b(?:committees?|subcommittee|congress|congressional|senate|house|parliament\w*|lawmakers|legislat\w+|senators|MPs|assembly|panel|bill)\b/i;
const LAW_NOUN = LAW_NOUN_SOURCE;

/** What "block" and "ban" obstruct when they are not a ban of a service: "blocked the road", "blocked the agreement". */
const OBSTRUCTED_OBJECT = String.raw`entrances?|roads?|streets?|highways?|bridges?|doors?|gates?|traffic|paths?|view|shots?|agreements?|accords?|stance|resolutions?|move|talks|budget|motions?|entry|passage|consensus|compromise`;
/**
 * A law as the object of "block" or "ban" is a law stopped (by a court: court-rules, law-blocked), not a service banned:
 * "has succeeded in blocking other online child safety laws" (not "blocked Zapchat under the law": no preposition between).
 */
const NOT_LAW_OBJECT = String.raw`(?!\s+(?:(?:the|a|an|its|their|his|her|any|other|similar|several|two|three)\s+)?(?:(?!(?:from|on|under|in|for|with|by|to|at|after|over)\b)[\w'’-]+\s+){0,4}?(?:laws?|statutes?|legislation|bills?)\b)`;
/** Verbs that move a law, inflected (not prefixes: "sign" is not "significant", "pass" not "passengers", "back" not "backlash"). */
const LAW_VERB = String.raw`(?:introduc(?:e|es|ed|ing)|pass(?:es|ed|ing)?|sign(?:s|ed|ing)?|enact(?:s|ed|ing)?|implement(?:s|ed|ing)?|approv(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|vot(?:e|es|ed|ing) (?:\w+ly )?(?:[\d]+[-–][\d]+ |[\d]+ to [\d]+ )?(?:on|for|through|in favou?r of|down|against)|defeat(?:s|ed|ing)?|promulgat(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|fil(?:e|es|ed|ing)|submit(?:s|ted|ting)?|gazett(?:e|es|ed|ing)|(?:gave|give|gives|giving|granted|grants) (?:its |their |the |a )?(?:final |formal |initial )?(?:approval|assent|green light) to|ratif(?:y|ies|ied|ying)|sanction(?:s|ed|ing)? (?=(?:the|a) (?:new )?(?:law|bill|legislation|decree|reform)\b)|draft(?:s|ed|ing)?|rubber[- ]stamp(?:s|ed|ing)?|propos(?:e|es|ed|ing)|advanc(?:e|es|ed|ing)(?!\s+(?:semiconductor|chips?|computing|technolog|AI\b|artificial|manufacturing|weapons|economies|economy|nations|countries|models?|materials|degree|age|stage|notice|warning|payment|search|features?|tools?|equipment|processors?|nodes?|systems?)\w*)|back(?:s|ed|ing)?|unveil(?:s|ed|ing)?|tabl(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|amend(?:s|ed|ing)?|issu(?:e|es|ed|ing)|publish(?:es|ed|ing)?|notif(?:y|ies|ied|ying)|paus(?:e|es|ed|ing)|shelv(?:e|es|ed|ing)|withdr(?:ew|aw|aws|awn|awing)|reject(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|veto(?:es|ed|ing)?)`;

/**
 * "investigation" that is not an agency's name: "the Federal Bureau of Investigation", "the Central
 * Bureau of Investigation", "the National Investigation Agency" act, they are not a probe.
 */
const AGENCY_FREE_INVESTIGATION = String.raw`(?<!\b(?:bureau|department|office|agency|directorate|division|centre|center|service)\s+of\s+)investigations?(?!\s+(?:agency|bureau|department|service|division|directorate)\b)`;

/**
 * Courts not called courts: the high administrative courts named councils ("France's Council of State overturned the
 * suspension", "the Conseil d'État", "the Constitutional Council struck down the article"). Not China's State Council, a cabinet.
 */
const HIGH_COUNCIL = String.raw`Council of State|Conseil d['’](?:É|E)tat|Constitutional Council|Conseil constitutionnel`;

/** What a court does to a case, a law or an act (court-rules, council-rules): "blocked", "upheld", "found … guilty", "declined to", "issued an injunction". */
const COURT_ACTS = String.raw`(?:agree(?:s|d)\s+(?:(?:on\s+)?\w+day\s+)?that|decid(?:e|es|ed)\s+(?:(?:on\s+)?\w+day\s+)?that|block\w*|reviv(?:e|es|ed|ing)|reinstat(?:e|es|ed|ing)|affirm(?:s|ed|ing)?|confirm(?:s|ed)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:decision|ruling|fine|judg(?:e)?ment|sentence|ban|order|penalty)|vacat(?:e|es|ed|ing)|rul(?:e|es|ed)|found\s+(?:[\w.&'’-]+\s+){1,4}?guilty|reduc(?:e|es|ed)\s+(?:the|this|its|that)\s+(?:[\w-]+\s+)?(?:fine|penalty|sentence|this)\b|reduc(?:e|es|ed)\s+(?:this|it)\s+to|(?<!\b(?:courts?|judges?|tribunal)['’]?s?\s+)ruling|struck|strik\w*|uph[eo]ld\w*|halt\w*|suspend\w*|enjoin\w*|dismiss\w*|overturn\w*|annul\w*|quash\w*|invalidat(?:e|es|ed|ing)|set aside|revers(?:e|es|ed|ing)|sided with|backed|back(?:s|ing) (?:the|a|an|its)|order(?:s|ed)|issu(?:e|es|ed)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:injunction|order|ruling|decision|judgment|verdict)|threw out|throw\w* out|grant\w*|temporarily|allow(?:s|ed)\b${GAP(60)}\bto (?:proceed|go forward|go ahead|continue|stand)|declin(?:e|es|ed) to|refus(?:e|es|ed) to|reject(?:s|ed)|den(?:y|ies|ied)|adjourn(?:s|ed))`;

/**
 * A court's act told by its subject: the court's noun, not the forum something is told to or filed in ("asked the court to",
 * "petitioned a federal judge"), within 30 characters of one of COURT_ACTS.
 */
function courtActsBy(subject: string): RegExp {
  return rx(String.raw`\b(?:${subject})\b(?<!\b(?:told|to|in|before|at|from|with|asked|petitioned)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}(?:${subject}))${GAP(30)}\b${COURT_ACTS}\b`);
}

/** The verbs of infringement-found's findings ("found that …", "deemed … unlawful"), read again by resolve-dates' conduct-period. */
const FOUND_VERBS = String.raw`found|finds|concluded|concludes|determined|determines`;
const JUDGED_VERBS = String.raw`judged|deemed|declared`;
/** A cue text that opens on a verb of finding (not infringement-found's other act, "imposed conditions on the deal"). */
export const FINDING_VERB = new RegExp(String.raw`^(?:${FOUND_VERBS}|${JUDGED_VERBS})\b`, 'i');

export const EVENT_CUES: readonly CueRule[] = [
  // court: rulings, injunctions, lawsuits (first: "a judge blocked the age-verification law" is a court event)
  // court-ruled-to: "Tagansky Court considered the suit of Roskomnadzor and ruled to immediately block Telegram": a court's
  // ruling told with its infinitive, farther from its subject than court-rules reaches
  { type: 'court', name: 'court-ruled-to', weight: 6, pattern: rx(String.raw`\b(?:courts?|judges?|tribunal)\b${GAP(60)}\b(?:ruled|decided|ordered)\s+to\s+(?:\w+ly\s+)?(?:block|ban|suspend|halt|uphold|reject|dismiss|lift|restore|fine|shut)\b`) },
  // court-participle: "A judge on Monday handed Google a legal blow, ruling in a landmark case that …": the ruling told by a
  // participle after the court's first predicate, farther than court-rules reaches
  { type: 'court', name: 'court-participle', weight: 5, pattern: rx(String.raw`\b(?:courts?|judges?|justices|tribunal)\b(?<!\b(?:told|to|in|before|at|from|with|asked|petitioned)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}(?:courts?|judges?|justices|tribunal))[^;.]{0,90}?,\s+(?:ruling|finding|holding|declaring)\s+(?:that|in|on)\b`) },
  { type: 'court', name: 'court-rules', weight: 6, pattern: courtActsBy(String.raw`courts?|judges?|justices|tribunal|circuit`) },
  // a jury's verdict: "A jury found Zenith liable on Monday for monopolising app distribution"
  { type: 'court', name: 'jury-verdict', weight: 6, pattern: rx(String.raw`\bjur(?:y|ies)\b${GAP(40)}\b(?:found|finds|ruled|sided|awarded|returned\s+a\s+verdict|cleared|convicted|acquitted)\b`) },
  // a suit settled for money: "Zenith agreed on Monday to pay $1.4 billion to settle a lawsuit brought by Texas"
  { type: 'court', name: 'suit-settled', weight: 5, pattern: rx(String.raw`\bpay\b(?:[^.;]|\.(?=\d)){0,80}?\bto\s+settle\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:lawsuits?|suits?|cases?|complaints?|claims?)\b`) },
  // court-ruling-participle: the ruling told by a participle after the court's own clause, however long ("A federal judge on
  // Tuesday handed the department a victory in its case against Zenith, ruling that the company kept a monopoly")
  { type: 'court', name: 'court-ruling-participle', weight: 5, pattern: rx(String.raw`\b(?:courts?|judges?|justices|tribunal)\b[^.;]{0,200}?,\s+(?:ruling|finding|holding)\s+that\b`) },
  // court-passive-agent: "A last-ditch effort by the FTC to block the purchase was denied by a federal court Friday": the court, as
  // the agent of a passive, decided (heavier than the act it decided on)
  { type: 'court', name: 'court-passive-agent', weight: 7, pattern: rx(String.raw`\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:denied|rejected|dismissed|blocked|upheld|struck down|overturned|thrown out|halted|suspended|annulled|quashed)\s+by\s+(?:an?\s+|the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:court|judge|justices|tribunal)\b`) },
  // in-a-ruling: "In a ruling issued on Tuesday, U.S. District Judge Ann Roe outlined remedies …": the ruling named in a fronted
  // phrase, the court or judge its subject
  { type: 'court', name: 'in-a-ruling', weight: 5, pattern: rx(String.raw`\b[Ii]n\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:ruling|judgment|judgement|verdict|opinion)\b`), requires: /\b(?:courts?|judges?|justices|tribunal)\b/i },
  // council-rules: the same acts by a high court named a council (a cue of its own: "council" is common, and court-rules' words
  // are read first for every clause that has one)
  { type: 'court', name: 'council-rules', weight: 6, pattern: courtActsBy(HIGH_COUNCIL) },
  // a judge by title ("Justice Ana Costa ordered the suspension", "Judge Lee halted the rule"): case-sensitive, a name follows
  { type: 'court', name: 'judge-orders', weight: 6, pattern: new RegExp(String.raw`\b(?:Justice|Judge|Magistrate)\s+(?:[A-Z][\w'’.-]+\s+){1,4}(?:\w+\s+){0,2}?(?:order(?:s|ed)?|block(?:s|ed)?|suspend(?:s|ed)?|rul(?:es|ed)|halt(?:s|ed)?|froze|freez(?:es|ing)|dismiss(?:es|ed)|grant(?:s|ed)|uph[eo]ld(?:s)?|gave|adjourn(?:s|ed))\b`) },
  // a case won or lost, or to be heard: "Uber won a court case against the ministry", "the case will be heard by the court"
  { type: 'court', name: 'case-won-or-heard', weight: 5, pattern: rx(String.raw`\b(?:won|lost|wins|loses)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:court case|lawsuit|court battle|legal battle|legal challenge|case|appeal)\b|\b(?:will be|to be|was|is being|were)\s+heard\s+by\b${GAP(40)}\b(?:court|tribunal|judges?)\b`) },
  // a ruling sought: "prosecutors sought to have the network declared extremist" (a request in other words: asked-court)
  { type: 'court', name: 'ruling-sought', weight: 5, pattern: rx(String.raw`\bsought to have\b${GAP(60)}\b(?:declared|banned|blocked|designated|shut down|dissolved|liquidated)\b`) },
  // a law blocked in the passive, with no agent: "The law will be blocked pending the outcome of the case", "Similar laws
  // in Texas have been partially blocked", the headline "Arkansas law blocked" (only courts block laws this way; ban-verb
  // would read a ban of a service)
  { type: 'court', name: 'law-blocked', weight: 4, pattern: rx(String.raw`\b(?:law|laws|statute|statutes|act|legislation|ordinance|measure)\b(?:\s+(?:in|of|on|for)\s+(?:[\w'’.,-]+\s+){1,5}?|\s+)(?:was|were|is|are|has|have|had|will|would|remains?|remained)\s+(?:also\s+|since\s+|now\s+)?(?:been\s+|be\s+)?(?:\w+ly\s+|partially\s+|partly\s+|fully\s+|or\s+)*(?:blocked|enjoined|struck down|put on hold)\b|\b(?:law|laws|statute|act|ban)\s+(?:temporarily\s+)?(?:blocked|enjoined|struck down|put on hold)(?=\s*$|\s+(?:by|in court|again)\b)`) },
  // the passive of a ruling: "The law was struck down by the Constitutional Court in 2021"
  { type: 'court', name: 'ruled-by-court', weight: 6, pattern: rx(String.raw`\b(?:struck down|overturned|annulled|invalidated|quashed|blocked|halted|suspended|upheld|enjoined|set aside|thrown out|dismissed|rejected)\s+by\s+(?:an?\s+|the\s+|[A-Z][\w.'’-]*['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:courts?|judges?|justices|tribunal)\b`) },
  // a trial under way: "The trial began on February 10", "the first stand-alone trial is getting underway"
  { type: 'court', name: 'trial-begins', weight: 5, pattern: rx(String.raw`\btrials?\b${GAP(60)}\b(?:beg(?:an|ins|in)|open(?:s|ed)|start(?:s|ed)|(?:is|are|was|got|gets)\s+(?:getting\s+)?under\s?way|kick(?:s|ed)\s+off)\b`) },
  // a court taking up a case: "The court will hear arguments on January 10", "the justices agreed to hear the appeal"
  // a court's hearing of a case: "A hearing on the petition is scheduled for Aug. 22"
  { type: 'court', name: 'court-hearing', weight: 5, pattern: rx(String.raw`\bhearings?\s+(?:on|in|into|over)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:petition|case|appeal|lawsuit|suit|complaint|challenge|motion|injunction)\b`) },
  { type: 'court', name: 'court-to-hear', weight: 5, pattern: rx(String.raw`\b(?:courts?|judges?|justices|tribunal)\b${GAP(40)}\bhear(?:s|d|ing)?\s+(?:oral\s+)?(?:arguments|the case|the appeal|an appeal|the challenge|a challenge|the lawsuit|the dispute)\b`) },
  { type: 'court', name: 'appeal', weight: 5, pattern: rx(String.raw`\b(?:filed|lodged|launched)\s+(?:an?\s+)?(?:(?:new|fresh|second|formal|antitrust|civil|criminal|separate|amended)\s+){0,2}(?:appeal|legal challenge|challenge|complaint(?!\s+(?:with|to)\b))\b|\bappeal(?:s|ed)?\s+(?:the|a|an|against)\b|\bappeal(?:s|ed)?\s+to\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:courts?|tribunals?|judges?|justices|chamber|panel|board|commission)\b|\b(?:General Court|Court of Justice|Supreme Court|High Court)\b(?!\s+(?:Chief\s+)?(?:Justices?|Judges?|nominees?|nominations?|building)\b)(?<!\b(?:told|before|informed|assured|outside|near|front of|steps of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:General Court|Court of Justice|Supreme Court|High Court))`) },
  // a judge delivering a decision: "Justice Kennett handed down his decision on Monday"
  { type: 'court', name: 'hand-down-decision', weight: 5, pattern: rx(String.raw`\b(?:hand(?:s|ed|ing)? down|deliver(?:s|ed|ing)?)\s+(?:(?:his|her|its|their|a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:decision|ruling|judgment|judgement|verdict|sentence)\b`) },
  // a party asking a court for relief: "the firm asked the district court for an injunction"
  { type: 'court', name: 'asked-court', weight: 5, pattern: rx(String.raw`\b(?:ask\w*|petition\w*|appl(?:y|ies|ied))\s+(?:to\s+)?(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,4}?(?:court|tribunal)\s+(?:for|to)\b`) },
  // an injunction granted, extended or refused: "the interim injunction granted on 2 May"
  { type: 'court', name: 'injunction-decided', weight: 5, pattern: rx(String.raw`\binjunctions?\b${GAP(30)}\b(?:granted|extended|issued|refused|lifted|dissolved)\b|\b(?:grant\w*|extend\w*|refus\w*|won|obtain\w*|secur\w*)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?injunction\b`) },
  { type: 'court', name: 'criminal-charge', weight: 4, pattern: rx(String.raw`\b(?:indicted|prosecuted|convicted|sentenced)\b|\bcharged\b(?!\s+with\s+(?:relaunching|overseeing|enforcing|regulating|policing|administering|implementing\s+and|leading|running|organi[sz]ing|implementing|ensuring|monitoring|drafting|coordinating|preparing|reviewing|verifying|supervising|managing|developing|protecting|guarding|handling|investigating|examining|restoring|rebuilding|negotiating|mediating|securing)\b)(?=${GAP(60)}\bwith\b)|\b(?:criminal charges?|pressed charges)\b`) },
  // a complaint filed again or amended: "the regulator said in a statement about its new filing"
  // a suit brought against a party, stronger than the topic words beside it ("filed suit against the app, charging it with
  // failing to protect children's data"): "initiated legal action against", "filed a lawsuit against"
  { type: 'court', name: 'suit-filed-against', weight: 6, pattern: rx(String.raw`\b(?:fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|br(?:ing|ings|ought)|initiat(?:e|es|ed|ing)|launch(?:es|ed|ing)?|commenc(?:e|es|ed|ing))\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|legal action|legal challenge|legal fight|legal battle|court battle|court fight|legal proceedings|complaint|case)\s+against\b|\b(?:took|takes|taking|take)\s+legal action\s+against\b`) },
  // sued-to-block: "sued to block Nvidia's acquisition of Arm": the suit is the act (court), not the deal's block (enforcement)
  { type: 'court', name: 'sued-to-block', weight: 7, pattern: rx(String.raw`\bsu(?:ed|es|ing)\s+(?:on\s+\w+\s+)?to\s+(?:block|stop|halt|prevent|unwind|undo)\b`) },
  { type: 'court', name: 'refiled-complaint', weight: 4, pattern: rx(String.raw`\b(?:re-?fil(?:e|es|ed|ing)|new (?:court )?filing|amended (?:complaint|lawsuit|suit))\b`), requires: LAWSUIT_TOPIC },
  // complaint-in-court: "NetChoice filed its complaint June 29 in the Western District of Arkansas": a complaint, petition or
  // motion filed where the clause names a court (not "filed a complaint with the regulator", a complaint to an agency)
  { type: 'court', name: 'complaint-in-court', weight: 5, pattern: rx(String.raw`\bfil(?:e|es|ed|ing)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:complaint|petition|motion|brief)\b`), requires: /\b(?:court|district|circuit|judges?|justices|tribunal)\b/i },
  // challenged-in-court: "Apple has challenged the notices at the Investigatory Powers Tribunal", "challenged the law in court"
  { type: 'court', name: 'challenged-in-court', weight: 4, pattern: rx(String.raw`\bchalleng(?:e|es|ed|ing)\s+(?:the|a|an|its|their|this|that|these)\s+(?:[\w'’-]+\s+){0,4}?(?:in|at|before)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:courts?|tribunal)\b`) },
  { type: 'court', name: 'lawsuit', weight: 4, pattern: rx(String.raw`\b(?:lawsuits?|sued|sues|suing|injunctions?|filed (?:a )?suit|class action|legal challenge)\b|\b(?:suit|complaint|petition)s?,?\s+(?:which was\s+|was\s+)?filed\b`), requires: LAWSUIT_TOPIC },

  // trade_restriction: export controls, equipment and sales bans, entity lists (cues/trade-restriction-cues.ts)
  ...TRADE_RESTRICTION_CUES,

  // device_ban: bans on the state's own devices and staff (cues/device-ban-cues.ts)
  ...DEVICE_BAN_CUES,

  // statement: urging, warning, accusing, letters, calls; the speaker acts by speaking
  { type: 'statement', name: 'urge-warn-accuse', weight: 6, pattern: rx(String.raw`(?<!\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?)\b(?:urg(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|warn(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|vow(?:s|ed)?|pledg(?:e|es|ed)|object(?:s|ed) to|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|decr(?:y|ies|ied)|deplor(?:e|es|ed)|lambast(?:s|ed)?|slam(?:s|med)(?!\s+(?:[\w'’.&-]+\s+){1,4}?with\s+(?:an?\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:fines?|penalt(?:y|ies))\b)|lobb(?:ies|ied)|(?<!\b(?:after|of|intense|heavy|fierce|the|its|their)\s+)lobbying(?!\s+by\b)|lobby(?= (?:for|against|the|lawmakers|regulators|officials|governments?)\b))\b`) },
  // the passive with a governmental agent: "The move was condemned by China's foreign ministry" (the agent speaks)
  { type: 'statement', name: 'condemned-by', weight: 6, pattern: rx(String.raw`\b(?:condemned|criticised|criticized|denounced|decried|deplored|slammed)\s+by\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}?(?:[\w-]+\s+){0,2}?(?:ministry|government|embassy|president|prime minister|minister|spokes(?:man|woman|person)|officials?|regulators?|authorit(?:y|ies)|commission)\b`) },
  // an authority defending its act: "The bureau on Saturday justified the government's decision to block the app"
  { type: 'statement', name: 'defend-decision', weight: 6, pattern: rx(String.raw`\b(?:justif(?:y|ies|ied|ying)|defend(?:s|ed|ing)?)\s+(?:(?:the|its|their|his|her|a)\s+)?(?:[\w'’-]+\s+){0,3}?(?:decision|move|ban|block|order|measure|measures|policy|ruling|fine)\b`) },
  { type: 'statement', name: 'letter-or-call', weight: 6, pattern: rx(String.raw`\b(?:(?:has|have|had) (?:already |also )?written to|wrote (?:a letter|to)|sent (?:a )?letters?|(?:(?<!\b(?:voice|video|phone|audio|internet|WhatsApp|Telegram|VoIP)\s+(?:and\s+(?:voice|video)\s+)?)call(?:s|ed|ing)?|(?<!\bCourts? of )appeal(?:s|ed)?) (?:on|for)|(?:renew|repeat|reiterat)\w* (?:\w+ ){0,2}calls?)\b`) },
  // lobbying a government to change course: "called the governor to ask for changes to the bill", "asked the minister to veto it"
  { type: 'statement', name: 'ask-to-change', weight: 5, pattern: rx(String.raw`\bask(?:s|ed|ing)?\b${GAP(40)}\b(?:for (?:changes|amendments|a delay|an exemption)|to (?:change|amend|veto|delay|drop|scrap|rethink|reconsider|exempt|soften|withdraw))\b`) },
  { type: 'statement', name: 'told-officials', weight: 6, pattern: rx(String.raw`\b(?:told|admitted to|testified to|wrote to|briefed|assured|warned)\s+(?:[\w.]+\s+){0,2}?(?:lawmakers|senators|congress|parliament|MPs|members of (?:parliament|congress)|regulators|legislators|a (?:parliamentary|congressional|senate) (?:committee|panel|hearing))\b`) },

  // age_restriction: minimum-age rules and age checks, with a rule word
  { type: 'age_restriction', name: 'minimum-age-rule', weight: 5, pattern: rx(String.raw`\b(?:under-1[3-8]s?|under 1[3-8]|under the age of 1[3-8]|younger than 1[3-8]|minimum (?:legal |digital )?age|age[- ]verification|(?:verify|verif(?:ies|ied|ying)|check(?:s|ed|ing)?|confirm(?:s|ed|ing)?|estimat(?:e|es|ed|ing)|assur(?:e|es|ed|ing))\s+(?:the\s+)?(?:\w+['’]?s?\s+)?ages?(?:\s+of)?|age limits?|underage|age checks?|(?:digital\s+)?age of (?:digital\s+)?consent|parental (?:consent|permission|approval)|age[- ]assurance|teen(?:age)? (?:social media )?ban|(?:check|verify|confirm|ensure)(?:s|ed|ing)?\s+that\s+(?:[\w-]+\s+){1,5}(?:are|is)\s+(?:adults|over 1[3-8]|at least 1[3-8])|\b(?:be|are|is)\s+(?:at least|over|older than)\s+1[3-8](?:\s+years?(?:\s+old|\s+of\s+age)?)?)\b`), requires: rx(String.raw`\b(?:ban|bans|banned|banning|bar|bars|barred|barring|law|laws|legislation|requir(?:e|es|ed|ing)|must|ha(?:ve|s) to|obliged|rules?|(?:can|could|may|will)\s+no\s+longer|(?:not|no\s+longer)\s+(?:be\s+)?(?:allowed|permitted)|forbidden|restrict\w*|prohibit\w*|bill|mandat\w*|stop|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|set|sets|setting|impos(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|propos(?:e|es|ed|al)|introduc(?:e|es|ed|ing)|enforc(?:e|es|ed|ing))\b`) },
  // limits for young people set by an act: "rolled out tough new restrictions on how long minors can play"
  // minors limited as the object: "the government limited minors under the age of 18 to three hours of games a week"
  { type: 'age_restriction', name: 'minors-limited', weight: 5, pattern: rx(String.raw`\b(?:limit|restrict|bar|ban)(?:s|ed|red|ned|ing|ring|ning)?\s+(?:minors|children|teenagers|teens|young people|under-\d+s|users under)\b`) },
  { type: 'age_restriction', name: 'limits-for-minors', weight: 5, pattern: rx(String.raw`\b(?:restrictions?|limits?|curbs?|rules|ban|caps?)\b${GAP(40)}\b${MINORS}\b`), requires: rx(String.raw`\b(?:roll(?:s|ed|ing)? out|la(?:id|ys|ying) out|impos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|adopt(?:s|ed|ing)?|announc(?:e|es|ed|ing)|set (?:out|up)|tighten(?:s|ed|ing)?)\b`) },

  // divestiture: forced sale, divest-or-ban
  // a sale deadline: "ByteDance has until Jan. 19 to sell the app or face a ban" (heavier than a bare deadline)
  { type: 'divestiture', name: 'sell-or-face-ban', weight: 6, pattern: rx(String.raw`\b(?:has|have|had|given|gave|giving)\s+(?:\w+\s+){0,2}?until\b${GAP(40)}\bto\s+(?:sell|divest)\b|\bto\s+(?:sell|divest)\b${GAP(60)}\bor\s+(?:face|be)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:ban|banned|block|blocked)\b`) },
  { type: 'divestiture', name: 'divest', weight: 5, pattern: rx(String.raw`\bdivest\w*\b|\bdivest-or-ban\b|\bsell-or-ban\b|\bforced sale\b`) },
  { type: 'divestiture', name: 'force-to-sell', weight: 5, pattern: rx(String.raw`\b(?:forc\w*|order\w*|demand\w*|compel\w*|requir\w*|push\w*)\b${GAP(70)}\bto sell\b`) },
  // the passive names the authority between: "was ordered by the Committee on Foreign Investment in the US (CFIUS) to sell"
  { type: 'divestiture', name: 'ordered-by-to-sell', weight: 5, pattern: rx(String.raw`\b(?:forced|ordered|compelled|required|told|directed)\s+by\s+${GAP(90)}\bto\s+(?:sell|divest)\b`) },
  // the sale as the object: "a government panel ordered the sale", "regulators demanded a forced divestiture"
  // (not what a bill "would force": the bill's own step is the event)
  { type: 'divestiture', name: 'sale-ordered', weight: 5, pattern: rx(String.raw`(?<!\b(?:would|could|will|might|may|to)\s+)\b(?:order(?:s|ed|ing)?|demand(?:s|ed|ing)?|forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|mandat(?:e|es|ed|ing))\s+(?:the|a|an|its)\s+(?:(?:forced|swift|full|quick|immediate|partial)\s+)?(?:sale|divestiture|divestment|sell-off)\b`) },
  // a sale demanded in other words: "the government said the owners had to sell most of it", "must reduce its stake by 86%"
  { type: 'divestiture', name: 'must-sell', weight: 5, pattern: rx(String.raw`\b(?:had|has|have|would have|will have)\s+to\s+sell\b|\b(?:must|ordered\s+to|required\s+to|forced\s+to|told\s+to)\s+(?:reduce|cut|lower|dispose of|divest)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:stake|holding|shareholding)\b`) },
  { type: 'divestiture', name: 'sell-stake', weight: 5, pattern: rx(String.raw`\bsell(?:s|ing)?\s+(?:off\s+)?(?:its|their|the|a)\s+(?:[\w.'’-]+\s+){0,3}(?:stake|assets|business|operations|shares)\b`) },
  { type: 'divestiture', name: 'sale-of-assets', weight: 4, pattern: rx(String.raw`\b(?:sale|spin-?off)\s+of\s+${GAP(30)}(?:assets|stake|operations|business)\b`) },

  // executive_action: orders, directives, rescissions
  { type: 'executive_action', name: 'rescind', weight: 5, pattern: rx(String.raw`\b(?:rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing))\b(?!\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,2}?(?:licen[cs]es?|permits?|registrations?|accreditations?)\b)`) },
  { type: 'executive_action', name: 'executive-order', weight: 5, pattern: rx(String.raw`\bexecutive orders?\b|\b(?:sign\w*|issu\w*)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:new\s+|binding\s+|formal\s+|presidential\s+)?(?:order|directive|decree|guidance|memorandum|memo|advisory|circular)\b|\brelease[sd]?\s+(?:an?\s+|the\s+|its\s+)?(?:new\s+)?(?:circular|directive|decree)\s+(?:on|regarding|about|that|requiring|mandating|ordering)\b|\bemergency powers\b|\b(?:order|directive|decree|memorandum)\s+(?:was\s+|he\s+|she\s+)?signed\s+(?:by|on|last|this|earlier)\b|\b(?:sign\w*|issu\w*)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?EOs?\b` +
    // a numbered instrument by its name: "issued Press Note 3", "issued Decree No. 72", "signed Circular 12"
    String.raw`|\b(?:sign\w*|issu\w*)\s+(?:the\s+)?(?:Press Note|Circular|Decree|Notification|Resolution|Directive|Ordinance|Order)\s+(?:No\.?\s*)?\d+\b`) },
  // a law's powers invoked: "the government invoked the Goods Availability Act", "The Act has been invoked because …" (not "has
  // rarely been invoked")
  { type: 'executive_action', name: 'law-invoked', weight: 5, pattern: rx(String.raw`\binvok(?:e|es|ed|ing)\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,5}?(?:act|law|powers|article\s+\d+|section\s+\d+)\b|\b(?:act|law|powers)\s+(?:(?:has|have|had)\s+been|was|were)\s+invoked\b`) },
  // a head of government directing an agency: "The governor ordered the state police department to draw up a plan"
  { type: 'executive_action', name: 'order-agency', weight: 5, pattern: rx(String.raw`\b(?:order(?:s|ed)?|direct(?:s|ed)?|instruct(?:s|ed)?|task(?:s|ed)?)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,4}?(?:Department|Agency|Ministry|Office|agencies|departments|ministries)\b${GAP(80)}\bto\s+(?:develop|draw up|draft|prepare|write|produce|issue|create|review|study|propose|set up)\b`) },
  // enforcement-paused: an executive staying a law's or a ban's enforcement: "ordered a 75-day pause on enforcing a law that would
  // ban the app", "granted a 90-day reprieve from the ban" (a pause of a ban is no ban, nor a law)
  { type: 'executive_action', name: 'enforcement-paused', weight: 6, pattern: rx(String.raw`\b(?:order(?:s|ed|ing)?|grant(?:s|ed|ing)?|announc(?:e|es|ed|ing)|sign(?:s|ed|ing)?|issu(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|approv(?:e|es|ed|ing))\s+(?:an?\s+|another\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:pause|delay|moratorium|reprieve|stay|extension)\s+(?:on|of|in|from|to|for)\s+(?:the\s+|its\s+)?(?:enforc\w+|implement\w+|(?:[\w-]+\s+){0,2}?(?:ban|law|deadline|registration))\b`) },
  { type: 'executive_action', name: 'directive', weight: 4, pattern: rx(String.raw`\b(?:directive|(?<!\bconsent\s)decree)\b`) },

  // hearing: testimony before a legislature
  // (before a legislature: a court hearing is a court event)
  { type: 'hearing', name: 'testify', weight: 5, pattern: rx(String.raw`\b(?:testif(?:y|ies|ied|ying)|appear\w* before|summon\w*|grill(?:s|ed|ing)?)\b|\b(?:scrutini[sz](?:e|es|ed|ing)|questioned|pressed)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:executive|CEO|chief|officer|boss|head|founder)s?\b`), requires: LEGISLATURE },
  // "faced hours of hostile questioning from members of the committee", "was questioned by lawmakers"
  { type: 'hearing', name: 'questioned', weight: 5, pattern: rx(String.raw`\b(?:barrag|pepper|bombard|grill|quizz?)(?:e|es|ed|ing)?\s+(?:[\w'’.,-]+\s+){0,8}?with\s+(?:an?\s+(?:litany|barrage|series|string|volley)\s+of\s+)?questions\b|\bpil(?:e|es|ed|ing)\s+questions\s+on\b|\b(?:fac(?:e|es|ed|ing)|endur(?:e|es|ed|ing)|underw(?:ent|ent))\s+(?:[\w-]+\s+){0,4}?(?:questioning|questions|grilling|scrutiny)\s+(?:from|by)\b|\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:questioned|quizzed|pressed)\s+by\b`), requires: LEGISLATURE },
  { type: 'hearing', name: 'hearing', weight: 4, pattern: rx(String.raw`\bhearings?\b`), requires: LEGISLATURE },
  // a legislature compelling executives to testify: "The US Senate subpoenaed the CEOs of Zenith and Zapchat on Monday"
  { type: 'hearing', name: 'executives-subpoenaed', weight: 5, pattern: rx(String.raw`\bsubpoena(?:s|ed|ing)?\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:CEOs?|chief executives?|executives?|founders?|bosses|heads?)\b`), requires: LEGISLATURE },

  // enforcement: fines, penalties, removed accounts, compliance
  // a fine by its verb of giving: "slapped a 2 billion dong fine on the firm", "handed Google a fine", "levied a penalty"
  // fine-set: "The original notice of intent from the ICO set the fine at GBP27 million": the amount a regulator set or proposed
  // a regulator's formal instruction to a firm: "issued a fresh administrative guidance to Zenith", "gave administrative
  // guidance to the carrier", "issued a business improvement order to" (Japan's and Korea's regulators act this way)
  { type: 'enforcement', name: 'administrative-guidance', weight: 5, pattern: rx(String.raw`\b(?:issu|gave|giv|hand|serv)\w*\s+(?:(?:a|an|the|its)\s+)?(?:(?:fresh|new|second|further|formal|written|stern|strict|rare)\s+)?(?:administrative\s+guidance|(?:business\s+)?improvement\s+orders?|correct(?:ive|ion)\s+orders?|(?:formal\s+)?reprimand)\s+to\b`) },
  // a regulator handing a case on for prosecution: "The FTC referred a complaint against Zenith to the Justice Department"
  { type: 'enforcement', name: 'case-referred', weight: 5, pattern: rx(String.raw`\breferr(?:ed|ing|s)?\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:complaint|case|matter|investigation|findings?)\b${GAP(60)}\bto\s+(?:the\s+)?(?:Justice Department|Department of Justice|DOJ|prosecutors?|public prosecutor|police|attorney general|courts?)\b`) },
  { type: 'enforcement', name: 'fine-set', weight: 5, pattern: rx(String.raw`\b(?:set|sets|setting|put|puts|fixed|fixes)\s+(?:the|a|its)\s+(?:proposed\s+|provisional\s+|initial\s+|original\s+)?(?:fine|penalty)\s+at\b`) },
  { type: 'enforcement', name: 'fine-imposed', weight: 6, pattern: rx(String.raw`\b(?:slap(?:s|ped|ping)?|hand(?:s|ed|ing)?|dealt|deals|levi(?:ed|es)|levy(?:ing)?|impos(?:e|es|ed|ing)|set\s+(?=an?\s+(?:daily\s+|new\s+)?(?:fine|penalty)\b)|issu(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|dish(?:ed)? out|meted out)\b${GAP(70)}\b(?:fines?|penalt(?:y|ies))\b(?!\s+(?:of up to|up to)\b)|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w$.-]+\s+){0,3}?(?:fine|penalty),\s+(?:which\s+was\s+)?(?:imposed|levied|issued|handed down|announced)\s+(?:by|on)\b|\b(?:fine|penalty)\s+of\s+(?:[\w$€£.,-]+\s+){1,4}?(?:imposed|levied|handed down)\s+by\b`) },
  // a search of a company's premises by an authority: "raided the firm's offices", "a dawn raid on …"
  // the penalty as the sentence's subject: "The sanction handed down on Monday by the commissioner followed …"
  // (not one named inside a phrase: "lost an appeal against a fine imposed by Brussels" is the court's act)
  { type: 'enforcement', name: 'penalty-handed-down', weight: 6, pattern: new RegExp(String.raw`(?:^|[.;:]\s+)(?:The|Its|This|That)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:sanction|penalty|penalties|fines?)\s+(?:was\s+|were\s+|has been\s+|had been\s+)?(?:handed down|imposed|levied|issued)\s+(?:on|by|against)\b`) },
  // a regulator's sanction with its amount is a penalty, not a trade sanction: "the CNIL sanctioned Google LLC (60 million EUR)"
  { type: 'enforcement', name: 'sanction-with-amount', weight: 5, pattern: rx(SANCTION_WORD), requires: rx(String.raw`[€$£]\s?\d|\b\d[\d.,]*\s*(?:million|billion|bn|m)?\s*(?:euros?|EUR|dollars?|USD|pounds?|GBP|won|yen|yuan|rupees?|reais|lira)\b`) },
  { type: 'investigation', name: 'raid', weight: 5, pattern: rx(String.raw`\braid(?:s|ed|ing)?\b${GAP(40)}\b(?:offices?|headquarters|premises|sites?|facilit(?:y|ies))\b|\bdawn raids?\b|\bsearch(?:es|ed|ing)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){0,3}?(?:offices?|headquarters|premises)\b`) },
  // assets taken: "seized 5,551 crore rupees from the firm", "froze the company's bank accounts"
  { type: 'enforcement', name: 'assets-seized', weight: 5, pattern: rx(String.raw`\b(?:seiz(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing)|froze|freez(?:e|es|ing)|frozen|impound(?:s|ed|ing)?)\b${GAP(40)}\b(?:assets|funds|accounts|money|deposits|rupees|dollars|euros|yuan|crore|million|billion|property|servers|equipment)\b`) },
  // a case closed by agreement with an authority: "reached a settlement with the FTC", "settled the charges", the authority's
  // own vote: "The Federal Trade Commission voted this week to approve a roughly $5 billion settlement with Facebook"
  { type: 'enforcement', name: 'settlement', weight: 4, pattern: rx(String.raw`\b(?:secur(?:e|es|ed|ing)|w[oi]n(?:s|ning)?|obtain(?:s|ed|ing)?|reach(?:es|ed|ing)?|agree(?:s|d|ing)?(?: to)?|sign(?:s|ed|ing)?|announc(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing)|approv(?:e|es|ed|ing)|accept(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?(?:[\w$.,-]+\s+){0,4}?settlement\b|\bsettlement\b${GAP(80)}\b(?:was|were|has been|have been)\s+(?:\w+ly\s+)?(?:announced|reached|finali[sz]ed|approved)\b|\bsettl(?:e|es|ed|ing)\b${GAP(30)}\b(?:charges|claims|allegations|case|probe|investigation|complaint)\b`), requires: rx(String.raw`\b(?:FTC|DOJ|SEC|FCC|commission|regulators?|watchdog|authorit(?:y|ies)|government|ministry|department|attorneys? general|state|prosecutors?|agency|office)\b`) },
  // a regulator's formal notice to a company: "issued a notice to X", "served the platform with a legal notice", "put Clearview
  // AI on formal notice"
  { type: 'enforcement', name: 'notice-served', weight: 5, pattern: rx(String.raw`\b(?:issu(?:e|es|ed|ing)|serv(?:e|es|ed|ing)|sen[dt](?:s|ing)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?notices?\s+(?:to|on|against)\b|\bserv(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,3}with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?notice\b|\b(?:put|puts|putting|placed|places)\s+(?:[\w'’.&-]+\s+){1,4}?on\s+(?:formal\s+)?notice\b`) },
  // a merger decision: "blocked Microsoft's acquisition of Activision", "cleared the takeover" (a competition authority's act)
  // a regulator's reprimand of a body or firm: "reprimanded the ministry for the leak"
  // a firm's people held by the state: "detained Telegram's founder at an airport", "arrested two TikTok employees"
  { type: 'enforcement', name: 'staff-detained', weight: 4, pattern: rx(String.raw`\b(?:detain|arrest)(?:ed|s|ing)?\s+(?:[\w'’.,-]+\s+){0,6}?(?:founder|co-founder|chief executive|CEO|executives?|employees?|staff(?:ers)?|boss|managers?)\b`) },
  // formal charges in a competition case: "sent Apple a statement of objections"
  { type: 'enforcement', name: 'statement-of-objections', weight: 5, pattern: rx(String.raw`\bstatements?\s+of\s+objections\b|\bcharge\s+sheet\b`) },
  { type: 'enforcement', name: 'reprimand', weight: 4, pattern: rx(String.raw`\b(?:reprimand(?:s|ed)?|censured|admonish(?:es|ed))\b`) },
  // a finding of an infringement, and conditions laid on a deal: "found that Apple had abused its dominant position",
  // "imposed conditions on the takeover"
  // activity-outlawed: "the central bank declared all crypto activities illegal", "ruled that all financial transactions involving
  // crypto currencies are illegal": a whole class of activity outlawed is a ban (a firm's conduct found unlawful is enforcement)
  { type: 'ban', name: 'activity-outlawed', weight: 6, pattern: rx(String.raw`\b(?:declar(?:e|es|ed|ing)|rul(?:e|es|ed|ing)|deem(?:s|ed)?)\s+(?:that\s+)?all\s+(?:[\w'’.-]+\s+){0,4}?(?:transactions|activities|trading|trade|mining|sales|services|payments|operations|business)\s+(?:(?:involving|related to|of|in|with)\s+(?:[\w'’.-]+\s+){0,3}?)?(?:(?:are|is|were|was|to be)\s+)?(?:illegal|unlawful|banned|prohibited)\b`) },
  { type: 'enforcement', name: 'infringement-found', weight: 5, pattern: rx(String.raw`\b(?:${JUDGED_VERBS})\s+(?:[\w'’.-]+\s+){1,6}?(?:to be\s+)?(?:discriminatory|unlawful|illegal|anti-?competitive|abusive|unfair)\b|\b(?:${FOUND_VERBS})\s+(?:that\s+)?(?:[\w'’.-]+\s+){0,4}?(?:had\s+|has\s+|have\s+)?(?:abused|breached|violated|infringed|failed to comply|(?:to\s+be\s+)?in\s+(?:breach|violation)\s+of|(?:broken|broke)(?=\s+(?:(?:the|its|their|a|an|[A-Z][\w-]*|competition|data|privacy|consumer)\s+){0,3}(?:law|laws|rules?|regulations?|act|code|terms|obligations|commitments)\b))\b|\bimpos(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:conditions|remedies|commitments)\s+on\s+(?:[\w'’.-]+\s+){0,3}?(?:takeover|merger|acquisition|deal|purchase|buyout|licen[cs]e)\b`) },
  // (or a deal a regulator voted to block: "voted to block the $69 billion deal")
  { type: 'enforcement', name: 'merger-decision', weight: 6, pattern: rx(String.raw`\b(?:block(?:s|ed|ing)?|clear(?:s|ed|ing)?|approv(?:e|es|ed|ing)|prohibit(?:s|ed|ing)?|veto(?:es|ed|ing)?|reject(?:s|ed|ing)?|den(?:y|ies|ied))\s+(?:[\w'’.$€£-]+\s+){0,4}?(?:acquisitions?|mergers?|takeovers?|buyouts?|purchases?|deal\s+to\s+(?:acquire|buy|take over|merge with)|(?<=\bvot(?:ed|es)\s+to\s+(?:block|prohibit|clear|approve)\s+(?:[\w'’.$€£-]+\s+){0,4}?)deal|sale\s+of\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|manufacturer|maker|business|stake|subsidiary|unit|factory|plant))\b`) },
  // merger-deal-vetoed: "the CMA, Britain's antitrust regulator, vetoed the deal in April": a competition authority blocking or
  // clearing "the deal" (a bare deal is any deal: the clause must name a competition body or a merger)
  { type: 'enforcement', name: 'merger-deal-vetoed', weight: 5, pattern: rx(String.raw`\b(?:block(?:s|ed)|veto(?:es|ed)|prohibit(?:s|ed)|clear(?:s|ed)|approv(?:es|ed))\s+(?:the|its|their)\s+(?:[\w'’.$€£-]+\s+){0,3}?deal\b`), requires: /\b(?:competition|antitrust|anti-trust|cartel|markets? authority|merger|takeover|acquisition|CMA|FTC|CADE|SAMR|ACCC|Bundeskartellamt)\b/i },
  // practice-suspended: "decided to suspend with immediate effect the validity of Meta's new privacy policy": a regulator
  // halting a firm's policy, processing or practice
  { type: 'enforcement', name: 'practice-suspended', weight: 5, pattern: rx(String.raw`\bsuspen(?:d|ds|ded|ding|sion\s+of)\s+(?:with\s+immediate\s+effect\s+)?(?:the\s+)?(?:validity\s+of\s+|effects?\s+of\s+)?(?:[\w'’-]+\s+){0,4}?(?:privacy\s+policy|data\s+processing|processing\s+of\s+(?:personal\s+)?data|data\s+collection|terms\s+of\s+(?:service|use))\b`) },
  // preliminary-findings: "According to the Commission's preliminary findings, the iPhone maker had breached the Act": a regulator's
  // formal charge before its decision (the EU's DMA and DSA procedure)
  { type: 'enforcement', name: 'preliminary-findings', weight: 5, pattern: rx(String.raw`\b(?:preliminary|initial)\s+(?:findings?|view|assessment)\b[^.;]{0,100}?\b(?:breach\w*|violat\w*|infring\w*|fail\w*\s+to\s+comply|non-?complian\w*)\b`) },
  // commitments-made-binding: "accepted and made binding the remedies from AliExpress": a case closed on a firm's commitments
  { type: 'enforcement', name: 'commitments-made-binding', weight: 5, pattern: rx(String.raw`\b(?:made|makes|making|make)\s+(?:legally\s+)?binding\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:commitments|remedies|pledges)\b|\b(?:made|makes|rendered)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:commitments|remedies|pledges)\s+(?:legally\s+)?binding\b`) },
  // law-brought-into-force: "They bring most digital markets sections of the Act into force on 1 January 2025"
  { type: 'legislation', name: 'law-brought-into-force', weight: 5, pattern: rx(String.raw`\b(?:bring|brings|brought|bringing)\s+(?:[\w'’(),-]+\s+){0,12}?into\s+(?:force|effect)\b`) },
  // digital-tax-imposed: "Kenya imposed a 1.5 percent digital service tax on revenue earned by online platforms": a tax laid on
  // platforms is a law of its own
  { type: 'legislation', name: 'digital-tax-imposed', weight: 5, pattern: rx(String.raw`\b(?:impos|introduc|levi|adopt|enact|approv)\w*\s+(?:an?\s+|the\s+|its\s+)?(?:new\s+)?(?:[\d.,]+\s*(?:%|per\s*cent|percent)\s+)?(?:digital\s+services?\s+tax|DST|(?:value[- ]added\s+tax|VAT)\s+on\s+(?:digital|online|foreign\s+digital)\s+(?:services?|platforms?))\b`) },
  // platforms-ordered-to-register: "Nepal ordered all social media platforms to register with the ministry within seven days": a
  // duty laid on a class of platforms by the executive (not a rule's content: "The rule requires all operators to register" is the rule)
  { type: 'executive_action', name: 'platforms-ordered-to-register', weight: 5, pattern: rx(String.raw`\b(?:order(?:s|ed)?|direct(?:s|ed)?|instruct(?:s|ed)?|ask(?:s|ed)?|told)\s+(?:all\s+)?(?:foreign\s+|global\s+|international\s+)?(?:social\s+media\s+|tech(?:nology)?\s+|online\s+|digital\s+|internet\s+)?(?:platforms|companies|firms|operators|providers|apps|networks|services)\s+(?:operating\s+in\s+(?:the\s+country|[A-Z]\w+)\s+)?to\s+(?:register|obtain\s+(?:an?\s+)?licen[cs]es?|get\s+(?:an?\s+)?licen[cs]es?|appoint|open\s+(?:an?\s+)?(?:local\s+)?offices?|set\s+up\s+(?:an?\s+)?(?:local\s+)?offices?)\b`) },
  // penalty-received: "…, while Meta faces a €200 million penalty", "Zenith was handed a fine of …": a fine told from its
  // payer's side (not one it could face: "faces fines of up to 6% of turnover")
  { type: 'enforcement', name: 'penalty-received', weight: 4, pattern: rx(String.raw`\b(?:faces|faced|received|receives|was\s+handed|were\s+handed|got)\s+(?:an?\s+|the\s+)(?![^.;]{0,40}\bup\s+to\b)(?:[\w$€£¥.,()-]+\s+){0,6}?(?:fine|penalty)\b(?!\s+of\s+up\s+to)`) },
  // export-rules-tightened: "will tighten regulations on the export to South Korea of several chemicals": rules on exports are
  // a trade measure, not a law of the legislature
  { type: 'trade_restriction', name: 'export-rules-tightened', weight: 6, pattern: rx(String.raw`\b(?:tighten|toughen|impos|introduc|announc|expand|widen)\w*\s+(?:the\s+|its\s+|new\s+|stricter\s+|tougher\s+)*(?:regulations?|restrictions?|controls?|curbs?|rules?|requirements?)\s+on\s+(?:the\s+)?exports?\b`) },
  // found-unlawful-processing: "found that TikTok had collected children's data without consent": a regulator's finding that data
  // was handled without a legal basis
  { type: 'enforcement', name: 'found-unlawful-processing', weight: 5, pattern: rx(String.raw`\b(?:${FOUND_VERBS})\s+(?:that\s+)?(?:[\w'’.-]+\s+){0,4}?(?:had\s+|has\s+|have\s+)?(?:collected|processed|shared|used|transferred|harvested|gathered|stored|sold|retained)\b[^.;]{0,80}?\bwithout\s+(?:(?:users['’]?|parental|their|proper|valid|adequate|sufficient|meaningful|a)\s+)*(?:consent|legal\s+basis|permission|authori[sz]ation|justification)\b`) },
  // fine-raised: a fine already set, raised ("he increased the company's fine from 100,000 reais to one million reais a day");
  // singular, after a determiner or an owner: "a bill that would raise fines", "raise the maximum fine" are a bill's content, not an act
  { type: 'enforcement', name: 'fine-raised', weight: 6, pattern: rx(String.raw`\b(?:increas|rais|hik|doubl|tripl)(?:e|es|ed|ing)\s+(?:(?:the|its|his|her|their|this|that)\s+(?:[\w.&-]+['’]s?\s+)?|[\w.&-]+['’]s?\s+)(?:(?!(?:maximum|minimum|possible|potential|statutory|top)\b)\w+\s+)?(?:fine|penalty)\b(?!\s+(?:for|on)\s+(?:all|any|every)\b)`) },
  { type: 'enforcement', name: 'fined', weight: 6, pattern: rx(String.raw`\b(?:fined|fining|penali[sz](?:e|es|ed|ing)|imposed an? (?:\w+ )?(?:fine|penalty)|ordered to pay|(?:slapp|hitt?|slamm?)(?:ed|s|ing)?\s+(?:[\w'’.&-]+\s+){1,4}?with\s+(?:an?\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:fine|penalty|penalties)|(?:was|were|been|being|is|are|gets?|got)\s+(?:slapped|hit|slammed)\s+with\s+(?:an?\s+)?(?:[\w$€£.,-]+\s+){0,5}?(?:fines?|penalty|penalties))\b`) },
  // a fine to come ("said it planned to fine Google", "would fine app stores"): weaker than the law whose penalty it may be
  // a finding of guilt by an authority: "the data protection commission found the app guilty of transferring data" (a court's is court-rules)
  // held-in-contempt: "Judge Ann Roe found Apple in civil contempt for violating an injunction", "held the company in contempt"
  { type: 'court', name: 'held-in-contempt', weight: 6, pattern: rx(String.raw`\b(?:f(?:ound|inds)|h(?:eld|olds))\s+(?:[\w.&'’-]+\s+){1,3}?in\s+(?:civil\s+|criminal\s+)?contempt\b`) },
  // pleaded-guilty: "Binance pleaded guilty on Tuesday to money laundering charges": a plea before a court
  { type: 'court', name: 'pleaded-guilty', weight: 5, pattern: rx(String.raw`\b(?:plead(?:s|ed|ing)?|pled)\s+guilty\b`) },
  { type: 'enforcement', name: 'found-guilty', weight: 5, pattern: rx(String.raw`\bf(?:ound|inds)\s+(?:[\w.&'’-]+\s+){1,4}?guilty\s+of\b`) },
  // a sum charged by an authority: "stated it had charged OpenAI 15 million euros"
  { type: 'enforcement', name: 'charged-sum', weight: 6, pattern: rx(String.raw`\bcharged\s+(?:[\w.&'’-]+\s+){1,3}?(?:[€$£]\s?[\d.,]+|(?:USD|EUR|GBP)\s?[\d.,]+|[\d.,]+\s*(?:million|billion|bn|m)?\s*(?:euros?|dollars?|pounds?|won|yuan|rupees?|reais|lira))`) },
  { type: 'enforcement', name: 'to-fine', weight: 4, pattern: rx(String.raw`\b(?:to|will|would|could|may|can) fine\b(?!-)`) },
  { type: 'enforcement', name: 'sum-imposed', weight: 6, pattern: rx(String.raw`\b(?:million|billion|pounds|euros|dollars|yuan|won|rupees|francs)\b${GAP(50)}\bimpos(?:ed|es)\s+on\b`) },
  // "face fines of …" is a law's penalty clause: enforcement, but weaker than the law it belongs to
  { type: 'enforcement', name: 'fines', weight: 4, pattern: rx(String.raw`(?<!\b(?:allows?|allowed|carr(?:y|ies)|provides? for|sets?|permits?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|toughen(?:s|ed|ing)?)\s+(?:\w+\s+){0,2})\b(?:fines|penalt(?:y|ies)|a fine of)\b(?!\s+(?:strokes?|corners?|kicks?|shoot-?outs?|spots?|area|box|tries|try|goals?|minutes?|points?|wins?|victory|victories|defeats?|loss|losses|triumph|takers?|saves?)\b)(?<!\b(?:scored|scores|converted|missed|saved|on|by)\s+(?:\w+\s+){0,3}(?:penalt(?:y|ies)))(?<!\b\d{1,2}-\d{1,2}\s+(?:penalt(?:y|ies)))`) },
  { type: 'enforcement', name: 'removed-accounts', weight: 6, pattern: rx(String.raw`\b(?:removed|blocked|deactivated|suspended|took down|taken down|deleted|shut down|closed)\s+(?:more than\s+|over\s+|about\s+|nearly\s+|some\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:\w+\s+){0,2}(?:accounts|posts|videos|pieces of (?:[\w-]+\s+)?content|items of (?:[\w-]+\s+)?content)\b`) },
  // a regulator designating a company as covered: "designated Apple and Google as gatekeepers"
  // a regulator designating a company as covered: "designated Apple and Google as gatekeepers",
  // "classified the firm a company of special significance" (the TAXONOMY's designation is enforcement)
  { type: 'enforcement', name: 'designation', weight: 4, pattern: rx(String.raw`\b(?:designat|classif|categori[sz]|label(?:l)?ed\b|blacklisted\b)\w*\b${GAP(80)}(?:\bas\b|\b(?:an?|the)\s+[“"]?(?:Chinese\s+)?(?:Communist\s+)?military\s+compan(?:y|ies)\b|\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:company|companies|firm|platform|undertaking|gatekeeper)s?\s+(?:of|with)\b|\bgatekeepers?\b|\bof (?:paramount|special|systemic|strategic) significance\b|\bwith\s+(?:so-called\s+)?(?:[“"]|strategic\s+market\s+status\b)|\b(?:an?|the)\s+(?:extremist|terrorist)\s+(?:organi[sz]ations?|groups?|entit(?:y|ies))\b)`) },
  // "issued a cease and desist order against the firm", "served a compliance notice", "gave X Corp. an infringement notice"
  { type: 'enforcement', name: 'cease-and-desist', weight: 6, pattern: rx(String.raw`\bcease[- ]and[- ]desist\b|\b(?:issu\w*|serv\w*|sen[dt]\w*|gave|give|gives|giving|handed)\s+(?:[A-Z][\w.&-]*\s+(?:[A-Z][\w.&-]*\s+)?)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:compliance|enforcement|infringement|warning|penalty) (?:order|notice|decision)s?\b`) },
  // a regulator accepting a company's remedies: "approved a commitment plan from the company"
  // (and "made TikTok's commitments to withdraw the programme binding": the commitments named between "made" and "binding")
  { type: 'enforcement', name: 'commitments-accepted', weight: 5, pattern: rx(String.raw`\b(?:approv\w*|accept\w*|endors\w*|made binding)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?commitments?\b|\bma(?:de|ke|kes|king)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’.-]+\s+){0,3}?commitments?\b[^.;]{0,100}?\bbinding\b`) },
  // licences granted, refused or revoked: "WeChat and TikTok had been granted licences"
  // (and a permission to operate: "The Centre on Wednesday gave Elon Musk's Starlink approval to operate satellite internet services")
  { type: 'enforcement', name: 'licence-decision', weight: 4, pattern: rx(String.raw`\b(?:grant\w*|issu(?:e|es|ed|ing)|award\w*|revok\w*|refus\w*|suspend\w*)\b${GAP(30)}\b(?:licen[cs]es?|(?:operating|business|work)\s+permits?)\b|\b(?:licen[cs]es?|(?:operating|business|work)\s+permits?)\b${GAP(20)}\b(?:granted|issued|revoked|refused|suspended)\b|\b(?:gave|give|gives|giving|grant(?:s|ed|ing)?)\s+(?:[\w'’.&-]+\s+){1,5}?(?:approval|permission|clearance|authori[sz]ation|the\s+go-ahead|a\s+green\s+light)\s+to\s+(?:operate|launch|offer|provide|sell|start)\b`) },
  // protocol-drawn: the first step of an administrative case in Russian and post-Soviet law ("Roskomnadzor drew up a protocol
  // on administrative violation against the company")
  { type: 'enforcement', name: 'protocol-drawn', weight: 5, pattern: rx(String.raw`\bdr(?:ew|aws|awn|aw|awing)\s+up\s+(?:an?\s+|the\s+)?(?:administrative\s+)?(?:protocols?|reports?)\s+(?:on|of|for|about)\s+(?:an?\s+)?(?:administrative\s+)?(?:violations?|offen[cs]es?)\b`) },
  // regulator-ruled: a regulator's ruling is its decision ("The Austrian Data Protection Authority (DPA) Thursday ruled that the
  // site's use of the tool violates the GDPR", "the commission also ruled that the firms must ask for consent"); a court's is court-rules
  { type: 'enforcement', name: 'regulator-ruled', weight: 5, pattern: rx(String.raw`\b(?:authority|regulator|watchdog|commission|agency|office|ombudsman|inspectorate|DPA|DPC)\b(?:\s*\([^)]{1,15}\))?\s+(?:[\w-]+\s+){0,2}?ruled\s+(?:that|on)\b`) },
  { type: 'enforcement', name: 'regulator-order', weight: 4, pattern: rx(String.raw`\b(?:regulators?|watchdogs?|authorit(?:y|ies)|commission)\b${GAP(30)}\b(?:ordered|told|instructed|directed)\b${GAP(60)}\b(?:must|to)\b|\bordered by (?:an?|the)?\s*(?:[\w-]+\s+){0,3}(?:regulator|watchdog|authority|commission|ministry|government)\b`) },
  // a company told to act, by name or as "the platform": "demanded that the app remove the posts within 24 hours", "ordered
  // the company to hand over its data", "asked the firm to explain how it protects children" (a government must stand behind it;
  // past tense only: "The order instructs Google to stop …" restates what an order says)
  // notice-directing: "the Home Office issued a technical capability notice in early September directing Apple to enable
  // access …", "served an order requiring the platform to …": a government's binding notice to a firm
  { type: 'enforcement', name: 'notice-directing', weight: 5, pattern: rx(String.raw`\b(?:issu(?:e|es|ed|ing)|serv(?:e|es|ed|ing)|sent|handed)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?(?:notice|order|directive|direction|demand)\b[^;.]{0,60}?\b(?:directing|ordering|requiring|compelling|instructing|forcing)\s+(?:[A-Z][\w.&-]*|the\s+[a-z]+)\s+to\b`) },
  { type: 'enforcement', name: 'company-told-to-act', weight: 5, pattern: new RegExp(String.raw`\b(?:[Dd]emand(?:s|ed)|[Rr]equest(?:s|ed)|[Aa]sk(?:s|ed)|[Oo]rder(?:s|ed)|[Ii]nstruct(?:s|ed)|[Dd]irect(?:s|ed))\s+(?:that\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?|the\s+(?:company|platform|firm|app|operator|service|social network)|(?:all\s+)?(?:banks|lenders|financial institutions|platforms|providers|operators|exchanges|carriers|telecoms operators))\s+(?:to\s+)?(?:remove|take down|delete|block|stop|explain|hand over|provide|submit|pay|register|comply|change|appoint|store|share|disclose)\b` +
    // told that it must stop: "notified Zenith on Oct. 23 that the company had to immediately stop shipping …"
    String.raw`|\b(?:[Nn]otif(?:y|ies|ied)|[Ii]nform(?:s|ed)|[Tt]old)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?\s+(?:(?:on|last|this)\s+[\w.]+(?:\s+\d{1,2})?\s+)?that\s+(?:the\s+(?:company|firm|platform)|it|they)\s+(?:had|has|have|would have|will have)\s+to\s+(?:\w+ly\s+)?(?:stop|cease|halt|end|suspend)\b`) },
  // an enforcement programme launched or widened: "Ofcom is launching a new age assurance enforcement programme", "is extending
  // its existing … enforcement programme"
  { type: 'enforcement', name: 'enforcement-programme', weight: 5, pattern: rx(String.raw`\b(?:launch|open|start|begin|extend|expand|widen)\w*\s+(?:a|an|its|the|their)\s+(?:new\s+|existing\s+)?(?:[\w-]+\s+){0,3}?enforcement\s+(?:programme|program|campaign|drive|sweep)\b`) },
  // the passive of an order on a firm: "Google has also been directed to appoint a monitor", "the firm was ordered to pay"
  // (not "is required to": a deal's or a law's terms, whose type the deal or law gives)
  { type: 'enforcement', name: 'firm-directed', weight: 4, pattern: rx(String.raw`\b(?:has|have|had)\s+(?:also\s+)?been\s+(?:directed|ordered|instructed)\s+to\b|\b(?:is|are|was|were)\s+(?:also\s+)?(?:ordered|directed)\s+to\s+(?:stop|cease|remove|delete|divest|sell|appoint|pay|hand over|block|suspend|end)\b`) },
  // executives called in: "summoned Meta executives on Monday", "summoned the company's representatives"
  { type: 'enforcement', name: 'summoned', weight: 4, pattern: /\b[Ss]ummon(?:s|ed|ing)\s+(?:(?:the\s+)?(?:company|platform|firm)['’]s\s+|[A-Z][\w.&-]*\s+)?(?:executives|representatives|officials|bosses|heads|chief executive|managers)\b/ },
  // a regulator's decision not to act: "The watchdog refused to suspend the tool", "the agency rejected the complaint"
  { type: 'enforcement', name: 'regulator-refuses', weight: 4, pattern: rx(String.raw`\b(?:regulators?|watchdogs?|authorit(?:y|ies)|commission|office|agenc(?:y|ies))\b${GAP(20)}\b(?:refus(?:ed|es)|declin(?:ed|es)|reject(?:ed|s))\s+(?:to\s+(?:suspend|block|ban|halt|approve|intervene|act|order|open)|the\s+(?:complaint|request|application|bid))\b`) },
  { type: 'enforcement', name: 'to-comply', weight: 4, pattern: rx(String.raw`\bto comply with\b${GAP(40)}\b(?:order|ruling|rules|ban|directive)\b|\bcompliance (?:reports?|orders?|notices?)\b`) },

  // incident: data misuse or breach
  // (a layoff is no incident: the staff must have reached data)
  { type: 'incident', name: 'fired-for-access', weight: 5, pattern: rx(String.raw`\b(?:fired|dismissed|sacked|disciplined)\b${GAP(30)}\b(?:employees|staff|workers|engineers|contractors)\b`), requires: rx(String.raw`\b(?:access(?:ed|ing)?|data|records|information|accounts)\b`) },
  // data taken by intruders: "hackers had stolen the data of 2 million users", "the personal data of staff was leaked"
  { type: 'incident', name: 'data-stolen', weight: 5, pattern: rx(String.raw`(?<!\b(?:into|probe of|investigation of|inquiry of|review of|over|about)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w]+[\s-]+){0,3})\b(?:hackers|attackers|intruders|criminals|employees|staff|engineers|contractors|breach|hack|cyberattack)\b${GAP(50)}\b(?:stole|stolen|accessed|obtained|leaked|exfiltrated|exposed)\b${GAP(40)}\b(?:data|records|information|details|e-?mails|passwords|files)\b|\bdata\b${GAP(40)}\b(?:was|were|had been|has been|have been)\s+(?:stolen|leaked|exfiltrated|hacked)\b|\bhad\s+(?:their|its|his|her)\s+(?:[\w-]+\s+){0,4}?(?:data|details|records)\s+(?:\w+ly\s+)?(?:stolen|leaked|accessed|exposed|compromised|hacked)\b`) },
  // (nor a rule about breaches: "would raise maximum fines for data breaches", "protections against data breaches")
  // (a breach under inquiry is the inquiry's object: "launched an inquiry into the data breach" is an investigation)
  // hit-by-attack: "Optus has been hit by a huge cyberattack that compromised customers' data"
  // an attack told as the subject of what it did: "A cyberattack disrupted the ministry's systems on Monday"
  // (the attack as the clause's subject: "opened a probe into the mass-hack that exposed data" is the probe's)
  { type: 'incident', name: 'attack-disrupted', weight: 5, pattern: rx(String.raw`^\W*(?:(?:a|an|the|last\s+\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:cyber-?attacks?|ransomware(?:\s+attacks?)?|hack(?:s|ers)?|DDoS\s+attacks?)\b${GAP(20)}\b(?:disrupted|crippled|paralys|paralyz|knocked\s+out|took\s+down|shut\s+down|compromised|exposed|breached|encrypted)\w*\b`) },
  { type: 'incident', name: 'hit-by-attack', weight: 5, pattern: rx(String.raw`\b(?:hit|struck)\s+by\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:cyber-?attacks?|hacks?|ransomware(?:\s+attacks?)?|data breach(?:es)?)\b`) },
  { type: 'incident', name: 'breach', weight: 5, pattern: rx(String.raw`(?<!\b(?:into|probe of|investigation of|inquiry of|review of|for|against|on|over|about)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w]+[\s-]+){0,2})\b(?:data breach(?:es)?|breach(?:ed)? (?:of )?(?:user )?data|leak(?:ed)? (?:user )?data|misus(?:e|ed) (?:of )?(?:user )?data|hack(?:ed)?)\b(?!\s+(?:settlements?|case|cases|lawsuits?|suits?|litigation|fines?|penalt(?:y|ies)|probes?|investigations?|inquir(?:y|ies)|notification|law|rules?))`) },

  // investigation: review, probe, inquiry by an authority
  // "opened a criminal case against the firm", "launched administrative proceedings against it"
  { type: 'investigation', name: 'case-against', weight: 5, pattern: rx(String.raw`\b(?:open\w*|launch\w*|initiat\w*|start\w*|institut\w*)\s+(?:an?\s+)?(?:criminal|administrative|antitrust|misdemeanou?r|formal)?\s*(?:case|cases)\s+against\b`) },
  // a regulator asking a company for information: the first step of a probe
  // an order to hand over information is a request for it, heavier than a company told to act: "ordered Amazon to provide more information"
  { type: 'investigation', name: 'ordered-to-inform', weight: 6, pattern: rx(String.raw`\b(?:order(?:s|ed)?|ask(?:s|ed)?|told|direct(?:s|ed)?|requir(?:es|ed))\s+(?:[\w'’.-]+\s+){1,3}?to\s+(?:provide|submit|hand over|supply|disclose)\s+(?:more\s+|further\s+|additional\s+|detailed\s+)?(?:information|documents|details)\b`) },
  { type: 'investigation', name: 'request-information', weight: 4, pattern: rx(String.raw`\b(?:request\w*|demand\w*|sought|seek\w*)\s+(?:(?:the|more|further|detailed|additional|formal)\s+){0,2}(?:information|clarifications?|explanations?)\s+(?:on|about|from|regarding|of)\b|\brequests? for (?:information|clarification)\b`) },
  { type: 'investigation', name: 'proceedings', weight: 5, pattern: rx(String.raw`\b(?:opened|launched|began|started|initiated|commenced|(?:will|to|would)\s+(?:open|launch|begin|start|initiate|commence))\s+(?:formal\s+|an?\s+)?(?:proceedings|investigations?|probes?|inquir(?:y|ies)|reviews?)\b|\b(?:opened|launched|initiated|commenced)\s+(?:an?\s+)?(?:administrative|formal|antitrust|sanctioning|infringement)\s+(?:[\w-]+\s+)?proceedings?\b|\bproceedings against\b|\bopen(?:s|ed|ing)?\s+(?:a|an)\s+(?:new\s+|second\s+|third\s+|fresh\s+|formal\s+)?case\s+against\b|\b(?:the|its|their|an?|this|that)\s+(?:[\w-]+\s+){0,2}?(?:proceedings|investigations?|probes?|inquir(?:y|ies))\s+(?:was|were|has been|had been|have been)\s+(?:\w+ly\s+|first\s+)?(?:opened|launched|started|initiated|begun|commenced)\b`) },
  // decision-adopted: "the DPC said that it adopted the final decision regarding its inquiry into TikTok on 1 September": a regulator's
  // decision closing its case
  { type: 'enforcement', name: 'decision-adopted', weight: 5, pattern: rx(String.raw`\b(?:adopt(?:s|ed|ing)?|issu(?:e|es|ed|ing)|reach(?:es|ed|ing)?)\s+(?:a|the|its)\s+(?:final|binding|draft)\s+decision\b`), requires: rx(String.raw`\b(?:inquiry|investigation|probe|case|complaint|infringement|breach|fine)\b`) },
  { type: 'investigation', name: 'to-review', weight: 5, pattern: rx(String.raw`\b(?:will|would|plans? to|plann(?:ed|ing) to|intends? to|aims? to)\s+(?:review|investigate|examine|probe|scrutini[sz]e|audit)\b`) },
  // an elliptic probe after an earlier one: "…, and Poland's watchdog opened one late last year"
  // probe-commenced: "investigations have commenced on the tech firm", "an inquiry has begun into …"
  // (a participle phrase may stand between: "multiple legal investigations targeting the platform have been initiated")
  { type: 'investigation', name: 'probe-commenced', weight: 5, pattern: rx(String.raw`\b(?:investigations?|probes?|inquir(?:y|ies))\s+(?:(?:into|targeting|against|of)\s+(?:[\w'’.-]+\s+){1,4}?)?(?:have|has|had)\s+(?:\w+ly\s+)?(?:commenced|begun|started|been opened|been launched|been initiated|been started)\b`) },
  // probe-started-relative: "The investigation, which started in 2023, …", "the investigation launched by the Office of the
  // Privacy Commissioner in April": the start told by a relative clause or a participle on the probe's noun
  { type: 'investigation', name: 'probe-started-relative', weight: 4, pattern: rx(String.raw`\b(?:investigations?|probes?|inquir(?:y|ies)|procedures?|proceedings)\b(?:,?\s+(?:which|that)\s+(?:(?:was|were|had\s+been)\s+|(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:had\s+|has\s+)?)?(?:first\s+)?(?:started|began|begun|opened|launched|initiated)|\s+(?:first\s+)?(?:launched|opened|initiated|started)\s+(?:by|in|on|last|earlier))\b`) },
  { type: 'investigation', name: 'opened-one', weight: 4, pattern: rx(String.raw`\b(?:opened|launched|started|began)\s+(?:one|its own|a similar one)(?=\s*(?:[.,;]|$|(?:in|on|last|late|early|earlier|this|months?|weeks?|days?)\b))`), requires: rx(String.raw`\b(?:regulators?|watchdogs?|authorit(?:y|ies)|commission|office|agenc(?:y|ies)|ministry|prosecutors?)\b`) },
  // (a bare noun is not enough: "costs doubled since the last review" states no probe)
  // (a party reading a court's decision is not a probe: "his office is reviewing the decision")
  // (not an activity stopped: "required the FCC to stop reviewing or approving devices")
  { type: 'investigation', name: 'investigating', weight: 4, pattern: rx(String.raw`(?<!\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|end|ends|ended|halt|halted|quit)\s+)\b(?:reviewing|reviewed|probing|probed|investigat(?:e|es|ed)|investigating(?!\s+(?:court|judges?|magistrates?|officers?|body|bodies|team|committee|commission)\b)|auditing|audited|examin(?:e|es|ed|ing)|scrutini[sz](?:e|es|ed|ing)|look(?:s|ed|ing)? (?:into|at whether)|delv(?:e|es|ed|ing) into)\b(?!\s+(?:the|this|that|its|a|his|her|their)\s+(?:[\w-]+\s+)?(?:decision|ruling|judgment|judgement|verdict|opinion|order|letters?|messages?|remarks|comments|statements?|speech|footage|videos?|tapes?|bill|bills|legislation|requests|applications)\b)`) },
  // a probe ended: "closed the investigation without a fine", "ended its inquiry into the app"
  // the company's side of a probe: "Amazon is to face a competition probe", "faces an investigation by the regulator"
  { type: 'investigation', name: 'faces-probe', weight: 4, pattern: rx(String.raw`\b(?:face|faces|facing)\s+(?:an?\s+|the\s+|two\s+|several\s+|new\s+|formal\s+)?(?:[\w-]+\s+){0,3}?(?:probes?|investigations?|inquir(?:y|ies))\b`) },
  { type: 'investigation', name: 'probe-closed', weight: 5, pattern: rx(String.raw`\b(?:clos(?:e|es|ed|ing)|end(?:s|ed|ing)|conclud(?:e|es|ed|ing)|drop(?:s|ped|ping)|shelv(?:e|es|ed))\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:probe|investigation|inquiry|proceedings|case\s+against)\b`) },
  // a competition authority's study of a market: "launched a market study into mobile browsers", "opened a sector inquiry"
  { type: 'investigation', name: 'market-study', weight: 5, pattern: rx(String.raw`\b(?:launch|open|start|begin|began|announc|conclud|complet|initiat)\w*\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,6}?(?:market\s+(?:study|investigation|review|inquiry)|sector\s+inquiry)\b`) },
  // an inquiry's findings published: "the competition watchdog published the provisional findings of the market inquiry"
  // a deal called in for review: "The acquisition has been called-in for a full national security assessment"
  { type: 'investigation', name: 'called-in', weight: 5, pattern: rx(String.raw`\bcall(?:s|ed|ing)?[- ]in\b${GAP(40)}\b(?:assessment|review|investigation|scrutiny)\b`) },
  { type: 'investigation', name: 'findings-published', weight: 5, pattern: rx(String.raw`\b(?:publish|releas|issu|present)(?:e|es|ed|ing)?\s+(?:its\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:provisional|preliminary|interim|final)\s+(?:findings|report|conclusions)\b`) },
  { type: 'investigation', name: 'review-probe', weight: 4, pattern: rx(String.raw`\b(?:open(?:s|ed)?|launch(?:es|ed)?|beg[ia]n|begins|start(?:s|ed)?|order(?:s|ed)?|conduct(?:s|ed|ing)?|announc(?:es|ed)|complet(?:es|ed)|conclude[sd]?|initiat(?:es|ed)|under|pending|ongoing|national[- ]security|antitrust|formal|federal|regulatory|its|an?)\s+(?:[\w-]+\s+){0,2}?(?:reviews?|probes?|${AGENCY_FREE_INVESTIGATION}|inquir(?:y|ies)|audits?)\b|\b(?:reviews?|probes?|investigations?|inquir(?:y|ies)|audits?)\s+(?:into|of)\b|\b(?:review|probe|investigation|inquiry)\s+(?:being\s+)?(?:conducted|led|carried out)\s+by\b`) },

  // data_governance: where data lives and who may reach it (cues/data-governance-cues.ts)
  ...DATA_GOVERNANCE_CUES,

  // legislation: bills and laws with the verb that moves them
  // (not "signed an open letter arguing that the bill …": a letter's signers act on no law)
  // act-on-rule: "the FCC implemented a rule barring …", "adopted a new rule on …": "rule" in the singular is the noun only
  // right after a determiner (with up to two modifiers), never the court's verb ("the judge will rule on …")
  { type: 'legislation', name: 'act-on-rule', weight: 4, pattern: rx(String.raw`\b(?:implement(?:s|ed|ing)?|adopt(?:s|ed|ing)?|finali[sz](?:e|es|ed|ing)|issu(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|introduc(?:e|es|ed|ing))\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?rule\b(?!\s+(?:of|that)\b)`) },
  // duty-laid-on-a-class: a state laying a new duty on a whole class, from a date: "Vietnam will require social media users to
  // authenticate their accounts from December 25" (require-actor needs a government as the subject; a law's own
  // undated provision is dropped by drop-non-events' law-provision)
  { type: 'legislation', name: 'duty-laid-on-a-class', weight: 3, pattern: rx(String.raw`\b(?:will\s+(?:soon\s+|also\s+)?require|(?:is|are)\s+(?:set\s+|going\s+)?to\s+require|plans?\s+to\s+require|(?:has|have)\s+(?:now\s+)?required|began\s+requiring|(?:is|are)\s+requiring)\s+(?:all\s+|every\s+)?(?:[\w-]+\s+){0,2}?(?:users|platforms|companies|operators|providers|firms|businesses|apps|citizens|subscribers|residents|websites|services|retailers|carriers|sellers|merchants|drivers|parents)\s+to\s+[a-z]+`), requires: rx(String.raw`\b(?:from|starting|by|beginning|as of|effective)\b`) },
  { type: 'legislation', name: 'act-on-law', weight: 4, pattern: rx(String.raw`\b${LAW_VERB}\b(?!\s+(?:an?|the|their|its|a\s+joint)\s+(?:open\s+|joint\s+)?(?:letters?|petitions?|pledges?|statements?)\b)(?<!\b(?:the|a|an|other|these|those|its|their|such|newly|recently)(?:\s+|-)${LAW_VERB})${GAP(60)}\b${LAW_NOUN}\b`) },
  // a veto, however long the law's name: "Governor Ann Roe vetoed the Safe and Secure Innovation for Frontier Models Act (SB 9)"
  { type: 'legislation', name: 'vetoed', weight: 5, pattern: rx(String.raw`\bveto(?:es|ed)\b`), requires: rx(String.raw`\b(?:law|act|bill|legislation|measure|proposal|[SHA]\.?B\.?\s?\d{1,5}|(?:Senate|House|Assembly)\s+Bill)\b`) },
  // a named service blocked by a government: "Last Friday, Russia blocked LinkedIn based on a court's finding that it violated a law that
  // requires …" (heavier than the law its relative clause names; not "from" its devices: ban-from-devices)
  { type: 'ban', name: 'blocked-named-service', weight: 6, pattern: /\b(?:blocked|banned)\s+(?:access\s+to\s+)?(?!(?:The|A|An|In|On|At|Its|Their|His|Her|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|U\.S\.|US|EU)\b)[A-Z][\w.-]*(?![\w.-]*['’]s\s+(?:acquisition|takeover|merger|purchase|bid|deal|plan|law|order|rule|appeal))(?=\s+(?:in|over|after|because|based|citing|amid|across|nationwide|throughout|until|,|\.)|[,.]|$)/ },
  // a settlement of a regulator's probes: "T-Mobile to pay $31.5 million to settle multiple FCC investigations"
  { type: 'enforcement', name: 'settle-investigations', weight: 6, pattern: rx(String.raw`\bsettl(?:e|es|ed|ing)\b${GAP(40)}\b(?:investigations?|probes?|charges|allegations|claims|cases?)\b|\bconsent\s+decree\b`) },
  // a bill signed by its number: "Governor Ann Roe on Thursday signed AB 2273, legislation designed to …"
  { type: 'legislation', name: 'signed-bill-number', weight: 5, pattern: rx(String.raw`\bsign(?:s|ed|ing)?\s+(?:into\s+law\s+)?(?:[SHA]\.?B\.?\s?\d{1,5}|(?:Senate|House|Assembly)\s+Bill\s+(?:No\.?\s?)?\d{1,5}|H\.R\.\s?\d{1,5}|Bill\s+[CS]-\d{1,4})\b`) },
  // a bill stopped: "The Senate blocked the bill on Tuesday", "stalled the legislation" (ban-verb would read a ban of a
  // service; a court's block is court-rules, heavier)
  { type: 'legislation', name: 'bill-blocked', weight: 4, pattern: rx(BILL_STOPPED_SOURCE) },
  // a ban a legislature passes is a law: "the state legislature passed the ban in April", "the ban was passed by Montana
  // lawmakers earlier this year" (heavier than the bare ban)
  { type: 'legislation', name: 'legislature-passes-ban', weight: 5, pattern: rx(String.raw`\b(?:lawmakers|legislators|legislature|parliament|senate|house|assembly|congress|MPs|deputies|senators|council)\b${GAP(40)}\b(?:pass(?:es|ed)|approv(?:es|ed)|adopt(?:s|ed)|vot(?:es|ed) (?:for|through))\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,3}?(?:ban|prohibition)\b|\b(?:ban|prohibition)\b(?:\s+(?:on|of)\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)?\s+(?:was|were|has been|had been)\s+(?:\w+ly\s+)?(?:passed|approved|adopted)\s+by\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?(?:lawmakers|legislators|legislature|parliament|senate|house|assembly|congress|MPs|deputies|senators|council)\b`) },
  // signed-into-law: the signing is the act, whatever the law goes on to order ("signed into law measures … to compel the
  // owner to sell the app" is legislation, heavier than the sale the law forces)
  { type: 'legislation', name: 'signed-into-law', weight: 7, pattern: rx(String.raw`\bsign(?:s|ed|ing)?\s+into\s+law\b`) },
  // a head of state who "sanctioned" a law signed it (Brazilian and Portuguese usage: "Lula sanctioned on Wednesday (17) … the
  // law that protects children online"), not a trade sanction
  { type: 'legislation', name: 'law-sanctioned', weight: 7, pattern: rx(String.raw`\bsanction(?:s|ed|ing)?\b[^.;]{0,90}?\b(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,3}?(?:law|bill|decree|statute|legislation)\b`) },
  // a law's passage as a noun, dated: "following the passing of the UK's Online Safety Act in 2023", "the 2024 passage of the … Act",
  // "The introduction of the bill in the Senate on Tuesday marks …"
  // (undated, it is the law's background)
  { type: 'legislation', name: 'law-passage', weight: 4, pattern: rx(String.raw`\b(?:passage|passing|adoption|enactment|introduction|tabling|signing)\s+of\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,8}?(?:Act|law|bill|legislation)\b`), requires: rx(String.raw`\b(?:(?:19|20)\d\d|${MONTH_PATTERN}|${WEEKDAY_PATTERN}|last|earlier this|yesterday)\b`) },
  // the passive of a signing: "It was signed by President Ana Roe on April 12", "the bill was signed into law on Friday"
  { type: 'legislation', name: 'signed-by-head', weight: 5, pattern: rx(String.raw`(?:\b(?:was|were|has been|have been|had been|is|be)\s+|^\s*|(?<=\band\s))(?:\w+ly\s+)?signed\s+(?:into\s+law\s+)?(?:by\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?(?:president|governor|gov\.|king|queen|prime minister|premier|chancellor|head of state|monarch|emir|sultan)\b|into\s+law\b)`) },
  // a legislature's motion: "Parliament rejected a motion to ban the app", "MPs passed a motion calling for …"
  { type: 'legislation', name: 'motion-voted', weight: 5, pattern: rx(String.raw`\b(?:reject(?:s|ed)?|defeat(?:s|ed)?|pass(?:es|ed)?|adopt(?:s|ed)?|approv(?:es|ed)|back(?:s|ed)?|vot(?:es|ed)\s+(?:down|for|against))\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?motion\b`), requires: LEGISLATURE },
  // a chamber passing its own text of a bill: "The House of Representatives passed its version in March"
  { type: 'legislation', name: 'chamber-version', weight: 5, pattern: rx(String.raw`\b(?:pass(?:es|ed)?|approv(?:es|ed)|adopt(?:s|ed)?)\s+(?:its|their)\s+(?:own\s+)?version\b`), requires: LEGISLATURE },
  // a head of state, a governor or a chamber acting on a bill named before: "Governor Ann Roe signed it in May",
  // "signed them into law", "the House approved it on Tuesday"
  { type: 'legislation', name: 'signed-it', weight: 5, pattern: rx(String.raw`\b(?:sign(?:s|ed)?)\s+(?:it|them)\s+into\s+law\b|\b(?:governor|gov\.|president|premier)\s+(?:[\w'’.-]+\s+){0,3}?sign(?:s|ed)\s+(?:it|them)\b|\b(?:[Ss]enate|House|[Aa]ssembly|[Pp]arliament|[Cc]hamber|[Ll]egislature|[Ll]awmakers|MPs|[Ss]enators)\s+(?:\w+ly\s+)?(?:passed|approved|adopted|rejected)\s+(?:it|them)\b`) },
  // royal assent, the last step of a Commonwealth bill: "The bill received royal assent in June"
  // a rule put out for comment: "launched a public consultation on the rules", "the proposal was opened for public consultation"
  { type: 'legislation', name: 'consultation', weight: 4, pattern: rx(String.raw`\b(?:launch|open|start|begin|began)\w*\s+(?:a\s+|its\s+)?(?:public\s+)?consultation\b|\b(?:opened|put|sent|released)\s+(?:[\w'’.-]+\s+){0,6}?(?:out\s+)?(?:for|to)\s+(?:public\s+)?consultation\b`) },
  // (or the head of state's own verb: "President Ruto assented to the Computer Misuse Bill on Tuesday")
  { type: 'legislation', name: 'royal-assent', weight: 5, pattern: rx(String.raw`\b(?:receiv(?:e|es|ed|ing)|given|granted|grants|gave|gives)\s+(?:(?:his|her|its|their|the)\s+)?(?:royal\s+|presidential\s+)?assent\b|\bassent(?:s|ed|ing)?\s+to\s+(?:the\s+)?(?:[\w()'’,.-]+\s+){0,10}?(?:bill|act|law|amendments?|legislation)\b`) },
  // a chamber approving whatever it votes on: "The lower house approved the enlargement move in October" (not a nomination,
  // and not the White House, an executive)
  { type: 'legislation', name: 'chamber-approves', weight: 4, pattern: rx(String.raw`(?<!\b(?:White|Blue|Government|Opera|State)\s)\b(?:${CHAMBER_SOURCE}|Parliament|Congress|National Assembly)\b${GAP(30)}\b(?:approv(?:es|ed)|pass(?:es|ed)|adopt(?:s|ed)|ratif(?:y|ies|ied)|endors(?:es|ed))\b(?!\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:nominations?|appointments?|confirmations?|resignations?|candidac(?:y|ies)|minutes|agenda)\b)`) },
  // a chamber's step in the passive: "The bill was introduced in January and passed by the House on Wednesday"
  { type: 'legislation', name: 'passed-by-chamber', weight: 4, pattern: rx(String.raw`\b(?:passed|approved|adopted|rejected)\s+(?:by|in)\s+(?:the\s+)?${CHAMBER_SOURCE}\b`) },
  // a bill's last or next step in a chamber: "the bill cleared its final legislative hurdle in the Senate"
  // a reading's vote, in the passive or the active: "the bill was voted on at first reading", "adopted at second reading"
  { type: 'legislation', name: 'reading-vote', weight: 5, pattern: rx(String.raw`\b(?:voted\s+(?:on|through)|adopted|approved|passed|rejected)\s+(?:(?:at|in|on)\s+(?:its\s+|the\s+|a\s+)?)(?:first|second|third|final)\s+reading\b`) },
  { type: 'legislation', name: 'legislative-hurdle', weight: 5, pattern: rx(String.raw`\bclear(?:s|ed|ing)?\s+(?:its|the|a|their)\s+(?:[\w-]+\s+){0,2}?(?:hurdle|vote|reading|stage)\b|\b(?:clear(?:s|ed)|pass(?:es|ed))\s+(?:the\s+)?(?:Senate|House|Parliament|Assembly|National Assembly|upper house|lower house|Congress)\b`) },
  // the co-legislators' deal: "It was provisionally agreed by the Council and Parliament in April"
  { type: 'legislation', name: 'provisional-agreement', weight: 4, pattern: rx(String.raw`\bprovisional(?:ly)?\s+agreed\b|\breach(?:ed|es)?\s+(?:a\s+)?(?:provisional|political|trilogue)\s+(?:agreement|deal)\b`) },
  // a licensing regime: "platforms will need a government licence to operate"
  { type: 'legislation', name: 'licensing-rule', weight: 4, pattern: rx(String.raw`\b(?:need|needs|require[sd]?|requiring|must (?:obtain|hold|apply for|get)|obliged to (?:obtain|hold))\b${GAP(60)}\blicen[cs]es?\b`) },
  // signed-by-executive: "A Virginia law to force social media companies to limit kids … was signed by Gov. Glenn Youngkin on Friday":
  // the signing told in the passive, however long the law's own description before it
  { type: 'legislation', name: 'signed-by-executive', weight: 5, pattern: rx(String.raw`\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?signed\s+(?:into\s+law\s+)?(?:on\s+\w+\s+)?by\s+(?:Gov\.|Governor|President|the\s+(?:governor|president)|Prime\s+Minister|King)\b`), requires: /\b(?:law|laws|bill|bills|act|legislation|measure|ordinance|decree)\b/i },
  { type: 'legislation', name: 'law-acts', weight: 4, pattern: rx(String.raw`(?:\b${LAW_NOUN}|\b${LAW_ACRONYM_SOURCE}|\b(?:the|a|new|this|that)\s+(?:[\w-]+\s+)?rule)\b${GAP(40)}(?<!-)\b(?:introduced|passed|signed|enacted|implemented|approved|adopted|finali[sz]ed|published|released|issued|notified|unveiled|promulgated|gazetted|endorsed|defeated|voted down|rejected|vetoed|${TAKES_EFFECT_PHRASE}|requires?|bans?|prohibits?)\b`) },
  // platform-ends-news: "Meta has confirmed that it will end access to news on its social media sites for all Canadian users": a
  // platform's own act (a company act, typed statement by the corpus convention)
  { type: 'statement', name: 'platform-ends-news', weight: 5, pattern: rx(String.raw`\b(?:end|ends|ending|ended|block|blocks|blocking|blocked|remove|removes|removing|removed|pull|pulls|pulling|pulled|stop|stops|stopping|stopped|restrict|restricts|restricting|restricted)\s+(?:(?:the\s+)?(?:availability\s+of|access\s+to|sharing\s+(?:of\s+)?)\s*|(?:showing|displaying|surfacing)\s+|links\s+to\s+)?(?:(?:local|[A-Z][\w-]*)\s+)?news\b(?!\s+(?:reports?|outlets?|agency|agencies|organi[sz]ations?)\b)`) },
  // rules-weakened: "Japan's government on Wednesday watered down the planned rules on app stores": a rule changed before or after
  // it is made
  { type: 'legislation', name: 'rules-weakened', weight: 4, pattern: rx(String.raw`\b(?:water(?:s|ed|ing)?\s+down|scal(?:e|es|ed|ing)\s+back|soften(?:s|ed|ing)?|dilut(?:e|es|ed|ing)|toughen(?:s|ed|ing)?|tighten(?:s|ed|ing)?)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:rules?|regulations?|law|bill|legislation|requirements?|guidelines)\b`) },
  // taken-to-court: "Canada's Competition Bureau took Google to court on Thursday over its ad tech business"
  { type: 'court', name: 'taken-to-court', weight: 6, pattern: rx(String.raw`\b(?:t[ao]ke[ns]?|took|taking|haul(?:s|ed|ing)?|dragg?(?:s|ed|ing)?)\s+(?:[\w'’.&-]+\s+){1,4}?to\s+court\b`) },
  // ban-recommended: "India's telecom regulator on Monday recommended a ban on unlicensed satellite phones": a ban proposed
  { type: 'ban', name: 'ban-recommended', weight: 5, pattern: rx(String.raw`\brecommend(?:s|ed|ing)?\s+(?:a\s+|the\s+)?(?:(?:nationwide|total|full|blanket)\s+)?(?:ban(?:ning)?|block(?:ing)?|prohibit(?:ion|ing))\b`) },
  // exemption-granted: "Brazil's data authority granted Zenith an exemption from the rules on Friday"
  { type: 'enforcement', name: 'exemption-granted', weight: 4, pattern: rx(String.raw`\b(?:grant(?:s|ed|ing)?|gave|give|gives|issu(?:e|es|ed|ing))\s+(?:[\w'’.&-]+\s+){0,4}?(?:an?\s+)?(?:exemption|waiver)\b`) },
  // plan-unveiled: "The government unveiled a plan on Friday to force app stores to allow rival payment systems": a rule proposed
  { type: 'legislation', name: 'plan-unveiled', weight: 4, pattern: rx(String.raw`\b(?:unveil(?:s|ed|ing)?|announc(?:e|es|ed|ing)|present(?:s|ed|ing)?|publish(?:es|ed|ing)?|propos(?:e|es|ed|ing)|outlin(?:e|es|ed|ing))\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|scheme)\b${GAP(40)}\bto\s+(?:force|require|compel|oblige|ban|bar|block|restrict|regulate|limit|make)\b`) },
  // summons-issued: "A Delhi court on Monday issued summons to Zenith's executives"
  { type: 'court', name: 'summons-issued', weight: 5, pattern: rx(String.raw`\b(?:issu(?:e|es|ed|ing)|serv(?:e|es|ed|ing))\s+(?:a\s+)?summons(?:es)?\b`), requires: rx(String.raw`\b(?:courts?|judges?|magistrates?|tribunal)\b`) },
  // amendment-added: "After a last-minute round of Senate amendments were added to the bill on Tuesday, …": a bill changed in a chamber
  // rule-amended: a body amends its own rule ("The Commerce Department amended its direct product rule"); a bill amended in a
  // chamber is a legislative step of its own (chamber-version)
  { type: 'legislation', name: 'rule-amended', weight: 4, pattern: rx(String.raw`\bamend(?:s|ed)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:rules?|regulations?|decree|directive|order)\b`) },
  { type: 'legislation', name: 'amendment-added', weight: 4, pattern: rx(String.raw`\bamendments?\b${GAP(30)}\b(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?(?:added|made|attached)\s+to\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:bill|law|legislation|act|code)\b`) },
  // law-proposed: "The measure was first proposed in October 2022", "the bill was tabled in parliament last March": a law's earlier
  // step told in the passive; only where the clause dates it (an undated "which was proposed by the party" is description)
  // a law changed, in the passive: "Brazil's data law was amended in 2023", "the act has been overhauled" (and, after a
  // passive passage, "was passed in 2022 and amended in 2023")
  { type: 'legislation', name: 'law-amended', weight: 4, pattern: rx(String.raw`\b${LAW_NOUN}\b${GAP(30)}\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:amended|revised|overhauled|strengthened|tightened|expanded)\b|(?<=\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:passed|adopted|enacted|approved)\b[^.;]{0,60}?\band\s)(?:later\s+)?amended\b|^\s*(?:later\s+)?amended\s+(?:in|on)\b`) },
  { type: 'legislation', name: 'law-proposed', weight: 4, pattern: rx(String.raw`\b${LAW_NOUN}\b${GAP(30)}\b(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+|first\s+|originally\s+|formally\s+){0,2}(?:proposed|tabled|drafted|put forward|submitted|presented|shelved|withdrawn|scrapped|postponed|delayed)\b`), requires: rx(String.raw`\b(?:(?:19|20)\d\d|${MONTH_PATTERN}|${WEEKDAY_PATTERN}|last|earlier this|yesterday|today)\b`) },
  // voted-to-act-on-rules: "The FCC voted 3-2 on April 25 to restore net neutrality rules", "voted to reinstate the regulations",
  // "lawmakers voted to repeal the law": a vote whose infinitive makes, restores or undoes a rule
  { type: 'legislation', name: 'voted-to-act-on-rules', weight: 5, pattern: rx(String.raw`\bvot(?:e|es|ed|ing)\s+(?:[^;.]{0,40}?\s)?to\s+(?:restore|reinstate|adopt|approve|repeal|roll\s+back|scrap|overturn|rescind|pass|enact|implement|loosen|tighten|extend|amend|replace)\b`), requires: /\b(?:rules?|regulations?|net neutrality|protections|law|laws|bill|legislation|act|ordinance|decree|ban|directive|framework|code)\b/i },
  // ballot-measure: "California voters have approved Proposition 22", "passed tech-driven ballot measure Proposition 22": a
  // law made by referendum (the voters act as the legislature)
  { type: 'legislation', name: 'ballot-measure', weight: 6, pattern: rx(String.raw`\b(?:approv(?:e|es|ed|ing)|pass(?:es|ed|ing)?|reject(?:s|ed|ing)?|defeat(?:s|ed|ing)?|back(?:s|ed|ing)?)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:ballot\s+(?:measure|initiative|question|proposition)|Proposition\s+\d+|Prop\.?\s+\d+|referendum)\b`) },
  // becomes-law: "The bill is expected to become law January 1", "the measure became law in 2019": a bill's last step
  // (light: "has passed the Senate and will become law" is one act, split only when each half has its own date)
  { type: 'legislation', name: 'becomes-law', weight: 3, pattern: rx(String.raw`\b(?:become|becomes|became|becoming)\s+law\b`) },

  // legislation: a law's entry into force, stronger than the penalty clause beside it —
  // "The law is set to take effect on Jan. 1 and would fine app stores $10,000 a day"
  // (room for a relative clause between: "The first duties, which require platforms to remove illegal content, came into force …")
  { type: 'legislation', name: 'law-takes-effect', weight: 5, pattern: rx(String.raw`\b(?:${LAW_ACRONYM_SOURCE}|law|laws|legislation|act|[A-Z][\w-]+ Act|rules?|regulations?|ordinance|duties|obligations|requirements|provisions)\b${GAP(80)}\b${TAKES_EFFECT_PHRASE}\b`) },

  // a rule's details made public: "the trade minister released details of the restrictions", "published the text of the new
  // rules" (a restriction's details take the type of the restriction told before: type-rules' details-take-act-type)
  { type: 'legislation', name: 'details-released', weight: 4, pattern: rx(String.raw`\b(?:releas|publish|unveil|announc|outlin|present)(?:e|es|ed|ing)\s+(?:the\s+)?(?:details|specifics|text|terms|scope)\s+of\s+(?:the|its|their|new|these)\s+(?:[\w-]+\s+){0,2}?(?:restrictions|rules|measures|controls|curbs|ban|regulations?|law|bill|decree)\b`) },
  // a duty a new rule lays down, told by the duty: "From December 25, users will have to verify their accounts, according
  // to a new government regulation"
  { type: 'legislation', name: 'duty-under-new-rule', weight: 4, pattern: rx(String.raw`\b(?:will have to|will be required to|will need to|must|are required to|will be obliged to)\b[^.;]{0,140}?\b(?:according to|under)\s+(?:a|the)\s+new\s+(?:[\w-]+\s+){0,2}?(?:regulation|decree|law|rules?|directive|circular|ordinance)\b`) },
  // "Providers will face transparency obligations from August": a rule's duties, from when they bind
  { type: 'legislation', name: 'face-obligations', weight: 4, pattern: rx(String.raw`\b(?:face|faces|faced|facing)\s+(?:[\w-]+\s+){0,4}?(?:obligations|requirements|duties|rules)\b`) },
  // "Most remaining obligations, including those for high-risk systems, apply.": a timeline entry
  { type: 'legislation', name: 'obligations-apply', weight: 4, pattern: rx(String.raw`\b(?:obligations|requirements|duties|rules|bans|prohibitions|provisions)\b${GAP(80)}\bappl(?:y|ies)(?=\s*[.;]|\s*$)`) },

  // ban: a ban's entry into force — "The ban, the first of its kind, takes effect on December 10"
  // (or "will be enforced from": "Officials confirmed that the ban will be enforced from Thursday midnight")
  { type: 'ban', name: 'ban-takes-effect', weight: 3, pattern: rx(String.raw`\b(?:ban|prohibition|restrictions?|suspension|blocking|shutdown|blackout)\b${GAP(40)}\b${TAKES_EFFECT_PHRASE}\b|\b(?:ban|prohibition|restrictions?)\s+(?:will|would|is to|are to|shall)\s+be\s+enforced\s+(?:from|starting|as of|on)\b`) },

  // ban: an order to shut a service down — "ordered the app to shut down its shopping service", "told providers to block the app"
  // (heavier than a regulator's order to comply: an order to block is the ban itself)
  // ordered-dissolution: "Canada announced Wednesday it is ordering the dissolution of TikTok's Canadian business", "ordered the
  // closure of the app's local office": a business wound up by order
  { type: 'ban', name: 'ordered-dissolution', weight: 6, pattern: rx(String.raw`\b(?:order(?:s|ed|ing)?|direct(?:s|ed|ing)?|mandat(?:e|es|ed|ing))\s+(?:the\s+)?(?:immediate\s+|forced\s+)?(?:dissolution|winding[- ]up|wind[- ]up|liquidation|closure|shutdown)\s+of\b`) },
  { type: 'ban', name: 'ordered-shutdown', weight: 5, pattern: rx(String.raw`(?<!\b(?:a|an|the|court|its|their|judicial)\s+)\b(?:order\w*|forc\w*|(?<!\b${LAW_NOUN}\b[^;.]{0,60}?)requir\w*|told|instruct\w*|direct(?:s|ed|ing)?)\b${GAP(70)}\bto (?:help\s+)?(?:shut down|suspend|stop operating|close|halt|cease|remove|delete|take down|block|wind down|wind up|dissolve|exit|(?:limit|restrict|cut off|cut)\s+access\s+to|cut off\s+(?:the\s+)?(?:internet|mobile|service))\b`) },

  // a ban told by its noun, imposed in the passive: "The ban, which was imposed on February 17, drew criticism", "the
  // restrictions were introduced in 2022" (the active is ban-verb's; not an aside before the ban's end: "The ban, which was
  // imposed in 2020, was lifted on Tuesday" is the lifting)
  // possessive-ban: a state's ban named as its noun, with the service: "Nigeria's suspension of Twitter, announced on June 4, 2021,
  // lasted seven months", "India's ban on Zapchat took effect in June 2020" (the possessor is the state that acts)
  { type: 'ban', name: 'possessive-ban', weight: 4, pattern: new RegExp(String.raw`\b(?!(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}|Today|Yesterday|Tomorrow|Last|This|Next)['’])[A-Z][\w.-]*['’]s\s+(?:[\w-]+\s+){0,2}?(?:ban|suspension|blocking|block|shutdown)\s+(?:of|on)\s+(?:[A-Z][\w.&-]*|(?:the\s+)?(?:[\w-]+\s+)?(?:app|apps|platform|platforms|service|site|website|messaging))\b`) },
  { type: 'ban', name: 'ban-imposed-passive', weight: 5, pattern: rx(String.raw`\b(?:ban|block|blocking|suspension|shutdown|blackout)\b(?:\s+(?:on|of)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?(?:\s*,\s*which\s+|\s+)(?:was|were|had been|has been)\s+(?:first\s+|initially\s+|originally\s+)?(?:imposed|introduced|enacted|ordered|put in place|enforced|implemented)\b(?![^.;]*?,\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:lifted|revoked|rescinded|repealed|extended|overturned|struck down|eased)\b)`) },
  // a ban prolonged, in the passive: "The ban on the app in Jordan was extended on Wednesday" (the active is ban-verb's)
  { type: 'ban', name: 'ban-extended', weight: 4, pattern: rx(String.raw`\bmade\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?(?:ban|block|suspension|restrictions?)\s+permanent\b|\b(?:ban|block|suspension)\b(?:\s+(?:on|of)\s+(?:[\w'’.-]+\s+){1,5}?)?\s*(?:was|were|has been|have been|had been|will be)\s+(?:\w+ly\s+)?extended\b`) },
  // ban: the end of a ban — "restored access to the app after a nine-day block", "lifted its ban on the app"
  // content taken down on a government's order: "told X to take down 8,000 accounts" (enforcement, not a ban of the service)
  { type: 'enforcement', name: 'ordered-takedown', weight: 6, pattern: rx(String.raw`\b(?:ordered|orders|told|tells|directed|directs|instructed|instructs|asked|asks|(?<!\b${LAW_NOUN}\b[^;.]{0,60}?)(?:required|requires))\b${GAP(40)}\bto\s+(?:take down|remove|block|delete|withhold|disable)\s+(?:more than\s+|over\s+|about\s+|some\s+)?(?:[\d,.]+\s+)?(?:million\s+|thousand\s+)?(?:[\w-]+\s+){0,2}?(?:accounts|posts|videos|content|URLs|links|tweets|pages|channels)\b`) },
  // new downloads stopped: "suspended downloads of the app", "halted new downloads"
  { type: 'ban', name: 'downloads-suspended', weight: 5, pattern: rx(String.raw`\b(?:suspend\w*|halt\w*|block\w*|stop\w*|paus\w*|ban\w*)\s+(?:new\s+|all\s+|further\s+)?downloads\b`) },
  // ban: access cut — "restricted access to the app", "blocked access in the country to the site"
  // (or the use of a named service: "said it was restricting the use of Twitter by slowing down its speed")
  { type: 'ban', name: 'restrict-access', weight: 5, pattern: rx(String.raw`\b(?:restrict(?:s|ed|ing)?|block(?:s|ed|ing)?|limit(?:s|ed|ing)?|cut(?:s|ting)?(?:\s+off)?|curb(?:s|ed|ing)?|throttl(?:e|es|ed|ing)|disabl(?:e|es|ed|ing)|suspend(?:s|ed|ing)?)(?<!\bto\s+\w+)\s+(?:[\w-]+\s+){0,2}?access\s+(?:in\s+(?:the\s+)?country\s+)?to\b|\b(?:restrict|limit|curb)(?:s|ed|ing)?(?<!\bto\s+\w+)\s+the\s+use\s+of\s+(?=[A-Z])`) },
  // signed-order-to: an instrument signed with the restriction it orders ("said he has signed a resolution to block access to
  // the platform for 10 days", "issued a decree to suspend the service")
  { type: 'ban', name: 'signed-order-to', weight: 6, pattern: rx(String.raw`\b(?:sign|issu|approv|adopt|enact)(?:s|es|ed|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:resolution|decree|order|directive|regulation|ordinance)s?\s+(?:to\s+(?:block|ban|suspend|restrict|shut\s+down)|for\s+(?:the\s+)?(?:blocking|banning|suspension|suspending|ban\s+of|ban\s+on))\b`) },

  // a named service suspended or slowed: "Nigeria suspended Twitter indefinitely", "slowed down YouTube"
  // (capitalised object: "suspended the law" is a court's or a government's stay, not a ban)
  // a use forbidden in the passive: "the app must not be used or installed on staff phones", "can no longer be downloaded"
  { type: 'ban', name: 'use-forbidden', weight: 4, pattern: /\b(?:must|may|can|could|cannot|will|shall)\s+(?:not|no longer)\s+(?:be\s+)?(?:used|installed|downloaded|accessed|offered|sold)\b|\b(?:will|would)\s+no\s+longer\s+be\s+(?:able|allowed|permitted)\s+to\s+(?:sell|offer|provide|operate|ship|export|supply|distribute)\b|\b(?:cannot|can['’]t|couldn['’]t)\s+(?:be\s+)?(?:used|installed|downloaded|accessed)\b/ },
  // a service taken offline or shut down with the particle after its object: "took the app offline", "decided to shut the app down",
  // or left unreachable where the state's reach is named: "has been unavailable in Bhutan since Friday"
  { type: 'ban', name: 'service-taken-offline', weight: 4, pattern: /\b(?:took|takes|taking|taken|knocked|knocks)\s+(?:[A-Z][\w.-]*|it|them|the\s+(?:[\w-]+\s+)?(?:app|service|site|platform|network))\s+offline\b|\b(?:shut|shuts|shutting)\s+(?:[A-Z][\w.-]*|it|them|the\s+(?:[\w-]+\s+)?(?:app|service|site|platform))\s+down\b|\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:unavailable|inaccessible|unreachable|offline)\s+in\s+(?=[A-Z])|\b[A-Z][\w.-]*\s+(?:became|becomes|has become|have become|went)\s+(?:\w+ly\s+)?(?:inaccessible|unreachable)\b|\b(?:shut|shuts|shutting|cut|cuts|cutting)\s+(?:down|off)\s+access\s+to\b/ },
  // access denied in other words: "prevented users from accessing the app", "declared the app illegal", "made it inaccessible",
  // "denied it a licence to operate", "put an end to its operations", "refused to allow it to operate", "cut access to the app"
  { type: 'ban', name: 'access-denied', weight: 4, pattern: /\b(?:[Pp]revent(?:s|ed|ing)?|[Ss]top(?:s|ped|ping)?)\s+(?:[\w-]+\s+){0,3}?from\s+(?:accessing|using|downloading|reaching)\b|\b(?:declared|declares|declaring)\s+(?:[\w'’.-]+\s+){0,3}?(?:illegal|unlawful|prohibited)\b|\b(?:made|makes|making|rendered)\s+(?:[\w'’.-]+\s+){1,3}?(?:inaccessible|unavailable|unreachable)\b|\b(?:denied|denies|refused|refuses|revoked|revokes|withdrew|pulled)\s+(?:[\w'’.-]+\s+){0,3}?licen[cs]es?\s+to\s+operate\b|\bput\s+an\s+end\s+to\s+(?:[\w'’.-]+\s+){0,3}?operations\b|\b(?:impos(?:e|es|ed|ing)|order(?:s|ed)?)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:limitation|restriction|ban|block|halt)\s+on\s+(?:[\w'’.-]+\s+){0,3}?processing\b|\brefus(?:ed|es)\s+to\s+(?:allow|let|permit)\s+(?:[\w'’.-]+\s+){1,3}?(?:to\s+)?operate\b|\b(?:cut|cuts|cutting)\s+(?:off\s+)?access\s+to\b/ },
  // providers ordered to block: the block is the act, not the order — "instructed operators to cut access to the app",
  // "told internet providers to suspend the service" (heavier than regulator-order)
  // (or asked in writing: "has written to internet service providers to stop the app", "requested that telecom operators
  // restrict access to the platform")
  { type: 'ban', name: 'providers-ordered-to-block', weight: 5, pattern: /\b(?:order(?:s|ed|ing)?|instruct(?:s|ed|ing)?|told|tells|direct(?:s|ed|ing)?|requir(?:es|ed|ing)|ask(?:s|ed)|request(?:s|ed)|(?:has|have|had)\s+written\s+to|wrote\s+to|writes\s+to)\s+(?:that\s+)?(?:all\s+|the\s+|its\s+)?(?:(?:internet|telecoms?|telecom|telecommunications?|mobile|network|service|broadband)\s+)*(?:operators|providers|ISPs|carriers|companies)\s+(?:to\s+)?(?:block|cut|suspend|restrict|shut|ban|disable|throttle|stop)\b/ },
  // the same in the passive, with no agent: "access to the site has been restricted in Turkey" (require-actor keeps it where a place is named)
  { type: 'ban', name: 'access-restricted', weight: 4, pattern: /\b[Aa]ccess\s+(?:in\s+(?:the\s+)?[A-Z][\w'’.-]*\s+)?to\s+(?:[\w'’.-]+,?\s+){1,8}?(?:has|have|had|was|were|is|are|will|remains?)\s+(?:been\s+|be\s+)?(?:\w+ly\s+)?(?:restricted|blocked|cut|cut off|suspended|limited|denied|disabled|shut off|throttled)\b/ },
  // an internet shutdown blocks every service at once: "cut mobile internet access on Sunday", "shut down the internet nationwide",
  // "switched off social media ahead of the vote"
  // the passive of a shutdown: "Internet was also disrupted in the cities of …", "mobile data has been cut"
  { type: 'ban', name: 'internet-disrupted', weight: 4, pattern: /\b(?:[Ii]nternet|[Mm]obile (?:internet|data)|[Cc]onnectivity)\s+(?:access\s+|services?\s+|data\s+)?(?:in\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3})?(?:was|were|has been|have been|had been|is|are|remains?|would be|will be)\s+(?:also\s+)?(?:\w+ly\s+)?(?:disrupted|cut|cut off|shut down|shut off|suspended|blocked|restricted|throttled)\b/ },
  { type: 'ban', name: 'internet-shutdown', weight: 4, pattern: /\b(?:[Cc]ut|[Cc]uts|[Cc]utting|[Ss]hut(?:s|ting)? (?:down|off)|[Ss]witch(?:es|ed|ing)? off|[Pp]ull(?:s|ed|ing)? the plug on|[Ss]uspend(?:s|ed|ing)?|[Bb]lock(?:s|ed|ing)?|[Rr]estrict(?:s|ed|ing)?|[Cc]ut off)\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:(?:mobile|fixed|fixed-line|nationwide|phone|telephone|landline|broadband)[\s,]+(?:and\s+)?){0,4}(?:internet|mobile data|data services|social media|social networks|messaging (?:apps|services))\b|\b(?:[Ii]nternet\s+)?(?:shutdowns?|blackouts?)\s+(?:[\w-]+\s+)?imposed\s+by\b|^\W*[Ii]nternet\s+(?:disrupted|cut|shut down|blocked|restricted|suspended)\s+in\s+(?=[A-Z])/ },
  // blackout-suffered: a place that went through a shutdown, its state's act (the subject is the place): "Iran faced a nationwide
  // internet blackout on Thursday", "the region was plunged into a communications blackout" (not a power blackout: the noun
  // before it names a network)
  { type: 'ban', name: 'blackout-suffered', weight: 4, pattern: /\b(?:faced|faces|experienced|experiences|suffered|suffers|endured|was plunged into|were plunged into|plunged into|went into|was hit by|were hit by|saw)\s+(?:an?\s+|its\s+|another\s+)?(?:(?:near-|near\s+)?(?:total|nationwide|countrywide|national|complete|widespread|partial|regional|\d+-(?:hour|day))\s+){0,2}(?:internet|mobile internet|mobile data|communications?|telecommunications?|digital|social media|online)\s+(?:blackout|shutdown|shut-down|blockade)s?\b/ },
  // outage-ordered: a stoppage of a service named by its noun as the object of a command: "the Cabinet has ordered an internet
  // service outage", "directed the shutdown of mobile internet service", "imposed a nationwide internet blackout" (not a plant's
  // shutdown: the clause names a network or a service)
  { type: 'ban', name: 'outage-ordered', weight: 5, pattern: rx(String.raw`\b(?:order(?:s|ed|ing)?|direct(?:s|ed|ing)?|impos(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|decree(?:s|d|ing)?|instruct(?:s|ed|ing)?)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:shutdowns?|outages?|blackouts?|shut-?offs?|suspensions?|disconnections?)\b`), requires: rx(String.raw`\b(?:internet|mobile|network|data|broadband|telecom\w*|connectivity|online|social media|apps?|platforms?|websites?|messaging|services?)\b`) },
  // the passive, with where, of a named service or a service noun: "X was suspended in Brazil on August 30" (not "the coach was suspended")
  // restrictions on a named service: "Roskomnadzor announced restrictions on WhatsApp calls"
  { type: 'ban', name: 'restrictions-on-service', weight: 4, pattern: /\b(?:announc|impos|introduc|order|extend|tighten)\w*\s+(?:new\s+|further\s+|partial\s+)?(?:restrictions|curbs|limits)\s+on\s+(?!(?:Chin|Russi|Ir|Kore|Jap)\w*\b)(?=[A-Z][\w.-]*)/ },
  // a named service to be shut down, in the passive: "announced that Zapchat would be shut down"
  { type: 'ban', name: 'service-to-be-shut', weight: 4, pattern: /\b(?!The\b|A\b|An\b|It\b|This\b)[A-Z][\w.&-]*\s+(?:would|will|is to|was to|is going to)\s+be\s+(?:shut down|suspended|blocked|banned)\b/ },
  // service-restricted: a service's use curbed, in the passive: "The two apps were restricted in 2022", "the platform has been
  // throttled since May" (a named service not at the sentence's head: "Imports were restricted" names none)
  { type: 'ban', name: 'service-restricted', weight: 4, pattern: /(?:\b(?:apps?|applications?|platforms?|services?|sites?|websites?|messengers?|social networks?|social media)|(?<=\w[,]?\s)[A-Z][\w.&-]*)\s+(?:was|were|has been|have been|had been|remains?|remained)\s+(?:also\s+|first\s+|briefly\s+|partially\s+|heavily\s+|severely\s+|temporarily\s+)?(?:restricted|throttled|curbed)\b(?!\s+to\b)/ },
  { type: 'ban', name: 'suspended-in-place', weight: 4, pattern: /(?:\b(?!The\b|A\b|An\b|He\b|She\b)[A-Z][\w.&-]*|\b(?:app|platform|service|site|website|network|messenger)s?)\s+(?:was|were|has been|have been|had been|is|are|remains?)\s+(?:\w+ly\s+)?suspended\s+(?:in|across|throughout|nationwide)\b/ },
  // (and an activity suspended: "The government has suspended the ongoing collection of personal data from Kenyans by Worldcoin")
  { type: 'ban', name: 'service-suspended', weight: 4, pattern: /\b(?:[Ss]uspend(?:s|ed|ing)?|[Ss]low(?:s|ed|ing)? down|[Tt]hrottl(?:e|es|ed|ing)|[Ss]hut(?:s|ting)? (?:down|off))\s+(?:the\s+)?(?:operations of\s+|access to\s+)?(?=[A-Z][\w.-]*\b(?![''’]s\s+(?:licen[cs]e|account|operations|permit))|(?:[\w-]+\s+)?(?:app|apps|platform|platforms|social network|messaging service)\b)|\b[Ss]uspend(?:s|ed|ing)?\s+(?:forthwith,?\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:collection|processing|activities|operations|registration|sale|sales|use|issuance)\s+of\b|\b[Ss]uspend(?:s|ed|ing)?\s+[A-Z][\w.-]*['’]s\s+(?:operations|activities|services)\s+in\b|\b(?:decided|decides|ordered|orders|voted)\s+to\s+close\s+(?:down\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:social network|social media platform|messaging app|app|platform|website)\b/ },
  // a suspension of a service ordered or announced: "ordered the suspension of X across the country", "announced the temporary
  // suspension of social media platforms" (not "the suspension of talks", "of the official": a service or a named one)
  // (a day may stand between the verb and its object, and scare quotes around it: "ordered on Friday the “immediate suspension” of X")
  { type: 'ban', name: 'suspension-ordered', weight: 5, pattern: new RegExp(String.raw`\b(?:ordered|orders|ordering|announced|announces|imposed|imposes|decreed|decrees)\s+(?:(?:on\s+)?(?:${WEEKDAY_PATTERN}|today|yesterday)\s+)?(?:the|a|an)\s+[“"]?(?:(?:temporary|nationwide|immediate|indefinite|\d+-day)\s+)?suspension[”"]?\s+of\s+(?:access\s+to\s+)?(?:(?:the|all)\s+)?(?:(?:mobile\s+|fixed\s+)?(?:internet|data)\b|[A-Z][\w.-]*\b(?!['’]s\s+(?:chief|head|boss|CEO|executive|official|licen[cs]e))|social media|(?:[\w-]+\s+)?(?:apps?|platforms?|services?|sites?|websites?|networks?)\b)`) },
  // a deadline on pain of a ban: "gave the app 48 hours to register or face a ban" (a threat: proposed)
  { type: 'ban', name: 'or-face-ban', weight: 4, pattern: /\bor\s+(?:face|risk)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:ban|block|blocking|suspension|shutdown)\b/ },
  // an app taken out of the stores by order: "ordered the removal of the app", "was removed from app stores in Peru",
  // "asked Apple and Google to remove the app from their stores"
  { type: 'ban', name: 'app-removal', weight: 4, pattern: rx(String.raw`\b(?:order(?:s|ed|ing)?|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|sought|call(?:s|ed)? for)\s+the\s+(?:immediate\s+)?removal\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:app|apps|application|applications)\b|\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:removed|pulled|taken down|delisted)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:app stores?|App Store|Google Play|Play Store)\b|\b(?:ask|order|told|tell|instruct|direct)\w*\s+(?:[\w'’.-]+\s+){1,4}?to\s+(?:remove|pull|delist|take down)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?apps?\b${GAP(30)}\bstores?\b|\border(?:s|ed)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?apps?\s+(?:removed|pulled|taken down|delisted)\s+from\b${GAP(30)}\bstores?\b`) },
  { type: 'ban', name: 'ban-lifted', weight: 4, pattern: rx(BAN_LIFTED_SOURCE) },
  // decision-to-ban: "notified Apple of its decision to ban iPhone 12 sales": a decision made known is the act (not one named as
  // a subject later: "the decision to block Zapmart was driven by …" is the block told before)
  { type: 'ban', name: 'decision-to-ban', weight: 5, pattern: rx(String.raw`\b(?:notif(?:y|ies|ied)|inform(?:s|ed)|announc(?:e|es|ed)|made|took|reached|publish(?:es|ed)|issu(?:es|ed)|confirm(?:s|ed)|communicat(?:es|ed))\b[^.;]{0,40}?\b(?:its|their|a|the)\s+(?:[\w-]+\s+)?decision\s+to\s+(?:ban|block|suspend|halt|bar|prohibit|shut\s+down)\b`) },
  // calls-restricted: "Roskomnadzor is restricting voice and video calls on WhatsApp and Telegram": a service's calls blocked
  { type: 'ban', name: 'calls-restricted', weight: 6, pattern: rx(String.raw`\b(?:restrict|block|limit|ban|throttl|disabl|suspend)\w*\s+(?:(?:voice|video|audio|phone|internet)\s+(?:and\s+(?:voice|video)\s+)?)calls?\s+(?:on|via|through|in|made\s+(?:on|via|through))\b`) },
  // restored-named-service: "Pakistan's telecom regulator restored X on Wednesday": a named service given back (capitalised,
  // so "restored order on Monday" is none; classify-status gives it `rescinded`)
  { type: 'ban', name: 'restored-named-service', weight: 4, pattern: /\b[Rr]estor(?:e|es|ed|ing)\s+(?:access\s+to\s+)?(?!(?:The|A|An|In|On|At|Its|Their|His|Her|This|That|Order|Power|Peace|Calm|Confidence|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b)[A-Z][\w.-]*(?=\s+(?:on|in|after|across|nationwide|late|early|last|this|for)\b|\s*[,.;]|$)/ },

  // ban: a nationwide or app-store ban (after the specific bans above)
  // "police cracked down on the app": a crackdown on a service is a ban of it
  // filtering, as Iran's and China's censors block: "Authorities in Iran filtered Instagram and WhatsApp on Wednesday"
  { type: 'ban', name: 'service-filtered', weight: 4, pattern: /\b(?:filter(?:s|ed|ing)|censor(?:s|ed|ing))\s+(?:access\s+to\s+)?(?=[A-Z][\w.-]*\b|(?:the\s+)?(?:[\w-]+\s+)?(?:app|apps|platform|platforms|social network|messaging service|website|websites)\b)/ },
  { type: 'ban', name: 'crackdown-on-service', weight: 4, pattern: rx(String.raw`\bcrack(?:s|ed|ing)?\s+down\s+on\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){0,3}?(?:apps?|platforms?|services?|websites?|sites?|messaging)\b`) },
  { type: 'ban', name: 'ban-verb', weight: 3, pattern: new RegExp(String.raw`(?<!-)\b(?:[Bb]ans|[Bb]anned|[Bb]anning|(?<!\bbuilding\s)[Bb]locks|[Bb]locked|[Bb]locking|[Tt]hrottl(?:es|ed|ing)|[Pp]rohibits|[Pp]rohibited|[Oo]utlaws|[Oo]utlawed|[Bb]lacklist(?:s|ed|ing))\b(?!\s+(?:(?:the|a|an|its|their|his|her|any)\s+)?(?:[\w'’-]+\s+){0,2}?(?:${OBSTRUCTED_OBJECT})\b)${NOT_LAW_OBJECT}|\b[Bb]ar(?:s|red|ring)\s+(?=[A-Z][\w.-]*\s+from\b)|\b(?:[Bb]an|[Bb]lock) (?!Ki[- ]?[Mm]oon\b)(?=[A-Z0-9]|it\b|the app\b|(?:all|dozens|hundreds|more|several)\b)|\b(?:impos(?:e|ed|ing)|plac(?:e|ed|ing)|announced|order(?:ed)?|introduc(?:e|ed|ing)|enact(?:ed)?|extend(?:ed)?|approved|upheld|declared|issued|lifted|implement(?:ed|ing)?|enforc(?:e|ed|ing)|adopt(?:ed|ing)?)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:[Bb]an|[Bb]lock)\b`) },

  // a block ordered as a noun: "had directed temporary blockage of the platform", "ordered the blocking of 26 sites"
  { type: 'ban', name: 'blockage-ordered', weight: 3, pattern: rx(String.raw`\b(?:direct(?:s|ed|ing)?|order(?:s|ed|ing)?|instruct(?:s|ed|ing)?)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:temporary|immediate|complete|nationwide|partial)\s+)?(?:blockage|blocking)\s+of\b`) },

  // the verb's base form after "to" or a modal, with a determiner before its object ("has decided to ban the
  // popular Chinese app", "will block all foreign messaging apps") or a plural of goods or services with up to two
  // modifiers ("will ban critical components from …"): ban-verb reads the base form only before a name. The
  // obstruction objects ban-verb excludes stay excluded ("to block the road").
  { type: 'ban', name: 'ban-infinitive', weight: 3, pattern: rx(String.raw`\b(?:to|will|would|must|shall|could|may|might|cannot|not)\s+(?:\w+ly\s+)?(?:(?:ban|prohibit|outlaw|blacklist)\s+(?:the|a|an|its|their|all|any|some|certain|foreign)\b(?!\s+(?:[\w'’-]+\s+){0,2}?(?:${OBSTRUCTED_OBJECT})\b)|(?:ban|prohibit|outlaw|blacklist)\s+(?:[a-z][\w-]+\s+){0,2}?(?:components|equipment|gear|apps|applications|products|software|imports|exports|sales|services|platforms)\b|block\s+(?:the|a|an|its|their|all|any|some|certain|foreign)\s+(?:[\w'’-]+\s+){0,3}?(?:apps?|applications?|platforms?|services?|sites?|websites?|networks?|messengers?)\b)`) },
  // "barred 59 mobile apps": bar with a service as its object (ban-verb reads "barred X from")
  { type: 'ban', name: 'bar-services', weight: 3, pattern: rx(String.raw`\bbar(?:s|red|ring)?\s+(?:more than\s+|over\s+|another\s+)?(?:[\d,]+\s+)?(?:[\w'’-]+\s+){0,3}?(?:apps|applications|platforms|websites|sites)\b`) },

  // legislation: whatever takes effect is a rule ("Since the DSA took effect last month"); weakest, after the named ones
  // a tax brought in: "the social media tax launched on July 1", "introduced a levy on digital services"
  { type: 'legislation', name: 'tax-introduced', weight: 4, pattern: rx(String.raw`\b(?:tax|taxes|levy|levies)\s+(?:was\s+|were\s+|has been\s+|had been\s+)?(?:launched|introduced|imposed|implemented|levied|enacted)\b|\b(?:launch|introduc|impos|implement|enact)(?:e|es|ed|ing|s)?\s+(?:a|an|the|its)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:tax|levy)\b(?!\s+(?:break|credit|cut|relief|return|rebate)s?\b)`) },
  // a rule's transition or grace period running out: its duties now bind ("The transition period for the data law comes to
  // an end today", "the grace period for compliance expired on Monday")
  { type: 'legislation', name: 'transition-ends', weight: 4, pattern: rx(String.raw`\b(?:transition(?:al)?|grace|implementation|adjustment)\s+period\b${GAP(90)}\b(?:ends?|ended|expires?|expired|(?:comes?|came)\s+to\s+an\s+end|runs? out|ran out|lapses?|lapsed)\b`) },
  { type: 'legislation', name: 'something-takes-effect', weight: 3, pattern: rx(String.raw`\b${TAKES_EFFECT_PHRASE}\b`) },

  // a deadline to act (its type is that of the act it belongs to: see find-event-clauses)
  { type: 'enforcement', name: 'deadline-to-act', weight: 5, pattern: rx(DEADLINE_SOURCE) },

  // statement (weak): "said", "announced" — stands only with a governmental speaker
  { type: 'statement', name: 'said', weight: 1, pattern: rx(String.raw`\b${REPORTING_VERB_SOURCE}\b`) },
];

/** Cue names that count as a weak statement: kept only when a government is the speaker. */
export const WEAK_CUES: ReadonlySet<string> = new Set(['said']);

/**
 * Cues of acts only a company does (a platform ending news on its own sites): no state acts, so neither the users it
 * covers nor the story place it (find-actors, inherit-jurisdiction); the corpus convention gives company acts no jurisdiction.
 */
export const COMPANY_ACT_CUES: ReadonlySet<string> = new Set(['platform-ends-news']);

/** Court cues that are filings (a lawsuit, an appeal) or a trial, not rulings: the court they go before is the government. */
export const COURT_FILINGS: ReadonlySet<string> = new Set(['lawsuit', 'appeal', 'asked-court', 'ruling-sought', 'injunction-decided', 'refiled-complaint', 'suit-filed-against', 'trial-begins', 'complaint-in-court', 'pleaded-guilty']);
