import type { EventType } from '../../../db/vocabulary/taxonomy';
import type { Candidate } from '../types';
import { EFFECT_CUE_NAMES } from './effect-phrases';
import { LAW_NOUN_SOURCE } from './law-nouns';
import { MINORS } from './policy-topics';
import { GOV_DEVICE_SOURCE, OFFICIAL_AUDIENCE_SOURCE } from './restricted-audience';

/**
 * Type rules: after a clause's cue has typed it, the clause's scope or the act it belongs to may
 * change the type. Each rule has a name (printed by --explain) and examples.
 */
export interface TypeRule {
  name: string;
  /** `before`: the article's candidates before this one, already retyped; `after`: those after it, as their cues typed them. */
  applies(c: Candidate, clause: string, before: readonly Candidate[], after: readonly Candidate[]): boolean;
  retype(c: Candidate, clause: string, before: readonly Candidate[], after: readonly Candidate[]): EventType | null;
}

// (also the staff named as the ban's object: "banned employees of the central government from using iPhones", "a ban … for
// government officials", "blocked employee access to the app"; and a ministry's own machines: "blocked access to the app on its
// computers")
const STAFF_SCOPE = new RegExp(String.raw`\b${GOV_DEVICE_SOURCE}\b|\b(?:employee|employees['’]|staff|worker|workers['’]|officials['’])\s+access\b|\b(?:on|in|from)\s+(?:its|their)\s+(?:own\s+)?(?:(?!(?:5G|4G|core|telecoms?|mobile|broadband|cellular|wireless|access|transport)\b)[\w-]+\s+)?(?:computers|PCs|laptops|work phones|networks)\b|\b(?:for|its|their)\s+(?:own\s+)?${OFFICIAL_AUDIENCE_SOURCE}\b|\b(?:for|banned|barred|bans|bars|ordered|told)\s+(?:(?:central|federal|state|local|senior|all)\s+)?(?:government|state|civil service|public sector)\s+${OFFICIAL_AUDIENCE_SOURCE}\b|\b(?:banned|barred|bans|bars|ordered|told)\s+${OFFICIAL_AUDIENCE_SOURCE}\s+(?:of|at|in)\s+(?:the\s+)?(?:(?:central|federal|state|local)\s+)?(?:government|ministries|agencies|state institutions)\b`, 'i');
/** Carriers told to cut a service: "… to internet service providers to stop the app". */
const PROVIDERS_TO_BLOCK = /\b(?:operators|providers|ISPs|carriers)\s+to\s+(?:block|cut|suspend|restrict|shut|ban|disable|throttle|stop)\b/i;
/** "a preventive measure", "interim measures": a regulator's provisional order. */
const INTERIM_MEASURE = /\b(?:preventive|precautionary|interim|provisional|injunctive|corrective)\s+measures?\b/i;
/** Types of a restriction that a later "the rules take effect" continues (and that a bare "ban" may stand for). */
export const RESTRICTIONS: ReadonlySet<EventType> = new Set(['trade_restriction', 'ban', 'device_ban', 'age_restriction']);
/** "the rule", "the new measures", "the controls": a rule named only by its noun, i.e. the one just reported. */
const ANAPHORIC_RULE = /\b(?:the|these|those|its|one|two|three)\s+(?:new\s+|latest\s+)?(?:rules?|measures|restrictions|controls|curbs|limits|ban|prohibition|order|decision|designation|listing)\b/i;
const NAMED_LAW = /\b(?:law|laws|act|bill|legislation|[A-Z][\w-]+ (?:Act|Code))\b/;

/** After a ban's verb, an object that is trade: exporting or selling goods, access to chips or chip technology. */
const TRADE_OBJECT =
  /^[\w-]*\s+(?:(?:[\w'’.-]+\s+){0,3}?access\s+to\s+(?:(?:advanced|cutting-edge|high-end|American|US|U\.S\.|Western|foreign)\s+)*(?:semiconductor|chip|chipmaking|technolog)\w*|(?:[\w'’.-]+\s+){0,2}?(?:the\s+)?(?:sales?|exports?|imports?|shipments?)\s+of\s+(?:[\w'’.-]+\s+){0,4}?(?:chips?|semiconductors?|equipment|technolog\w*|components|gear|tools|machines|items|goods)\b|from\s+(?:exporting|importing|selling|supplying|shipping)\b)/i;

/** A regulator as the clause's subject, before its verb: "the competition authority", "Ofcom, the regulator,". */
const REGULATOR_SUBJECT = /\b(?:regulators?|watchdog|(?:competition|data protection|privacy|telecoms?|communications|consumer|antitrust|media|cyberspace)\s+(?:[\w-]+\s+)?(?:authority|office|commission|agency|bureau|administration)|authority)\b/i;

/** "a similar ban", "similar restrictions", "the same move": an act named by the one before it. */
const SIMILAR_ACT = /\b(?:similar|the same|identical|comparable)\s+(?:ban|bans|block|restrictions?|measures?|move|moves|steps?|prohibition)\b/i;

/**
 * A deadline is of its act's type, except that a deadline to comply before a block is enforcement
 * ("sites had until Friday to register, or be blocked"): the block is a threat, the deadline a demand.
 */
const deadlineType = (type: EventType | undefined): EventType | null => (type === 'ban' ? 'enforcement' : type ?? null);

const isAct = (c: Candidate | undefined): c is Candidate => !!c && c.type !== 'statement' && c.cue.name !== 'deadline-to-act';

/** The last act the article reported before: not a bare statement, not another deadline. */
function lastAct(before: readonly Candidate[]): Candidate | undefined {
  for (let i = before.length - 1; i >= 0; i--) if (isAct(before[i])) return before[i];
  return undefined;
}

/** What a rescinding verb undoes, right after it: a law (its noun, or a digital tax) rather than an order. */
const LAW_RESCINDED = new RegExp(String.raw`\b(?:rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|repeal(?:s|ed|ing)?)\s+(?:the|its|their|a|an|this|that)\s+(?:[\w'’%.-]+\s+){0,3}?(?:${LAW_NOUN_SOURCE})\b`);

/** Whose access is cut: minors by name ("children's access", "access for under-16s"), or "their" after them ("protecting children … their access"). */
const MINORS_ACCESS = new RegExp(String.raw`\b${MINORS}['’]?s?\s+(?:[\w-]+\s+){0,2}?access\b|\baccess\s+(?:[\w-]+\s+){0,4}?(?:for|by|of)\s+(?:[\w-]+\s+){0,2}?${MINORS}\b|\b${MINORS}\b[^.;]{0,80}?\btheir\s+access\b`, 'i');

/** "as national security threats", "a risk to national security": what a designation names a supplier. */
const SECURITY_THREAT = /\b(?:national[- ]security\s+(?:threats?|risks?)|(?:threats?|risks?)\s+to\s+(?:[\w'’-]+\s+)?(?:national\s+)?security|(?:communist\s+)?military\s+(?:compan(?:y|ies)|end[- ]users?)|foreign\s+adversar(?:y|ies))\b/i;

/** An intention to go to court, right before the court verb: "would appeal", "plans to challenge", "vowed to sue". */
const COURT_INTENDED_BEFORE = /\b(?:would|will|['’]ll|(?:plans?|planned|intends?|intended|vow(?:s|ed)?|pledged?|pledges|threaten(?:s|ed)?|(?:is|are|was|were)\s+going)\s+to)\s+(?:\w+ly\s+)?$/i;

/** A judge or a court as the subject before a finding's verb. */
const COURT_SUBJECT = /\b(?:judges?|justices?|courts?|tribunal)\b/i;

/** After a ban verb, the firm's conduct it forbids: "prohibited Facebook from linking user data": an order on conduct, not a ban of the service. */
const CONDUCT_FORBIDDEN_AFTER = /^\s*(?:[\w'’.&-]+\s+){1,4}?from\s+(?:linking|combining|merging|sharing|processing|tracking|transferring|profiling|using\s+(?:[\w'’-]+\s+){0,3}?(?:data|information)|requiring|forcing|charging|favou?ring|self-preferencing|bundling|tying|pre-installing)\b/i;
/**
 * A judge as the speaker, in court: "The presiding judge of the 1st Cartel Senate, Jürgen Kühnen, said". (Not "the court
 * also said …", which retells what a ruling holds.)
 */
// ("The Justice Ministry said …" is a ministry)
/** A head of state or government as the subject: "US president Donald Trump has blocked …", "Prime Minister Ann Roe ordered …". */
const HEAD_OF_GOVERNMENT_SUBJECT = /\b(?:president|prime minister|premier|chancellor|the white house)\b/i;
/** What a rule excludes when it is a network-equipment exclusion (corpus convention: trade_restriction). */
const EQUIPMENT_BANNED_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:banning|barring|prohibiting|excluding|restricting)\s+(?:[\w-]+\s+){0,3}?(?:equipment|gear|hardware|components)\b/i;
/** A court as the speaker of a trailing attribution: "…, Europe's top court said on Tuesday", "…, the judge said". */
const COURT_SPEAKER_TRAILING = /,\s+(?:[\w'’.-]+\s+){0,4}?(?:court|judges?|justices|tribunal)\s+(?:(?:on\s+)?\w+day\s+)?$/i;
const JUDGE_SPEAKER = /^\W*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:judges?|justices?)\b(?!\s+(?:ministry|minister|department|secretary|office)\b)/i;

/** A ministry or department as the subject: it acts on its own machines. */
/** A halt of sales abroad: "stop shipping some chips to China", "cease exports of". */
const EXPORT_HALT = /\b(?:stop|cease|halt|suspend)\s+(?:shipping|exporting|selling|supplying|exports?\s+of|shipments?\s+of|sales?\s+of)\b/i;
/** Apps taken off staff devices by a rule: "requiring the removal of Zapchat from all government devices". */
const DEVICES_CLEARED = new RegExp(String.raw`\b(?:remov(?:e|es|ed|ing|al)|uninstall\w*|delet(?:e|es|ed|ing|ion))\b[^.;]{0,80}?\bfrom\s+(?:all\s+|any\s+)?(?:the\s+)?${GOV_DEVICE_SOURCE}`, 'i');
/** "ban on the use of", "bans the use of": what the ban covers is use. */
const USE_OF = /\buse\s+of\b/i;
/** The devices of a government's staff (GOV_DEVICE_SOURCE), not its networks or systems. */
const GOV_DEVICES = new RegExp(String.raw`\b${GOV_DEVICE_SOURCE}`, 'gi');
function staffDevices(clause: string): boolean {
  return [...clause.matchAll(GOV_DEVICES)].some((m) => !/(?:networks?|systems)$/i.test(m[0]));
}
const MINISTRY_SUBJECT = /\b(?:ministry|ministries|department|departments)\b/i;
/** Computers as where the block applies: "in computers that connect to external networks", "on PCs". */
const MACHINES = /\b(?:on|in)\s+(?:[\w-]+\s+)?(?:computers|PCs|laptops|terminals)\b/i;

export const TYPE_RULES: readonly TypeRule[] = [
  // EXAMPLE conduct-forbidden-1: "The competition authority prohibited Zenith from linking user data from its services" → enforcement
  // (a service forbidden to operate stays a ban: "banned Zenith from operating in the country", as does a firm barred from
  // collecting data, which may be all its service does: "bars Worldcoin from collecting data")
  // EXAMPLE letter-to-providers-1: "The telecoms authority has written to internet service providers to stop the app" → ban
  // (a letter telling carriers to cut a service is the block itself, not a statement)
  { name: 'letter-to-providers', applies: (c, clause) => c.type === 'statement' && c.cue.name === 'letter-or-call' && PROVIDERS_TO_BLOCK.test(clause), retype: () => 'ban' },
  // EXAMPLE interim-measure-1: "The data protection authority issued on Tuesday the first preventive measure in its history" → enforcement
  // (a regulator's interim or preventive measure against a firm is an enforcement step, not a law)
  { name: 'interim-measure', applies: (c, clause) => c.type === 'legislation' && INTERIM_MEASURE.test(clause.slice(c.cue.start - c.clauseStart, c.cue.end - c.clauseStart)), retype: () => 'enforcement' },
  { name: 'conduct-forbidden', applies: (c, clause) => c.type === 'ban' && CONDUCT_FORBIDDEN_AFTER.test(clause.slice(c.cue.end - c.clauseStart)), retype: () => 'enforcement' },
  // EXAMPLE minors-access-1: "signed a regulation aimed at protecting children by restricting their access to social media" → age_restriction
  // EXAMPLE minors-access-2: "The ministry limited access to the app for teenagers on Friday" → age_restriction
  // (access cut for everyone stays a ban: "The regulator restricted access to the app")
  { name: 'minors-access', applies: (c, clause) => c.type === 'ban' && c.cue.name === 'restrict-access' && MINORS_ACCESS.test(clause), retype: () => 'age_restriction' },
  // EXAMPLE security-threat-1: "The FCC on Tuesday formally designated Huawei and ZTE as national security threats" → trade_restriction
  // EXAMPLE security-threat-2: "In January, the Department of Defense labeled Zenith a “Chinese Communist military company”" → trade_restriction
  // (a supplier named a threat to national security is shut out of a market; a gatekeeper designation stays enforcement)
  { name: 'security-threat', applies: (c, clause) => c.cue.name === 'designation' && SECURITY_THREAT.test(clause.slice(c.cue.start - c.clauseStart)), retype: () => 'trade_restriction' },
  // EXAMPLE court-intended-1: "Uber said it would appeal" → statement
  // EXAMPLE court-intended-2: "TikTok said it will challenge the law in court" → statement
  // (going to court is an event once done: "Uber appealed the ruling on Monday" stays court)
  { name: 'court-intended', applies: (c, clause) => c.type === 'court' && COURT_INTENDED_BEFORE.test(clause.slice(0, Math.max(0, c.cue.start - c.clauseStart))), retype: () => 'statement' },
  // EXAMPLE judge-speaks-1: "The presiding judge, Ann Roe, said on Wednesday that the authority relied too much on national law" → court
  { name: 'judge-speaks', applies: (c, clause) => c.type === 'statement' && JUDGE_SPEAKER.test(clause.slice(0, Math.max(0, c.cue.start - c.clauseStart))), retype: () => 'court' },
  // EXAMPLE president-blocks-merger-1: "US president Ann Roe has blocked Zenith's takeover of Zapchat" → executive_action
  { name: 'president-blocks-merger', applies: (c, clause) => c.cue.name === 'merger-decision' && HEAD_OF_GOVERNMENT_SUBJECT.test(clause.slice(0, Math.max(0, c.cue.start - c.clauseStart))), retype: () => 'executive_action' },
  // EXAMPLE export-halt-ordered-1: "The government notified Zenith that the company had to stop shipping chips to China" → trade_restriction
  // (an order to stop selling abroad is an export control; "ordered the firm to stop collecting data" stays enforcement)
  { name: 'export-halt-ordered', applies: (c, clause) => c.cue.name === 'company-told-to-act' && EXPORT_HALT.test(clause.slice(c.cue.start - c.clauseStart)), retype: () => 'trade_restriction' },
  // EXAMPLE trade-object-1: "Chinese companies are prohibited from exporting dual-use items to these US entities" → trade_restriction
  // EXAMPLE trade-object-2: "Washington moved to block China's access to advanced semiconductor technology" → trade_restriction
  // (a ban whose object is trade in goods or technology is a trade measure; "blocked access to the app" stays a ban)
  { name: 'trade-object', applies: (c, clause) => c.type === 'ban' && TRADE_OBJECT.test(clause.slice(c.cue.start - c.clauseStart)), retype: () => 'trade_restriction' },
  // EXAMPLE equipment-rules-1: "The FCC adopted new rules banning communications equipment from Zenith" → trade_restriction
  { name: 'equipment-rules', applies: (c, clause) => c.cue.name === 'act-on-law' && EQUIPMENT_BANNED_AFTER.test(clause.slice(c.cue.end - c.clauseStart)), retype: () => 'trade_restriction' },
  // EXAMPLE court-speaks-after-1: "Regulators may check the firm's data practices, Europe's top court said on Tuesday" → court
  { name: 'court-speaks-after', applies: (c, clause) => c.type === 'statement' && COURT_SPEAKER_TRAILING.test(clause.slice(0, Math.max(0, c.cue.start - c.clauseStart))), retype: () => 'court' },
  // EXAMPLE court-finding-1: "A federal judge finds Apple deliberately violated the injunction" → court
  // (a regulator's finding stays enforcement: "the regulator found the firm had breached the rules")
  { name: 'court-finding', applies: (c, clause) => c.cue.name === 'infringement-found' && COURT_SUBJECT.test(clause.slice(0, Math.max(0, c.cue.start - c.clauseStart))), retype: () => 'court' },
  // EXAMPLE law-rescinded-1: "Canada announced it would rescind its digital services tax" → legislation
  // (an order rescinded stays executive action: "the president rescinded the orders")
  { name: 'law-rescinded', applies: (c, clause) => c.cue.name === 'rescind' && LAW_RESCINDED.test(clause), retype: () => 'legislation' },
  // EXAMPLE staff-device-scope-1: "The council banned the app on state-owned or state-leased devices" → device_ban
  // EXAMPLE staff-device-scope-2: "The ministry blocked the app for its employees on Monday"           → device_ban
  // (a ban for everyone stays a ban: "The regulator blocked the app nationwide")
  { name: 'staff-device-scope', applies: (c, clause) => c.type === 'ban' && STAFF_SCOPE.test(clause), retype: () => 'device_ban' },
  // EXAMPLE devices-cleared-1: "The directive will take effect on October 30, requiring the removal of Zapchat from all government devices" → device_ban
  { name: 'devices-cleared', applies: (c, clause) => (c.type === 'executive_action' || c.type === 'legislation') && DEVICES_CLEARED.test(clause), retype: () => 'device_ban' },
  // EXAMPLE staff-device-use-1: "Canada declared a ban on the use of Zapchat and Zenith products on official mobile devices" → device_ban
  // (a vendor's products banned from use on staff phones is a device ban, not a trade measure; "banned the sale of Zenith
  // products" and "kept Zenith gear out of government networks" stay trade restrictions)
  { name: 'staff-device-use', applies: (c, clause) => c.type === 'trade_restriction' && USE_OF.test(clause.slice(c.cue.start - c.clauseStart, c.cue.end - c.clauseStart)) && staffDevices(clause), retype: () => 'device_ban' },
  // EXAMPLE ministry-machines-1: "The foreign ministry has restricted access to the app in computers that connect to external networks" → device_ban
  // (a ministry blocks what runs on its own machines; a regulator's block for the country names no computers)
  { name: 'ministry-machines', applies: (c, clause) => c.type === 'ban' && MINISTRY_SUBJECT.test(clause.slice(0, Math.max(0, c.cue.start - c.clauseStart))) && MACHINES.test(clause.slice(c.cue.end - c.clauseStart)), retype: () => 'device_ban' },
  // EXAMPLE deadline-takes-act-type-1: "The regulator fined the firm. It has until May 2 to pay." → enforcement
  // EXAMPLE deadline-takes-act-type-2: "The FTC sued the firm. The firm has until June 1 to respond." → court
  // EXAMPLE deadline-takes-act-type-3: "The firm has until June 1 to respond. The FTC sued it on Monday." → court (a lead deadline belongs to the act told next)
  {
    name: 'deadline-takes-act-type',
    applies: (c, _clause, before, after) => c.cue.name === 'deadline-to-act' && !!(lastAct(before) ?? after.find(isAct)),
    retype: (_c, _clause, before, after) => deadlineType((lastAct(before) ?? after.find(isAct))?.type),
  },
  // EXAMPLE similar-act-1: "Peru banned the app on staff phones. Chile ordered a similar ban on Friday." → device_ban
  // EXAMPLE similar-act-2: "Britain excluded the vendor's gear. Japan and Canada have implemented similar measures." → trade_restriction
  { name: 'similar-act', applies: (c, clause, before) => SIMILAR_ACT.test(clause) && (RESTRICTIONS.has(c.type) || c.cue.name === 'act-on-law') && RESTRICTIONS.has(lastAct(before)?.type ?? 'statement'), retype: (_c, _clause, before) => lastAct(before)?.type ?? null },
  // EXAMPLE regulator-order-1: "The competition authority issued an order against Google on Tuesday" → enforcement
  // (a government's or president's order stays executive action: "The president issued an order on Monday")
  { name: 'regulator-order', applies: (c, clause) => c.cue.name === 'executive-order' && REGULATOR_SUBJECT.test(clause.slice(0, Math.max(0, c.cue.start - c.clauseStart))) && !/\bexecutive order/i.test(clause), retype: () => 'enforcement' },
  // EXAMPLE deal-about-sale-1: "The firm signed an agreement with US authorities regarding the sale of the app" → divestiture
  { name: 'deal-about-sale', applies: (c, clause) => c.cue.name === 'deal-with-government' && /\b(?:sale|sell|selling|divest\w*)\b/i.test(clause), retype: () => 'divestiture' },
  // EXAMPLE details-take-act-type-1: "The Hague imposed export controls. The minister released details of the restrictions." → trade_restriction
  {
    name: 'details-take-act-type',
    applies: (c, clause, before) => c.cue.name === 'details-released' && /\b(?:restrictions|measures|controls|curbs|ban)\b/i.test(clause) && RESTRICTIONS.has(lastAct(before)?.type ?? 'statement'),
    retype: (_c, _clause, before) => lastAct(before)?.type ?? null,
  },
  // EXAMPLE rule-effect-takes-act-type-1: "The US imposed export controls. The rules take effect on Friday." → trade_restriction
  // EXAMPLE rule-effect-takes-act-type-2: "MPs banned the app on civil servants' phones. The ban will come into force on 1 May." → device_ban
  // EXAMPLE rule-effect-takes-act-type-3: "The Commerce Department placed Zenith on its Entity List. The order takes effect immediately." → trade_restriction
  // (a named law stays legislation: "The Online Safety Act takes effect on Friday")
  {
    name: 'rule-effect-takes-act-type',
    applies: (c, clause, before) => EFFECT_CUE_NAMES.has(c.cue.name) && ANAPHORIC_RULE.test(clause) && !NAMED_LAW.test(clause) && RESTRICTIONS.has(lastAct(before)?.type ?? 'statement'),
    retype: (_c, _clause, before) => lastAct(before)?.type ?? null,
  },
];
