import { PASSIVE_BEFORE } from '../../../importers/pipeline/cues/passive-voice';

/** The text before a cue, as the stages slice it: what stands right before the participle. */
const before = (sentence: string, cue: string): string => sentence.slice(0, sentence.indexOf(cue));

describe('PASSIVE_BEFORE (cues/passive-voice.ts), shared by requireActor and splitSeparatePenalties', () => {
  it.each([
    ['Apple was fined 500 million euros', 'fined'],
    ['The apps were first blocked last June', 'blocked'],
    ['the company was placed under investigation', 'under investigation'],
    ['Both firms have been fined', 'fined'],
  ])('reads "%s" as a passive before "%s"', (sentence, cue) => {
    expect(PASSIVE_BEFORE.test(before(sentence, cue))).toBe(true);
  });

  it.each([
    ['The regulator fined Apple 500 million euros', 'fined'],
    ['The ministry blocked the apps last June', 'blocked'],
  ])('reads "%s" as active', (sentence, cue) => {
    expect(PASSIVE_BEFORE.test(before(sentence, cue))).toBe(false);
  });
});
