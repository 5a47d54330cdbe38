import { legislativeStep, sameLegislativeStep } from '../../../importers/merge';

describe('legislativeStep', () => {
  it.each([
    ['was introduced in the house', 'introduced'],
    ['tabled a bill', 'introduced'],
    ['has passed a bill', 'passed'],
    ['lawmakers voted for the act', 'passed'],
    ['signed the bill into law', 'signed'],
    ['received royal assent', 'signed'],
    ['the law takes effect', 'in_force'],
    ['will be applied with retroactive effect from', 'in_force'],
    ['rules on data brokers', null],
  ])('%s → %s', (cue, step) => {
    expect(legislativeStep(cue)).toBe(step);
  });

  it('two cues are one step unless both name different ones', () => {
    expect(sameLegislativeStep('passed a bill', 'approved the measure')).toBe(true);
    expect(sameLegislativeStep('passed a bill', 'the rules')).toBe(true);
    expect(sameLegislativeStep('passed a bill', 'was introduced')).toBe(false);
    expect(sameLegislativeStep('voted in favor of', 'came into force')).toBe(false);
  });
});
