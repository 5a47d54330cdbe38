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

  it('a later sentence with no date of its own that names the same company restates the dated act', () => {
    const mentions = extractMentions(makeArticle(
      'News',
      [
        'Bolivia blocked the payment service PayPal on Saturday after it missed a registration deadline.',
        'The ministry said the rules had been published two years earlier.',
        'Officials had warned operators for months, and several had registered in the final days.',
        'Speaking to reporters, a senior ministry official said the list of websites that have been blocked so far also includes PayPal, along with several online gaming portals.',
      ],
      '2024-07-30',
    )).filter((m) => m.type === 'ban');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ jurisdiction: 'BO', date: { value: '2024-07-27', basis: 'relative' } });
  });

  it('two sentences stating one day, one place and one company are one act, however differently worded', () => {
    const mentions = extractMentions(makeArticle(
      'News',
      [
        'Bolivia said on Friday that it was placing a temporary ban on the video app TikTok after days of protests.',
        'Fuel prices had risen sharply since the summer.',
        'Truck drivers went on strike last week.',
        'Bolivia’s police directorate said on Friday it was blocking TikTok because of videos inciting violence.',
      ],
      '2024-12-17',
    )).filter((m) => m.type === 'ban');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.date.value).toBe('2024-12-13');
  });

  it('an undated court step is its own event, and so is a ban taking effect immediately after its order', () => {
    const court = extractMentions(makeArticle(
      'News',
      [
        'The US Federal Trade Commission filed a new complaint against Meta on Thursday.',
        'The new complaint is longer than the first one.',
        'It repeats many of the earlier arguments about acquisitions.',
        'Economists have long debated how to measure market power online.',
        'A judge has also dismissed the states’ case against Meta, saying they had waited too long.',
      ],
      '2024-08-20',
    )).filter((m) => m.type === 'court');
    expect(court.map((m) => m.date.value)).toEqual(['2024-08-15', '2024-08-20']);
    expect(court[1]?.quote).toContain('states’ case');
    const ban = extractMentions(makeArticle(
      'News',
      [
        'Governor Ana Ruiz of Idaho signed an order on Tuesday banning TikTok from state devices used by state employees.',
        'She said the state had a duty to protect its data.',
        'Officials had raised concerns for a year.',
        'Another official said agencies were asked to delete their accounts.',
        'The ban takes effect immediately and blocks the use of TikTok on state-owned devices.',
      ],
      '2024-11-30',
    )).filter((m) => m.type === 'device_ban');
    expect(ban.map((m) => m.status)).toEqual(['enacted', 'in_force']);
  });

  it('of two mentions of one act, the act itself is kept over its announcement', () => {
    const mentions = extractMentions(makeArticle(
      'News',
      [
        'The Maltese regulator announced Thursday that it is opening a formal investigation of the shopping app Temu.',
        'File photo by a news agency.',
        'The Maltese regulator on Thursday opened an inquiry into Temu over the sale of unsafe toys.',
      ],
      '2024-03-15',
    )).filter((m) => m.type === 'investigation');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.quote).toContain('opened an inquiry');
  });

  it('"also" before the verb adds another act of the same kind', () => {
    const mentions = extractMentions(makeArticle(
      'News',
      [
        'Malta’s data authority blocked the chatbot ZenAsk on Thursday.',
        'The app could not be found in app stores on Wednesday, the day after the authority requested information on its use of personal data.',
        'The authority added that the decision had immediate effect and that it had also opened an investigation.',
      ],
      '2025-01-31',
    )).filter((m) => m.type === 'investigation');
    expect(mentions.map((m) => m.date.value)).toEqual(['2025-01-28', '2025-01-31']);
  });

  it('"had already" before the verb is an earlier act, not the news restated', () => {
    const bans = extractMentions(makeArticle(
      'News',
      ['Gabon’s government suspended mobile internet access on Sunday, citing hateful messages.', 'Authorities had already restricted access to TikTok in the capital last week.'],
      '2024-05-22',
    )).filter((m) => m.type === 'ban');
    expect(bans.map((m) => m.date.value)).toEqual(['2024-05-19', '2024-05']);
  });
});

describe('restated-as-announcement', () => {
  const run = (paragraphs: string[]) => extractMentions(makeArticle('News', paragraphs, '2024-03-15'));
  it('an undated later sentence that announces the same company’s restriction restates the act', () => {
    const m = run([
      'Belarus’s telecoms regulator on Friday restricted access to the Telegram app.',
      'A spokesman for the economy ministry spoke about growth forecasts.',
      'The regulator said access to Telegram will be limited on the orders of prosecutors.',
    ]);
    expect(m.map((e) => [e.type, e.status, e.date.value])).toEqual([['ban', 'enacted', '2024-03-15']]);
  });
  it('an announcement about another company is another event', () => {
    const m = run(['Belarus’s telecoms regulator on Friday restricted access to the Telegram app.', 'A spokesman for the economy ministry spoke about growth forecasts.', 'The regulator said access to Signal will be limited too.']);
    expect(m.filter((e) => e.type === 'ban')).toHaveLength(2);
  });
});

describe('promised versus past', () => {
  it('an undated lead that an authority "would begin fining" is not the earlier dated decision two sentences on', () => {
    const m = extractMentions(makeArticle('News', [
      'Norway said it would begin fining Meta nearly 100,000 dollars a day for privacy breaches.',
      'The economy ministry published growth figures on Tuesday.',
      'The fines follow a July 14 decision by Norway’s data authority to fine Meta over its advertising.',
    ], '2023-08-09'));
    expect(m.filter((e) => e.type === 'enforcement').map((e) => e.date.value)).toEqual(['2023-08-09', '2023-07-14']);
  });
});
