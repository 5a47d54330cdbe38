import { governingTense } from '../../../importers/dates/governing-tense';

/** The tense governing the first occurrence of `expression` in `sentence`. */
function tenseOf(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  return governingTense(sentence, start, start + expression.length);
}

describe('governingTense', () => {
  it.each([
    ['The minister said on Friday that talks had failed.', 'Friday', 'past'],
    ['On Friday, the minister said talks had failed.', 'Friday', 'past'],
    ['On Friday, the minister will say more.', 'Friday', 'future'],
    ['And on Friday, the board is expected to decide.', 'Friday', 'future'],
    ['The board is expected to decide on Friday.', 'Friday', 'future'],
    ['The board was expected to decide on Friday.', 'Friday', 'past'],
    ['The firm plans to appeal in May.', 'May', 'future'],
    ['The firm has appealed in May.', 'May', 'past'],
    ['The firm had already appealed by May.', 'May', 'past'],
    ['The law takes effect in May.', 'May', 'future'],
    ['The firm’ll appeal in May.', 'May', 'future'],
    ['Regulators wrote to the firm in May.', 'May', 'past'],
    ['The group, which was founded in May, will list its shares.', 'May', 'past'],
    ['The court would hear the case in May, officials said.', 'May', 'future'],
    ['A hearing on the appeal is scheduled for May 3.', 'May 3', 'future'],
    ['The vote is set for Monday.', 'Monday', 'future'],
    ['A ruling is due in June.', 'June', 'future'],
    ['The vote was set for Monday but was delayed.', 'Monday', 'past'],
    ['Staff must not be sent or shown the files from June 1.', 'June 1', 'future'],
    ['The app must not be used or installed from March 20.', 'March 20', 'future'],
    ['The ministry banned and fined the firm in March.', 'March', 'past'],
    ['The new rules take effect on Friday, the department said.', 'Friday', 'future'],
    ['The duties apply from May.', 'May', 'future'],
    ['The rules did not take effect on Friday.', 'Friday', 'past'],
    ['The rules have come into force since May.', 'May', 'past'],
    ['The rules were meant to take effect in May.', 'May', 'past'],
  ] as const)('%s → %s is %s', (sentence, expression, tense) => {
    expect(tenseOf(sentence, expression)).toBe(tense);
  });

  it('returns null when no verb decides', () => {
    expect(tenseOf('A busy week, starting Monday.', 'Monday')).toBeNull();
  });

  it('does not read an adjective after a determiner as the verb', () => {
    expect(tenseOf('The proposed rule is in force from Monday.', 'Monday')).toBeNull();
  });
});
