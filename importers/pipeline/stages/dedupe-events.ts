import { WEEKDAY_PATTERN } from '../../dates/calendar-words';
import { sameArticleDatesCompatible, sameArticleStatusesCompatible, sameLegislativeStep, wordingOverlap } from '../../merge/index';
import { WEAK_CUES } from '../cues/event-cues';
import { CHAMBER_SOURCE } from '../cues/law-nouns';
import { moneyAmounts } from '../cues/money';
import type { Candidate, Stage } from '../types';

/** Sentences at most this far apart that state the same kind of event by the same actor are one event. */
const NEARBY_SENTENCES = 2;
/** Word overlap (merge/wording: on the shorter text) above which two farther sentences state the same event. */
const SAME_WORDING = 0.5;
/** The lower overlap that suffices when two mentions state the same day. */
const SAME_DAY_WORDING = 0.3;

/**
 * The rules by which two mentions are one event, named for `--explain` (the mention merged away
 * carries the name of the rule that merged it).
 */
export type SameEventRule =
  | 'named-act' | 'headline-restated' | 'same-company-undated' | 'same-company-same-day' | 'same-day-wording' | 'nearby-sentences' | 'same-wording';

/** The rule by which two mentions of one type and place state the same event, or null when they are two. */
export function sameEvent(a: Candidate, b: Candidate, text: string): SameEventRule | null {
  if (a.sentence.index === b.sentence.index) return null;
  if (a.type !== b.type || a.jurisdictions[0] !== b.jurisdictions[0]) return null;
  const [earlier, later] = a.sentence.index < b.sentence.index ? [a, b] : [b, a];
  // "… and that it had also opened an investigation": "also" right before the verb adds an act of the same kind
  if (ALSO_BEFORE.test(text.slice(Math.max(later.clauseStart, later.cue.start - 16), later.cue.start))) return null;
  // "The original notice of intent from the ICO set the fine at GBP27 million": an earlier version of the act, not a restatement
  if (EARLIER_VERSION.test(text.slice(later.clauseStart, later.cue.start))) return null;
  if (a.companies.length && b.companies.length && !a.companies.some((n) => b.companies.includes(n))) return null;
  // other-body: "The defence ministry has also blocked …" and "The foreign ministry has restricted …": two bodies of one
  // government, each acting
  if (otherBodies(a, b, text)) return null;
  if (!sameArticleDatesCompatible(a.date, b.date)) return null;
  // other-sum: "fined the operators EGP 52m this year" and "imposed a fine of EGP 20m in the second quarter": each clause
  // states its own sum and they share none, so they are two acts
  if (otherSums(a, b, text)) return null;
  // an earlier step named inside another act's clause ("the order, which was issued on December 24th") is that step only
  // where another mention states the same date, never an undated act told elsewhere
  if ((a.earlierStep || b.earlierStep) && (a.date.basis === 'reported' || b.date.basis === 'reported')) return null;
  // "Norway said it would begin fining Meta" (undated) and "the fines are related to a July 14 decision": an act still
  // to come is not the earlier dated one
  if (promisedVersusPast(a, b, text) || promisedVersusPast(b, a, text)) return null;
  // named-act: "the decision to block the app was driven by …", with no date of its own, names the act told before, however far
  if (later.date.basis === 'reported' && earlier.date.basis !== 'reported' && NAMED_ACT_BEFORE.test(text.slice(Math.max(later.clauseStart, later.cue.start - 30), later.cue.start))) return 'named-act';
  if (!sameArticleStatusesCompatible(a.status, b.status) && !restatedAsAnnouncement(earlier, later)) return null;
  // A bill's steps are events of their own ("has passed a bill" in the lead, "was introduced earlier
  // this month" below), unless the later sentence names no date: then it restates the step's background.
  if (a.type === 'legislation' && !sameLegislativeStep(text.slice(a.cue.start, a.cue.end), text.slice(b.cue.start, b.cue.end))) {
    if (later.date.basis !== 'reported') return null;
  }
  // other-chamber: the same step in two chambers, each dated ("The Senate passed the bill in March, and the House approved it on Tuesday")
  if (a.type === 'legislation' && a.date.basis !== 'reported' && b.date.basis !== 'reported' && otherChambers(a, b, text)) return null;
  // headline-restated: the headline or the lead's dateline restates the body's act
  if (a.sentence.kind !== 'body' || b.sentence.kind !== 'body') return 'headline-restated';
  // The same company in both: a later mention with no date of its own restates a dated one ("Indonesia blocked
  // Yahoo on Saturday" … "an official said sites that have been blocked include Yahoo"), and two stated
  // on the same day are one act however differently worded ("said on Friday it was placing a ban on X" …
  // "said on Friday it was banning X").
  if (shareCompany(a, b)) {
    // Not for courts: one case's filing, dismissal and appeal name the same company and are each an event.
    if (later.date.basis === 'reported' && earlier.date.basis !== 'reported' && a.type !== 'court') return 'same-company-undated';
    if (a.date.precision === 'day' && a.date.basis !== 'reported' && b.date.basis !== 'reported' && a.date.value === b.date.value) {
      if (!ANOTHER_ACT.test(later.sentence.text)) return 'same-company-same-day';
    }
  }
  // Two stated mentions of one day, one type and one place that share some wording ("ruled on Monday" …
  // "Monday's decision is the court's first ruling") are one event; "Separately, regulators told …" on the same day is not.
  if (a.date.precision === 'day' && a.date.basis !== 'reported' && b.date.basis !== 'reported' && a.date.value === b.date.value) {
    return wordingOverlap(text.slice(a.quoteStart, a.quoteEnd), text.slice(b.quoteStart, b.quoteEnd)) >= SAME_DAY_WORDING ? 'same-day-wording' : null;
  }
  if (Math.abs(a.sentence.index - b.sentence.index) <= NEARBY_SENTENCES) return 'nearby-sentences';
  return wordingOverlap(text.slice(a.quoteStart, a.quoteEnd), text.slice(b.quoteStart, b.quoteEnd)) >= SAME_WORDING ? 'same-wording' : null;
}

/**
 * "also" (after an auxiliary or not) just before a mention's verb, or the pluperfect "had already": "had
 * already restricted access …" is an earlier act ("has already backed" may restate the news itself).
 */
const ALSO_BEFORE = /\balso\s+(?:(?:has|have|had|was|were|is|are|will|would)\s+)?$|\bhad\s+already\s+$/i;

/** A subject naming an earlier version of an act: "The original notice …", "The initial draft …", "An earlier ruling …". */
const EARLIER_VERSION = /^\W*(?:the|its|their|an?)\s+(?:original|initial|earlier|previous|provisional|first)\s+(?:[\w-]+\s+)?(?:notice|draft|fine|penalty|decision|ruling|order|proposal|bill|version|plan|ban)\b/i;

/** "the decision to", "the move to", "its order to": an act named as a thing, right before its verb. */
const NAMED_ACT_BEFORE = /\b(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+)?(?:decision|move|order|step|choice|plan)\s+to\s+$/i;

/** A sentence that announces another act ("Separately, regulators told Apple on Monday …"). */
const ANOTHER_ACT = /^\W*(?:Separately|In a separate|In another|Meanwhile|Also on|On the same day|The same day|Elsewhere)\b/i;

/**
 * restated-as-announcement: an undated later sentence that tells of the same company's act as
 * something announced ("Russia restricted access to Instagram on Friday" … "the regulator said
 * access to Instagram will be limited") restates the act; not a court's or a bill's, whose steps
 * are events of their own.
 */
function restatedAsAnnouncement(earlier: Candidate, later: Candidate): boolean {
  return (
    later.status === 'announced' && later.date.basis === 'reported' && earlier.date.basis !== 'reported' &&
    earlier.type !== 'court' && earlier.type !== 'legislation' && shareCompany(earlier, later)
  );
}

/** A named body as the subject before the verb: "The defence ministry", "the foreign ministry", "Kenya's data commissioner". */
const SUBJECT_BODY = /\b([\w-]+)\s+(?:ministry|department|agency|commission|commissioner|regulator|authority|court|office)\b/gi;

/**
 * A fronted participial phrase before the subject: "Dated Wednesday and signed by the deputy head of the
 * ministry's Telecommunications Department, the document orders …" names who signed, not who acts.
 */
const FRONTED_PARTICIPLE = new RegExp(String.raw`^\W*(?:[A-Z][a-z]+ed|Written|Given|Taken|Drawn|Sent)\s+(?:by|on|in|at|last|this|and|[a-z]|${WEEKDAY_PATTERN}\b)[^,;]*,`);

/** The subject body of each clause (the last before its cue, past a fronted participial phrase), when both name one and they differ. */
function otherBodies(a: Candidate, b: Candidate, text: string): boolean {
  const body = (c: Candidate): string | undefined =>
    [...text.slice(c.clauseStart, c.cue.start).replace(FRONTED_PARTICIPLE, '').matchAll(SUBJECT_BODY)].pop()?.[0].toLowerCase();
  const ba = body(a);
  const bb = body(b);
  return ba !== undefined && bb !== undefined && ba !== bb && !/^the\s/.test(ba) && !/^the\s/.test(bb);
}

const CHAMBER = new RegExp(String.raw`\b${CHAMBER_SOURCE}\b`, 'g');

/** Each clause names a chamber and no chamber of the one is in the other. */
function otherChambers(a: Candidate, b: Candidate, text: string): boolean {
  const chambers = (c: Candidate): string[] => [...text.slice(c.clauseStart, c.clauseEnd).matchAll(CHAMBER)].map((m) => m[0].toLowerCase());
  const ca = chambers(a);
  const cb = chambers(b);
  return ca.length > 0 && cb.length > 0 && !ca.some((x) => cb.includes(x));
}

/**
 * elaboration: a bare "said" with no date of its own, right after a dated act of the same place,
 * tells more of that act ("Chile's consumer agency on Thursday fined Cabify …" → "The agency said the
 * company failed to notify users for six months."): the act's sentence, not a statement of its own.
 */
function elaborates(act: Candidate, said: Candidate): boolean {
  return (
    WEAK_CUES.has(said.cue.name) && said.type === 'statement' && said.date.basis === 'reported' &&
    act.type !== 'statement' && act.date.basis !== 'reported' && said.sentence.index - act.sentence.index === 1 &&
    act.jurisdictions[0] !== undefined && act.jurisdictions[0] === said.jurisdictions[0]
  );
}

/**
 * findings: what the acting body said the company did, after its act ("The court also said that the
 * company had failed to take the necessary steps", "The authority said Zenith collected drivers'
 * data", "also accused Google of not allowing …"): the reasons of the act told before, not a statement
 * of its own. A bare "said" with no date whose complement opens on a company (by name, or "the
 * company", "the firm", "it") and its verb, or "accused <company> of"; by the act's own place.
 */
function statesFindings(act: Candidate, said: Candidate, text: string): boolean {
  const accused = ACCUSED.test(text.slice(said.cue.start, said.cue.end));
  if (said.type !== 'statement' || !(WEAK_CUES.has(said.cue.name) || accused)) return false;
  if (said.date.basis !== 'reported') return false;
  if (act.type === 'statement' || act.sentence.index >= said.sentence.index || act.jurisdictions[0] === undefined || act.jurisdictions[0] !== said.jurisdictions[0]) return false;
  const complement = text.slice(said.cue.end, Math.min(said.clauseEnd, said.cue.end + 120));
  if (accused) return ACCUSED_OF.test(complement);
  const m = FINDING_SUBJECT.exec(complement);
  if (!m) return false;
  const named = m[1] ? said.companies.length > 0 || act.companies.length > 0 : true;
  return named && FINDING_VERB.test(complement.slice(m[0].length, m[0].length + 40));
}

/** The complement's subject: a company named with a capital (group 1), or "the company", "the firm", "it". */
const FINDING_SUBJECT = /^\s*(?:that\s+)?(?:(?:the\s+)?(?:company|firm|platform|group|operator|app|service)(?:['’]s\s+[\w-]+)?|it|(?:(?:[A-Z][\w&.-]*\s+){0,2}([A-Z][\w&.-]*))(?:['’]s\s+[\w-]+)?)\s+/;
/** "also accused Google of not allowing …": an accusation by the acting body is its findings too. */
const ACCUSED = /^accus(?:ed|es)$/i;
const ACCUSED_OF = /^\s+(?:the\s+(?:company|firm|platform|group)|it|them|(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*)\s+of\b/;
/** Its verb: a past tense or a perfect, what the company did. */
const FINDING_VERB = /^(?:had\s+|has\s+|have\s+|was\s+|were\s+|did\s+not\s+|also\s+)*(?:\w+ed|failed|broke|broken|took|made|gave|kept|sold|used|let|ran|put|stored|shared|collected|constituted|committed)\b/;

/**
 * restated-device-ban: "Norway's parliament banned TikTok and Telegram on work devices …" then, with no
 * date of its own, "Meanwhile, Telegram is being banned over similar fears": the same app banned by the
 * same government, told again without its scope, is the device ban, not a ban for everyone. Only when
 * neither states a date (a dated or a proposed full ban is an act of its own).
 */
function restatesDeviceBan(deviceBan: Candidate, ban: Candidate): boolean {
  return (
    deviceBan.type === 'device_ban' && ban.type === 'ban' && deviceBan.sentence.index < ban.sentence.index &&
    ban.date.basis === 'reported' && ban.status !== 'proposed' && ban.status !== 'announced' &&
    deviceBan.jurisdictions[0] !== undefined && deviceBan.jurisdictions[0] === ban.jurisdictions[0] && shareCompany(deviceBan, ban)
  );
}

/** Future wording in an undated clause: "said it would begin fining", "plans to ban". */
const PROMISED = /\b(?:will|would|plans? to|planned to|intends? to|is to|are to|(?:is|are) set to)\b/i;

/** `promised` is an undated act still to come, `dated` one the text dates before publication. */
function promisedVersusPast(promised: Candidate, dated: Candidate, text: string): boolean {
  if (promised.date.basis !== 'reported' || dated.date.basis === 'reported' || !dated.date.value || !promised.date.value) return false;
  if (dated.date.value >= promised.date.value.slice(0, dated.date.value.length)) return false;
  // "The law will be blocked pending the outcome of the case": what the dated act does until a later one, not an act to come
  if (PENDING.test(text.slice(promised.cue.end, promised.clauseEnd))) return false;
  return PROMISED.test(text.slice(promised.clauseStart, promised.cue.end));
}

/** "pending the outcome", "pending an appeal": a state that lasts until a later step. */
const PENDING = /\bpending\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:outcome|resolution|trial|appeal|case|ruling|decision|review|hearing|verdict|lawsuit)\b/i;

/**
 * Both clauses state sums of money and no sum of one is in the other, nor is either's total ("up to 68
 * billion won" in the lead, "47.5 billion won on Google and 20.5 billion won on Apple" below: one act).
 */
function otherSums(a: Candidate, b: Candidate, text: string): boolean {
  const withTotal = (sums: number[]): number[] => (sums.length > 1 ? [...sums, sums.reduce((x, y) => x + y, 0)] : sums);
  // (a conversion in brackets, "500 million euros ($570 million)", is the same sum again: totals are taken without it too)
  const sums = (c: Candidate): number[] => {
    const clause = text.slice(c.clauseStart, c.clauseEnd);
    return [...withTotal(moneyAmounts(clause)), ...withTotal(moneyAmounts(clause.replace(/\([^()]*\)/g, ' ')))];
  };
  const sa = sums(a);
  const sb = sums(b);
  return sa.length > 0 && sb.length > 0 && !sa.some((x) => sb.some((y) => Math.abs(x - y) <= Math.max(x, y) * 0.01));
}

function shareCompany(a: Candidate, b: Candidate): boolean {
  return a.companies.some((n) => b.companies.includes(n));
}

const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;

/**
 * Which of two mentions of one event to keep: a body sentence, then the most precise stated date, then
 * the sentence that tells the act over another act's clause that names it as an earlier step ("signed
 * into law in April by the governor" over "blocked … a law passed in April"), then the act itself over
 * its announcement ("opened an inquiry on Thursday" over "announced Thursday that it is opening an
 * investigation"), then the earlier.
 */
function better(a: Candidate, b: Candidate): Candidate {
  const rank = (c: Candidate): number[] => [
    c.sentence.kind === 'body' ? 1 : 0,
    c.date.basis === 'reported' ? 0 : 1,
    c.date.precision ? PRECISION_RANK[c.date.precision] : 0,
    c.earlierStep ? 0 : 1,
    c.status === 'announced' ? 0 : 1,
    -c.sentence.index,
  ];
  const ra = rank(a);
  const rb = rank(b);
  for (let i = 0; i < ra.length; i++) {
    if ((ra[i] ?? 0) !== (rb[i] ?? 0)) return (ra[i] ?? 0) > (rb[i] ?? 0) ? a : b;
  }
  return a;
}

/** Compared with at most this many recent events of a group: bounded work per candidate keeps the stage linear. */
const GROUP_WINDOW = 64;

/** A mention joins the event it shares a stated date with before one it is merely near. */
function findSame(group: Candidate[], c: Candidate, text: string): { index: number; rule: SameEventRule } | null {
  let near: { index: number; rule: SameEventRule } | null = null;
  for (let i = group.length - 1; i >= Math.max(0, group.length - GROUP_WINDOW); i--) {
    const g = group[i] as Candidate;
    const rule = sameEvent(g, c, text);
    if (!rule) continue;
    if (c.date.basis !== 'reported' && g.date.basis !== 'reported' && g.date.value === c.date.value) return { index: i, rule };
    near ??= { index: i, rule };
  }
  return near;
}

/**
 * One mention per event within an article: the headline, the lead and a later sentence stating
 * the same event collapse into the body sentence with the most precise date. Candidates are
 * compared only within their (jurisdiction, type) group, so the stage stays linear in practice.
 *
 *   headline "Meta urges Australia to change teen ban" + lead "Meta urged Australia on Monday to rethink its ban…"
 *   → one mention quoting the lead (date from "on Monday")
 */
export const dedupeEvents: Stage = (ctx, all) => {
  const candidates = all.filter((c) => {
    const act = all.find((a) => elaborates(a, c)) ?? all.find((a) => statesFindings(a, c, ctx.article.text));
    if (act) ctx.note?.(c, elaborates(act, c) ? 'elaboration' : 'findings', `tells more of the act in sentence ${act.sentence.index}`);
    const ban = act ? undefined : all.find((a) => restatesDeviceBan(a, c));
    if (ban) ctx.note?.(c, 'restated-device-ban', `the government-device ban of sentence ${ban.sentence.index}, told again as a ban`);
    return !act && !ban;
  });
  // Groups hold each event's representative with its own companies (what later mentions are compared
  // with: a chain of nearby statements by different companies must not merge through a sentence that
  // names them all); `order` holds the mention shown, with the companies of every merged mention.
  const groups = new Map<string, Candidate[]>();
  const order: Candidate[] = [];
  const position = new Map<Candidate, number>();
  for (const c of candidates) {
    const key = `${c.jurisdictions[0] ?? '-'}|${c.type}`;
    const group = groups.get(key) ?? [];
    const same = findSame(group, c, ctx.article.text);
    if (!same) {
      group.push(c);
      position.set(c, order.length);
      order.push(c);
    } else {
      const kept = group[same.index] as Candidate;
      const at = position.get(kept) ?? -1;
      const shown = order[at] as Candidate;
      const winner = better(kept, c);
      const merged = winner === kept ? c : kept;
      ctx.note?.(merged, same.rule, `the same event as sentence ${winner.sentence.index}'s mention, which stays`);
      group[same.index] = winner;
      position.set(winner, at);
      order[at] = { ...winner, companies: [...new Set([...winner.companies, ...shown.companies, ...c.companies])] };
    }
    groups.set(key, group);
  }
  return order.sort((a, b) => a.quoteStart - b.quoteStart || a.cue.start - b.cue.start);
};
