import { jurisdictionShortName } from '../../../db/vocabulary/jurisdiction-name';
import type { EventStatus, EventType } from '../../../db/vocabulary/taxonomy';
import { findCompanies } from '../../gazetteers/company-matcher';
import { findJurisdictions, jurisdictionAdjective } from '../../gazetteers/jurisdiction-matcher';
import { GOVERNMENTAL_NOUN } from '../cues/governmental-nouns';
import type { ArticleContext, Candidate, Stage } from '../types';

/** j: the jurisdiction's name ('Spain'); c: the companies; a: its adjective ('Spanish'), for its bodies. */
type TitleTemplate = (j: string, c: string, status: EventStatus | null, a: string) => string;

/** One short headline pattern per type: jurisdiction + verb + object. */
export const TITLE_TEMPLATES: Record<EventType, TitleTemplate> = {
  ban: (j, c, s) => (s === 'proposed' ? `${j} weighs a ban on ${c}` : s === 'rescinded' ? `${j} lifts its ban on ${c}` : `${j} bans ${c}`),
  device_ban: (j, c, s) => (s === 'rescinded' ? `${j} lifts its ban on ${c} on government devices` : `${j} bans ${c} on government devices`),
  age_restriction: (j, _c, s) => (s === 'in_force' ? `${j} minimum age for social media takes effect` : `${j} sets a minimum age for social media`),
  divestiture: (j, c) => `${j} pushes for a sale of ${c}`,
  investigation: (j, c) => `${j} reviews ${c}`,
  legislation: (j, c, s, a) =>
    s === 'proposed' ? `${j} proposes rules on ${c}` : s === 'in_force' || s === 'scheduled' ? `${j} law on ${c} takes effect` : s === 'enacted' ? `${j} enacts a law on ${c}` : `${j} legislation on ${c}`,
  executive_action: (j, c, s) => (s === 'rescinded' ? `${j} rescinds orders on ${c}` : `${j} issues an order on ${c}`),
  court: (_j, c, _s, a) => `${a} court case involving ${c}`,
  hearing: (j, c, s) => (s === 'scheduled' ? `${c} to testify in ${j}` : `${j} hearing with ${c}`),
  enforcement: (j, c) => `${j} enforcement action involving ${c}`,
  trade_restriction: (j, c) => (c === 'technology' ? `${j} restricts technology trade` : `${j} restricts trade in ${c} products`),
  data_governance: (j, c) => (c ? `${j} data arrangement with ${c}` : `${j} sets data transfer rules`),
  statement: (j, c) => `${j} statement on ${c}`,
  incident: (_j, c) => `Data incident at ${c}`,
};

/** What a title names when the text names no company. */
const DEFAULT_OBJECT: Record<EventType, string> = {
  ban: 'apps',
  device_ban: 'apps',
  age_restriction: 'social media',
  divestiture: 'a foreign-owned company',
  investigation: 'a tech company',
  legislation: 'tech platforms',
  executive_action: 'tech platforms',
  court: 'a tech policy',
  hearing: 'Tech executives',
  enforcement: 'a tech company',
  trade_restriction: 'technology',
  data_governance: '',
  statement: 'tech policy',
  incident: 'a tech company',
};

/**
 * How a statement's cue reads as a verb with its subject first ("Snap urged Norway" → "Snap urges
 * Norway"): the present tense a headline uses, and whether the verb needs a party as its object
 * ("urges Norway") or reads with a topic ("warns about WeChat").
 */
const STATEMENT_VERBS: ReadonlyArray<[RegExp, string, 'party' | 'topic', string]> = [
  [/^urg/i, 'urges', 'party', 'Appeal'],
  [/^accus/i, 'accuses', 'party', 'Accusation'],
  [/^warn/i, 'warns about', 'topic', 'Warning'],
  [/^critici/i, 'criticises', 'party', 'Criticism'],
  [/^condemn/i, 'condemns', 'party', 'Condemnation'],
  [/^lobb/i, 'lobbies', 'party', 'Lobbying'],
  [/^oppos/i, 'opposes', 'topic', 'Opposition'],
  [/^(?:vow|pledg)/i, 'pledges action on', 'topic', 'Pledge'],
  [/^(?:wrote|sent|letter)/i, 'writes to', 'party', 'Letter'],
  [/^(?:call|appeal)\w*\s+for/i, 'calls for action on', 'topic', 'Call'],
  [/^(?:call|appeal|renew|repeat|reiterat)/i, 'calls on', 'party', 'Call'],
  [/^ask/i, 'asks', 'party', 'Request'],
];

/** A company named as a subject, not after a preposition or a verb ("after Meta began", not "against Meta", "labeled Huawei"). */
const PREPOSITION_BEFORE = /\b(?:on|of|to|into|against|from|with|for|by|about|over|at|in)\s+(?:the\s+)?(?:[\w-]+\s+)?$|\b[a-z]{3,}ed\s+(?:the\s+)?$/i;

/** Between a subject and its verb: a possessive, a date, an adverb, an auxiliary; no clause of its own. */
const DIRECT_SUBJECT_GAP = /^(?![^]*\b(?:to|that|which|who|allow\w*|let|lets|began|users|people)\b)[^,.;:]{0,40}$|^,[^,.;]{0,60},\s*$/i;

/** The company that speaks when it, not the government, is the cue's subject: the one named last before the cue. */
function companySubject(ctx: ArticleContext, c: Candidate): string | null {
  const before = ctx.article.text.slice(c.clauseStart, c.cue.start);
  const companies = findCompanies(before).filter((r) => !PREPOSITION_BEFORE.test(before.slice(Math.max(0, r.start - 24), r.start)));
  const last = companies[companies.length - 1];
  if (!last) return null;
  // The company must be the verb's own subject: "Meta on Monday urged", not "after Meta began allowing users to call for".
  if (!DIRECT_SUBJECT_GAP.test(before.slice(last.end))) return null;
  // A government named after the company and before the cue is the nearer subject ("TikTok said Canada's ministry urged …").
  const government = findJurisdictions(before.slice(last.end)).some((r) => !r.attributive);
  return government ? null : last.name;
}

function statementTitle(ctx: ArticleContext, c: Candidate, j: string, companies: string): string {
  // a platform's own act: "Meta ends access to news"
  if (c.cue.name === 'platform-ends-news' && c.companies.length) return `${c.companies[0]} ends access to news`;
  const cueText = ctx.article.text.slice(c.cue.start, c.cue.end);
  const [, verb, object, noun] = STATEMENT_VERBS.find(([re]) => re.test(cueText)) ?? [null, 'comments on', 'topic', 'Statement'];
  const speaker = companySubject(ctx, c);
  // "Meta urges Australia": the company speaks to the government.
  if (speaker && j) return `${speaker} ${verb} ${j}`;
  if (speaker) return `${speaker} ${verb === 'calls on' || verb === 'writes to' ? 'comments on' : verb} ${object === 'party' ? 'policy' : 'tech policy'}`;
  // The government is addressed by someone the text names but we do not ("groups sent a letter to Congress"): "Letter to US on TikTok".
  if (c.jurisdictionSource === 'object' && j) return `${noun} to ${j} on ${companies}`;
  // "Canada warns about WeChat", "South Korea calls on Google and Apple": the government speaks about a company.
  if (c.companies.length) return `${j} ${verb} ${companies}`;
  return `${j} statement on ${companies}`;
}

/** An enforcement act's headline verb, by the cue that found it ("Japan fines Google", not "Japan enforcement action involving Google"). */
const ENFORCEMENT_TITLES: Readonly<Record<string, (j: string, c: string, s: EventStatus | null) => string>> = {
  fined: (j, c, s) => (s === 'announced' || s === 'proposed' ? `${j} plans to fine ${c}` : `${j} fines ${c}`),
  'fine-imposed': (j, c, s) => (s === 'announced' || s === 'proposed' ? `${j} plans to fine ${c}` : `${j} fines ${c}`),
  'sum-imposed': (j, c) => `${j} fines ${c}`,
  'to-fine': (j, c) => `${j} plans to fine ${c}`,
  'cease-and-desist': (j, c) => `${j} orders ${c} to stop`,
  designation: (j, c) => `${j} designates ${c}`,
  summoned: (j, c) => `${j} summons ${c}`,
  settlement: (j, c) => `${j} settles with ${c}`,
  'statement-of-objections': (j, c) => `${j} charges ${c}`,
  'assets-seized': (j, c) => `${j} seizes ${c} assets`,
};

/** A court's verb in the cue, as a headline's present tense. */
const COURT_VERBS: ReadonlyArray<[RegExp, string]> = [
  [/\bblock/i, 'blocks'],
  [/\bsuspend/i, 'suspends'],
  [/\bhalt/i, 'halts'],
  [/\b(?:froze|freez)/i, 'freezes'],
  [/\bstr(?:uck|ike)/i, 'strikes down'],
  [/\boverturn/i, 'overturns'],
  [/\buph(?:eld|old)/i, 'upholds'],
  [/\bdismiss/i, 'dismisses'],
  [/\breject/i, 'rejects'],
  [/\bsu(?:ed|es|ing)\b/i, 'sues'],
];
/** A court that declined or refused to act, before the act's verb in the cue. */
const DECLINED = /\b(?:declin|refus)(?:e|es|ed|ing)\b/i;

/** A headline verb's bare form after "declines to": "blocks" → "block", "strikes down" → "strike down", "dismisses" → "dismiss". */
function bareForm(verb: string): string {
  return verb.replace(/^(\w+?)(?:(?<=ss|sh|ch|x)es|s)\b/, '$1');
}

/** How far after its cue a court's object is read. */
const OBJECT_REACH = 60;
/** The verb, then at most a determiner, before its object: "blocks Telegram", "suspended the Zapchat app". */
const OBJECT_LEAD = /^\S+\s+(?:the\s+|its\s+)?$/;

/** What a court acts on, read from the clause after its verb. */
const RULED_ON = /\b(law|ban|order|executive order|rule|act|bill|measure|policy|fine|decision|restrictions|appeal|case|lawsuit|complaint|injunction)\b/i;

function courtTitle(ctx: ArticleContext, c: Candidate, j: string, companies: string): string {
  const cue = ctx.article.text.slice(c.cue.start, c.cue.end);
  // (a suit to block something is a suit: "sued to block Nvidia's acquisition" is "US sues Nvidia")
  const found = /^su(?:ed|es|ing)\b/i.test(cue) ? { verb: 'sues', at: 0 } : COURT_VERBS.map(([re, verb]) => ({ verb, at: re.exec(cue)?.index ?? -1 })).find((v) => v.at >= 0);
  // "declined on Friday to block the law": the court let it stand, so the headline says so ("Court declines to block …")
  const declined = found ? DECLINED.exec(cue.slice(0, found.at)) : null;
  const verb = found && declined ? `${/^refus/i.test(declined[0]) ? 'refuses' : 'declines'} to ${bareForm(found.verb)}` : found?.verb;
  // the verb's object: what follows the verb, not a noun later in the clause ("ruled to block Telegram since the
  // messenger refused … under the law" blocks Telegram, not a law)
  const object = ctx.article.text.slice(c.cue.start + (found?.at ?? 0), Math.min(c.clauseEnd, c.cue.end + OBJECT_REACH));
  const company = findCompanies(object).find((r) => c.companies.includes(r.name) && OBJECT_LEAD.test(object.slice(0, r.start)))?.name;
  if (verb && verb !== 'sues' && company) return `${j ? `${jurisdictionAdjective(c.jurisdictions[0] ?? '')} court` : 'Court'} ${verb} ${company}`;
  const noun = RULED_ON.exec(object)?.[1]?.toLowerCase();
  // "FTC sues Facebook": the government is the plaintiff.
  // (only when the government is the subject: "NetChoice sued the state" is a suit against it)
  // (or a governmental subject whose place the text gave before: "Attorney General Ann Roe is suing Meta")
  const governmentSues = c.jurisdictionSource === 'actor' || (c.jurisdictionSource === 'inherited' && GOVERNMENTAL_NOUN.test(ctx.masked.slice(c.clauseStart, c.cue.start)));
  if (verb === 'sues') return governmentSues ? `${j} sues ${companies}` : `Lawsuit against ${j}${c.companies.length ? ` involving ${companies}` : ''}`;
  if (!verb || !noun) return TITLE_TEMPLATES.court(j, companies, c.status, jurisdictionAdjective(c.jurisdictions[0] ?? ''));
  const about = c.companies.length ? (/case|lawsuit|complaint/.test(noun) ? ` against ${companies}` : noun === 'appeal' ? ` by ${companies}` : ` on ${companies}`) : '';
  // A court ruling on a state's law acts for the state (corpus convention): "Court blocks Ohio law".
  if (c.jurisdictionSource === 'object') return `Court ${verb} ${j} ${noun}${about}`;
  return `${j ? `${jurisdictionAdjective(c.jurisdictions[0] ?? '')} court` : 'Court'} ${verb} ${noun}${about}`;
}

/** A shutdown of networks rather than of named apps: "4G mobile internet services resumed", "cut off the Internet service". */
const NETWORK = /\b(?:internet|mobile data|broadband|connectivity|[2345]G\s+(?:network|services?|mobile))\b/i;

/**
 * A short generated headline, at most 120 characters.
 *
 *   GB · device_ban · [TikTok] → "UK bans TikTok on government devices"
 *   "Meta urged Australia to rethink its ban" → "Meta urges Australia"
 *   "A federal judge blocked Ohio's law on teen accounts" (US-OH) → "Court blocks Ohio law"
 *   "Mobile internet was restored on Sunday" (BD, no company)  → "Bangladesh restores internet access"
 */
export const writeTitles: Stage = (ctx, candidates) =>
  candidates.map((c) => {
    const j = c.jurisdictions[0] ? jurisdictionShortName(c.jurisdictions[0]) : '';
    const companies = c.companies.slice(0, 2).join(' and ') || DEFAULT_OBJECT[c.type];
    const network = c.type === 'ban' && !c.companies.length && NETWORK.test(ctx.masked.slice(c.clauseStart, c.clauseEnd));
    const template =
      network
        ? c.status === 'rescinded' ? `${j} restores internet access` : c.status === 'proposed' ? `${j} weighs an internet shutdown` : `${j} cuts internet access`
        : c.type === 'statement'
        ? statementTitle(ctx, c, j, companies)
        : c.type === 'court'
          ? courtTitle(ctx, c, j, companies)
          : c.type === 'enforcement' && j && c.companies.length && ENFORCEMENT_TITLES[c.cue.name]
            ? ENFORCEMENT_TITLES[c.cue.name]!(j, companies, c.status)
            : TITLE_TEMPLATES[c.type](j, companies, c.status, c.jurisdictions[0] ? jurisdictionAdjective(c.jurisdictions[0]) : '');
    const raw = template.replace(/\s+/g, ' ').replace(/ (?:in|on)$/, '').trim();
    const title = raw.charAt(0).toUpperCase() + raw.slice(1);
    return { ...c, title: title.length > 120 ? `${title.slice(0, 117)}...` : title };
  });
