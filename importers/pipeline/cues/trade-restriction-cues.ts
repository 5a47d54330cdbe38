import { BAN_VERB, GAP, rx, SANCTION_WORD, type CueRule } from './cue-regex';

/** A clause about a regulator's penalties (read as "the clause holds none of these words"). */
const NOT_REGULATORY_PENALTY = /^(?!.*\b(?:data protection|privacy|GDPR|cookies?|fines?|fined|penalt(?:y|ies)|watchdog|antitrust|consumer protection|compliance|competition (?:authority|regulator|commission|watchdog))\b)/i;
/**
 * Sanctions as an act, not a backdrop ("an economy reeling from sanctions"): the verb "sanctioned", sanctions on or
 * against a target, or a verb that imposes, lifts or changes them — and no regulator's penalty in the clause.
 */
const SANCTIONS_ACTED_ON = new RegExp(
  NOT_REGULATORY_PENALTY.source +
    String.raw`(?=.*(?:\bsanction(?:ed|ing)\b|\bsanctions?\s+(?:on|against|targeting)\b|\b(?:impos|slap|announc|adopt|lift|eas|extend|levi|levy|introduc|tighten|expand|broaden|renew|unveil|add)\w*\s+(?:[\w'’-]+\s+){0,4}?sanctions?\b|\bsanctions?\b[^.;]{0,60}?\b(?:were|was|have been|has been|had been)\s+(?:\w+ly\s+)?(?:imposed|lifted|eased|extended|adopted|renewed|announced)\b))`,
  'i',
);

/**
 * trade_restriction cues: export controls, equipment and sales bans, entity lists, a vendor kept out
 * of a network, tariffs and sanctions. Listed in EVENT_CUES at this family's place (after the court
 * family, before device bans).
 */
export const TRADE_RESTRICTION_CUES: readonly CueRule[] = [
  // trade_restriction: "will stop the transfer of advanced technology to 31 companies"
  { type: 'trade_restriction', name: 'stop-transfer', weight: 5, pattern: rx(String.raw`\b(?:stop|halt|block|bar|cut off|curb|restrict)(?:s|ped|ping|ed|ing)?\s+(?:the\s+|all\s+)?(?:transfer|export|sale|shipment|supply|suppl(?:y|ies))s?\s+of\s+(?:[\w-]+\s+){0,3}?(?:technology|technologies|chips?|semiconductors?|equipment|goods|components|products|weapons|items|software|hardware|gear)\b`) },
  // trade_restriction: "banned the sale of communications equipment", "export controls", "entity list"
  // a state limiting its own exports: "agreed to limit their exports", "will curb its exports"
  { type: 'trade_restriction', name: 'limit-own-exports', weight: 5, pattern: rx(String.raw`\b(?:limit|restrict|curb|control)(?:s|ed|ing)?\s+(?:their|its)\s+(?:own\s+)?exports\b`) },
  { type: 'trade_restriction', name: 'ban-on-sales', weight: 6, pattern: rx(String.raw`\b${BAN_VERB}\b${GAP(40)}\b(?:sales?|imports?|exports?|purchases?|shipments?|use|approvals?|authori[sz]ations?|certifications?) of\b${GAP(60)}\b(?:equipment|chips?|semiconductors?|components|hardware|products|goods|technology|gear|drones?|cameras?|minerals?|metals?)\b(?!\s+(?:factory|factories|plant|plants|maker|makers|manufacturer|manufacturers|firm|company|business|unit|spinning|group))`) },
  { type: 'trade_restriction', name: 'ban-on-trade', weight: 6, pattern: rx(String.raw`\b${BAN_VERB}\b${GAP(20)}\b(?:imports?|exports?|shipments?)\b`) },
  // the same in the passive: "Exports of the chips to Russia were banned by Taiwan on Monday"
  { type: 'trade_restriction', name: 'trade-banned', weight: 6, pattern: rx(String.raw`\b(?:imports?|exports?|shipments?|sales?)\s+of\b${GAP(60)}\b(?:was|were|has been|have been|had been|will be)\s+(?:\w+ly\s+)?(?:banned|blocked|barred|restricted|prohibited|halted|suspended)\b`) },
  // network equipment excluded: "operators must remove the vendor's 5G gear by 2025" (TAXONOMY: trade_restriction)
  // (components or parts only with the network named: "phase out components made by Huawei and ZTE from its 5G networks";
  // the passive after the gear: "the equipment will be stripped out entirely by 2027"; a purge from a network)
  { type: 'trade_restriction', name: 'remove-network-gear', weight: 6, pattern: rx(String.raw`\b(?:remov\w*|replac\w*|rip(?:s|ped|ping)? out|strip\w* out|phas\w* out|exclud\w*)\b${GAP(60)}\b(?:gear|equipment|kit)\b|\b(?:remov\w*|replac\w*|rip(?:s|ped|ping)? out|strip\w* out|phas\w* out|exclud\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:components|parts)\b[^.;]{0,60}?\bnetworks?\b|\b(?:gear|equipment|kit|components)\s+(?:will|must|would|is to|are to|has to|have to)\s+be\s+(?:\w+ly\s+)?(?:stripped|ripped|phased|taken|removed)(?:\s+out)?\b|\bpurg(?:e|es|ed|ing)\b[^.;]{0,40}?\bnetworks?\b` +
    // the passive with the networks named: "systems from these makers must be removed from 5G access and transport networks"
    // (or a need: "parts will then need to be stripped out from access and transport networks by end-2029")
    String.raw`|\b(?:must|will|would|shall|are to|is to|have to|has to|need to|needs to)\s+(?:then\s+)?(?:need\s+to\s+)?be\s+(?:\w+ly\s+)?(?:removed|stripped(?:\s+out)?|ripped out|phased out|replaced)\s+from\s+(?:[\w'’-]+\s+){0,5}?networks?\b`) },
  // supplier-prevented: a vendor kept from supplying: "prevents Huawei from supplying equipment for Fastweb's 5G core network"
  { type: 'trade_restriction', name: 'supplier-prevented', weight: 6, pattern: rx(String.raw`\b(?:prevent|stop|keep|exclud)(?:s|ed|ing|e|es)?\s+(?:[A-Z][\w.&-]*(?:\s+and\s+[A-Z][\w.&-]*)?|the\s+(?:company|firm|vendor|supplier|companies|firms|vendors|suppliers)|(?:Chinese|foreign|Russian)\s+(?:vendors|suppliers|companies|firms))\s+from\s+(?:supplying|providing|selling|equipping)\b${GAP(40)}\b(?:equipment|gear|kit|components|networks?|technology|hardware)\b`) },
  // proposal-denied: a plan to use a vendor's gear refused: "the GCSB denied Spark's proposal to deploy Huawei 5G equipment"
  { type: 'trade_restriction', name: 'proposal-denied', weight: 6, pattern: rx(String.raw`\b(?:denied|rejected|declined|refused|blocked|vetoed)\s+(?:[\w'’.-]+\s+){0,2}?(?:proposal|plan|application|request|bid|notification)\s+to\s+(?:deploy|use|install|buy|procure|roll out)\s+(?:[\w'’.-]+\s+){0,3}?(?:equipment|gear|kit|technology|components|hardware)\b`) },
  // the removal as a noun, decided: "Britain has approved the phased removal of Huawei from its 5G network"; buying stopped:
  // "operators must stop buying 5G equipment from Huawei by the end of the year"
  { type: 'trade_restriction', name: 'network-removal-decided', weight: 6, pattern: rx(String.raw`\b(?:approv|order|mandat|announc|requir|decid|confirm)\w*\s+(?:[\w-]+\s+){0,3}?removal\s+of\s+(?:[\w'’.-]+\s+){1,6}?(?:from|out of)\s+(?:[\w'’-]+\s+){0,3}?(?:5G|4G|networks?|infrastructure)\b|\b(?:must|will have to|have to|has to|are required to|were told to|are to)\s+stop\s+(?:buying|purchasing|installing|using|deploying)\s+(?:[\w-]+\s+){0,3}?(?:equipment|gear|kit|components|hardware)\s+(?:from|made by|supplied by)\b`) },
  // a vendor or its equipment kept out of a network: "barred the company from its 5G core network", "banned the firm's
  // equipment from its 5G networks", "banned Huawei from supplying the country's 5G network" (heavier than a bare ban: the
  // network names the trade measure)
  { type: 'trade_restriction', name: 'network-exclusion', weight: 6, pattern: rx(String.raw`\b(?:${BAN_VERB}|exclud(?:e|es|ed|ing))\b${GAP(60)}\bfrom\s+(?:(?:supplying|providing|equipping|building)\s+(?:(?:equipment|gear|kit)\s+(?:to|for)\s+)?)?(?:its|their|the|a|all|(?:the\s+)?(?:country|nation|state)['’]s|[A-Z][\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:5G|4G|telecoms?|mobile|core|broadband)\s+(?:[\w-]+\s+)?networks?\b`) },
  // parts no longer allowed in a network: "critical components from Chinese suppliers will no longer be allowed to be used in
  // Germany's 5G networks from January 1, 2026"
  { type: 'trade_restriction', name: 'components-disallowed', weight: 6, pattern: rx(String.raw`\b(?:components|equipment|gear|kit|products|parts)\b[^.;]{0,80}?\b(?:will\s+no\s+longer\s+be|(?:will|may|must|can|shall)\s+not\s+be|(?:are|is)\s+no\s+longer)\s+(?:allowed|permitted)?\s*(?:to\s+be\s+)?(?:used|installed|deployed)\b[^.;]{0,60}?\bnetworks?\b`) },
  // a vendor's parts banned as a noun: "announced a ban on components from Huawei and ZTE in 5G networks"
  { type: 'trade_restriction', name: 'ban-on-components', weight: 5, pattern: rx(String.raw`\bbans?\s+on\s+(?:the\s+)?(?:use\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:components|equipment|gear|kit|hardware|chips|semiconductors)\b`) },
  // "will face strict controls on exports to China", "new curbs on chip exports"
  // (or on chips and technology: "increasing restrictions on foreign-made chips that use US technology")
  { type: 'trade_restriction', name: 'controls-on-exports', weight: 5, pattern: rx(String.raw`\b(?:controls?|restrictions?|curbs?|limits?)\s+on\s+(?:[\w-]+\s+){0,2}?(?:exports?|chips?|semiconductors?|chipmaking|chip-making)\b`) },
  // a licence demanded for selling technology abroad: "will require further licenses for chipmakers to deliver chips to
  // China", "said it would impose licensing requirements for advanced chips", "will need a licence to be shipped"
  { type: 'trade_restriction', name: 'licence-for-exports', weight: 5, pattern: rx(String.raw`\b(?:licen[cs]e|licensing)\s+requirements?\b|\brequir(?:e|es|ed|ing)\s+(?:further\s+|new\s+|additional\s+|special\s+)?licen[cs]es\b|\blicen[cs]es?\s+to\s+(?:be\s+)?(?:ship(?:ped)?|export(?:ed)?|sell|sold|deliver(?:ed)?)\b`), requires: rx(String.raw`\b(?:chips?|semiconductors?|exports?|export(?:ed|ing)|shipments?|ship|deliver|technolog(?:y|ies)|Entity List|Huawei|SMIC|China|Chinese|lithography|chipmaking|chip-making|(?:DUV|EUV|chipmaking|lithography)\s+(?:machines|systems|tools|equipment))\b`) },
  // exports curbed by their verb: "agreed to curb exports of chipmaking tools to China", "halted shipments of the
  // components", "revoked licences allowing Zenith to ship chips to Huawei", "new rules to restrict China's access to
  // advanced chips" (sales only of goods to a destination: "blocked sales of the phone" is a ban at home, "restricted the
  // sale of personal data to brokers" a data rule)
  { type: 'trade_restriction', name: 'exports-curbed', weight: 5, pattern: rx(String.raw`\b(?:curb|restrict|limit|tighten|control|ban|halt|block|stop|suspend|freez|cut|cut off)(?:s|ed|ing|e|es)?\s+(?:all\s+|further\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:exports?|shipments?|re-exports?)\s+of\b|\b(?:curb|restrict|limit|ban|halt|block|stop|suspend)(?:s|ed|ing|e|es)?\s+(?:[\w-]+\s+){0,3}?sales?\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:chips?|semiconductors?|chipmaking\s+(?:equipment|tools)|equipment|technolog(?:y|ies)|tools|machines|processors|GPUs|components)\s+to\b|\brevok(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,2}?licen[cs]es?\s+(?:that\s+)?(?:allow(?:ing|ed|s)?|permitt(?:ing|ed)|for)\b|\b(?:restrict|curb|limit|cut off)(?:s|ed|ing)?\s+(?:[A-Z][\w'’]*\s+|China['’]s\s+)?access\s+to\s+(?:[\w-]+\s+){0,2}?(?:chips?|semiconductors?|chipmaking|chip-making|AI chips|computing power|technolog(?:y|ies))\b`) },
  // (also a product's sales: "chip sale restrictions", "semiconductor export curbs")
  { type: 'trade_restriction', name: 'export-controls', weight: 6, pattern: rx(String.raw`\b(?:export|(?:chip|semiconductor|technology)\s+(?:sales?|export))\s+(?:controls?|restrictions?|curbs?|bans?|licen[cs]es?|rules)\b`) },
  // firms kept out of a market or a supply chain (a finite verb: "a decision to exclude it" is background): "excluded Huawei
  // and ZTE from its 5G auction", "barred American firms from
  // supplying Huawei", "revoked ASML's licence to ship machines to China"
  { type: 'trade_restriction', name: 'firms-excluded', weight: 5, pattern: rx(String.raw`\bexclud(?:es|ed)\s+(?:[\w'’.-]+\s+){1,5}?from\s+(?:[\w'’-]+\s+){0,3}?(?:5G|4G|networks?|auctions?|tenders?|procurement|contracts?|spectrum)\b|\b(?:barred|banned|prohibited|forbade|forbidden|bars|bans|prohibits)\s+(?:[\w-]+\s+){0,3}?(?:firms|companies|businesses|exporters|suppliers|carriers|operators|manufacturers)\s+from\s+(?:supplying|selling|exporting|shipping|buying|doing business)\b|\brevok(?:e|es|ed|ing)\s+(?:[\w'’.-]+\s+){0,3}?licen[cs]es?\s+to\s+(?:ship|export|sell|supply)\b`) },
  // (a blacklisted app or site is blocked, not a trade measure: ban-verb)
  { type: 'trade_restriction', name: 'entity-list', weight: 6, pattern: rx(String.raw`\b(?:entity list|trade blacklist|blacklist(?:ed|s)?)\b(?!\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:app|application|website|site|service|platform)s?\b)(?<!\b(?:websites?|sites?|services?|apps?|platforms?)\b[^.;]{0,60}?\b(?:have|has|had)\s+been\s+blacklisted)`) },
  // (a long list of firms may stand between: "added Kaspersky, China Telecom (Americas) Corp and China Mobile International
  // USA to its list of communications equipment")
  { type: 'trade_restriction', name: 'added-to-list', weight: 5, pattern: rx(String.raw`\badd(?:s|ed|ing)?\b${GAP(120)}\bto (?:its|the|a|their) (?:[\w-]+\s+){0,4}list\b`) },
  { type: 'trade_restriction', name: 'tariffs', weight: 4, pattern: rx(String.raw`\b(?:tariffs?|import dut(?:y|ies))\b`) },
  // an embargo put on, tightened or lifted: "ordered a global embargo on trade with the country", "lifted the arms embargo",
  // "the trade embargo the United Nations has imposed"
  { type: 'trade_restriction', name: 'embargo', weight: 5, pattern: rx(String.raw`\b(?:impos(?:e|es|ed|ing)|order(?:s|ed|ing)?|declar(?:e|es|ed)|extend(?:s|ed)?|tighten(?:s|ed)?|strengthen(?:s|ed)?|announc(?:e|es|ed)|lift(?:s|ed)?|eas(?:e|es|ed)|slap(?:s|ped)?|introduc(?:e|es|ed)|adopt(?:s|ed)?|renew(?:s|ed)?|end(?:s|ed)?)\s+(?:(?:a|an|the|its|their|new|global|total|full|partial|sweeping|decades-old|\d{4})\s+){0,3}(?:[\w-]+\s+){0,2}?embargo(?:es)?\b|\bembargo(?:es)?\s+(?:that\s+|which\s+)?(?:(?:the\s+)?[A-Z][\w.-]*\s+){1,4}(?:has\s+|have\s+|had\s+)?imposed\b`) },
  // (a head of state who "sanctioned the law" signed it: act-on-law; "the state-sanctioned church" is approved, not punished)
  // (a regulator's sanctions are its penalties, not trade measures: "the regulator's head of data protection and
  // sanctions", "has faced similar sanctions over privacy"; and sanctions as a backdrop are none: SANCTIONS_ACTED_ON)
  { type: 'trade_restriction', name: 'sanctions', weight: 4, pattern: rx(SANCTION_WORD), requires: SANCTIONS_ACTED_ON },
];
