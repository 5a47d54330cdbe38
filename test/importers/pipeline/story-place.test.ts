import { extractMentions } from '../../../importers/pipeline';
import { splitSentences } from '../../../importers/pipeline/sentences/split-sentences';
import { storyPlace } from '../../../importers/pipeline/sentences/story-place';
import { makeArticle } from './make-article';

// Fictional articles written for these tests.
const place = (headline: string, paragraphs: string[]): string | null => storyPlace(splitSentences(makeArticle(headline, paragraphs)));

describe('storyPlace', () => {
  it('headline-actor: the headline’s acting place settles it', () => {
    expect(place('Norway moves to curb ride apps', ['The Senate in Washington was not involved.', 'Officials in Oslo said more would follow.'])).toBe('NO');
  });

  it('headline-actor: a headline read from a plain first line needs the body to name its place (a stray line of the page)', () => {
    const paragraphs = [
      'Sharjah Warriors defeated Abu Dhabi Knight Riders by four wickets',
      'China’s National People’s Congress on Friday passed a law to protect the personal data of online users.',
      'The law takes effect on November 1, state media said.',
    ];
    expect(place('', paragraphs)).toBe('CN');
    expect(extractMentions(makeArticle('', paragraphs, '2021-08-20')).map((m) => m.jurisdiction)).toEqual(['CN', 'CN']);
    // a title the page gives still settles it on its own, as before
    expect(place('Sharjah Warriors defeated Abu Dhabi Knight Riders by four wickets', paragraphs.slice(1))).toBe('AE');
  });
  it('headline-actor: a place after "over", "amid" … is the headline’s topic, not its actor', () => {
    expect(place('App chief grilled by lawmakers over China ties', ['The app’s chief executive faced questions on Thursday.', 'The White House backed a bill on Wednesday.'])).toBe('US');
  });
  it('headline-actor: the country exports go to is the trade measure’s target, not the headline’s actor', () => {
    expect(place('Chip maker Zentek faces controls on exports to China', ['The Dutch government on Friday published the rules.', 'Dutch officials said the Netherlands would review them each year.'])).toBe('NL');
  });
  it('dateline-capital: a wire dateline’s capital places an article that names no country', () => {
    expect(place('Government to push ahead with news bill', ['WELLINGTON, July 2 - The government will press ahead with a bill on news payments, the minister said on Tuesday.', 'The bill passed its first reading last year.'])).toBe('NZ');
    expect(place('Government to push ahead with news bill', ['SPRINGFIELD, July 2 - The government will press ahead with a bill on news payments, the minister said on Tuesday.'])).toBeNull();
  });
  it('sole-place: an article whose only place is named by its regulator, after the lead, is about it; "Parliament" then belongs to it', () => {
    const paragraphs = [
      'The Online Records Act was passed in Parliament in 2022.',
      'It was meant to give users more say over their data.',
      'Three years on, Ofcom on Friday published the codes that bring it into effect.',
    ];
    expect(place('', paragraphs)).toBe('GB');
    const [first] = extractMentions(makeArticle('', paragraphs, '2025-06-06'));
    expect([first?.jurisdiction, first?.type, first?.date.value]).toEqual(['GB', 'legislation', '2022']);
  });

  it('shared-bodies: a bill through the Senate and the House of Commons is Canadian, not American', () => {
    expect(
      place('Streaming bill passes Senate', [
        'The bill cleared the Senate on Thursday after a long fight, its sponsor said.',
        'Senators sent a message to the House of Commons, backed by the Canadian heritage minister.',
        'Producers of Canadian music welcomed it.',
      ]),
    ).toBe('CA');
  });

  it('shared-bodies: Congress rules out a foreign place named more often', () => {
    expect(
      place('Chief executive grilled for hours', [
        'The chief executive of a video app testified before a committee of Congress on Thursday.',
        'Chinese officials said they would oppose a sale. The Chinese government denied any role.',
        'The Biden administration has weighed a ban.',
      ]),
    ).toBe('US');
  });

  it('demonym-colour: demonyms without a government still say where the story is', () => {
    expect(place('Gaming limits tighten', ['The National Press and Publication Administration set new limits on Monday.', 'Shares of a Chinese game maker fell.'])).toBe('CN');
  });

  it('headline-actor: a place after "about ties to" is the topic ("Lawmakers grill Zapchat executive about ties to China")', () => {
    expect(place('Lawmakers Grill Zapchat Executive About Ties to China', ['Senators on Wednesday questioned the executive.', 'The Senate Homeland Security committee heard her for three hours.'])).toBe('US');
  });

  it('headline-actor: a headline verb after the country is no company descriptor ("Vietnam orders technology firms to …"); a stray teaser line after it does not win', () => {
    expect(place('Vietnam orders technology firms to store user data locally', ['China accuses hackers of an attack: report', 'The government has ordered technology firms to store data locally.'])).toBe('VN');
  });

  it('demonym-origin: where firms or goods come from is not where the story is ("cameras made by Chinese firms")', () => {
    expect(
      place('News', [
        'Government departments have been ordered to stop installing surveillance cameras made by Chinese firms.',
        'Ministers in Whitehall said Chinese-made equipment must also be unplugged, after lobbying by Chinese companies failed.',
      ]),
    ).toBe('GB');
  });

  it('state-story: a story about what "the state" may do, naming one US state, is that state\'s', () => {
    expect(
      place('News', [
        'A federal judge in Fayetteville on Thursday blocked the state from enforcing a law that requires age checks.',
        'U.S. District Judge Ann Roe granted the injunction sought by a trade group, which had argued the law violates the U.S. Constitution.',
        'The group filed its complaint in June in the Western District of Arkansas.',
      ]),
    ).toBe('US-AR');
  });
  it('state-story: a federal story that names a state in passing stays the country\'s', () => {
    expect(
      place('News', [
        'The U.S. Senate on Tuesday passed a bill to ban Zapchat nationwide.',
        'The U.S. House is expected to vote next week; a similar measure failed in Texas last year.',
      ]),
    ).toBe('US');
  });
  it('no place named twice gives none (negative case)', () => {
    expect(place('App maker raises funds', ['The start-up raised $20 million from investors this week.', 'It will spend the money on hiring and marketing.', 'Some engineers will work in Berlin.'])).toBeNull();
  });
});
