import { findJurisdictions } from '../../gazetteers/jurisdiction-matcher';
import { ALLEGATION_BEFORE, ANNIVERSARY_BEFORE, EVALUATIVE_INFINITIVE_BEFORE, PERSONNEL_NOUN, BACKGROUND_DEFINITION, DESIRED_ACT_BEFORE, DISPUTED_TOPIC_BEFORE, GENERAL_LAW_SUBJECT, EARLIER_ON_OTHERS, GENERIC_EFFECT_AFTER, HABITUAL_BEFORE, MARKET_MOVE_BEFORE, NOMINAL_ACT_BEFORE, NEGATED_ACTOR_BEFORE, PERMISSION_BEFORE, PROSPECT_BEFORE,
  UNCERTAIN_BEFORE, RECENT_RULE, SECTOR_OBJECT_AFTER } from '../cues/commentary-markers';
import { GOVERNMENTAL_NOUN, OPINION_SPEAKER } from '../cues/governmental-nouns';
import { FAILED_OR_FACED_BEFORE_CUE, HYPOTHETICAL_BEFORE_CUE, NEGATED_BEFORE_CUE, PENALTY_CONSEQUENCE_BEFORE_CUE } from '../cues/modal-markers';
import { OPINION_VERB } from '../cues/reporting-verbs';
import { quotedShare } from '../sentences/mask-quotes';
import { temporalExpressions } from '../temporal';
import { subordinateStart } from '../sentences/subordinate-clause';
import type { ArticleContext, Candidate, Stage } from '../types';

interface NonEventRule {
  name: string;
  applies(ctx: ArticleContext, c: Candidate): boolean;
}

const clauseBeforeCue = (ctx: ArticleContext, c: Candidate): string => ctx.article.text.slice(c.clauseStart, c.cue.start);
/** The last words before the cue, for markers that must end right before it (…$): scanning the whole clause for them is the cost. */
const TAIL = 100;
const justBeforeCue = (ctx: ArticleContext, c: Candidate): string => ctx.article.text.slice(Math.max(c.clauseStart, c.cue.start - TAIL), c.cue.start);
const clause = (ctx: ArticleContext, c: Candidate): string => ctx.article.text.slice(c.clauseStart, c.clauseEnd);
const uptoCue = (ctx: ArticleContext, c: Candidate): string => ctx.article.text.slice(c.sentence.start, c.cue.end);

/** How far after an opinion speaker its verb of saying may stand: "Some critics have questioned", "a researcher at the institute said". */
const SPEAKER_VERB_WITHIN = 80;

/** An opinion speaker before the cue whose own verb of saying or thinking follows it closely. */
function opinionSpeakerSays(uptoCueText: string, sentence: string): boolean {
  for (const m of uptoCueText.matchAll(OPINION_SPEAKERS)) {
    const end = m.index + m[0].length;
    const verb = OPINION_VERB.exec(sentence.slice(end, end + SPEAKER_VERB_WITHIN));
    if (!verb) continue;
    // ("…, the US Commerce Department said": a subject of its own after a comma says it, not the speaker)
    const between = sentence.slice(end, end + verb.index);
    if (!ANOTHER_SUBJECT_BEFORE_VERB.test(between)) return true;
  }
  return false;
}

/** A fronted "According to …" that has not closed before the cue: the cue names the source cited. */
const ATTRIBUTION_SOURCE = /^\W*(?:[A-Z][\w ]{0,20}:\s+)?According\s+to\s+[^,;]*$/;

/** Every opinion speaker in a text (matchAll copies it, so one global expression serves every call). */
const OPINION_SPEAKERS = new RegExp(OPINION_SPEAKER.source, 'gi');

/** After the last comma before the verb, a named subject: ", the US Commerce Department " (not ", including Amnesty, "). */
const ANOTHER_SUBJECT_BEFORE_VERB = /,[^,]*\b[A-Z][\w.'’-]*[^,]*$/;

/** Sentences and clauses that mention a policy word without stating an event. */
export const NON_EVENT_RULES: readonly NonEventRule[] = [
  // "Recommended Australia becomes latest country to ban …", "READ ALSO: …": a link to another story (split-sentences' teaser-line)
  { name: 'teaser-line', applies: (_ctx, c) => c.sentence.kind === 'teaser' },
  // "And should users be worried that the app will be banned?"
  { name: 'question', applies: (_ctx, c) => /\?["'”’)]*$/.test(c.sentence.text.trim()) },
  // "HOW IS THE US RESPONDING" — a subheading, not a statement
  { name: 'heading', applies: (_ctx, c) => isAllCaps(c.sentence.text) },
  // "“We will ban it,” said a spokesperson." — a quotation is opinion, not the article's statement
  // (not an act told around the quotation: "The court on September 14 upheld the decision that “…”" keeps its ruling)
  { name: 'quotation', applies: (ctx, c) => quotedShare(c.sentence.text, ctx.masked.slice(c.sentence.start, c.sentence.end)) >= 0.5 && !actAroundQuote(ctx, c) },
  // "A spokesperson declined to comment on the review."
  { name: 'non-answer', applies: (ctx, c) => /\b(?:declined to (?:comment|confirm)|could not confirm|cannot confirm|can['’]t confirm|(?:was|is|were|are) unable to confirm|did not confirm|would not (?:confirm|comment)|did not respond|refused to comment|no evidence|(?:does|do|did) not (?:immediately )?comment|(?:doesn't|don't|didn't) comment)\b/i.test(clause(ctx, c)) },
  // "A researcher said a sale would be irrelevant." — advocates', analysts' and researchers' views
  // (the speaker stands before the predicate; "The regulator fined the app, analysts said" stays)
  // ("Some critics have questioned why only one app was blocked")
  // (the speaker's own verb: "will add companies and a government-owned institute to the list, the department said" names
  // an institute as the object, and the department speaks)
  { name: 'opinion', applies: (ctx, c) => opinionSpeakerSays(uptoCue(ctx, c), c.sentence.text) },
  // "Such a move might go to the courts" — a hypothetical, not an event
  // (the modal must govern the predicate: "the companies may and may not do under the Act, which the Diet enacted" states an enactment)
  { name: 'hypothetical', applies: (ctx, c) => HYPOTHETICAL_BEFORE_CUE.test(clauseBeforeCue(ctx, c)) },
  // "The policy allows users to call for protests": what a company's rule lets users say, no one's statement
  { name: 'permitted-speech', applies: (ctx, c) => c.type === 'statement' && PERMISSION_BEFORE.test(clauseBeforeCue(ctx, c)) },
  // "The commission alleged that the firm restricted access to its data": the act is the accused's conduct as alleged
  // (also a further "that"-clause of the same allegation: "alleging that the law violates … and that it requires users to …")
  { name: 'allegation', applies: (ctx, c) => c.type !== 'statement' && (ALLEGATION_BEFORE.test(clauseBeforeCue(ctx, c)) || continuesAllegation(ctx, c)) },
  // "Hawks had been pushing the president to sign the order": an act someone wants, not one done
  { name: 'desired-act', applies: (ctx, c) => c.type !== 'statement' && DESIRED_ACT_BEFORE.test(clauseBeforeCue(ctx, c)) },
  // "Chile has not banned the app": the act did not happen (a court that did not block a law has ruled)
  { name: 'negated-predicate', applies: (ctx, c) => c.type !== 'court' && NEGATED_BEFORE_CUE.test(clauseBeforeCue(ctx, c)) },
  // "Google has failed to remove or restrict access to the posts", "4chan faces being banned": an act not done
  { name: 'failed-or-faced', applies: (ctx, c) => c.type !== 'court' && c.type !== 'legislation' && FAILED_OR_FACED_BEFORE_CUE.test(justBeforeCue(ctx, c)) },
  // attribution-source: "According to the investigation carried out by the watchdog, Allegro started favouring …": an act named
  // as the source of what the sentence tells is cited, not told
  // (not an act that runs on past the comma closing the phrase: "According to the Commission's preliminary findings, the iPhone
  // maker had breached the Act" tells the findings, the cue reading both halves)
  { name: 'attribution-source', applies: (ctx, c) => ATTRIBUTION_SOURCE.test(ctx.masked.slice(c.sentence.start, c.cue.start)) && !ctx.masked.slice(c.cue.start, c.cue.end).includes(',') },
  // "with failure to follow the act leading to severe fines": a penalty a breach would bring, not one imposed
  { name: 'penalty-as-consequence', applies: (ctx, c) => c.type === 'enforcement' && PENALTY_CONSEQUENCE_BEFORE_CUE.test(justBeforeCue(ctx, c)) },
  // "Protests in Lisbon over the decree": the rule is what people dispute, not an act of this clause
  { name: 'disputed-topic', applies: (ctx, c) => disputedTopic(ctx.masked.slice(c.sentence.start, c.cue.start)) },
  // "a week after the anniversary of the Supreme Court decision": the act is remembered, not done
  { name: 'anniversary', applies: (ctx, c) => ANNIVERSARY_BEFORE.test(ctx.masked.slice(Math.max(c.sentence.start, c.cue.start - 80), c.cue.start)) },
  // "His nomination must be approved by the Senate": a vote on a person, not on a rule
  { name: 'personnel-vote', applies: (ctx, c) => c.type === 'legislation' && PERSONNEL_NOUN.test(ctx.masked.slice(c.clauseStart, Math.min(c.clauseEnd, c.cue.end + 40))) },
  // "No other law restricts the sale of data": nobody acts
  { name: 'negated-actor', applies: (ctx, c) => NEGATED_ACTOR_BEFORE.test(clauseBeforeCue(ctx, c)) },
  // "The term refers to platforms which are restricting access …": a definition of a word, not an event
  { name: 'term-definition', applies: (ctx, c) => /^\W*(?:the|this|that)\s+(?:term|word|phrase|label|designation|expression)\b[^.;]{0,40}?\b(?:refers?\s+to|means|describes|denotes|covers)\b/i.test(ctx.masked.slice(c.sentence.start, c.cue.start)) },
  // "submit the case to the committee responsible for imposing sanctions": what a body is for, not what it did
  // (and what a law lets be done: "the Investment Canada Act, which allows for the review of foreign investments")
  { name: 'role-description', applies: (ctx, c) => /\b(?:responsible for|in charge of|tasked with|charged with|empowered to|with the power to|has the power to|have the power to|(?:which|that)\s+(?:allows?|permits?|enables?|provides?)(?:\s+for)?)\s+(?:\w+\s+){0,1}$/i.test(clauseBeforeCue(ctx, c)) },
  // company-terms: "children under the age of 13 were on the platform, contrary to age restrictions set out in the company's
  // terms of service": the company's own rule, no government's act
  { name: 'company-terms', applies: (ctx, c) => c.type === 'age_restriction' && /\b(?:terms of (?:service|use)|community (?:guidelines|standards)|user agreement)\b/i.test(clause(ctx, c)) },
  // topic-list-item: "Meta's compliance with DSA requirements concerning measures to prevent minors from accessing …": an
  // item of a list of what an inquiry covers, a noun phrase with no verb of its own
  { name: 'topic-list-item', applies: (ctx, c) => TOPIC_ITEM.test(ctx.article.text.slice(c.sentence.start, c.cue.start)) && !FINITE_VERB.test(ctx.article.text.slice(c.sentence.start, c.cue.start)) },
  // act-as-record: "The ban makes South Korea the latest government to warn about or place restrictions on DeepSeek": the act
  // told before, measured against others
  // ("Why it matters: This is the first time the Treasury Department has sanctioned a spyware organization")
  // ("Montana is the first state to impose a total ban on the app", with no date: the act measured against others in the present)
  { name: 'act-as-record', applies: (ctx, c) => /^\W*(?:[A-Z][\w ]{0,20}:\s+)?(?:(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+)?(?:ban|bans|move|decision|step|order|block|restrictions?|fine|ruling|law)\s+(?:makes|made|puts|put|marks|marked)\b|(?:This|It|That)\s+(?:is|was|marks|marked)\s+the\s+first\s+time\b)/.test(ctx.article.text.slice(c.sentence.start, c.cue.start)) ||
    (RECORD_IN_PRESENT.test(ctx.article.text.slice(c.clauseStart, c.cue.start)) && temporalExpressions(ctx.masked.slice(c.clauseStart, c.clauseEnd), ctx.article.published).length === 0) },
  // assembly-ban: "the government said that the upcoming protest was banned to prevent violence": a ban of a gathering, with no
  // app, network or online service in the clause, is no technology policy
  { name: 'assembly-ban', applies: (ctx, c) => c.type === 'ban' && !c.companies.length && assemblyBanned(ctx, c) && !TECH_OBJECT.test(clause(ctx, c)) },
  // gerund-subject: "Banning the use of credit cards for online wagering continues the Government's work on gambling reform":
  // the act named by a gerund as the subject of a verb that judges or places it, not told as done
  { name: 'gerund-subject', applies: (ctx, c) => GERUND_SUBJECT.test(ctx.article.text.slice(c.sentence.start, c.sentence.end)) },
  // relative-description: "a law passed in April that would require users to verify their age and would require parental
  // consent for minors": the second predicate of a relative clause describing a law, told as what it would do
  { name: 'relative-description', applies: (ctx, c) => /^\W*(?:and\s+)?(?:would|could)\b/i.test(ctx.article.text.slice(c.clauseStart, c.cue.start)) && /\b(?:that|which)\s+would\b/i.test(ctx.article.text.slice(c.sentence.start, c.clauseStart)) },
  // "it was in the interest of national security to ban the app": an act weighed, not told done
  { name: 'evaluative-infinitive', applies: (ctx, c) => EVALUATIVE_INFINITIVE_BEFORE.test(justBeforeCue(ctx, c)) },
  // "It's unclear how India will enforce the ban": an open question, not an event
  { name: 'uncertain', applies: (ctx, c) => UNCERTAIN_BEFORE.test(ctx.masked.slice(c.sentence.start, c.cue.start)) },
  // "The vote clears the path for the bill to take effect": a prospect, not an event
  { name: 'prospect', applies: (ctx, c) => PROSPECT_BEFORE.test(clauseBeforeCue(ctx, c)) },
  // "Shares in Nvidia rose after the US eased export curbs": the news is the market's move
  { name: 'market-move', applies: (ctx, c) => MARKET_MOVE_BEFORE.test(ctx.masked.slice(c.sentence.start, c.cue.start)) },
  // "The regulator has previously fined other tech firms": a habit, with no date of its own
  {
    name: 'habitual',
    applies: (ctx, c) =>
      (HABITUAL_BEFORE.test(clauseBeforeCue(ctx, c)) || (EARLIER_ON_OTHERS.before.test(clauseBeforeCue(ctx, c)) && EARLIER_ON_OTHERS.after.test(ctx.masked.slice(c.cue.end, c.clauseEnd)))) &&
      temporalExpressions(ctx.masked.slice(c.clauseStart, c.clauseEnd), ctx.article.published).length === 0,
  },
  // "Regulators have been scrutinising the sector": a whole sector under watch, undated, is background
  {
    name: 'sector-scrutiny',
    applies: (ctx, c) =>
      c.type === 'investigation' && SECTOR_OBJECT_AFTER.test(ctx.masked.slice(c.cue.end, c.clauseEnd)) &&
      temporalExpressions(ctx.masked.slice(c.clauseStart, c.clauseEnd), ctx.article.published).length === 0,
  },
  // "Under the competition law, businesses are prohibited from tying sales": what a law forbids in general
  { name: 'background-definition', applies: (ctx, c) => backgroundDefinition(ctx.masked.slice(c.clauseStart, c.cue.end)) },
  // "The opening of an investigation gives investigators broad powers": what such an act does in general
  {
    name: 'generic-consequence',
    applies: (ctx, c) => NOMINAL_ACT_BEFORE.test(ctx.masked.slice(c.clauseStart, c.cue.start)) && GENERIC_EFFECT_AFTER.test(ctx.masked.slice(c.cue.end, c.clauseEnd)),
  },
  // "The lawsuit is one of the biggest tests yet of …", "The lawsuit, filed in Seattle, is the result of a years-long
  // investigation", "This directive comes from a government document reviewed by Reuters": an act named by its noun and
  // judged by a copula or traced to its source, undated, says what the act is, not that it happened
  {
    name: 'nominal-description',
    applies: (ctx, c) =>
      NOMINAL_DESCRIPTION.test(ctx.masked.slice(c.clauseStart, c.clauseEnd)) &&
      temporalExpressions(ctx.masked.slice(c.clauseStart, c.clauseEnd), ctx.article.published).length === 0,
  },
  // "U.S. bans on foreign apps could provide cover to other countries": the act's noun is the subject of a possibility
  { name: 'act-as-subject-of-possibility', applies: (ctx, c) => c.type !== 'statement' && ACT_NOUN_END.test(ctx.masked.slice(c.cue.start, c.cue.end)) && POSSIBILITY_AFTER_CUE.test(ctx.masked.slice(c.cue.end, c.clauseEnd)) },
  // "The new regulation requires parental approval for children to open accounts": an undated present-tense rule of a
  // law is what it says, not an act (its passing or signing, dated, is the event)
  {
    name: 'law-provision',
    applies: (ctx, c) =>
      c.cue.name === 'law-acts' && PROVISION_VERB.test(ctx.masked.slice(c.cue.start, c.cue.end)) &&
      temporalExpressions(ctx.masked.slice(c.clauseStart, c.clauseEnd), ctx.article.published).length === 0,
  },
  // "The law also calls for handlers to designate …", "Both laws will require companies to examine their practices": what a
  // law says or makes others do is its content, not a statement or an inquiry of its own
  { name: 'law-content', applies: (ctx, c) => (c.type === 'statement' || c.type === 'investigation') && LAW_AS_SUBJECT.test(ctx.masked.slice(c.clauseStart, c.cue.start)) },
  // "Hashtags like #BlockTheMinistry (block the ministry) trended": a cue inside a parenthetical gloss
  { name: 'parenthetical-gloss', applies: (ctx, c) => /\([^()]*$/.test(ctx.masked.slice(c.sentence.start, c.cue.start)) && /^[^()]*\)/.test(ctx.masked.slice(c.cue.end, c.sentence.end)) },
  // "We are following the court hearing", "Our reporters are at the court": the outlet speaking of its own coverage
  // (an official's "we" is inside quotation marks, which are blanked)
  { name: 'outlet-voice', applies: (ctx, c) => /^\W*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\W*)?(?:(?:Good (?:morning|afternoon|evening)|Hello|Welcome)\W+)?(?:We|Our (?:reporters?|correspondents?|team|live coverage|coverage)|In this (?:article|piece|post|explainer|guide),? we)\b/.test(ctx.masked.slice(c.sentence.start, c.cue.start)) },
  // "Game makers plan to open stores once the law takes effect": the only cue is a time anchor in an adverbial clause
  // (but "Users could not reach the app after the ministry blacklisted it on Sunday": a government's act
  // given as the cause of what the main clause reports is the news)
  // (nor "ahead of March 1, 2024, when the new laws would go into effect": a "when" clause on a date tells what happens that day)
  { name: 'subordinate-only', applies: (ctx, c) => c.cue.subordinate === true && !governmentActFirst(ctx, c) && !whenOnADate(ctx, c) },
  // "…in a meeting led by President Ann Roe, who has vowed to remove restrictions": what a person is known to have said,
  // in a relative clause on them, describes the person; it is no statement of the story's
  { name: 'person-relative-statement', applies: (ctx, c) => c.type === 'statement' && PERSON_RELATIVE_OPEN.test(ctx.masked.slice(c.clauseStart, c.cue.start)) },
];

/** ", when" with no other clause opened before the cue: the "when" clause the cue stands in. */
const WHEN_OPENS = /,?\s+when\s+[^,;]*$/i;

/**
 * A "when" clause right after a date ("on March 1, 2024, when the law …", "April last year, when …"): the dates module
 * says where a date ends, so every form it reads counts, absolute or relative.
 */
function whenOnADate(ctx: ArticleContext, c: Candidate): boolean {
  const before = ctx.masked.slice(c.clauseStart, c.cue.start);
  const when = WHEN_OPENS.exec(before);
  if (!when) return false;
  const lead = before.slice(0, when.index).replace(/\s+$/, '');
  return temporalExpressions(lead, ctx.article.published).some((t) => t.end >= lead.length - 1);
}

/** A relative clause on a person still open before the cue: ", who has …" with no comma since. */
const PERSON_RELATIVE_OPEN = /,\s+who\s+[^,;]*$/i;

/** A law's rule told in the present: "… requires", "… bans", "… prohibits" at the end of law-acts' span. */
const PROVISION_VERB = /\b(?:requires?|bans?|prohibits?)$/i;

/** A cue that ends on an act's noun ("bans", "restrictions"), read as a noun by the preposition after it ("bans on foreign apps"). */
const ACT_NOUN_END = /\b(?:bans?|blocks?|restrictions?|prohibitions?|curbs?|fines?|sanctions?|controls?)$/i;
/** Right after the cue's noun and its object ("on foreign apps"), with no verb or comma between: "could", "might" or "may" and a verb. */
const POSSIBILITY_AFTER_CUE = /^\s+(?:on|of|against)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+\s+(?:could|might|may)\s+(?:also\s+|well\s+|potentially\s+)?(?!not\b|be\s+(?:imposed|introduced|extended|lifted|enforced|applied)\b)[a-z]+\b/;

/** A law as the subject right before the cue's verb: "The law also", "Both laws will require companies to", "The new rules". */
const LAW_AS_SUBJECT = /^\W*(?:(?:the|this|that|both|these|those|each|its|their)\s+)?(?:(?:new|two|draft|proposed)\s+)?(?:[A-Z][\w-]*\s+){0,4}?(?:law|laws|Law|Act|act|bill|bills|rules|regulations?|decree|legislation|code|Code)\s+(?:also\s+|further\s+)?(?:(?:will|would|shall)\s+)?(?:(?:require|requires|obliges?|forces?|asks?)\s+(?:[\w'’-]+\s+){1,4}?to\s+)?$/;

/** An "after" clause whose subject is a governmental body (or a government named), holding the cue: the act that came first. */
function governmentActFirst(ctx: ArticleContext, c: Candidate): boolean {
  const clauseText = ctx.masked.slice(c.clauseStart, c.clauseEnd);
  const sub = subordinateStart(clauseText);
  if (sub < 0) return false;
  // the subject alone stands between "after" and the cue: a few words, no auxiliary of a passive
  const subject = /^\W*after\s+((?:[\w'’.-]+\s+){1,5})$/i.exec(clauseText.slice(sub, c.cue.start - c.clauseStart));
  // …and acts in the past: "after the ministry publishes its rules" is a condition still to come
  const pastAct = /^[A-Za-z]+ed\b|^(?:cut|shut|put|set|took|made|gave|began|froze|struck|won|sent|wrote|had)\b/.test(ctx.masked.slice(c.cue.start, c.cue.end));
  // (a governmental noun, or a government named: "after Marcos ordered the ban in July", "after Russia blocked the app")
  const named = (text: string): boolean => findJurisdictions(text).some((r) => (r.kind === 'institution' || r.kind === 'country') && !r.attributive);
  return !!subject && pastAct && (GOVERNMENTAL_NOUN.test(subject[1] ?? '') || named(subject[1] ?? '')) && !/\b(?:was|were|is|are|been|being)\b/.test(subject[1] ?? '');
}

/** (the preposition first: most clauses have none right before their cue, and skip the long pattern) */
function disputedTopic(beforeCue: string): boolean {
  return /\b(?:over|against|amid)\s+(?:\S+\s+){0,3}$/i.test(beforeCue) && DISPUTED_TOPIC_BEFORE.test(beforeCue);
}

/** A definite act noun as the subject (an aside allowed), then a copula that judges it: "The lawsuit is one of …". */
const NOMINAL_DESCRIPTION =
  /^\W*(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|case|complaint|ban|fine|penalty|probe|investigation|ruling|decision|order|law|bill|move|measure|directive|decree|resolution)(?:\s*,[^,;]{0,120},)?\s+(?:(?:is|was|are|were|remains|marks|represents)\s+(?:(?:one|among)\s+of|the\s+(?:result|latest|first|biggest|largest|culmination|product|outcome)\b|a\s+(?:test|blow|victory|setback|sign|culmination|result|product|milestone|major|significant|big|rare)\b)|(?:comes|came|stems|stemmed)\s+from\b|(?:is|was|are|were)\s+(?:based\s+on|contained\s+in|set\s+out\s+in)\b)/i;

/** An act cue outside the quotation, with a clause of its own around it (the unquoted words make a sentence). */
function actAroundQuote(ctx: ArticleContext, c: Candidate): boolean {
  const unquoted = ctx.masked.slice(c.sentence.start, c.sentence.end).replace(/\s+/g, ' ').trim();
  if (c.type === 'statement' || unquoted.split(' ').length < 12) return false;
  if (c.cue.weight >= 5) return true;
  // called-quote: "are suing Amazon over what they call “anticompetitive … strategies”": the quotation names what the act
  // is about in the actor's words; the act stands before it, told by the article
  const opening = c.sentence.text.search(/[“"]/);
  return opening > c.cue.end - c.sentence.start && CALLED_BEFORE.test(c.sentence.text.slice(0, opening));
}

/** Right before a quotation that names something in another's words: "what they call", "so-called", "described as". */
const CALLED_BEFORE = /\b(?:what\s+(?:they|it|he|she|the\s+[\w-]+)\s+(?:call|calls|called|describe[sd]?\s+as|term(?:s|ed)?)|so-called|dubbed|described\s+as|branded)\s*$/i;

function backgroundDefinition(upToCue: string): boolean {
  const m = BACKGROUND_DEFINITION.exec(upToCue);
  return (!!m && !RECENT_RULE.test(m[1] ?? '')) || GENERAL_LAW_SUBJECT.test(upToCue);
}

function isAllCaps(text: string): boolean {
  return text.toUpperCase() === text && /[A-Z][^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*[A-Z]/.test(text);
}

/**
 * Drops clauses that mention a policy word without stating an event.
 *
 *   "“If lawmakers want a privacy law that bans data collection…,” said an advocate." → (nothing)
 */
export const dropNonEvents: Stage = (ctx, candidates) =>
  candidates.filter((c) => {
    const rule = NON_EVENT_RULES.find((r) => r.applies(ctx, c));
    if (rule) ctx.note?.(c, rule.name); // --explain names the rule that dropped it
    return !rule;
  });

/** A clause opening "and that …" after "alleging that …" earlier in its sentence: one more thing alleged. */
function continuesAllegation(ctx: ArticleContext, c: Candidate): boolean {
  return /^\W*(?:(?:and|or)\s+)?that\b/i.test(ctx.article.text.slice(c.clauseStart, c.cue.start)) &&
    /\b(?:alleg(?:e|es|ed|ing)|claim(?:s|ed|ing)?|contend(?:s|ed|ing)?)\s+that\b/i.test(ctx.article.text.slice(c.sentence.start, c.clauseStart));
}

/** A sentence that opens with a firm's conduct as a noun: "Meta’s adherence to …", "The company's compliance with …". */
const TOPIC_ITEM = /^\W*(?:[A-Z][\w.&-]*|the (?:company|firm|platform))['’]s\s+(?:[\w-]+\s+)?(?:adherence|compliance|fulfil(?:l)?ment|handling|treatment|management|design|practices|obligations|use|assessment)\s+(?:of|with|to|regarding|concerning)\b/i;
/** A finite verb before the cue: a word of tense or speech (a list item has none). */
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|did|does|do|said|says|can|could|may|must)\b/i;

/** A gerund of an act as a sentence's subject, then a verb that judges or places it ("Banning … continues the Government's work"). */
const GERUND_SUBJECT = /^\W*(?:Banning|Blocking|Restricting|Requiring|Forcing|Prohibiting|Outlawing|Fining|Regulating|Limiting)\b[^,;]{3,100}?\s(?:continues|continued|is|was|marks|marked|follows|followed|comes|came|builds|reflects|represents|remains|would be|will be)\b/;

/** A gathering ("march" in lower case: "March" is the month). */
const ASSEMBLY_SOURCE = String.raw`(?:[Pp]rotests?|[Rr]all(?:y|ies)|[Dd]emonstrations?|[Gg]atherings?|marche?s?|[Ss]it-ins?|[Cc]oncerts?|[Ff]estivals?)`;
/** The gathering as the ban's object ("banned all protests") or as the subject of its passive ("the protest was banned"). */
const ASSEMBLY_OBJECT = new RegExp(String.raw`^\s*(?:(?:the|a|an|all|any|further|upcoming|planned|public|street)\s+){0,2}(?:[\w-]+\s+)?${ASSEMBLY_SOURCE}\b`);
const ASSEMBLY_SUBJECT = new RegExp(String.raw`\b${ASSEMBLY_SOURCE}\s+(?:was|were|has been|have been|had been|is|are|would be|will be)\s+(?:\w+ly\s+)?$`);

function assemblyBanned(ctx: ArticleContext, c: Candidate): boolean {
  return ASSEMBLY_OBJECT.test(ctx.article.text.slice(c.cue.end, c.clauseEnd)) || ASSEMBLY_SUBJECT.test(ctx.article.text.slice(c.clauseStart, c.cue.start));
}
/** Words of technology in a clause: an app, a network, an online service. */
/** "X is the first state to", "is the latest country to", "is now the only government to": a record in the present, right before the act. */
const RECORD_IN_PRESENT = /\b(?:is|are)\s+(?:now\s+)?the\s+(?:first|second|third|latest|only|newest|last)\s+(?:[\w-]+\s+){0,2}?(?:state|states|country|countries|nation|nations|government|governments|city|cities|jurisdiction|province|region|territory|member state|economy)\s+to\s+(?:\w+\s+){0,2}$/i;

const TECH_OBJECT = /\b(?:apps?|application|platforms?|internet|online|social media|social network|websites?|sites|networks?|services?|messag\w*|data|phones?|devices?|accounts?|posts?|content|[A-Z][a-z]+(?:Tok|book|gram|App))\b/i;
