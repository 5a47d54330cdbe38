/**
 * The end of a ban, worded once for both stages that read it: the ban-lifted cue (cues/event-cues.ts)
 * finds the event, and classify-status gives it `rescinded`.
 *
 *   "lifted its ban on the app", "the suspension of X was lifted", "The ban, which was imposed in 2020,
 *   was lifted by the government on Tuesday"
 */
export const BAN_LIFTED_SOURCE = String.raw`\blift(?:s|ed|ing)?\s+(?:its|the|a|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:ban|block|suspension|restrictions?|prohibition)\b|\b(?:ban|block|blocks|suspension|restrictions?|prohibition)(?:\s+(?:on|of)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)?\s+(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?lifted\b|\b(?:ban|block|suspension)\b,\s+(?:which|that)\b[^,]{1,80},\s+(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?lifted\b`;
