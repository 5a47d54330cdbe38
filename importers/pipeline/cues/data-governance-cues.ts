import { GAP, rx, type CueRule } from './cue-regex';

/** data_governance cues: where data lives and who may reach it. Listed in EVENT_CUES at this family's place. */
/** What a deal with a government must be about to be data governance. */
const DATA_CONTEXT = rx(String.raw`\b(?:data|servers?|cloud|storage|privacy|security|source code|algorithms?|users?|apps?|platforms?|technolog(?:y|ies)|tech)\b`);

export const DATA_GOVERNANCE_CUES: readonly CueRule[] = [
  { type: 'data_governance', name: 'route-data-to-servers', weight: 5, pattern: rx(String.raw`\b(?:rout\w*|stor(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|transfer\w*|host\w*|migrat\w*|delet\w*|remov\w*|keep\w*|locali[sz]\w*)\b${GAP(60)}\b(?:data|traffic)\b${GAP(60)}\bservers?\b`) },
  { type: 'data_governance', name: 'data-routed-to-servers', weight: 5, pattern: rx(String.raw`\b(?:data|traffic)\b${GAP(40)}\b(?:rout\w*|stored|moved|transferred|hosted|migrated|kept)\b${GAP(40)}\bservers?\b`) },
  // data kept in a place: "began storing European users' data in Ireland", "hosts the data of Indian users inside India"
  { type: 'data_governance', name: 'store-data-in-place', weight: 5, pattern: rx(String.raw`\b(?:stor(?:e|es|ed|ing)|host(?:s|ed|ing)?|keep(?:s|ing)?|kept|locali[sz](?:e|es|ed|ing)|hold(?:s|ing)?)\s+(?:(?:all|the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?data\s+(?:of\s+(?:[\w'’-]+\s+){1,3})?(?:in|on|inside|within)\s+(?:the\s+)?[A-Z]`) },
  // "apps will have to store user data locally"
  { type: 'data_governance', name: 'store-data-locally', weight: 5, pattern: rx(String.raw`\b(?:stor(?:e|es|ed|ing)|host(?:s|ed|ing)?|keep(?:s|ing)?|kept|process(?:es|ed|ing)?)\s+(?:(?:all|the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?data\s+(?:locally|onshore|in-country|(?:with)?in\s+the\s+country)\b`) },
  // "ordered to suspend transfers of European users' data": the data flow is what is governed, not a ban of the service
  { type: 'data_governance', name: 'data-transfers-suspended', weight: 6, pattern: rx(String.raw`\b(?:suspend\w*|halt\w*|stop\w*|end\w*|ceas\w*)\s+(?:all\s+|the\s+|its\s+|their\s+)?(?:transfers?|flows?|sending)\s+of\s+(?:[\w'’-]+\s+){0,3}?data\b|\bdata\s+(?:transfers?|flows?)\b${GAP(20)}\b(?:suspended|halted|stopped)\b`) },
  { type: 'data_governance', name: 'data-localisation', weight: 5, pattern: rx(String.raw`\bdata[- ](?:locali[sz]ation|residency|transfers?|sharing agreement|access agreement)\b`) },
  // a framework for data flows between states: "adopted the EU-US Data Privacy Framework", "an adequacy decision", "agreed a new framework for transatlantic data flows"
  { type: 'data_governance', name: 'data-flow-framework', weight: 5, pattern: rx(String.raw`\bdata\s+(?:privacy\s+|protection\s+|transfer\s+|flows?\s+)?(?:framework|pact|shield)\b|\bPrivacy Shield\b|\badequacy\s+(?:decision|finding|ruling)\b|\bframework\s+for\s+(?:[\w-]+\s+){0,2}?data\s+(?:flows?|transfers?)\b`) },
  { type: 'data_governance', name: 'limit-data-access', weight: 5, pattern: rx(String.raw`\b(?:limit|restrict|curb)\w*\s+(?:the\s+)?access\b${GAP(60)}\bdata\b`) },
  // (about data or a platform: a peace deal, a ceasefire or a mining contract with a government is none)
  { type: 'data_governance', name: 'deal-with-government', weight: 3, pattern: rx(String.raw`\b(?:deal|agreement|arrangement|pact)\b${GAP(100)}\b(?:government|administration|authorities|regulators)\b|\b(?:government|administration)\b${GAP(60)}\b(?:deal|agreement)\b`), requires: DATA_CONTEXT },
];
