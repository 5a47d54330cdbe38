import type { LinkableEvent } from '../../../db/repositories/policy-link.repository';
import { findInstrumentNames } from '../../../importers/policies/instrument-names';
import { decideByInstrument, decideBySequence, instrumentJurisdictionsMatch, pairableTypes, type Subject } from '../../../importers/policies/link-rule';
import { EVENT_TYPES, EVENT_STATUSES } from '../../../db/vocabulary/taxonomy';

const event = (over: Partial<LinkableEvent> & { id: number }): LinkableEvent => ({
  jurisdiction: 'AU',
  type: 'age_restriction',
  status: 'in_force',
  title: 'Australia minimum age for social media takes effect',
  date_start: '2025-12-10',
  date_basis: 'explicit',
  companies: ['Meta'],
  article_ids: [1],
  policy_id: null,
  ...over,
});
const subject = (over: Partial<Subject> & { id: number }): Subject => {
  const quotes = over.quotes ?? ['a quote'];
  return { ...event(over), instruments: findInstrumentNames(quotes.join('\n')), quotes, ...over };
};

describe('the policy linking rule', () => {
  describe('same named instrument', () => {
    const bill = subject({ id: 3, jurisdiction: 'US-OR', type: 'court', status: 'blocked', date_start: '2025-12-15', quotes: ['A judge blocked S.B. 12'] });

    it('joins the one policy holding an event that names the same bill, and says which name linked it', () => {
      const decision = decideByInstrument(bill, [{ ...event({ id: 1, jurisdiction: 'US-OR', policy_id: 7 }), key: 'bill:sb 12' }], new Set());
      expect(decision).toEqual({ action: 'join', policyId: 7, cue: { kind: 'instrument', instrument: 'bill', name: 'SB 12', with_event: 1 } });
    });

    it('founds a policy named for the instrument when nobody holds the thread yet', () => {
      const decision = decideByInstrument(bill, [{ ...event({ id: 1, jurisdiction: 'US' }), key: 'bill:sb 12' }], new Set());
      expect(decision).toEqual({
        action: 'found',
        name: 'SB 12',
        jurisdiction: 'US-OR',
        members: [
          { eventId: 3, cue: { kind: 'instrument', instrument: 'bill', name: 'SB 12', with_event: 1 } },
          { eventId: 1, cue: { kind: 'instrument', instrument: 'bill', name: 'SB 12', with_event: 3 } },
        ],
      });
    });

    it("never matches one state's SB 12 with another's, nor links when two policies claim the name", () => {
      expect(instrumentJurisdictionsMatch('US-OR', 'US-TX')).toBe(false);
      expect(instrumentJurisdictionsMatch('US-OR', 'US')).toBe(true);
      expect(decideByInstrument(bill, [{ ...event({ id: 1, jurisdiction: 'US-TX' }), key: 'bill:sb 12' }], new Set())).toEqual({ action: 'none' });
      const two = [
        { ...event({ id: 1, jurisdiction: 'US-OR', policy_id: 7 }), key: 'bill:sb 12' },
        { ...event({ id: 2, jurisdiction: 'US-OR', policy_id: 8 }), key: 'bill:sb 12' },
      ];
      expect(decideByInstrument(bill, two, new Set())).toEqual({ action: 'none' });
    });

    it('leaves out a policy an editor unlinked the event from', () => {
      expect(decideByInstrument(bill, [{ ...event({ id: 1, jurisdiction: 'US-OR', policy_id: 7 }), key: 'bill:sb 12' }], new Set([7]))).toEqual({ action: 'none' });
    });
  });

  describe('same jurisdiction and target, steps in order', () => {
    const law = event({ id: 1 });
    const enforcement = subject({ id: 2, type: 'enforcement', status: 'enacted', date_start: '2025-12-11', companies: ['Meta', 'Instagram'] });

    it('founds a policy from a law in force and its enforcement, the cue naming the steps and the shared company', () => {
      expect(decideBySequence(enforcement, [law], new Set())).toEqual({
        action: 'found',
        name: law.title,
        jurisdiction: 'AU',
        members: [
          { eventId: 2, cue: { kind: 'sequence', from_stage: 'in_force', to_stage: 'enforcement', target: 'Meta', with_event: 1, same_article: true } },
          { eventId: 1, cue: { kind: 'sequence', from_stage: 'in_force', to_stage: 'enforcement', target: 'Meta', with_event: 2, same_article: true } },
        ],
      });
    });

    it('founds one policy from a whole chain of steps: bill passed → in force → enforcement', () => {
      const bill = event({ id: 4, type: 'legislation', status: 'enacted', date_start: '2024-11-28', title: 'Australia passes a minimum age law' });
      const decision = decideBySequence(enforcement, [bill, law], new Set());
      expect(decision).toMatchObject({ action: 'found', name: 'Australia passes a minimum age law' });
      expect(decision.action === 'found' && decision.members.map((m) => m.eventId)).toEqual([2, 4, 1]);
    });

    it('does not pair a step backwards, another kind of rule, a date nobody stated, or an event of another company', () => {
      const earlierCourt = event({ id: 5, type: 'court', status: 'blocked', date_start: '2025-11-01' });
      expect(decideBySequence(subject({ id: 6, type: 'legislation', status: 'proposed', date_start: '2025-12-01' }), [earlierCourt], new Set())).toEqual({ action: 'none' });
      const dataDeal = event({ id: 7, type: 'data_governance', status: 'announced', date_start: '2025-01-01' });
      expect(decideBySequence(subject({ id: 8, type: 'device_ban', status: 'enacted' }), [dataDeal], new Set())).toEqual({ action: 'none' });
      expect(decideBySequence(subject({ id: 9, type: 'enforcement', status: 'enacted', date_basis: 'reported' }), [law], new Set())).toEqual({ action: 'none' });
      expect(decideBySequence(enforcement, [event({ id: 10, companies: ['TikTok'] })].filter((n) => n.companies.some((c) => enforcement.companies.includes(c))), new Set())).toEqual({ action: 'none' });
    });

    it('does not guess between two policies, or between two candidates at one step', () => {
      const twoPolicies = [event({ id: 1, policy_id: 3 }), event({ id: 4, type: 'legislation', status: 'enacted', date_start: '2024-11-28', policy_id: 4 })];
      expect(decideBySequence(enforcement, twoPolicies, new Set())).toEqual({ action: 'none' });
      const twoLawsInForce = [event({ id: 1 }), event({ id: 4, date_start: '2025-06-01' })];
      expect(decideBySequence(enforcement, twoLawsInForce, new Set())).toEqual({ action: 'none' });
    });

    it('lets a reaction join a policy after one of its steps, never found one, and only when it answers the policy', () => {
      const statement = subject({ id: 11, type: 'statement', status: null, date_start: '2026-01-12', date_basis: 'reported', article_ids: [2], quotes: ['Meta urged Australia to rethink its ban'] });
      expect(decideBySequence(statement, [event({ id: 1, policy_id: 3 })], new Set())).toMatchObject({ action: 'join', policyId: 3, cue: { to_stage: 'response' } });
      expect(decideBySequence(statement, [law], new Set())).toEqual({ action: 'none' });
      const unrelated = subject({ ...statement, quotes: ['Meta said its quarterly revenue grew'] });
      expect(decideBySequence(unrelated, [event({ id: 1, policy_id: 3 })], new Set())).toEqual({ action: 'none' });
    });
  });

  it('narrows the database query to the types the rule could pair, never excluding a pair it would make', () => {
    for (const a of EVENT_TYPES) {
      for (const sa of [...EVENT_STATUSES, null]) {
        const allowed = pairableTypes(a, sa);
        if (!allowed) continue;
        for (const b of EVENT_TYPES.filter((t) => t !== 'statement' && t !== 'incident' && !allowed.includes(t))) {
          for (const sb of [...EVENT_STATUSES, null]) {
            const s = subject({ id: 1, type: a, status: sa, date_start: '2025-01-01' });
            expect({ a, sa, b, sb, decision: decideBySequence(s, [event({ id: 2, type: b, status: sb, date_start: '2025-06-01' })], new Set()).action }).toEqual({ a, sa, b, sb, decision: 'none' });
            const later = subject({ id: 1, type: a, status: sa, date_start: '2025-06-01' });
            expect({ a, sa, b, sb, decision: decideBySequence(later, [event({ id: 2, type: b, status: sb, date_start: '2025-01-01' })], new Set()).action }).toEqual({ a, sa, b, sb, decision: 'none' });
          }
        }
      }
    }
  });
});
