import { extractMentions } from '../../../importers/pipeline';
import { makeArticle } from './make-article';

describe('one mention per event within an article', () => {
  it('headline, lead and a later sentence collapse into the body sentence with the most precise date', () => {
    const article = makeArticle(
      'Nepal bans TikTok',
      [
        'Nepal has banned TikTok, officials said.',
        'The ban follows months of complaints from parents.',
        'Two sentences later the report adds colour about the economy and tourism.',
        "Nepal's government banned TikTok on Monday, saying the app disrupts social harmony.",
      ],
      '2025-09-05',
    );
    const mentions = extractMentions(article);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ jurisdiction: 'NP', type: 'ban', date: { value: '2025-09-01', basis: 'relative' } });
    expect(mentions[0]?.quote).toContain('on Monday');
  });

  it('a headline stands when no body sentence states its event', () => {
    const mentions = extractMentions(makeArticle('Kenya orders TikTok review', ['The app has grown fast among young users.'], '2024-01-10'));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ jurisdiction: 'KE', type: 'investigation' });
  });

  it('a bill passed and another introduced stay two events; an attributive "recently-passed" moves no bill', () => {
    const article = makeArticle(
      'Data bill',
      [
        'The Canadian Senate has passed a bill that would stop data brokers selling records abroad.',
        'A second measure, the Records Act, was introduced in the Senate earlier this month alongside the recently-passed ferry bill.',
      ],
      '2024-03-21',
    );
    const mentions = extractMentions(article);
    expect(mentions.map((m) => [m.jurisdiction, m.type, m.date.value])).toEqual([
      ['CA', 'legislation', '2024-03-21'],
      ['CA', 'legislation', '2024-03'],
    ]);
    expect(mentions[1]?.quote).toContain('was introduced');
  });

  it('a proposal and its entry into force stay two events', () => {
    const article = makeArticle(
      'Data rules',
      [
        'Lawmakers in Brazil introduced a bill on Monday that would require platforms to store user data on servers in the country.',
        'A similar data law in Vietnam came into force in 2019.',
      ],
      '2024-03-06',
    );
    const mentions = extractMentions(article);
    expect(mentions.map((m) => [m.jurisdiction, m.status])).toEqual([
      ['BR', 'proposed'],
      ['VN', 'in_force'],
    ]);
  });

  it('events of different jurisdictions in one sentence are kept apart', () => {
    const article = makeArticle('Phones', ['On Tuesday, Irish officials said they are banning TikTok on government phones, following similar moves by the European Commission, which barred the app from staff devices.'], '2023-04-05');
    expect(extractMentions(article).map((m) => m.jurisdiction)).toEqual(['IE', 'EU']);
  });
});
