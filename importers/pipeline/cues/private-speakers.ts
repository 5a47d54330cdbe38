/**
 * Private speakers: people who speak for no government and no company. A statement is "an official
 * or company statement" (TAXONOMY.md); what protesters, relatives, analysts or a crowd denounce,
 * vow or write is news, not a policy event, however event-like the sentence (requireActor's
 * `private-speaker`, which the sentence classifier may not overrule).
 *
 *   EXAMPLE private-speaker-1: "Hundreds of veterans gathered in the square to denounce the decree" → veterans
 *   EXAMPLE private-speaker-2: "The boy's great-uncle vowed to fight on"                           → great-uncle
 *   EXAMPLE private-speaker-3: "Lawyers for the family sent letters of protest to the minister"   → lawyers for the family
 *   EXAMPLE private-speaker-4: "Analysts warned that the levy would raise prices"                 → analysts
 *   EXAMPLE private-speaker-5: "In a poll, 60 percent of those asked said they opposed the ban"    → percent of
 *   (a company's lawyers speak for the company: "Lawyers for TikTok wrote to the court" is not one;
 *   nor is "the People's Bank of China", "Dozens of lawmakers", "House Speaker Ana Roe")
 */
export const PRIVATE_SPEAKER = new RegExp(
  String.raw`\b(?:` +
    [
      // (not "Dozens of lawmakers", "Hundreds of officials": a count of officials is official)
      String.raw`(?:hundreds|thousands|dozens|scores|tens of thousands) of(?!\s+(?:[\w-]+\s+){0,2}?(?:officials|lawmakers|legislators|senators|MPs|deputies|ministers|police|officers|soldiers|troops|regulators|judges|diplomats|governments|states|countries))`,
      String.raw`protesters?|demonstrators?|marchers?|strikers?|activists?|campaigners?|supporters?|opponents?|critics?|residents?|citizens|people|men|women|crowds?|mourners|worshippers`,
      String.raw`fighters|veterans|exiles|refugees|relatives|famil(?:y|ies)|parents|father|mother|son|daughter|(?:great-)?(?:uncle|aunt)|cousins?|grand(?:mother|father|parents)|brothers?|sisters?|wife|husband|widow(?:er)?`,
      String.raw`students|youths?|young people|netizens|internet users|fans|voters|passers-by|onlookers|respondents|those (?:polled|surveyed|asked)|(?:percent|per cent) of`,
      // (the industry, not its ministry: "The industry has started lobbying the government")
      String.raw`(?<!\bof\s)industry(?!\s+(?:ministry|minister|department|secretary|regulator|body|watchdog|commissioner))|analysts?|economists?|experts?|academics?|professors?|researchers?|scholars?|commentators?|columnists?|pundits?|pollsters?`,
      String.raw`cardinal|bishop|archbishop|priests?|pastor|clergy`,
      String.raw`(?:lawyers?|attorneys?) for (?:the|his|her|their|a) (?:boy|girl|child|family|families|relatives|victims?|man|woman)`,
    ].join('|') +
    // (a possessive names an institution: "the People's Bank of China", "the People's Republic")
    String.raw`)\b(?!['’]s\b)`,
  'i',
);
