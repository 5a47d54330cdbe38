import { MUST_NOT_USE } from './effect-phrases';
import { BAN_VERB, GAP, rx, type CueRule } from './cue-regex';
import { DEVICE_BAN_VERB_SOURCE, GOV_DEVICE_SOURCE, OFFICIAL_AUDIENCE_SOURCE } from './restricted-audience';

/**
 * device_ban cues: an app barred from the state's own devices or its own staff. Spread into
 * EVENT_CUES (event-cues.ts) where they stand in its order: after trade restrictions, before
 * statements.
 */

const GOV_DEVICE = GOV_DEVICE_SOURCE;

export const DEVICE_BAN_CUES: readonly CueRule[] = [
  // device_ban: "banning TikTok on government-issued phones", "delete the app from federal devices"
  // the devices a ban covers: "The ban applies to phones, laptops and tablets issued to staff"
  { type: 'device_ban', name: 'ban-covers-devices', weight: 5, pattern: rx(String.raw`\bban\b${GAP(30)}\bappl(?:y|ies)\s+to\s+(?:all\s+)?(?:[\w,-]+\s+){0,6}?(?:phones|devices|laptops|computers|tablets)\b`) },
  { type: 'device_ban', name: 'ban-on-government-devices', weight: 6, pattern: rx(String.raw`\b${BAN_VERB}\b${GAP(90)}\b${GOV_DEVICE}\b`) },

  // device_ban: the use stopped, forbidden or advised against on the state's own devices — "suspend the use of the app on work
  // phones", "the use of the app on official devices is no longer permitted", "advised departments against using it on official
  // devices", "recommended that the app not be installed on work phones"
  { type: 'device_ban', name: 'use-on-devices-stopped', weight: 6, pattern: rx(String.raw`\b(?:suspend|halt|stop|end|limit|prohibit|forbid|restrict)\w*\s+(?:the\s+|its\s+|their\s+)?use\s+of\b${GAP(60)}\b${GOV_DEVICE}\b|\buse\s+of\b${GAP(60)}\b${GOV_DEVICE}\b${GAP(20)}\b(?:is|are|was|were|will be|has been|have been)\s+(?:no longer|not)\s+(?:permitted|allowed|authori[sz]ed)\b|\b(?:against|not\s+be)\s+(?:using|installing|downloading|used|installed|downloaded)\b${GAP(60)}\b${GOV_DEVICE}\b`) },
  // device_ban: a negated duty or permission on the state's devices — "may no longer have the app on their work phones",
  // "must not keep it on government devices", "is now off-limits on official phones", "keep the app off state devices"
  { type: 'device_ban', name: 'not-on-devices', weight: 5, pattern: rx(String.raw`\b(?:may|can|must|will|shall|should|are|is)\s+(?:no longer|not)\s+(?:be\s+)?(?:have|keep|install|download|use|access|run|carry|allowed to have|permitted to have)\b${GAP(60)}\b${GOV_DEVICE}\b|\boff[- ]limits\b${GAP(30)}\b${GOV_DEVICE}\b|\bkeep(?:s|ing)?\s+(?:[\w-]+\s+){1,3}?off\s+(?:all\s+|its\s+|their\s+)?${GOV_DEVICE}\b`) },
  // device_ban: a body bans an app for itself — "Congress, the armed forces and half of US states had banned the app"
  { type: 'device_ban', name: 'institution-bans-app', weight: 4, pattern: rx(String.raw`\b(?:Congress|parliament|armed forces|military|(?:federal |government |state )?agencies|ministries|departments|universities|(?:half|dozens|most|many|several|some|\d+) of (?:the )?(?:[A-Z][\w.]*\s+)?(?:states|provinces|agencies|ministries|departments))\b${GAP(40)}\b(?:banned|barred|prohibited)\b`) },
  // a ban for the state's own people: "banned the app for its employees", "banned its officials to use the app"
  { type: 'device_ban', name: 'ban-for-officials', weight: 6, pattern: rx(String.raw`\b${DEVICE_BAN_VERB_SOURCE}\b${GAP(60)}\b(?:for|its|their|all)\s+(?:[\w-]+\s+){0,2}?${OFFICIAL_AUDIENCE_SOURCE}\b`) },
  // staff barred in the passive: "Staff at the central bank were barred from installing the app"
  { type: 'device_ban', name: 'officials-barred', weight: 6, pattern: rx(String.raw`\b${OFFICIAL_AUDIENCE_SOURCE}\b${GAP(50)}\b(?:were|was|are|is|have been|has been|had been|will be)\s+(?:\w+ly\s+)?(?:banned|barred|prohibited|forbidden|told not|ordered not|instructed not)\s+(?:from|to)\b`) },
  // staff under a duty to take the app off, or barred as the object: "civil servants must uninstall the app from their work phones",
  // "the defence ministry prohibited soldiers from using the app"
  { type: 'device_ban', name: 'officials-must-remove', weight: 6, pattern: rx(String.raw`\b${OFFICIAL_AUDIENCE_SOURCE}\b${GAP(40)}\b(?:must|have to|will have to|are required to|were required to|need to|will need to|have been given \w+ to|were given \w+ to)\s+(?:remove|delete|uninstall|stop using|not use)\b|\b(?:prohibited|barred|banned|forbade|forbidden|forbids|prohibits|bars|bans)\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?${OFFICIAL_AUDIENCE_SOURCE}\s+from\s+(?:using|installing|downloading|having)\b`) },
  // staff told to take the app off: "asked MPs and all staff to remove the app", "instructed officials to uninstall it"
  // (or government bodies told not to use it on their devices: "advised government departments not to use the app on official devices")
  // "directed all state agencies to stop using WhatsApp for official communications"
  { type: 'device_ban', name: 'agencies-told-to-stop-using', weight: 6, pattern: rx(String.raw`\b(?:ask\w*|instruct\w*|order\w*|told|tell\w*|direct\w*|advis\w*|requir\w*)\s+(?:all\s+)?(?:state|government|federal|public|its|their)\s+(?:agencies|departments|ministries|bodies|institutions|offices)\s+to\s+(?:stop|cease)\s+using\b`) },
  // a duty laid on state bodies about an app's use: "Each state agency will have to implement its own policy on the use of X by May 1"
  { type: 'device_ban', name: 'agencies-duty-on-use', weight: 5, pattern: rx(String.raw`\b(?:state|government|federal|public)\s+(?:agenc(?:y|ies)|departments?|ministr(?:y|ies)|bodies|employees|workers)\b${GAP(30)}\b(?:will have to|must|(?:is|are) required to|ha(?:ve|s) until)\b${GAP(80)}\b(?:use of|using|installing|downloading)\b`) },
  { type: 'device_ban', name: 'officials-told-to-remove', weight: 6, pattern: rx(String.raw`\b(?:ask\w*|instruct\w*|order\w*|told|tell\w*|direct\w*|advis\w*|recommend\w*|requir\w*)\s+(?:[\w-]+\s+){0,3}?${OFFICIAL_AUDIENCE_SOURCE}\b${GAP(40)}\b(?:to\s+(?:remove|delete|uninstall|stop using|not use)|not\s+to\s+(?:use|install|download|keep))\b|\b(?:ask\w*|instruct\w*|order\w*|told|tell\w*|direct\w*|advis\w*|recommend\w*)\s+(?:[\w-]+\s+){0,2}?(?:departments|ministries|agencies|bodies)\s+not\s+to\s+(?:use|install|download|keep)\b${GAP(60)}\b${GOV_DEVICE}\b`) },
  // officials-must-not-use: "government departments should not use DeepSeek", "civil servants may no longer use the app": the
  // state's own bodies or staff told not to use an app at all
  { type: 'device_ban', name: 'officials-must-not-use', weight: 5, pattern: rx(String.raw`\b(?:(?:state|government|federal|public)\s+(?:agencies|departments|ministries|bodies|institutions|offices|employees|workers)|${OFFICIAL_AUDIENCE_SOURCE})\b${GAP(30)}\b(?:should|must|may|can|shall|will|are to)\s+(?:not|no longer)\s+(?:be\s+allowed\s+to\s+)?use\b`) },
  // "The app must not be used or installed on staff phones", "are not allowed to be installed on devices"
  { type: 'device_ban', name: 'not-allowed-on-devices', weight: 6, pattern: rx(String.raw`\b${MUST_NOT_USE}${GAP(60)}\b(?:devices?|phones?|laptops?|computers?|tablets?)\b`) },
  // "banned the app from all phones and other devices": a scope of devices, not the whole country
  // (not "from personal devices": a ban on everyone's phones is a ban)
  { type: 'device_ban', name: 'ban-from-devices', weight: 5, pattern: rx(String.raw`\b${BAN_VERB}\b${GAP(40)}\bfrom\s+(?!(?:all\s+|its\s+|their\s+)?(?:personal|private|consumer|users['’]?)\s)(?:all\s+|its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:phones|devices|laptops|computers)\b(?!\s+of\s+(?:all\s+)?(?:users|people|citizens|residents|consumers|customers)\b)`) },
];
