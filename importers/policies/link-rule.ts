import type { LinkableEvent } from '../../db/repositories/policy-link.repository';
import type { PolicyCue } from '../../db/tables/policy.table';
import type { EventStatus, EventType } from '../../db/vocabulary/taxonomy';
import { followsInLifecycle, stageOf, type LifecycleStage } from '../../db/vocabulary/lifecycle';
import type { InstrumentName } from './instrument-names';

/**
 * The one decision: does this event join a policy, found one with another event, or stay alone?
 * Conservative on purpose (a wrong link is worse than a missing one): every way in needs a clear cue,
 * and two possible policies are no link at all.
 *
 * 1. Same named instrument: another event's quotes name the same bill number, act or case, in the
 *    same jurisdiction or the country of it (a federal court ruling on a state's S.B. 12); two
 *    different states never match ("SB 12" is a number every legislature reuses).
 * 2. Sequence: same jurisdiction, at least one company in common (the target), dates within
 *    SEQUENCE_WINDOW_DAYS that the events' own sources state (a publication-day stand-in orders
 *    nothing), and steps that follow one another (proposed → adopted → in force → enforcement → court,
 *    strictly forward). Two rules pair only when they are the same kind of rule or one is legislation
 *    (a data deal is not the next step of a device ban).
 * 3. A reaction (a statement) joins a policy by rule 2 only, only after one of its steps, and never
 *    founds a policy by itself. It needs one more sign that it answers that policy: its quote speaks
 *    of a rule ("the law", "the ban"), or the same article states a step of the policy. A reaction
 *    may rest on its article's publication day (a statement is mostly made when reported).
 */
export const SEQUENCE_WINDOW_DAYS = 3 * 366;

export interface Subject extends LinkableEvent {
  instruments: InstrumentName[];
  /** The event's quotes, for rule 3's reference to a rule. */
  quotes: string[];
}

export type LinkDecision =
  | { action: 'none' }
  | { action: 'join'; policyId: number; cue: PolicyCue }
  /** A new policy holding `members` (the subject first), each with the cue that put it there. */
  | { action: 'found'; name: string; jurisdiction: string | null; members: Array<{ eventId: number; cue: PolicyCue }> };

const RULE_WORDS = /\b(?:law|laws|ban|bans|legislation|act|rules?|regulations?|order|restrictions?|requirements?|bill)\b/i;

/** Jurisdictions a named instrument may be shared across: the same, or a subdivision and its country. */
export function instrumentJurisdictionsMatch(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  const [countryA, subA] = a.split('-');
  const [countryB, subB] = b.split('-');
  return countryA === countryB && (subA === undefined || subB === undefined);
}

export function decideByInstrument(subject: Subject, matches: Array<LinkableEvent & { key: string }>, refused: Set<number>): LinkDecision {
  const usable = matches.filter((m) => instrumentJurisdictionsMatch(subject.jurisdiction, m.jurisdiction) && !(m.policy_id !== null && refused.has(m.policy_id)));
  if (usable.length === 0) return { action: 'none' };
  const policies = new Set(usable.map((m) => m.policy_id).filter((p): p is number => p !== null));
  if (policies.size > 1) return { action: 'none' };
  const nameOf = (key: string) => subject.instruments.find((i) => i.key === key)!;
  if (policies.size === 1) {
    const [policyId] = [...policies];
    const partner = usable.find((m) => m.policy_id === policyId)!;
    return { action: 'join', policyId: policyId!, cue: instrumentCue(nameOf(partner.key), partner.id) };
  }
  // Nobody holds the thread yet: the subject and every event naming the same instrument found it.
  const first = usable[0]!;
  const name = nameOf(first.key);
  const partners = usable.filter((m) => m.key === first.key);
  return {
    action: 'found',
    name: name.name,
    jurisdiction: partners.reduce<string | null>((j, m) => moreSpecific(j, m.jurisdiction), subject.jurisdiction),
    members: [{ eventId: subject.id, cue: instrumentCue(name, first.id) }, ...partners.map((m) => ({ eventId: m.id, cue: instrumentCue(name, subject.id) }))],
  };
}

export function decideBySequence(subject: Subject, neighbours: LinkableEvent[], refused: Set<number>): LinkDecision {
  const stage = stageOf(subject.type, subject.status);
  const dated = stage === 'response' ? subject.date_start !== null : isDatedBySource(subject);
  if (!dated || subject.jurisdiction === null) return { action: 'none' };
  const speaksOfRule = subject.quotes.some((q) => RULE_WORDS.test(q));
  const answers = (n: LinkableEvent) => stage !== 'response' || speaksOfRule || sameArticle(subject, n);
  const ordered = neighbours.filter((n) => isDatedBySource(n) && !(n.policy_id !== null && refused.has(n.policy_id)) && inOrder(subject, stage, n) && answers(n));
  const policies = new Set(ordered.map((n) => n.policy_id).filter((p): p is number => p !== null));
  if (policies.size > 1) return { action: 'none' };
  if (policies.size === 1) {
    const [policyId] = [...policies];
    const partner = nearest(subject, ordered.filter((n) => n.policy_id === policyId));
    return { action: 'join', policyId: policyId!, cue: sequenceCue(subject, partner) };
  }
  if (stage === 'response') return { action: 'none' };
  // Founding takes every candidate step, but only when they and the subject form one chain in date
  // order (bill → in force → enforcement): two candidates at one step would be a guess between threads.
  const partners = ordered.filter((n) => stageOf(n.type, n.status) !== 'response');
  if (partners.length === 0) return { action: 'none' };
  const chain = [subject, ...partners].sort(byDate);
  for (let i = 1; i < chain.length; i++) {
    const later = chain[i]!;
    if (!inOrder(chain[i - 1]!, stageOf(chain[i - 1]!.type, chain[i - 1]!.status), later)) return { action: 'none' };
  }
  // Each member's cue names its neighbour in the chain (the step before it; the first, the step after).
  const members = chain.map((e, i) => {
    const neighbour = chain[i === 0 ? 1 : i - 1]!;
    return { eventId: e.id, cue: sequenceCue(e, neighbour) };
  });
  members.sort((a, b) => (a.eventId === subject.id ? -1 : b.eventId === subject.id ? 1 : 0));
  return { action: 'found', name: chain[0]!.title, jurisdiction: subject.jurisdiction, members };
}

/** Whether subject and n, ordered by date, are steps that follow one another (rules 2 and 3). */
function inOrder(subject: LinkableEvent, stage: LifecycleStage, n: LinkableEvent): boolean {
  const other = stageOf(n.type, n.status);
  const [earlier, later] = byDate(subject, n) <= 0 ? [{ e: subject, s: stage }, { e: n, s: other }] : [{ e: n, s: other }, { e: subject, s: stage }];
  if (!followsInLifecycle(earlier.s, later.s)) return false;
  if (isRuleStage(earlier.s) && isRuleStage(later.s)) return earlier.e.type === later.e.type || earlier.e.type === 'legislation' || later.e.type === 'legislation';
  return true;
}

/**
 * The event types the sequence rule could pair with an event of this type and status (a narrowing the
 * database can apply before the rule looks): a rule other than legislation pairs only with its own
 * kind, legislation, and the enforcement and court steps; anything else may pair with any step.
 */
export function pairableTypes(type: EventType, status: EventStatus | null): EventType[] | null {
  const stage = stageOf(type, status);
  if (stage === 'response' || stage === 'enforcement' || stage === 'court' || type === 'legislation' || type === 'hearing') return null;
  return [type, 'legislation', 'enforcement', 'investigation', 'court'];
}

function sameArticle(a: LinkableEvent, b: LinkableEvent): boolean {
  return a.article_ids.some((id) => b.article_ids.includes(id));
}

function isRuleStage(stage: LifecycleStage): boolean {
  return stage === 'proposed' || stage === 'adopted' || stage === 'in_force' || stage === 'ended';
}

function isDatedBySource(e: LinkableEvent): boolean {
  return e.date_start !== null && e.date_basis !== null && e.date_basis !== 'reported';
}

/** By date, then by step (a law signed and in force the same day: signed first). */
function byDate(a: LinkableEvent, b: LinkableEvent): number {
  if (a.date_start !== b.date_start) return (a.date_start ?? '9999') < (b.date_start ?? '9999') ? -1 : 1;
  const rank = (e: LinkableEvent) => {
    const s = stageOf(e.type, e.status);
    return s === 'response' ? 99 : ['proposed', 'adopted', 'in_force', 'enforcement', 'court', 'ended'].indexOf(s);
  };
  return rank(a) - rank(b);
}

function nearest(subject: LinkableEvent, candidates: LinkableEvent[]): LinkableEvent {
  const distance = (n: LinkableEvent) => Math.abs(Date.parse(n.date_start!) - Date.parse(subject.date_start!));
  return [...candidates].sort((a, b) => distance(a) - distance(b) || a.id - b.id)[0]!;
}

function sequenceCue(subject: LinkableEvent, partner: LinkableEvent): PolicyCue {
  const shared = subject.companies.filter((c) => partner.companies.includes(c));
  const [earlier, later] = byDate(subject, partner) <= 0 ? [subject, partner] : [partner, subject];
  return {
    kind: 'sequence',
    from_stage: stageOf(earlier.type, earlier.status),
    to_stage: stageOf(later.type, later.status),
    target: shared.join(', '),
    with_event: partner.id,
    ...(sameArticle(subject, partner) ? { same_article: true } : {}),
  };
}

function instrumentCue(name: InstrumentName, withEvent: number): PolicyCue {
  return { kind: 'instrument', instrument: name.instrument, name: name.name, with_event: withEvent };
}

/** The more specific of two matching jurisdictions: a state's law ruled on by a federal court is still the state's. */
function moreSpecific(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.length >= b.length ? a : b;
}
