/**
 * Access or a service given back, worded by its object: "restored access", "largely restored broadband and WIFI
 * internet connections", "Internet access restored in the capital", "confirmed the restoration", "4G mobile internet
 * services resumed Sunday", "Access to the site was restored", "unblocked".
 */
const SERVICE_RESTORED_SOURCE = String.raw`\b(?:restor(?:e|es|ed|ing)|reinstat(?:e|es|ed|ing))\s+(?:\w+ly\s+)?(?:the\s+)?(?:(?:mobile|broadband|cable|fixed|wifi|and)\s+){0,3}(?:access|internet|mobile data|connections?|services?)\b|\b(?:internet|access|services?)(?:\s+access)?\s+(?:\w+ly\s+)?restored\s+(?:in|to|after|across)\b|\b(?:confirm|announc|order|approv)(?:s|es|ed|ing)?\s+the\s+(?:full\s+|partial\s+)?restoration\b|\b(?:internet|mobile data|(?:[234]G|broadband|mobile internet|data)\s+(?:internet\s+)?(?:services?|access|connections?))\b(?:\s+[\w-]+){0,3}?\s+(?:resumed|(?:was|were|has been|have been)\s+back)\b|\bunblock(?:s|ed|ing)?\b|\b(?:access|internet(?: access| services?| connectivity)?|(?:broadband|mobile)\s+(?:internet\s+)?(?:connectivity|data|internet)|services?)(?:\s+to\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+)?\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+|partly\s+|fully\s+)?(?:restored|reinstated)\b`;

/**
 * The end of a ban, worded once for both stages that read it: the ban-lifted cue (cues/event-cues.ts)
 * finds the event, and classify-status gives it `rescinded`.
 *
 *   "lifted its ban on the app", "the suspension of X was lifted", "The ban, which was imposed in 2020,
 *   was lifted by the government on Tuesday"
 */
export const BAN_LIFTED_SOURCE = String.raw`${SERVICE_RESTORED_SOURCE}|\blift(?:s|ed|ing)?\s+(?:(?:its|the|a|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:ban|block|suspension|restrictions?|prohibition)\b|\b(?:ban|block|blocks|suspension|restrictions?|prohibition)(?:\s+(?:on|of)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?\s+(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?lifted\b|\b(?:ban|block|suspension)\b,\s+(?:which|that)\b[^,]{1,80},\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?lifted\b`;
