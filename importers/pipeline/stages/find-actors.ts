import { findJurisdictions, type JurisdictionRef } from '../../gazetteers/jurisdiction-matcher';
import { backgroundSpans } from '../cues/background-clauses';
import { passiveBefore } from '../cues/passive-voice';
import { COMPANY_ACT_CUES, COURT_FILINGS } from '../cues/event-cues';
import { RESTRICTIONS } from '../cues/type-rules';
import { lawJurisdiction } from '../../gazetteers/law-names';
import { DEMONYM_ACTOR_FOLLOWER, DEMONYM_SCOPE_FOLLOWER, GOVERNMENTAL_NOUN } from '../cues/governmental-nouns';
import { AUTHORITY_HEAD_SOURCE, authorityAnaphor, authorityAntecedent } from '../sentences/authority-anaphor';
import type { ArticleContext, Candidate, Stage } from '../types';

/** A place after one of these is where something happens or belongs, not who acts. */
const LOCATION_BEFORE = /\b(?:in|at|from|across|throughout|within|around|near|into|to|on|with|about|against|of)\s+(?:the\s+)?$/i;
/**
 * A governmental noun, or the state's own employees, qualified by a place: "lawmakers in", "officials
 * from", "a court in", "lawmakers and staff in", "civil servants in" (whose employer is that state).
 */
const GOVERNMENT_IN = new RegExp(
  `(?:${GOVERNMENTAL_NOUN.source}|\\b(?:civil|public) servants|\\bgovernment (?:employees|workers|staff))(?:\\s+and\\s+[\\w-]+)?\\s+(?:in|from|of)\\s+(?:the\\s+)?$`,
  'i',
);
/** After a place: its possessive and a governmental body ("'s highest courts", "'s data protection authority"). */
const OWNED_GOVERNMENT_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\w-]+\s+){0,3}?(?:${GOVERNMENTAL_NOUN.source})`, 'i');
/** A governmental noun right after a place, at most one word between: "U.S. senators", "EU antitrust regulators". */
const QUALIFIED_GOVERNMENT_AFTER = new RegExp(String.raw`^\s+(?:[a-z][\w-]*\s+)?(?:${GOVERNMENTAL_NOUN.source})`);
/** "Attorney General Ann Roe of Texas is suing …": an official's title and name, then the place they serve (case-sensitive names). */
const TITLED_NAME_OF = /\b(?:[Aa]ttorneys? [Gg]eneral|[Gg]overnor|Gov\.|[Mm]inister|[Ss]ecretary|[Cc]ommissioner|[Pp]remier|[Mm]ayor|[Pp]resident|[Pp]rime [Mm]inister)(?:\s+[A-Z][\w.'’-]*){1,3}\s+(?:of|from)\s+(?:the\s+)?$/;
/** "Members of the House Energy and Commerce Committee grilled …", "The board of the Federal Communications Commission voted …": a body's members, board or officers act for it. */
const MEMBERS_OF = /\b(?:members?|leaders?|chairs?|chair(?:man|woman|person)|heads?|boards?|commissioners|directors?|spokes(?:man|woman|person)|panel|staff)\s+of\s+(?:the\s+)?$/i;
/** A unit or the staff of a body before "at" and the body's name: "the Office of the Superintendent General at", "officials at the". */
const UNIT_AT = /\b(?:office|department|directorate|division|unit|bureau|officials?|staff|team|secretariat|superintendent|general|inspectors?|investigators?)\b[^,;.]{0,40}?\s+at\s+(?:the\s+)?$/i;
/** A diplomatic mission's seat is where it sits, not whom it speaks for: "the Chinese embassy in The Hague" (China acts). */
const MISSION_IN = /\b(?:embass(?:y|ies)|consulates?|ambassadors?|envoys?|diplomatic missions?)\s+(?:in|to)\s+(?:the\s+)?$/i;
/** A place the rule applies to: "users in Virginia", "across the country". */
const SCOPE_BEFORE = /\b(?:in|across|throughout|within|nationwide in)\s+(?:the\s+)?$/i;
/** "Sen. Mike Lee of Utah", "Rep. Ana Ruiz (D-Texas)": a member of a national legislature; the state is their seat, the actor federal. */
const LEGISLATOR_OF = /\b(?:Sen|Sens|Rep|Reps|Senator|Senators|Representative|Congressman|Congresswoman)\.?\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:of\s+|\((?:[DRI]-)?)$/;
/** A state's own law named by its common noun: "blocked a state law", "the state's ban" (seat-state-law). */
const STATE_LAW_NAMED = /\bstate(?:['’]s)?\s+(?:[\w-]+\s+)?(?:law|laws|statute|ban|measure|legislation)\b/i;
/** A counted coalition of states as subject: "41 states", "Forty-one states", "dozens of states" (not "half of US states": an institution ban). */
const MULTISTATE = /^\W*(?:(?:\w+ly|also|additionally|meanwhile),?\s+)?(?:(?:attorneys general (?:of|from)|a coalition of|a group of)\s+)?(?:\d{2}|(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|dozens of)\s+(?:U\.S\.\s+|US\s+|American\s+)?(?:states\b|state\s+attorneys\s+general\b)/i;
/** A counted coalition of states anywhere in a court clause (see findActors). */
const MULTISTATE_IN_CLAUSE = /\b(?:by|with)\s+\d{2}\s+(?:other\s+)?states\b|\b(?:(?:attorneys general (?:of|from|for)|a coalition of|a group of|one of)\s+)(?:(?:over|more than|at least|nearly|some|about)\s+)?(?:\d{2}|(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|dozens of)\s+(?:other\s+)?(?:U\.S\.\s+|US\s+|American\s+)?states\b|\b(?:over|more than|at least|nearly)\s+\d{2}\s+states\b|\b(?:coalition|group)\s+of\s+(?:(?:over|more than|at least|nearly|some|about)\s+)?(?:\d{2}|(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|dozens of)\s+(?:(?:U\.S\.|US|American|state)\s+)?(?:attorneys\s+general|attorney\s+generals)\b/i;
/** A federal body as subject: "A federal judge in Oakland", "federal regulators". */
const FEDERAL_SUBJECT = /^\W*(?:\w+,?\s+){0,3}?(?:a|an|the)?\s*federal\s+(?:appeals\s+|district\s+)?(?:judges?|courts?|agenc(?:y|ies)|regulators?|government|prosecutors?|officials|jury)\b/i;
/** ", the department said" closing the clause: the report's source, an authority named by its noun. */
const ATTRIBUTION_TAIL = new RegExp(String.raw`,\s+(?:the|this)\s+(?:[a-z][\w-]*\s+)?${AUTHORITY_HEAD_SOURCE}\s+(?:said|says|announced|added|confirmed|stated)\b`, 'i');
/** ", Ireland's regulator announced", ", the EU's executive said" closing the clause: a place's authority as the report's source. */
const ATTRIBUTION_PLACE_TAIL = new RegExp(String.raw`,\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w.-]*['’]s?\s+(?:[a-z][\w-]*\s+){0,2}?(?:${AUTHORITY_HEAD_SOURCE}|government|executive|cabinet|court)\s+(?:(?:on\s+)?\w+day\s+)?(?:said|says|announced|announces|added|confirmed|stated)\b`);
/** Countries other than the US whose own courts and agencies are "federal" (a story set there keeps them there). */
const OTHER_FEDERATIONS: ReadonlySet<string> = new Set(['DE', 'AT', 'CH', 'BE', 'BR', 'AR', 'MX', 'VE', 'CA', 'AU', 'IN', 'PK', 'MY', 'NG', 'ET', 'RU', 'AE', 'IQ', 'NP']);
/** "U.S. District Court for the Northern District of California": a federal court named for its seat. */
// (and a federal court or judge by its seat: "filed the lawsuit in federal court in New Jersey", "a federal judge in Virginia ruled")
const FEDERAL_DISTRICT = /\b(?:District|Circuit|Bankruptcy)\s+Court\s+(?:for|of)\s+the\s+(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?(?:District\s+of\s+(?:the\s+)?)?$|\b[Ff]ederal\s+(?:district\s+|appeals\s+)?(?:courts?|judges?)\s+in\s+(?:the\s+)?$/;
/**
 * A fronted adverbial before the subject ("Amid concerns that the app could supply data to the
 * Chinese Communist Party, the ministry banned …", "After Canada's ban, …"): the places in it are
 * background, not the subject. Group 0 ends at the comma that closes it.
 */
const FRONTED_ADVERBIAL = /^\W*(?:(?:prompted|driven|spurred|fuell?ed|motivated|alarmed|worried)\s+by|citing|(?:(?:one|two|three|four|five|six|a|several|few|\d+|hours|minutes|days|weeks|months)\s+(?:(?:hours?|minutes?|days?|weeks?|months?|years?)\s+)?)?(?:after|before)|amid|after|following|despite|because of|due to|given|like|unlike|as with|in response to|in line with|under pressure from|with|outside(?:\s+of)?|beyond|apart from|aside from|besides|except for|in addition to)\b[^,]{3,160},(?!\s*(?:which|who|whose|that|where)\b)\s*/i;
/** A verb that enters a place on a list or takes it off, right before the place (listed), and what follows the place then. */
const LISTED_BEFORE = /\b(?:add(?:s|ed|ing)?|remov(?:e|es|ed|ing)|designat(?:e|es|ed|ing)|plac(?:e|es|ed|ing)|put(?:s|ting)?|includ(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|drop(?:s|ped|ping)?|strik(?:e|es|ing)|struck)\s+(?:the\s+)?$/i;
const LISTED_AFTER = /^\s+(?:to|on|onto|from|off|as|among)\b/i;
/** A place the rule's object comes from or concerns, never the actor: "fears of espionage from Russia", "pressure by Beijing". */
const NOT_OBJECT_BEFORE = /\b(?:from|of|over|against|about|amid|between|than|like|to|into)\s+(?:the\s+)?$/i;
/** "stop all operations in China", "offices in Ireland": where a firm works, not who rules on it (where data is stored stays: that is what a data rule rules on). */
const BUSINESS_SITE_BEFORE = /\b(?:operations|business(?:es)?|offices?|factories|plants?|subsidiar(?:y|ies)|headquarters|employees|facilities|headquartered|based|registered|incorporated|listed)\s+(?:in|inside|within)\s+(?:the\s+)?$/i;
/** "State of South Dakota", "Government of India", "the Ministry of Digital Affairs of Taiwan": "of" inside a name, not a preposition of place. */
const NAME_OF = new RegExp(`(?:\\b(?:State|Government|Republic|Kingdom|Commonwealth|Province|Principality|Emirate|Office|Department|Bureau|Authority|Agency|Council)|(?:${GOVERNMENTAL_NOUN.source}))\\s+of\\s+(?:the\\s+)?$`, 'i');
/**
 * state-official: a governor, a state legislature or state lawmakers act for a US state
 * ("Gov. Ann Roe signed …" → the state the article names; "the General Assembly passed …").
 */
const STATE_OFFICIAL = /\bGov\.(?=\s)|\b(?:Governor|state\s+(?:legislature|lawmakers|legislators|senate|house|assembly|attorney general|agencies)|General Assembly)\b/i;
/**
 * bilateral-parties: an agreement is one act per party (corpus convention). "The EU agreed a data
 * framework with the United States" → EU and US; "a pact between Japan and Britain" → JP and GB.
 */
const AGREEMENT = /\b(?:agreements?|deals?|accords?|pacts?|framework|memorand(?:um|a)|treat(?:y|ies)|arrangements?|understanding)\b/i;
const PARTY_BEFORE = /\b(?:with|between)\s+(?:the\s+)?$/i;
/** Between a subject and the places it follows: "Denmark joins Belgium …", "Norway followed the EU …". */
const JOINS_BETWEEN = /^\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:joins?|joined|joining|follows?|followed|following)\s+(?:the\s+)?$/i;
/** Between two coordinated actors: "Denmark and Canada", "the US, the UK and the EU", the pair of a joint act "EU-US". */
/** Before a place: where a firm is registered, incorporated or based ("registered variously in", "headquartered in"). */
const COMPANY_SEAT_BEFORE = /\b(?:registered|incorporated|headquartered|domiciled|based|listed)\s+(?:\w+ly\s+)?in\s+(?:the\s+)?$/i;
const COORDINATION = /^\s*(?:,|and|, and|as well as|and the|, the|[-–\/])\s*(?:the\s+)?$/;
/** Two possessives sharing their noun: "Germany's and France's competition authorities". */
const POSSESSIVE_COORDINATION = /^['’]s\s*(?:,|and|, and)\s*$/;
/** coordinated-bodies: two places' bodies as one subject, "the Dutch government and the Belgian government banned …". */
const BODY_COORDINATION = new RegExp(String.raw`^(?:['’]s)?` + DEMONYM_ACTOR_FOLLOWER.source.replace(/^\^/, '') + String.raw`\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$`, 'i');

/** A jurisdiction reference with its role in the clause. */
export interface ActorRef extends JurisdictionRef {
  /** True when it can be the subject that acts (not a location, not an adjective of a non-government noun). */
  actor: boolean;
  /** Inside a fronted adverbial ("Amid fears of …, "): scene-setting, neither actor nor object. */
  background?: boolean;
  /**
   * The state a federal court sits in ("a federal judge in Arkansas", "the District Court for the Western District of
   * Arkansas"): the ref acts for the US; a state law the court rules on is this state's (state-law-ruling).
   */
  courtSeat?: string;
}

/** "a deadline for China's ByteDance to sell": the place (or its firm) after "for" is the subject of an infinitive, the one obliged. */
const OBLIGED_BEFORE = /\bfor\s+(?:the\s+)?$/i;
const OBLIGED_AFTER = /^(?:['’]s?)?\s+(?:[\w.&'’-]+\s+){0,3}?to\s+(?:\w+ly\s+)?[a-z]/;
/** Before a place, a verb of telling: the place is told, it does not act. */
const ADDRESSEE_BEFORE = /\b(?:told|tells|telling|informed|briefed|assured|addressed|wrote to|writing to)\s+(?:the\s+)?$/i;

/** A passive restriction right before its place: "was banned in", "have been imposed by", "was prohibited in". */
const PASSIVE_RESTRICTION_BEFORE = /\b(?:was|were|has been|have been|had been|is|are|being)\s+(?:\w+ly\s+)?(?:banned|blocked|prohibited|restricted|imposed|outlawed|barred|suspended)\s+(?:[^,;]{0,40}?\s)?(?:in|by)\s+(?:the\s+)?$/i;

/** The coordinated places from `first` on, when a passive restriction stands right before it (see passive-list). */
function passiveList(ctx: ArticleContext, c: Candidate, refs: ActorRef[], first: ActorRef): ActorRef[] {
  if (!RESTRICTIONS.has(c.type) || first.kind === 'demonym') return [];
  if (!PASSIVE_RESTRICTION_BEFORE.test(ctx.masked.slice(Math.max(c.clauseStart, c.cue.start - 10), first.start))) return [];
  const list = [first];
  for (const r of refs.filter((ref) => ref.start > first.start && ref.kind !== 'demonym')) {
    const last = list[list.length - 1]!;
    if (!COORDINATION.test(ctx.article.text.slice(last.end, r.start))) break;
    list.push(r);
  }
  return list;
}

/** Jurisdiction references of a clause (absolute offsets), minus quoted and attributive ones. */
export function clauseRefs(ctx: ArticleContext, c: Candidate): ActorRef[] {
  const text = ctx.article.text;
  const clause = text.slice(c.clauseStart, c.clauseEnd);
  const masked = ctx.masked.slice(c.clauseStart, c.clauseEnd);
  const fronted = FRONTED_ADVERBIAL.exec(masked)?.[0].length ?? 0;
  const out: ActorRef[] = [];
  let seatEnd = -1;
  for (const r of findJurisdictions(clause, ctx.mainJurisdiction)) {
    if (r.attributive || masked.slice(r.start, r.end).trim() === '') continue;
    const before = clause.slice(Math.max(0, r.start - 20), r.start);
    // company-seat: "four Google companies registered variously in the US, the EU and Turkey": where firms are
    // registered or based is neither actor nor object (nor is each place listed with it)
    if (COMPANY_SEAT_BEFORE.test(clause.slice(Math.max(0, r.start - 40), r.start)) || (seatEnd >= 0 && COORDINATION.test(clause.slice(seatEnd, r.start)))) {
      seatEnd = r.end;
      continue;
    }
    seatEnd = -1;
    const after = clause.slice(r.end, r.end + 40);
    // "lawmakers in Brazil", "a judge in California": the place qualifies a governmental actor.
    // (an adjective owning the state's devices is no location: "on Maltese government phones")
    let located =
      LOCATION_BEFORE.test(before) &&
      !MEMBERS_OF.test(before) &&
      !NAME_OF.test(clause.slice(Math.max(0, r.start - 40), r.start)) &&
      !TITLED_NAME_OF.test(clause.slice(Math.max(0, r.start - 80), r.start)) &&
      (MISSION_IN.test(before) || !GOVERNMENT_IN.test(clause.slice(Math.max(0, r.start - 40), r.start))) &&
      !(r.kind === 'demonym' && /^\s+(?:government|state|federal|official)(?:-[\w]+)?\s+(?:phones?|devices?|laptops?|tablets?|computers?|networks?|systems?|equipment)\b/i.test(after));
    // owner: "one of the European Union's highest courts": the place owns the body after it, wherever it stands
    if (located && OWNED_GOVERNMENT_AFTER.test(after)) located = false;
    // unit-at-body: "the Office of the Superintendent General at CADE", "officials at the FCC": a unit of the named body acts for it
    if (located && r.kind === 'institution' && UNIT_AT.test(clause.slice(Math.max(0, r.start - 80), r.start))) located = false;
    // a named court is where its case is heard: "the next hearing is scheduled at the Delhi High Court"
    if (located && r.kind === 'institution' && /\b(?:Court|Tribunal)\b/.test(r.text)) located = false;
    // qualified-body: "a bipartisan trio of U.S. senators", "a letter from EU lawmakers": the place names the body
    // right after it, which acts (not "talks with US officials", whose officials are the other party)
    if (located && /\b(?:of|from|by)\s+(?:the\s+)?$/i.test(before) && QUALIFIED_GOVERNMENT_AFTER.test(after)) located = false;
    // list-role: "users in Russia, Ukraine and Poland": a coordinated item shares the first item's role.
    const prev = out[out.length - 1];
    // (not across the comma that closes a fronted adverbial: "After a visit to China, the German government …")
    if (prev && !prev.actor && !prev.background && COORDINATION.test(clause.slice(prev.end - c.clauseStart, r.start))) located = true;
    // fronted-adverbial: "Amid concerns about the Chinese Communist Party, the ministry …" is background.
    const background = r.end <= fronted;
    // addressee: "the minister told Parliament that the ban will apply": who is told does not act
    const addressee = ADDRESSEE_BEFORE.test(before);
    // obliged: "set a 90-day deadline for China's ByteDance to divest": who is to act under another's order does not act
    const obliged = OBLIGED_BEFORE.test(before) && OBLIGED_AFTER.test(after);
    // listed: "amended its trade law to add Japan to a list of countries facing export controls": a place entered on, taken
    // off or named in a list is the list's entry, not who acts
    const listed = LISTED_BEFORE.test(before) && LISTED_AFTER.test(after);
    const actor = !located && !background && !addressee && !obliged && !listed && (r.kind !== 'demonym' || DEMONYM_ACTOR_FOLLOWER.test(after));
    const courtSeat = r.code.startsWith('US-') && FEDERAL_DISTRICT.test(clause.slice(Math.max(0, r.start - 80), r.start));
    const federal = courtSeat || (r.kind === 'subdivision' && r.code.startsWith('US-') && LEGISLATOR_OF.test(clause.slice(Math.max(0, r.start - 60), r.start)));
    out.push({
      ...r,
      code: federal ? 'US' : r.code,
      ...(courtSeat ? { courtSeat: r.code } : {}),
      start: r.start + c.clauseStart,
      end: r.end + c.clauseStart,
      actor: (actor || federal) && !background,
      background,
    });
  }
  return out;
}

/**
 * The actor's jurisdiction: the nearest acting reference before the predicate, with the actors
 * coordinated with it; else the first reference after it (the object whose policy is at stake).
 *
 *   "Denmark and Canada have announced efforts to block it" → ['DK', 'CA'] (actor)
 *   "Meta urged Australia to rethink its ban"              → ['AU'] (object)
 */
export const findActors: Stage = (ctx, candidates) => candidates.map((c) => stateLawRuling(ctx, actorsOf(ctx, c)));

/** One candidate's actors (findActors, before the state-law-ruling rule). */
function actorsOf(ctx: ArticleContext, c: Candidate): Candidate {
  const refs = clauseRefs(ctx, c);
  // "Forty-one states and the District of Columbia sued …": a coalition of US states is a national (multistate) action.
  if (MULTISTATE.test(ctx.masked.slice(c.clauseStart, c.cue.start))) return { ...c, jurisdictions: ['US'], jurisdictionSource: 'actor' as const };
  // (a suit by a coalition anywhere in its clause: "Meta is being sued by the attorneys general of 33 US states", "a group of over
  // 40 states filed a lawsuit", "California is one of dozens of states that filed the federal lawsuit")
  if (c.type === 'court' && MULTISTATE_IN_CLAUSE.test(ctx.masked.slice(c.clauseStart, c.clauseEnd))) return { ...c, jurisdictions: ['US'], jurisdictionSource: 'actor' as const };
  // (an institution's name may hold the cue's own noun: in "Brazil's Supreme Court suspended X" the
  // cue "Court suspended" starts inside the actor "Brazil's Supreme Court")
  const before = refs.filter((r) => r.actor && (r.end <= c.cue.start || (r.kind === 'institution' && r.start < c.cue.start)));
  const last = before[before.length - 1];
  // passive-agent: "US image board Zapchat has been fined £20,000 by Ofcom": the agent of a passive acts, not a place naming the
  // subject's origin before it
  if (last && passiveBefore(ctx.masked, c.clauseStart, c.cue.start)) {
    const agent = refs.find((r) => r.kind !== 'demonym' && r.start >= c.cue.end && r.start - c.cue.end <= PASSIVE_AGENT_WITHIN && AGENT_BEFORE.test(ctx.masked.slice(c.cue.end, r.start)));
    if (agent) return { ...c, jurisdictions: [agent.code], jurisdictionSource: 'actor' as const };
  }
  // nearer-state-official: "A U.S. District Judge said the ban, which Gov. Ann Roe signed in May, …": a governor or a state
  // legislature named after the last place, nearer the predicate, is its subject, and acts for the state
  const official = last ? STATE_OFFICIAL.exec(ctx.masked.slice(last.end, c.cue.start)) : null;
  if (last && official && !last.code.startsWith('US-')) {
    const state = refs.find((r) => r.code.startsWith('US-') && r.start >= last.end)?.code ?? articleState(ctx);
    if (state) return { ...c, jurisdictions: [state], jurisdictionSource: 'actor' as const };
  }
  if (last) {
    const chosen = [last];
    for (let i = before.length - 2; i >= 0; i--) {
      const prev = before[i];
      const next = chosen[0];
      if (!prev || !next) break;
      const gap = ctx.article.text.slice(prev.end, next.start);
      if (!COORDINATION.test(gap) && !BODY_COORDINATION.test(gap) && !POSSESSIVE_COORDINATION.test(gap)) break;
      chosen.unshift(prev);
    }
    // joins-others: "Denmark joins Belgium and Canada in banning …": the subject acts; those it joins acted before.
    const joiner = before.filter((r) => r.end <= chosen[0]!.start && JOINS_BETWEEN.test(ctx.article.text.slice(r.end, chosen[0]!.start))).pop();
    if (joiner) return { ...c, jurisdictions: [joiner.code], jurisdictionSource: 'actor' as const };
    return { ...c, jurisdictions: unique([...chosen, ...agreementParties(ctx, c, refs)].map((r) => r.code)), jurisdictionSource: 'actor' as const };
  }
  // state-official: "Gov. Ann Roe signed an order …" acts for the state named in the clause, else the article's state.
  if (STATE_OFFICIAL.test(ctx.masked.slice(c.clauseStart, c.cue.start))) {
    const state = refs.find((r) => r.code.startsWith('US-'))?.code ?? articleState(ctx);
    if (state) return { ...c, jurisdictions: [state], jurisdictionSource: 'actor' as const };
  }
  // "The office said it was examining …": an authority named earlier acts again.
  const head = authorityAnaphor(ctx.masked.slice(c.clauseStart, c.cue.start));
  const antecedent = head ? authorityAntecedent(ctx.masked, c.clauseStart, head, ctx.mainJurisdiction) : null;
  if (antecedent) return { ...c, jurisdictions: [antecedent], jurisdictionSource: 'actor' as const };
  // country-anaphor: "The country has banned imports of poultry": the country the text named last acts.
  if (COUNTRY_ANAPHOR.test(ctx.masked.slice(c.clauseStart, c.cue.start))) {
    const country = lastCountryBefore(ctx.masked, c.clauseStart);
    if (country) return { ...c, jurisdictions: [country], jurisdictionSource: 'actor' as const };
  }
  // attributed-authority: "The new rules take effect on Friday, the department said": the authority the
  // report is attributed to, named earlier, acts.
  // attributed-place: "… fined 1.2 billion euros for moving EU data, Ireland's regulator announced on Monday": the
  // authority the report is attributed to, named with its place, acts (not the places inside the predicate)
  const placeTail = ATTRIBUTION_PLACE_TAIL.exec(ctx.masked.slice(c.cue.end, c.clauseEnd));
  if (placeTail) {
    const at = c.cue.end + placeTail.index;
    const owner = refs.find((r) => r.start >= at && r.start < at + placeTail[0].length && r.kind !== 'demonym');
    if (owner) return { ...c, jurisdictions: [owner.code], jurisdictionSource: 'actor' as const };
  }
  const attributed = authorityAnaphor(ATTRIBUTION_TAIL.exec(ctx.masked.slice(c.cue.end, c.clauseEnd))?.[0] ?? '');
  const attributedTo = attributed ? authorityAntecedent(ctx.masked, c.clauseStart, attributed, ctx.mainJurisdiction) : null;
  if (attributedTo) return { ...c, jurisdictions: [attributedTo], jurisdictionSource: 'actor' as const };
  // The actor named inside the predicate's own span: "a federal judge in California temporarily blocked".
  const inside = refs.find((r) => r.actor && r.start >= c.cue.start && r.end <= c.cue.end);
  if (inside) return { ...c, jurisdictions: [inside.code], jurisdictionSource: 'actor' as const };
  // federal-subject: "A federal judge …" naming no place, in a story not set in another federation: the US federal
  // government acts (but a federal court ruling on a state's law acts for that state: "upheld an Ohio law" → US-OH).
  // ("The Federal Court has denied the Australian eSafety Commissioner's request": another federation's court, named by its own)
  const federation = refs.find((r) => OTHER_FEDERATIONS.has(r.code));
  if (federation && /\bFederal\s+Court\b/.test(ctx.masked.slice(c.clauseStart, c.cue.end + 10))) return { ...c, jurisdictions: [federation.code], jurisdictionSource: 'object' as const };
  if (!OTHER_FEDERATIONS.has(ctx.mainJurisdiction ?? '') && FEDERAL_SUBJECT.test(ctx.masked.slice(c.clauseStart, Math.min(c.clauseEnd, c.cue.end + 10)))) {
    const stateLaw = refs.find((r) => r.start >= c.cue.start && r.kind === 'subdivision' && r.code.startsWith('US-'));
    return stateLaw ? { ...c, jurisdictions: [stateLaw.code], jurisdictionSource: 'object' as const } : { ...c, jurisdictions: ['US'], jurisdictionSource: 'actor' as const };
  }
  // A domestic institution as subject ("The Supreme Court upheld …", "Courts blocked …"): a place
  // named after the predicate is what the ruling concerns, not who rules; the story's place applies.
  // Only a place the rule covers ("users in Virginia") still names it.
  // named-court: a court named after a filing or ruling decides it, so it is the jurisdiction
  // ("Apple appealed the decision to the Court of Justice" → EU, whatever the story's place)
  // (also a place's own court: "lost an appeal at the European Union's second-highest court" → EU)
  const namedCourt =
    c.cue.type === 'court'
      ? refs.find((r) => r.start >= c.cue.start && ((r.kind === 'institution' && /\b(?:Court|Tribunal)\b/.test(r.text)) || (r.kind !== 'demonym' && PLACES_COURT.test(ctx.article.text.slice(r.end, r.end + 50)))))
      : undefined;
  if (namedCourt) return { ...c, jurisdictions: [namedCourt.code], jurisdictionSource: 'actor' as const };
  // (not a place inside a background clause after the predicate: "… for posts about a leader, who was killed in Tehran")
  const background = backgroundSpans(ctx.masked.slice(c.clauseStart, c.clauseEnd), c.cue.start - c.clauseStart, c.cue.end - c.clauseStart).filter((b) => b.kind === 'after');
  const inBackground = (r: ActorRef): boolean => background.some((b) => r.start - c.clauseStart >= b.start && r.end - c.clauseStart <= b.end);
  if (GOVERNMENTAL_NOUN.test(ctx.masked.slice(c.clauseStart, c.cue.start)) || c.cue.type === 'court') {
    // state-law-challenged: a suit or ruling on a state's law names that state, whatever the story's place ("NetChoice
    // filed a lawsuit challenging a California law" in an Arkansas story is California's)
    const stateLaw =
      c.cue.type === 'court'
        ? refs.find((r) => r.start >= c.cue.start && r.kind === 'subdivision' && r.code.startsWith('US-') && STATE_LAW_AFTER.test(ctx.article.text.slice(r.end, r.end + 70)))
        : undefined;
    if (stateLaw) return { ...c, jurisdictions: [stateLaw.code], jurisdictionSource: 'object' as const };
    const scope = refs.find((r) => r.start >= c.cue.start && r.kind !== 'demonym' && !inBackground(r) && SCOPE_BEFORE.test(ctx.article.text.slice(Math.max(c.clauseStart, r.start - 20), r.start)));
    if (scope) return { ...c, jurisdictions: [scope.code], jurisdictionSource: 'object' as const };
    // No story place to fall back on: the place of what is ruled on ("upheld a Texas law") is the best there is.
    const ruledOn = ctx.mainJurisdiction ? undefined : refs.find((r) => r.start >= c.cue.start && r.kind !== 'demonym' && !inBackground(r));
    return ruledOn ? { ...c, jurisdictions: [ruledOn.code], jurisdictionSource: 'object' as const } : c;
  }
  // ("the data of Indian users": a demonym naming whom the rule covers places it too)
  // (not a place the object merely comes from or concerns: "over fears of espionage from Russia")
  // trade-target: the country a trade measure aims at is its target, not who imposes it ("export restrictions
  // aimed at limiting China's access"): the story's place applies, unless a passive names its agent
  // ("exports of the chips to Russia were banned by Taiwan")
  if (c.type === 'trade_restriction') {
    const agent = refs.find((r) => r.start >= c.cue.start && r.kind !== 'demonym' && /\bby\s+(?:the\s+)?$/.test(ctx.article.text.slice(Math.max(c.clauseStart, r.start - 8), r.start)));
    return agent ? { ...c, jurisdictions: [agent.code], jurisdictionSource: 'actor' as const } : c;
  }
  // company-act: "Meta has confirmed that it will end access to news … for all Canadian users": a platform's own act is no
  // state's, whichever users it covers (corpus convention: company acts have no jurisdiction)
  if (c.type === 'statement' && COMPANY_ACT_CUES.has(c.cue.name)) return c;
  // (a statement's content is not whom it addresses: "They warned that the app could share data with the Chinese Communist Party")
  const complementAt = c.type === 'statement' ? ctx.masked.slice(c.cue.end, c.clauseEnd).search(/\bthat\b/i) : -1;
  const after = refs.find(
    (r) =>
      r.start >= c.cue.start &&
      !inBackground(r) &&
      (complementAt < 0 || r.start < c.cue.end + complementAt) &&
      (r.kind === 'demonym' || !notObject(ctx.article.text, c.clauseStart, r.start)) &&
      (r.actor || r.kind !== 'demonym' || DEMONYM_SCOPE_FOLLOWER.test(ctx.article.text.slice(r.end, r.end + 20))),
  );
  if (after) {
    // passive-list: "Zapchat was banned in India, Nepal and Pakistan", "Similar bans have been imposed by Canada, Denmark and
    // Belgium": each place of a list after a passive restriction is where a ban of its own was made
    const list = passiveList(ctx, c, refs, after);
    if (list.length > 1) return { ...c, jurisdictions: unique(list.map((r) => r.code)), jurisdictionSource: 'actor' as const };
    return { ...c, jurisdictions: [after.code], jurisdictionSource: 'object' as const };
  }
  // Last resort: a place named before the predicate as a location ("regulators at home in Kenya …").
  const placed = refs.find(
    (r) =>
      r.kind !== 'demonym' &&
      !inBackground(r) &&
      (complementAt < 0 || r.start < c.cue.end + complementAt) &&
      !r.background &&
      (r.start < c.cue.end || !notObject(ctx.article.text, c.clauseStart, r.start)),
  );
  if (placed) return { ...c, jurisdictions: [placed.code], jurisdictionSource: 'object' as const };
  // law-name: a law's own step with no place named ("The Digital Services Act became fully applicable on February 17") is the
  // jurisdiction that made it (gazetteers/law-names.ts)
  if (c.type === 'legislation') {
    const made = lawJurisdiction(ctx.masked.slice(c.clauseStart, c.clauseEnd), ctx.mainJurisdiction);
    if (made) return { ...c, jurisdictions: [made], jurisdictionSource: 'object' as const };
  }
  return c;
}

/** A clause whose subject refers back to a country: "The country has banned …", "and the nation will …". */
const COUNTRY_ANAPHOR = /^\W*(?:(?:and|but|meanwhile|also|however|so)\W+)*(?:the|this)\s+(?:[a-z][\w-]*\s+)?(?:country|nation|kingdom|republic|emirate)\b(?!\s+(?:of|in)\b)/i;

/** The last country (or its demonym, not a state or an institution) named in the 800 characters before `at`. */
function lastCountryBefore(text: string, at: number): string | null {
  const refs = findJurisdictions(text.slice(Math.max(0, at - 800), at)).filter((r) => r.kind === 'country' || r.kind === 'demonym');
  return refs[refs.length - 1]?.code ?? null;
}

/** After a place: its own court ("the European Union's second-highest court", "Peru's top court"). */
const PLACES_COURT = /^(?:['’]s?)?\s+(?:(?:state|federal|district|county|high|supreme|superior|appeals?|administrative|regional)\s+){1,2}(?:courts?|tribunal)\b|^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:courts?|tribunal)\b/i;

/** A state's law named after a ruling: "upheld a California law", "enjoined the Arkansas law", "blocked California's law". */
const STATE_LAW_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,6}?(?:law|act|statute|ban|rules?|measure)\b/i;
/** A state as the object a federal court stops: "granted an injunction to block Utah from enforcing …", "barred Texas from". */
const STATE_STOPPED_BEFORE = /\b(?:block(?:s|ed|ing)?|bar(?:s|red|ring)?|stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|enjoin(?:s|ed|ing)?|prohibit(?:s|ed|ing)?)\s+(?:the\s+state\s+of\s+)?$/i;

/**
 * state-law-ruling: a federal court ruling on a state's law is the state's event ("A U.S. appeals
 * court upheld a California law" → US-CA; "a federal judge blocked the law" in a Texas story → US-TX).
 */
function stateLawRuling(ctx: ArticleContext, c: Candidate): Candidate {
  if (c.type !== 'court' || c.jurisdictions.length !== 1 || c.jurisdictions[0] !== 'US') return c;
  const text = ctx.article.text;
  // federal-plaintiff: "the Justice Department filed a lawsuit alleging that the state's measure …": the federal
  // government bringing the suit acts itself; only a ruling (or a private party's suit) is the state law's.
  if (COURT_FILINGS.has(c.cue.name) && clauseRefs(ctx, c).some((r) => r.actor && r.code === 'US' && r.kind === 'institution' && r.end <= c.cue.start && !COURT_NAME.test(r.text))) return c;
  const state = clauseRefs(ctx, c).find(
    (r) =>
      r.start >= c.cue.start && r.kind === 'subdivision' && r.code.startsWith('US-') &&
      (STATE_LAW_AFTER.test(text.slice(r.end, r.end + 70)) || (STATE_STOPPED_BEFORE.test(text.slice(Math.max(c.clauseStart, r.start - 30), r.start)) && /^\s+from\b/.test(text.slice(r.end, r.end + 6)))),
  );
  if (state) return { ...c, jurisdictions: [state.code], jurisdictionSource: 'object' as const };
  // seat-state-law: "A federal judge in Arkansas blocked a state law requiring age checks": the state law is the seat's
  const seat = STATE_LAW_NAMED.test(ctx.masked.slice(c.clauseStart, c.clauseEnd)) ? clauseRefs(ctx, c).find((r) => r.courtSeat)?.courtSeat : undefined;
  if (seat) return { ...c, jurisdictions: [seat], jurisdictionSource: 'object' as const };
  // In a story about a state, "the law" a federal court rules on is that state's.
  const story = ctx.mainJurisdiction;
  const afterCue = ctx.masked.slice(c.cue.end, c.clauseEnd);
  if (story?.startsWith('US-') && (STORY_LAW_AFTER_CUE.test(afterCue) || STATE_BILL_NUMBER.test(afterCue))) return { ...c, jurisdictions: [story], jurisdictionSource: 'object' as const };
  // …and so is the injunction against it: "U.S. District Judge Ann Roe granted the group's request for a preliminary
  // injunction" (unless the clause names a federal law: then the ruling is on that).
  const clause = ctx.masked.slice(c.clauseStart, c.clauseEnd);
  if (story?.startsWith('US-') && INJUNCTION_AFTER_CUE.test(ctx.masked.slice(c.cue.start, c.clauseEnd)) && !FEDERAL_LAW.test(clause)) return { ...c, jurisdictions: [story], jurisdictionSource: 'object' as const };
  return c;
}

const COURT_NAME = /\b(?:Court|Tribunal|Judge|Circuit)\b/;

/** An injunction sought or granted against the story's law. */
const INJUNCTION_AFTER_CUE = /\b(?:preliminary|temporary|permanent)\s+(?:injunction|restraining order)\b|\binjunction\s+(?:against|blocking|halting)\b/i;
/** A federal law or body named in the clause: the ruling is on it, not on the story's state law. */
const FEDERAL_LAW = /\b(?:federal (?:law|ban|statute|act|rule|regulation)|Congress|[A-Z][\w-]+ (?:Act|Code))\b/;

/**
 * A state bill's number: "Senate Bill 88", "House Bill 1181", "SB 88", "A.B. 2273" (Congress numbers
 * its bills "S. 686" and "H.R. 7521", so these name a state's bill: in a state's story, that state's).
 */
const STATE_BILL_NUMBER = /\b(?:(?:Senate|House|Assembly)\s+Bill\s+(?:No\.?\s?)?\d{1,5}|[SHA]\.?B\.?\s?\d{1,5})\b/;

/** "blocked the law", "enjoined the state's new statute", "blocked the state from enforcing a law": the story's law, named by a definite noun phrase or as the state's. */
const STORY_LAW_AFTER_CUE = /^\s+(?:[\w-]+\s+){0,2}?(?:(?:the|its|the state['’]s)\s+(?:[\w-]+\s+){0,3}?(?:law|act|statute|measure|ban|requirements?|provisions?|mandates?)\b|the\s+state\s+from\s+(?:enforcing|implementing|applying)\b)/i;

const unique = (codes: string[]): string[] => [...new Set(codes)];

/** How far after a passive's verb its agent may be named, and what stands between: "fined £20,000 (about $26,000) by Ofcom". */
const PASSIVE_AGENT_WITHIN = 60;
const AGENT_BEFORE = /^(?:[^,;]|(?<=\d),(?=\d))*?\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** bilateral-parties: the governments an agreement is made with ("with the United States"), and those coordinated with them. */
function agreementParties(ctx: ArticleContext, c: Candidate, refs: ActorRef[]): ActorRef[] {
  // a court that rules on an agreement acts alone: "the Court of Justice struck down a pact between the EU and the US"
  if (c.type === 'court' || !AGREEMENT.test(ctx.masked.slice(c.clauseStart, c.clauseEnd))) return [];
  const text = ctx.article.text;
  const parties: ActorRef[] = [];
  for (const r of refs) {
    if (r.start < c.cue.start || r.kind === 'demonym' || r.kind === 'subdivision') continue;
    const prev = parties[parties.length - 1];
    const opens = PARTY_BEFORE.test(text.slice(Math.max(c.clauseStart, r.start - 16), r.start));
    const continues = prev !== undefined && COORDINATION.test(text.slice(prev.end, r.start));
    if (opens || continues) parties.push(r);
  }
  return parties;
}

/** A place after "from", "of", "over" …: where the object comes from or what it concerns (not "State of Utah"). */
function notObject(text: string, clauseStart: number, at: number): boolean {
  const before = text.slice(Math.max(clauseStart, at - 60), at);
  return (NOT_OBJECT_BEFORE.test(before.slice(-12)) && !NAME_OF.test(before)) || BUSINESS_SITE_BEFORE.test(before) || LIST_AFTER_NOT_OBJECT.test(before);
}

/**
 * A later member of a list that such a preposition opened: "imports of poultry from Croatia, Romania
 * and Turkey". (Not "of": "the governments of India and Pakistan" are actors.)
 */
const LIST_AFTER_NOT_OBJECT = /\b(?:from|over|against|about|amid|between)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,3}(?:,\s*(?:[A-Z][\w.'’-]*\s*){1,3})*(?:,?\s+(?:and|or)\s+|,\s*)(?:the\s+)?$/;

/** The US state an article names most (any mention), for a governor or legislature the clause does not place. */
function articleState(ctx: ArticleContext): string | null {
  const counts = new Map<string, number>();
  for (const s of ctx.sentences) {
    for (const r of findJurisdictions(s.text)) if (r.kind === 'subdivision' && r.code.startsWith('US-')) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
