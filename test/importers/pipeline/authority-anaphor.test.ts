import { authorityAnaphor, authorityAntecedent } from '../../../importers/pipeline/sentences/authority-anaphor';

/** sentences/authority-anaphor.ts, on sentences written for this file. */
describe('authority-anaphor: an authority referred back to by its noun', () => {
  it('reads "the office", "the competition watchdog", "the Commission" as words referring back', () => {
    expect(authorityAnaphor('The office said it was examining')).toBe('office');
    expect(authorityAnaphor('Later, the competition watchdog')).toBe('watchdog');
    expect(authorityAnaphor('The Commission')).toBe('commission');
  });
  it('a capitalised modifier makes a name, not a word referring back: "the European Commission", "the Federal Cartel Office"', () => {
    expect(authorityAnaphor('Outside of the U.K., the European Commission')).toBeNull();
    expect(authorityAnaphor('the Federal Cartel Office')).toBeNull();
  });
  it('finds the antecedent of the head noun, and a shared name by the story’s place', () => {
    const text = 'Germany’s Federal Cartel Office opened a case. Then the office acted.';
    expect(authorityAntecedent(text, text.indexOf('Then'), 'office')).toBe('DE');
    const story = 'The tribunal awarded costs to the Commission. The commission said';
    expect(authorityAntecedent(story, story.indexOf('The commission'), 'commission', 'NG')).toBe('NG');
    expect(authorityAntecedent(story, story.indexOf('The commission'), 'commission')).toBe('EU');
  });
});
