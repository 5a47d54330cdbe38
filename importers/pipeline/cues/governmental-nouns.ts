/**
 * Nouns that name a government actor without naming its country ("courts", "lawmakers", "the
 * administration", the title "Gov." before a name). A clause whose actor is one of these takes the
 * jurisdiction of the event before it; a demonym followed by one ("British authorities") names the
 * actor's country.
 */
export const GOVERNMENTAL_NOUN = /\b(?:authorities|government|governments|officials|regulators?|lawmakers|legislators|legislature|senate|assembly|senators?|congressmen|parliament|parliamentary|congressional|ministry|ministries|minister|ministers|(?<!vice[- ])(?<!\b(?:company|firm|bank|group|unit|division|corporate|club|university|college|association|union|products|operations)(?:['’]s)?\s)president(?!\s+of\s+(?:the|its|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:company|firm|bank|group|unit|division|club|university|college|association|union|subsidiary)\b)|prime minister|premier|courts?|judges?|justices|tribunals?|jury|juries|circuit|administration|agenc(?:y|ies)|watchdog|commission|police|prosecutors?|investigators|inspectors|state media|governors?|attorneys? general|armed forces|military|cabinet|spokesperson for the government|embassy|foreign ministry|states|central banks?)\b|\bGov\.(?=\s)/i;

/** A demonym is an actor when a governmental noun follows it within two words: "British authorities", "Chinese foreign ministry". */
export const DEMONYM_ACTOR_FOLLOWER = /^\s+(?:[\w-]+\s+){0,3}?(?:authorities|authority|task force|taskforce|board|commissioner|ombudsman|inspectorate|tribunal|council|commission|governments?|officials|regulators?|lawmakers|legislators|senators|parliament|ministry|foreign ministry|minister|president|prime minister|courts?|judges?|administration|agenc(?:y|ies)|watchdog|police|prosecutors?|investigators|inspectors|state media|embassy|military|armed forces|(?:defen[cs]e|air|armed) forces?|army|navy|federal agencies|states|cabinet|senate|congress|(?:national |federal |state )?assembly|legislature|diet|chancellor|premier|central bank|MPs|ministers|(?:federal |national )?(?:office|bureau|department|directorate|inspectorate|service) (?:of|for) [A-Z][\w-]*)\b/i;

/** Speakers whose view is opinion, not a policy act: researchers, advocates, analysts, experts. */
export const OPINION_SPEAKER = /\b(?:researchers?|analysts?|professors?|advocates?|activists?|campaigners?|experts?|scientists?|investors|economists?|academics?|think tank|critics|commentators?|consultants?|(?:advocacy|civil liberties|rights|digital rights|campaign|consumer|industry|trade) groups?|non-?profit|(?:University|Institute)\b)\b/i;

/** A demonym naming whom a rule covers: "the data of Indian users", "British children". The place of the object. */
export const DEMONYM_SCOPE_FOLLOWER = /^\s+(?:users|customers|citizens|residents|children|teenagers|teens|minors|consumers|subscribers|accounts)\b/i;
