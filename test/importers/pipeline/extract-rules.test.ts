import { extractMentions } from '../../../importers/pipeline';
import type { Mention } from '../../../importers/types';
import { makeArticle } from './make-article';

/**
 * One written-for-the-test sentence per rule, across countries, companies and policy events the
 * seed corpus does not hold: the rules must generalise, not remember.
 */
interface Case {
  name: string;
  published: string;
  text: string;
  expected: Array<Partial<Pick<Mention, 'jurisdiction' | 'type' | 'status' | 'companies'>> & { date?: string | null; basis?: string }>;
}

const CASES: Case[] = [
  {
    name: 'a national app block with a weekday date',
    published: '2020-07-01',
    text: 'India blocked 59 Chinese apps including TikTok and WeChat on Monday, citing threats to national sovereignty.',
    expected: [{ jurisdiction: 'IN', type: 'ban', companies: ['TikTok', 'WeChat'], date: '2020-06-29', basis: 'relative' }],
  },
  {
    name: 'a state law signed on one day that takes effect on another: two events',
    published: '2023-05-18',
    text: 'Montana Gov. Greg Gianforte signed a bill on Wednesday banning TikTok statewide, and the law takes effect on Jan. 1.',
    expected: [
      { jurisdiction: 'US-MT', type: 'legislation', status: 'enacted', date: '2023-05-17' },
      { jurisdiction: 'US-MT', type: 'legislation', status: 'scheduled', date: '2024-01-01' },
    ],
  },
  {
    name: 'an EU fine',
    published: '2024-03-01',
    text: 'The European Commission fined Meta 797 million euros on Thursday for tying its Marketplace service to Facebook.',
    expected: [{ jurisdiction: 'EU', type: 'enforcement', status: 'enacted', companies: ['Meta', 'Facebook'], date: '2024-02-29' }],
  },
  {
    name: 'a court injunction against a state law (place named as a location)',
    published: '2024-09-12',
    text: "A federal judge in California temporarily blocked the state's age-verification law on Tuesday, ruling that it likely violates the First Amendment.",
    expected: [{ jurisdiction: 'US-CA', type: 'court', status: 'blocked', date: '2024-09-10' }],
  },
  {
    name: 'a hearing next month',
    published: '2024-05-17',
    text: "The Senate Commerce Committee will hold a hearing next month on children's online safety with executives from Snap and Discord.",
    expected: [{ jurisdiction: 'US', type: 'hearing', status: 'scheduled', companies: ['Snap', 'Discord'], date: '2024-06' }],
  },
  {
    name: 'a regulator opens a probe',
    published: '2024-08-30',
    text: 'Ofcom opened an investigation into Telegram on Friday over its handling of illegal content.',
    expected: [{ jurisdiction: 'GB', type: 'investigation', companies: ['Telegram'], date: '2024-08-30' }],
  },
  {
    name: 'an entity listing last week (precision of the text only)',
    published: '2024-10-10',
    text: 'The Commerce Department added DJI to the entity list last week, restricting exports of American technology to the company.',
    expected: [{ jurisdiction: 'US', type: 'trade_restriction', companies: ['DJI'] }],
  },
  {
    name: 'data localisation with no date: reported',
    published: '2024-06-20',
    text: "India's central bank requires payment companies to store all transaction data on servers located in the country.",
    expected: [{ jurisdiction: 'IN', type: 'data_governance', date: '2024-06-20', basis: 'reported' }],
  },
  {
    name: 'a minimum-age bill',
    published: '2023-06-30',
    text: "France's parliament approved a bill on Thursday requiring parental consent for social media users under 15.",
    expected: [{ jurisdiction: 'FR', type: 'age_restriction', status: 'enacted', date: '2023-06-29' }],
  },
  {
    name: 'an executive order',
    published: '2025-01-22',
    text: 'President Trump signed an executive order on Monday delaying enforcement of the TikTok ban by 75 days.',
    expected: [{ jurisdiction: 'US', type: 'executive_action', companies: ['TikTok'], date: '2025-01-20' }],
  },
  {
    name: 'coordinated actors give one mention each',
    published: '2023-03-24',
    text: 'Belgium and the Netherlands announced on Friday that they would ban TikTok on government phones.',
    expected: [
      { jurisdiction: 'BE', type: 'device_ban', status: 'announced' },
      { jurisdiction: 'NL', type: 'device_ban', status: 'announced' },
    ],
  },
  {
    name: "a relative clause's event belongs to its antecedent",
    published: '2023-03-24',
    text: "The decision follows a similar move by Taiwan's government, which barred TikTok from official devices in 2019.",
    expected: [{ jurisdiction: 'TW', type: 'device_ban', date: '2019', basis: 'explicit' }],
  },
  {
    name: 'a statement by a minister (demonym + governmental noun)',
    published: '2024-04-10',
    text: 'Canadian officials warned on Tuesday that WeChat could expose users to surveillance.',
    expected: [{ jurisdiction: 'CA', type: 'statement', companies: ['WeChat'], date: '2024-04-09' }],
  },
  {
    name: 'a forced sale ordered by a government',
    published: '2023-12-01',
    text: 'The Dutch government ordered the Chinese owner of a chip plant to sell its stake on national security grounds.',
    expected: [{ jurisdiction: 'NL', type: 'divestiture' }],
  },
  {
    name: 'testimony before a committee',
    published: '2024-02-01',
    text: 'The chief executives of Meta and TikTok testified before the Senate Judiciary Committee on Wednesday about child safety.',
    expected: [{ jurisdiction: 'US', type: 'hearing', companies: ['Meta', 'TikTok'], date: '2024-01-31' }],
  },
  {
    name: 'a state attorney general sues',
    published: '2022-08-15',
    text: 'Texas Attorney General Ken Paxton sued Google last week over the collection of biometric data.',
    expected: [{ jurisdiction: 'US-TX', type: 'court', companies: ['Google'] }],
  },
  {
    name: 'a company reports accounts removed to comply (jurisdiction from the story)',
    published: '2025-01-15',
    text: 'Norway set a minimum age of 15 for social media under a law that came into force on January 1. Snap said it had removed 12,000 accounts of underage users in the first week.',
    expected: [
      { jurisdiction: 'NO', type: 'age_restriction', status: 'in_force', date: '2025-01-01' },
      { jurisdiction: 'NO', type: 'enforcement', companies: ['Snap'] },
    ],
  },
  {
    name: 'an order to shut a service down is a ban; the reason participle does not set the status',
    published: '2024-01-18',
    text: 'Indonesia ordered TikTok to shut down its online shopping service in September, saying it threatened small traders.',
    expected: [{ jurisdiction: 'ID', type: 'ban', status: 'enacted', companies: ['TikTok'], date: '2023-09' }],
  },
  {
    name: 'formal proceedings against X (the bare letter where a company is expected)',
    published: '2025-02-14',
    text: 'The European Commission on Thursday opened formal proceedings against X under the Digital Services Act.',
    expected: [{ jurisdiction: 'EU', type: 'investigation', companies: ['X'], date: '2025-02-13' }],
  },
  {
    name: 'a court suspends a directive',
    published: '2024-06-05',
    text: 'A Kenyan court on Tuesday suspended a government directive that required TikTok to submit compliance reports every quarter.',
    expected: [{ jurisdiction: 'KE', type: 'court', status: 'blocked', date: '2024-06-04' }],
  },
  {
    name: 'opposing a forced sale is a statement, not a divestiture',
    published: '2024-04-25',
    text: 'China’s commerce ministry said last month that it would oppose any forced sale of the app.',
    expected: [{ jurisdiction: 'CN', type: 'statement', date: '2024-03' }],
  },
  {
    name: 'a lawsuit stays a lawsuit when a participle accuses',
    published: '2023-09-27',
    text: 'The Federal Trade Commission sued Amazon on Tuesday, accusing it of using its market power to inflate prices.',
    expected: [{ jurisdiction: 'US', type: 'court', companies: ['Amazon'], date: '2023-09-26' }],
  },
  {
    name: 'executive orders by a president named without title',
    published: '2020-08-07',
    text: 'Trump signed executive orders on Thursday banning transactions with ByteDance and Tencent, the owners of TikTok and WeChat.',
    expected: [{ jurisdiction: 'US', type: 'executive_action', companies: ['ByteDance', 'Tencent', 'TikTok', 'WeChat'], date: '2020-08-06' }],
  },
  {
    name: 'a regulator bans a product named by its brand (parent known)',
    published: '2024-05-01',
    text: 'Italy’s data protection authority temporarily banned ChatGPT last year over privacy concerns.',
    expected: [{ jurisdiction: 'IT', type: 'ban', companies: ['ChatGPT'], date: '2023', basis: 'relative' }],
  },
  {
    name: 'criminal charges by prosecutors, a probe in the present progressive',
    published: '2024-08-29',
    text: 'French prosecutors on Wednesday charged the founder of Telegram with complicity in illicit transactions. The European Commission is examining whether the app should face stricter rules.',
    expected: [
      { jurisdiction: 'FR', type: 'court', companies: ['Telegram'], date: '2024-08-28' },
      { jurisdiction: 'EU', type: 'investigation', status: 'ongoing', basis: 'reported' },
    ],
  },
  {
    name: 'a suspension and its reversal in one sentence: two court events',
    published: '2024-08-29',
    text: 'Spain’s High Court suspended Telegram in March, but the judge reversed the order days later after criticism.',
    expected: [
      { jurisdiction: 'ES', type: 'court', status: 'blocked', date: '2024-03' },
      { jurisdiction: 'ES', type: 'court', basis: 'reported' },
    ],
  },
  {
    name: 'an export ban is a trade restriction',
    published: '2024-12-03',
    text: 'China on Tuesday banned exports to the United States of gallium and germanium.',
    expected: [{ jurisdiction: 'CN', type: 'trade_restriction', date: '2024-12-03' }],
  },
  {
    name: 'a planned age limit "starting next year": the announcement (dated by the reporting verb) and the start',
    published: '2025-11-05',
    text: 'Malaysia plans to bar children under 16 from opening social media accounts starting next year, the communications minister said on Sunday.',
    expected: [
      { jurisdiction: 'MY', type: 'age_restriction', status: 'announced', date: '2025-11-02' },
      { jurisdiction: 'MY', type: 'age_restriction', status: 'scheduled', date: '2026' },
    ],
  },
  {
    name: 'a passive ban names its country as a location',
    published: '2024-05-17',
    text: 'TikTok was banned in India in 2020 after a deadly border clash.',
    expected: [{ jurisdiction: 'IN', type: 'ban', companies: ['TikTok'], date: '2020', basis: 'explicit' }],
  },
  {
    name: 'a passive enforcement order by a regulator named by demonym',
    published: '2024-05-17',
    text: 'Apple has been ordered by a Dutch regulator to allow alternative payment systems for dating apps.',
    expected: [{ jurisdiction: 'NL', type: 'enforcement', companies: ['Apple'], basis: 'reported' }],
  },
  {
    name: 'a state senate is not Congress; the rule’s scope names the state',
    published: '2024-05-17',
    text: 'The measure, which passed the state Senate 30-5 on Tuesday, would require social media companies to verify the ages of all users in Virginia.',
    expected: [{ jurisdiction: 'US-VA', type: 'age_restriction', date: '2024-05-14' }],
  },
  {
    name: 'an order to remove apps from stores is a ban',
    published: '2024-05-17',
    text: 'Vietnam ordered Apple and Google to remove apps that violate local laws, state media reported on Thursday.',
    expected: [{ jurisdiction: 'VN', type: 'ban', companies: ['Apple', 'Google'], date: '2024-05-16' }],
  },
  {
    name: 'adding a company to a threat list is a trade restriction',
    published: '2024-05-17',
    text: 'The Federal Communications Commission voted 5-0 on Tuesday to add Kaspersky to its list of national security threats.',
    expected: [{ jurisdiction: 'US', type: 'trade_restriction', companies: ['Kaspersky'], date: '2024-05-14' }],
  },
  {
    name: 'a law signed by a governor of an unnamed state: no place, two events',
    published: '2024-05-17',
    text: 'The bill was signed into law by the governor in March and takes effect on January 1.',
    expected: [
      { jurisdiction: null, type: 'legislation', status: 'enacted', date: '2024-03' },
      { jurisdiction: null, type: 'legislation', status: 'scheduled', date: '2025-01-01' },
    ],
  },
  {
    name: 'a ban and, in the next sentence, its entry into force: two events with the story’s place',
    published: '2023-05-18',
    text: 'Montana banned TikTok on Wednesday. The ban takes effect on Jan. 1.',
    expected: [
      { jurisdiction: 'US-MT', type: 'ban', status: 'enacted', date: '2023-05-17' },
      { jurisdiction: 'US-MT', type: 'ban', status: 'scheduled', date: '2024-01-01' },
    ],
  },
];

describe('extraction rules on unseen phrasings', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const article = makeArticle('Policy news', [c.text], c.published);
    const mentions = extractMentions(article);
    expect(mentions).toHaveLength(c.expected.length);
    c.expected.forEach((want, i) => {
      const got = mentions[i] as Mention;
      if (want.jurisdiction !== undefined) expect(got.jurisdiction).toBe(want.jurisdiction);
      if (want.type) expect(got.type).toBe(want.type);
      if (want.status !== undefined) expect(got.status).toBe(want.status);
      if (want.companies) expect(got.companies).toEqual(expect.arrayContaining(want.companies));
      if (want.date !== undefined) expect(got.date.value).toBe(want.date);
      if (want.basis) expect(got.date.basis).toBe(want.basis);
      expect(article.text.slice(got.quoteStart, got.quoteEnd)).toBe(got.quote);
      expect(got.title.length).toBeLessThanOrEqual(120);
      expect(got.confidence).toBeGreaterThan(0);
      expect(got.confidence).toBeLessThanOrEqual(1);
    });
  });
});

describe('dates without a publication date', () => {
  it('an undated event in an undated article has a null date with basis reported', () => {
    const [m] = extractMentions(makeArticle('News', ['Canadian officials banned WeChat on government phones.'], null));
    expect(m?.date).toEqual({ value: null, precision: null, basis: 'reported' });
  });
});

describe('actors in longer stories', () => {
  it('a court ruling about a foreign-owned app belongs to the court’s country, not the one it mentions', () => {
    const article = makeArticle(
      'High court upholds app law',
      [
        'The Supreme Court on Friday upheld the federal law that bans the app unless its owner sells it, holding that ties to China pose a risk.',
        'President Joe Biden signed the measure in April after Congress passed it with bipartisan support.',
        'The law was passed as part of a larger aid package.',
      ],
      '2025-01-18',
    );
    const mentions = extractMentions(article);
    expect(mentions.map((m) => [m.jurisdiction, m.type])).toEqual([
      ['US', 'court'],
      ['US', 'legislation'],
    ]);
    expect(mentions[0]?.status).toBeNull();
  });

  it('a ministry telling a court about its own block is a ban, and a Canadian board is not the US Treasury', () => {
    const pk = extractMentions(makeArticle('Platform blocked', ['Pakistan’s interior ministry told a court on Wednesday that it had blocked X in February over security concerns.'], '2024-04-22'));
    expect(pk.map((m) => [m.jurisdiction, m.type, m.date.value, m.companies])).toEqual([['PK', 'ban', '2024-02', ['X']]]);
    const ca = extractMentions(
      makeArticle('Apps barred', ['Canada on Monday banned WeChat on government-issued mobile devices.', 'The apps present an unacceptable risk, Treasury Board President Anita Anand said.'], '2023-10-30'),
    );
    expect(ca.every((m) => m.jurisdiction === 'CA')).toBe(true);
  });
});

describe('titles', () => {
  it.each([
    ['On Thursday, Irish officials said they are banning TikTok on government-issued phones.', 'Ireland bans TikTok on government devices'],
    ['Snap urged Norway on Monday to rethink its minimum age for social media.', 'Snap urges Norway'],
    ['Canadian officials warned on Tuesday that WeChat could expose users to surveillance.', 'Canada warns about WeChat'],
    ['Montana Gov. Ann Roe signed a bill on Wednesday banning TikTok statewide.', 'Montana enacts a law on TikTok'],
  ])('%s', (sentence, title) => {
    expect(extractMentions(makeArticle('News', [sentence], '2024-05-17'))[0]?.title).toBe(title);
  });
});

describe('follow-up sentences that refer back to the story', () => {
  const published = '2024-06-13'; // a Thursday
  const story = makeArticle(
    'Vermont bans Snapchat statewide',
    [
      'Vermont Gov. Ada Lin on Tuesday signed a bill banning Snapchat across the state.',
      'The law is due to take effect on March 1, 2025, and would fine app stores $5,000 a day for listing the app.',
      'Three parents filed a lawsuit on Thursday seeking to block it.',
    ],
    published,
  );
  const mentions = extractMentions(story);

  it('"the law … is due to take effect" is the law’s scheduled entry into force, in the story’s state', () => {
    expect(mentions.map((m) => [m.jurisdiction, m.type, m.status, m.date.value])).toContainEqual(['US-VT', 'legislation', 'scheduled', '2025-03-01']);
  });

  it('a lawsuit seeking to block the law is a court event there, filed (not blocked) on the day it names', () => {
    const suit = mentions.find((m) => m.type === 'court');
    expect([suit?.jurisdiction, suit?.status, suit?.date.value, suit?.companies]).toEqual(['US-VT', 'ongoing', '2024-06-13', ['Snapchat']]);
  });

  it('a rule for every platform does not inherit the story’s company; the plan is dated when announced, not by its deadline', () => {
    const [m] = extractMentions(
      makeArticle('Snapchat faces new rules', ['Snapchat is popular with teens.', 'Brazil’s justice ministry said on Monday it intends to require platforms to verify users’ ages by next year.'], published),
    );
    expect([m?.jurisdiction, m?.type, m?.status, m?.date.value, m?.companies]).toEqual(['BR', 'age_restriction', 'announced', '2024-06-10', []]);
  });

  it('"it" as the object of the policy still refers back to the story’s company', () => {
    const [m] = extractMentions(makeArticle('Snapchat under pressure', ['Denmark said on Friday it would ban it on government phones.'], published));
    expect(m?.companies).toEqual(['Snapchat']);
  });
});

describe('rules found by the unseen-article fixtures', () => {
  it('a passive block of apps with no place named is the story’s state’s act', () => {
    const mentions = extractMentions(
      makeArticle('Nepal bans messaging apps', ['Nepal on Friday banned two Chinese messaging apps, the government said.', 'The services were initially blocked in March after complaints from parents.'], '2024-07-12'),
    );
    expect(mentions.map((m) => [m.jurisdiction, m.type, m.date.value])).toEqual([
      ['NP', 'ban', '2024-07-12'],
      ['NP', 'ban', '2024-03'],
    ]);
  });

  it('a passive penalty with no government as subject or agent is no event (a coach fined for criticising referees)', () => {
    expect(extractMentions(makeArticle('Derby result', ['The home coach was fined $2,000 for criticising match officials after the derby.'], '2024-07-12'))).toEqual([]);
  });

  it('a fine by a named regulator in the passive still stands', () => {
    const [m] = extractMentions(makeArticle('Fine', ['The retailer was fined €2 million by the Italian competition authority on Monday.'], '2024-07-12'));
    expect([m?.jurisdiction, m?.type]).toEqual(['IT', 'enforcement']);
  });

  it('a regulator removing posts or pieces of content is enforcement', () => {
    const [m] = extractMentions(makeArticle('Clean-up', ['Vietnam’s information ministry said it had removed more than 3,000 posts in a campaign that began in May.'], '2024-07-12'));
    expect([m?.jurisdiction, m?.type]).toEqual(['VN', 'enforcement']);
  });

  it('an entry into force is not before the enactment: a yearless effect date moves on a year', () => {
    const mentions = extractMentions(makeArticle('Law', ['Gov. Ana Ruiz of Oregon signed the law in February, and it was due to take effect on Sept. 1.'], '2024-07-12'));
    expect(mentions.map((m) => [m.jurisdiction, m.status, m.date.value])).toEqual([
      ['US-OR', 'enacted', '2024-02'],
      ['US-OR', 'scheduled', '2024-09-01'],
    ]);
  });

  it('"X said on Wednesday it would …" is announced', () => {
    const [m] = extractMentions(makeArticle('Data', ['Snap said on Wednesday it would store the data of Indian users on servers in Mumbai.'], '2024-07-10'));
    expect([m?.type, m?.status, m?.date.value]).toEqual(['data_governance', 'announced', '2024-07-10']);
  });
});

describe('more phrasings from news wording', () => {
  it('lifting a ban rescinds it', () => {
    const [m] = extractMentions(makeArticle('News', ['Bhutan lifted its ban on Telegram on Monday, a year after blocking the app.'], '2024-09-05'));
    expect([m?.jurisdiction, m?.type, m?.status, m?.date.value]).toEqual(['BT', 'ban', 'rescinded', '2024-09-02']);
  });

  it('restoring access ends a block', () => {
    const [m] = extractMentions(makeArticle('News', ['Gabon restored access to TikTok on Saturday after a two-week block.'], '2024-09-05'));
    expect([m?.jurisdiction, m?.type, m?.status, m?.date.value]).toEqual(['GA', 'ban', 'rescinded', '2024-08-31']);
  });

  it('a trailing attribution to a ministry is a governmental actor even with no place known', () => {
    const [m] = extractMentions(makeArticle('News', ['The ban will take effect next month, the interior ministry said.'], '2024-09-05'));
    expect([m?.type, m?.status, m?.date.value]).toEqual(['ban', 'scheduled', '2024-10']);
  });

  it('a court ruling with no story place takes the place of the law it rules on', () => {
    const [m] = extractMentions(makeArticle('News', ['A federal appeals court on Friday upheld an Ohio law that requires parental consent for teen accounts.'], '2024-09-05'));
    expect([m?.jurisdiction, m?.type, m?.date.value]).toEqual(['US-OH', 'court', '2024-08-30']);
  });
});

describe('companies named by reference (second held-out batch)', () => {
  const run = (headline: string, paragraphs: string[]) => extractMentions(makeArticle(headline, paragraphs, '2024-06-13'));
  it('"the same feature" refers back to the article’s company', () => {
    const m = run('Spain fines Google over its search widget', ['Spain’s competition authority fined Google on Monday.', 'Portugal’s consumer regulator has investigated the same feature since 2022.']);
    expect(m.find((e) => e.jurisdiction === 'PT')?.companies).toEqual(['Google']);
  });
  it('an elliptic "opened one" concerns what the probe before it did', () => {
    const m = run('Regulators look at app fees', ['Chile’s consumer agency opened a probe into Uber’s fees in May, and Peru’s competition watchdog opened one in June.']);
    expect(m.map((e) => [e.jurisdiction, e.type, e.companies])).toEqual([['CL', 'investigation', ['Uber']], ['PE', 'investigation', ['Uber']]]);
    const apart = run('Regulators look at app fees', ['Chile’s consumer agency opened a probe into Uber’s fees in May.', 'Peru’s competition watchdog opened one in June.']);
    expect(apart.map((e) => [e.jurisdiction, e.companies])).toEqual([['CL', ['Uber']], ['PE', ['Uber']]]);
  });
  it('once "X, formerly Twitter" is introduced, a bare "X" is the company; before that, never', () => {
    const m = run('Kenya restricts social media', ['Kenya’s regulator blocked X, formerly Twitter, on Tuesday.', 'The Kenyan ministry said on Wednesday it would review whether to restore X next week.']);
    expect(m.map((e) => e.companies)).toEqual([['X'], ['X']]);
    expect(run('Kenya restricts apps', ['The Kenyan ministry said on Wednesday it would review whether to restore X next week.'])[0]?.companies).toEqual([]);
  });
});
