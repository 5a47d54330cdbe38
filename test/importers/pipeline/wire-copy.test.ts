import { extractMentions } from '../../../importers/pipeline';
import { splitSentences } from '../../../importers/pipeline/sentences/split-sentences';
import { makeArticle } from './make-article';

/**
 * Rules found by running whole wire-style articles written for this file (fictional events, real
 * places) through the pipeline: each sentence shape here was missed or misread before its rule.
 */
const row = (m: ReturnType<typeof extractMentions>[number] | undefined) => [m?.jurisdiction, m?.type, m?.status ?? null, m?.date.value];
const run = (paragraphs: string[], published = '2024-06-12', headline = 'News') => extractMentions(makeArticle(headline, paragraphs, published));

describe('entry into force told after the act', () => {
  it('"will come into force" is still to come: scheduled, and "the ban" continues the device ban before it', () => {
    const m = run(['Slovakia’s parliament on Wednesday banned the messaging app Zapchat on phones issued to civil servants.', 'The ban will come into force on 1 September, the speaker’s office said.']);
    expect(row(m[1])).toEqual(['SK', 'device_ban', 'scheduled', '2024-09-01']);
  });
  it('in force from a day after publication is scheduled', () => {
    const m = run(['Slovakia’s parliament on Wednesday banned the messaging app Zapchat on phones issued to civil servants.', 'The ban will be in force from 1 September.']);
    expect(m.map((e) => e.status)).not.toContain('in_force');
  });
  it('"the new rules take effect on Friday" in a Wednesday report is the coming Friday', () => {
    const m = run(['The US Commerce Department on Tuesday added 14 chip firms to its entity list.', 'The new rules take effect on Friday, the department said.']);
    expect(row(m[1])).toEqual(['US', 'trade_restriction', 'scheduled', '2024-06-14']);
  });
});

describe('a state law told in steps', () => {
  it('a legislature passing "the ban" enacts a law, and a governor who "signed it" in a yearless month signs it that year', () => {
    const m = run(['The Montana legislature passed the ban in April 2023, and Governor Ann Roe signed it in May.'], '2024-06-12', 'Court upholds Montana ban on Zapchat');
    expect(m.map(row)).toEqual([
      ['US-MT', 'legislation', 'enacted', '2023-04'],
      ['US-MT', 'legislation', 'enacted', '2023-05'],
    ]);
  });
  it('a month earlier in the calendar than the dated one is in the following year', () => {
    const m = run(['Peru’s regulator opened a probe into Zapchat in December 2022 and fined the firm in January.'], '2024-06-12');
    expect(m.map((e) => e.date.value)).toEqual(['2022-12', '2023-01']);
  });
  it('a bare year in an aside does not date a later month', () => {
    const [m] = run(['Zapchat, founded in 2015, was fined by Peru’s regulator in March.'], '2024-06-12');
    expect(m?.date.value).toBe('2024-03');
  });
  it('a federal appeals court in a story set elsewhere is a US court, and upholding a ruling on a state’s ban is the state’s', () => {
    const m = run(['China banned exports of two rare metals on Monday.', 'Separately, a federal appeals court on Tuesday upheld a lower court ruling that blocked Montana’s ban on Zapchat.'], '2024-06-12');
    expect(row(m.find((e) => e.type === 'court'))).toEqual(['US-MT', 'court', null, '2024-06-11']);
  });
});

describe('who acts when the story names places of other kinds', () => {
  it('"the regulator" refers back to "the data protection authority of Austria", not to where servers stand', () => {
    const m = run(['The data protection authority of Austria said on Friday it had opened an inquiry into Zapchat.', 'The regulator also asked the firm to explain within 20 days whether user data is stored on servers in China.']);
    expect(m.map((e) => e.jurisdiction)).toEqual(['AT', 'AT']);
  });
});

describe('an authority named only in the attribution', () => {
  it('", the department said" makes the department named earlier the actor, not the country of the aside before', () => {
    const m = run(['The US Commerce Department on Tuesday added 14 chip firms to its entity list.', 'The move comes weeks after China banned exports of two rare metals.', 'The new rules take effect on Friday, the department said.']);
    expect(row(m.at(-1))).toEqual(['US', 'trade_restriction', 'scheduled', '2024-06-14']);
  });
});

describe('orders and their dates', () => {
  it('an authority that "issued the order" in a month made it then: an act, enacted', () => {
    const m = run(['Kenya’s High Court on Thursday suspended a government order against the app Clipster.', 'The Communications Authority of Kenya issued the order in February after lawmakers raised concerns.'], '2023-10-16');
    expect(row(m[1])).toEqual(['KE', 'enforcement', 'enacted', '2023-02']);
  });
  it('issued draft rules are still proposed', () => {
    const [m] = run(['Kenya’s ICT ministry issued draft rules for app stores on Monday.'], '2023-10-16');
    expect(m?.status).toBe('proposed');
  });
  it('"will restrict exports … from July 23" is announced on the day said and scheduled from the day it applies', () => {
    const m = run(['Japan will restrict exports of chipmaking equipment from July 23, the trade ministry said on Friday.'], '2023-05-26');
    expect(m.map((e) => [e.type, e.status, e.date.value])).toEqual([
      ['trade_restriction', 'announced', '2023-05-26'],
      ['trade_restriction', 'scheduled', '2023-07-23'],
    ]);
  });
});

describe('wordings real articles use for acts (sentences written here)', () => {
  it('a court hearing set for a day is the court’s, scheduled', () => {
    const m = run(['Norway’s data regulator ordered Meta to stop the ads on Monday.', 'A hearing on the petition is scheduled for Aug. 22.'], '2023-08-10');
    expect(row(m[1])).toEqual(['NO', 'court', 'scheduled', '2023-08-22']);
  });
  it('an internet disrupted in the passive, in a named country, is a shutdown', () => {
    const [m] = run(['Mobile internet was disrupted in Ethiopia’s Amhara region on Friday.'], '2023-08-10');
    expect(row(m)).toEqual(['ET', 'ban', null, '2023-08-04']);
  });
  it('states that agree to limit their own exports restrict trade, one event each', () => {
    const m = run(['Both Sweden and Finland agreed to limit their exports of chipmaking tools in June.'], '2023-08-10');
    expect(m.map((e) => [e.jurisdiction, e.type])).toEqual([['SE', 'trade_restriction'], ['FI', 'trade_restriction']]);
  });
  it('"minors under the age of 16" states a minimum age', () => {
    expect(run(['Under Spain’s new law, minors under the age of 16 will only be able to register on social media with a parent’s consent.'])[0]?.type).toBe('age_restriction');
  });
  it('a regulator that judged a practice discriminatory found an infringement', () => {
    expect(row(run(['Poland’s competition office on Monday judged Apple’s fees to be discriminatory.'], '2023-08-10')[0]).slice(0, 2)).toEqual(['PL', 'enforcement']);
  });
  it('a firm "directed to" act by an order is enforcement; where it operates is not who acts', () => {
    const m = run(['The US Treasury approved the sale on Monday.', 'Grindr has also been directed to stop all operations in China.'], '2023-08-10');
    expect(row(m.at(-1)).slice(0, 2)).toEqual(['US', 'enforcement']);
  });
});

describe('more act wordings (sentences written here)', () => {
  it('a parliament that decided to implement a ban on an app bans it', () => {
    expect(row(run(['Finland’s parliament on Monday decided to implement a ban on Telegram.'], '2023-08-10')[0]).slice(0, 2)).toEqual(['FI', 'ban']);
  });
  it('a ban that applies to phones and laptops is a device ban', () => {
    const m = run(['Finland’s government on Monday banned Zapchat on devices issued to civil servants.', 'Separately, the economy ministry published growth figures.', 'Pollsters said voters were unmoved.', 'The ban applies to phones, laptops and tablets used for work.'], '2023-08-10');
    expect(m.every((e) => e.type === 'device_ban')).toBe(true);
  });
  it('controls on exports are a trade restriction', () => {
    expect(run(['Finland’s trade ministry said on Friday that chipmakers will face strict controls on exports from September.'], '2023-08-10')[0]?.type).toBe('trade_restriction');
  });
  it('time limits for minors laid out by a regulator are an age rule', () => {
    expect(row(run(['Finland’s regulators laid out strict gaming time limits for minors on Monday.'], '2023-08-10')[0])).toEqual(['FI', 'age_restriction', null, '2023-08-07']);
  });
  it('police who cracked down on an app ban it', () => {
    expect(row(run(['Finnish police cracked down on the Zapchat app on Monday.'], '2023-08-10')[0]).slice(0, 2)).toEqual(['FI', 'ban']);
  });
  it('"the minimum legal age" is an age rule', () => {
    expect(run(['The Finnish government wants to raise the minimum legal age for social media from 13 to 15.'], '2023-08-10')[0]?.type).toBe('age_restriction');
  });
  it('a regulator’s order is enforcement, and the order that "instructs Google to stop" is the order', () => {
    const m = run(['The Finnish competition authority issued an order against Google on Tuesday.', 'The order instructs Google to stop preinstalling its apps.'], '2023-08-10');
    expect(m.map(row)).toEqual([['FI', 'enforcement', 'enacted', '2023-08-08']]);
  });
});

describe('a signing and its entry into force in one sentence', () => {
  it('"It was signed by President … on April 12 and comes into force on January 1, 2025" is two events', () => {
    const m = run(['Chile’s Congress approved the platform bill in March.', 'It was signed by President Ana Roe on April 12 and comes into force on January 1, 2025.'], '2024-06-12');
    expect(m.map(row)).toEqual([
      ['CL', 'legislation', 'enacted', '2024-03'],
      ['CL', 'legislation', 'enacted', '2024-04-12'],
      ['CL', 'legislation', 'scheduled', '2025-01-01'],
    ]);
  });
});

describe('who acts and how far it went', () => {
  it('"Denmark joins Belgium and Canada in banning …": the subject acts', () => {
    expect(run(['Denmark joins Belgium and Canada in banning Zapchat on government phones.']).map((e) => [e.jurisdiction, e.type])).toEqual([['DK', 'device_ban']]);
  });
  it('a motion a parliament rejected is a legislative step, blocked; a court motion is no law', () => {
    expect(row(run(['Kenya’s parliament on Tuesday rejected a motion to ban Zapchat.'], '2024-06-14')[0])).toEqual(['KE', 'legislation', 'blocked', '2024-06-11']);
    expect(run(['The lawyer filed a motion in court on Monday to dismiss the case in Kenya.'], '2024-06-14').map((e) => e.type)).not.toContain('legislation');
  });
  it('a country that "became the first to ban" an app has banned it', () => {
    expect(row(run(['Last month, Nepal became the first country in South Asia to ban Zapchat.'], '2024-06-14')[0])).toEqual(['NP', 'ban', 'enacted', '2024-05']);
  });
});

describe('an interval after the predicate counts from the act before', () => {
  it('"…, lifting the ban a week later" is dated a week after the block', () => {
    const m = run(['On July 30, 2022, Indonesia’s ministry blocked PayPal, lifting the ban a week later.'], '2024-06-14');
    expect(m.map((e) => [e.status, e.date.value])).toEqual([['enacted', '2022-07-30'], ['rescinded', '2022-08-06']]);
  });
});

describe('a rule named by its noun', () => {
  it('"The rule, which was issued in 2020, requires …" is the rule, dated 2020; "government-issued" issues nothing', () => {
    const m = run(['Indonesia blocked Steam in July 2022.', 'The licensing rule, which was issued in 2020, requires all operators to register with the ministry.'], '2024-06-14');
    expect(row(m[1])).toEqual(['ID', 'legislation', null, '2020']);
    expect(run(['Data covered in the Peruvian bill include government-issued identification numbers.'], '2024-06-14')).toEqual([]);
  });
});

describe('caption-line: a photo caption retells the news', () => {
  it('a caption stands only when no body sentence states its event', () => {
    const m = run([
      'Finland’s parliament (pictured) has decided to ban Telegram. Photo by Ann Roe on Unsplash',
      'Finland’s parliament on Tuesday banned Telegram on devices issued to MPs.',
    ], '2024-06-14');
    expect(m.map((e) => [e.type, e.date.value])).toEqual([['device_ban', '2024-06-11']]);
  });
  it('a caption alone still tells its event, and a body line with a photo word stays body', () => {
    const caption = run(['Finnish police blocked Telegram on Monday (AP Photo/Ann Roe)'], '2024-06-14');
    expect(caption.map((e) => e.type)).toEqual(['ban']);
    const article = makeArticle('News', ['Finnish police blocked Telegram on Monday (AP Photo/Ann Roe)', 'A photograph of the minister circulated widely after Finland banned Telegram on Tuesday.'], '2024-06-14');
    expect(splitSentences(article).map((s) => s.kind)).toEqual(['headline', 'caption', 'body']);
  });
});

describe('regulators’ wordings (sentences written here)', () => {
  const first = (s: string) => row(run([s], '2024-06-14')[0]);
  it('a committee of Congress named without "U.S." is the US', () => {
    expect(first('Zapchat’s chief executive testified before the House Energy and Commerce Committee on March 23.')).toEqual(['US', 'hearing', null, '2024-03-23']);
  });
  it('"slapped Google with a fine", by a competition board named with a demonym', () => {
    expect(first('The Turkish competition board slapped Google with a fine of 296 million lira on Friday.')).toEqual(['TR', 'enforcement', 'enacted', '2024-06-14']);
  });
  it('a market study is an investigation; a statement of objections is enforcement', () => {
    expect(first('Britain’s Competition and Markets Authority launched a market study into mobile browsers in June.').slice(0, 2)).toEqual(['GB', 'investigation']);
    expect(first('The European Commission on Thursday sent Apple a statement of objections over its app store rules.')).toEqual(['EU', 'enforcement', null, '2024-06-13']);
  });
  it('a regulator that began requiring a licence set a licensing rule', () => {
    expect(first('Malaysia’s communications regulator began requiring social media platforms to obtain a licence on January 1.').slice(0, 2)).toEqual(['MY', 'legislation']);
  });
});

describe('habitual: a habit is background, a dated earlier act is not', () => {
  it('"previously blocked … in 2021" is an act; "has previously announced a strategy" stays too', () => {
    expect(row(run(['Kazakhstan previously blocked the video app Streamo for two weeks in 2021.'])[0]).slice(0, 2)).toEqual(['KZ', 'ban']);
    expect(run(['Kazakhstan’s regulator has repeatedly fined Telegram in 2022 and 2023.']).length).toBeGreaterThan(0);
  });
});

describe('earlier-step: a dated step named by its noun is an event of its own', () => {
  it('the law a fine rests on, with its year', () => {
    const m = run(['Peru’s regulator fined Telegram on Monday under the law passed in 2021.'], '2024-06-14');
    expect(m.map(row)).toEqual([
      ['PE', 'enforcement', 'enacted', '2024-06-10'],
      ['PE', 'legislation', 'enacted', '2021'],
    ]);
  });
  it('the injunction a hearing is about: its own date, and the hearing keeps the other', () => {
    const m = run(['Australia’s eSafety Commissioner sought a renewal of the injunction granted on the 22nd of April 2024 at a court hearing on Friday.'], '2024-06-14');
    expect(m.map((e) => [e.type, e.status, e.date.value])).toEqual([
      ['court', null, '2024-06-14'],
      ['court', 'blocked', '2024-04-22'],
    ]);
  });
  it('a draft bill approved is proposed; a ban on staff devices keeps its type', () => {
    expect(run(['The provision is part of the draft bill approved by Spain’s cabinet on 4 June, which sets a minimum age of 16 for social media.'], '2024-06-14').map((e) => e.status)).not.toContain('enacted');
    const m = run(['The White House on Monday gave agencies 30 days to remove Zapchat from government-issued devices, enforcing a ban ordered by Congress late in 2022.'], '2024-06-14');
    expect(m.map((e) => [e.type, e.date.value])).toEqual([['device_ban', '2024-06-10'], ['device_ban', '2022']]);
  });
});

describe('a service suspended in a named place; rules notified', () => {
  it('"X was suspended in Brazil on August 30" is Brazil’s ban', () => {
    expect(row(run(['X was suspended in Brazil on August 30 after failing to name a legal representative.'], '2024-09-14')[0])).toEqual(['BR', 'ban', 'enacted', '2024-08-30']);
  });
  it('rules "notified" in the gazette are enacted', () => {
    expect(row(run(['India’s data protection rules were notified on November 13.'], '2024-09-14')[0])).toEqual(['IN', 'legislation', 'enacted', '2023-11-13']);
  });
});

describe('steps of a bill and of an age rule', () => {
  it('a chamber that "passed its version" took a step of the bill', () => {
    const m = run(['The Philippine Senate on Wednesday approved on third reading a bill requiring users to register with their real names.', 'The House of Representatives passed its version in March.'], '2024-06-12');
    expect(row(m[1])).toEqual(['PH', 'legislation', 'proposed', '2024-03']);
  });
  it('a regulator that will "start enforcing the age limit from December 10": the announcement and the day it applies', () => {
    const m = run(['Australia’s communications minister said on Tuesday that the regulator would start enforcing the age limit from December 10.'], '2025-06-12');
    expect(m.map(row)).toEqual([
      ['AU', 'age_restriction', 'announced', '2025-06-10'],
      ['AU', 'age_restriction', 'scheduled', '2025-12-10'],
    ]);
  });
  it('an authority that "has written to" platforms makes a statement', () => {
    expect(run(['Australia’s eSafety Commissioner has already written to ten platforms asking how they will comply.'], '2025-06-12')[0]?.type).toBe('statement');
  });
});

describe('duty-deadline: a duty laid down with a date to meet it is a second event', () => {
  it('a ruling that bidders "must remove" gear "by January 2025"', () => {
    const m = run(['Sweden’s telecoms regulator in October 2020 imposed licence conditions ruling that bidders must remove Huawei gear by January 2025 at the latest.'], '2021-01-15');
    expect(m.map((e) => [e.type, e.date.value])).toEqual([['trade_restriction', '2020-10'], ['trade_restriction', '2025-01']]);
  });
  it('no deadline event for what only may happen by a date', () => {
    expect(run(['Sweden’s regulator banned Huawei gear in October 2020; operators could have to remove it by 2025.'], '2021-01-15').map((e) => e.date.value)).not.toContain('2025');
  });
});

describe('a second predicate after a modal', () => {
  it('"will update export controls … and will stop the transfer of technology to 31 firms" is two acts', () => {
    const m = run(['The US Commerce Department said Friday it will update export controls on chips and will stop the transfer of advanced technology to 31 companies.'], '2022-10-07');
    expect(m.map((e) => [e.type, e.date.value])).toEqual([['trade_restriction', '2022-10-07'], ['trade_restriction', '2022-10-07']]);
  });
});

describe('a city’s or a county’s own devices', () => {
  it('"banned TikTok on city-owned devices" is a device ban', () => {
    expect(row(run(['New York City banned Zapchat on city-owned devices in August.'], '2024-06-14')[0]).slice(1, 2)).toEqual(['device_ban']);
  });
});

describe('a law named by its acronym', () => {
  it('"The DMA, which took effect in 2023, …" is the law in force', () => {
    const m = run(['The European Commission fined Apple on Wednesday under the Digital Markets Act.', 'The DMA, which took effect in 2023, lists six gatekeepers.'], '2025-04-23');
    expect(m.map(row)).toContainEqual(['EU', 'legislation', 'in_force', '2023']);
  });
});

describe('a firm’s people detained', () => {
  it('a founder detained or employees arrested by a state is enforcement; a pub fight is not', () => {
    expect(row(run(['French authorities detained Telegram founder Pavel Durov at an airport near Paris on Saturday.'], '2024-11-22')[0])).toEqual(['FR', 'enforcement', null, '2024-11-16']);
    expect(run(['Police in London arrested two men after a fight outside a pub.'], '2024-11-22')).toEqual([]);
  });
});

describe('a regulator story told in wire style (three rules from one fictional story)', () => {
  const story = [
    'SANTIAGO, May 16 (Reuters) - Chile’s consumer protection agency on Thursday fined ride-hailing firm Cabify 1.2 billion pesos over a data leak.',
    'The agency said the company failed to notify users for six months.',
    'Separately, the Senate approved a bill on Wednesday that would raise maximum fines for data breaches.',
  ];
  it('elaboration: a bare "said" with no date right after a dated act tells more of it, not a statement of its own', () => {
    const m = run(story, '2024-05-16');
    expect(m.map((e) => e.type)).not.toContain('statement');
    expect(m.map(row)[0]).toEqual(['CL', 'enforcement', 'enacted', '2024-05-16']);
  });
  it('a bill that would raise fines for data breaches is the bill, not a fine or a breach', () => {
    expect(run(story, '2024-05-16').map(row)[1]).toEqual(['CL', 'legislation', 'proposed', '2024-05-15']);
  });
  it('a dated statement after an act still stands', () => {
    const m = run([story[0]!, 'The agency warned on Thursday that other firms would be next.'], '2024-05-16');
    expect(m.map((e) => e.type)).toEqual(['enforcement', 'statement']);
  });
  it('a parliamentary committee acts for the story’s country', () => {
    const m = run([
      'NAIROBI (AP) — Kenya’s interior ministry on Wednesday ordered the crypto project Worldcoin to suspend its operations in the country.',
      'A parliamentary committee launched an inquiry into the project the following day.',
    ], '2023-08-04');
    expect(row(m[1])).toEqual(['KE', 'investigation', null, '2023-08-03']);
  });
});

describe('two more shapes from fictional wire stories', () => {
  it('a probe dated in a restrictive relative clause after its noun takes that date ("… an investigation that the Commission opened in March 2024")', () => {
    const m = run(['The European Commission on Wednesday fined Apple 500 million euros under the Digital Markets Act.', 'The decision follows a year-long investigation that the Commission opened in March 2024.'], '2025-04-23');
    expect(row(m[1])).toEqual(['EU', 'investigation', null, '2024-03']);
  });
  it('sector-scrutiny: a whole sector under watch, undated, is background to a business story', () => {
    const m = run(['Shares of Nvidia rose 4% on Thursday after the chipmaker reported quarterly revenue above estimates.', 'Regulators in Washington have been scrutinising the sector, but no new rules were announced.'], '2024-08-29', 'Tech shares lift Nasdaq');
    expect(m).toEqual([]);
  });
  it('a dated probe of a named firm still stands', () => {
    const m = run(['Regulators in Washington opened an investigation into Nvidia on Tuesday.'], '2024-08-29');
    expect(row(m[0])).toEqual(['US', 'investigation', null, '2024-08-27']);
  });
});

describe('one sentence, two acts (a probe of multi-event sentences)', () => {
  const rows = (sentence: string, published = '2024-05-17') => run([sentence], published).map(row);
  it('", and a federal judge blocked …": a new subject with an article splits the clause', () => {
    expect(rows('Montana banned the app in May 2023, and a federal judge blocked the law in November.')).toEqual([
      ['US-MT', 'ban', 'enacted', '2023-05'],
      ['US-MT', 'court', 'blocked', '2023-11'],
    ]);
  });
  it('two-dates: lighter cues split when each half has its own date', () => {
    expect(rows('India blocked the app in 2020 and extended the ban in 2021.').map((r) => r[3])).toEqual(['2020', '2021']);
  });
  it('the same verbs with one date stay one act', () => {
    expect(rows('India blocked and banned the app in 2020.')).toHaveLength(1);
  });
  it('"lifted the suspension" ends a suspension, as a second predicate', () => {
    expect(rows('Brazil’s Supreme Court suspended the platform on Aug. 30 and lifted the suspension on Oct. 8.').map((r) => [r[1], r[2], r[3]])).toEqual([
      ['court', 'blocked', '2023-08-30'],
      ['ban', 'rescinded', '2023-10-08'],
    ]);
  });
  it('a ban lifted in the passive, with an aside between the noun and the verb, is rescinded (and the aside\'s dated imposition is an earlier step of its own)', () => {
    expect(rows('The ban, which was imposed in 2020, was lifted by the government of Kyrgyzstan on Tuesday.')).toEqual([['KG', 'ban', 'rescinded', '2024-05-14'], ['KG', 'ban', 'enacted', '2020']]);
  });
  it('other-chamber: a bill passing each chamber is two steps; "the House approved it" names the bill before', () => {
    expect(rows('The Senate passed the bill in March, and the House approved it on Tuesday.').map((r) => r[3])).toEqual(['2024-03', '2024-05-14']);
  });
});

describe('one sentence, two acts: intervals, chambers, probes closed', () => {
  const rows = (sentence: string, published = '2024-05-17') => run([sentence], published).map(row);
  it('two-dates with an interval: "banned the app in October 2020 and lifted the ban 10 days later" is two acts', () => {
    expect(rows('Pakistan banned the app in October 2020 and lifted the ban 10 days later.').map((r) => [r[1], r[2]])).toEqual([
      ['ban', 'enacted'],
      ['ban', 'rescinded'],
    ]);
  });
  it('passed-by-chamber: a bill introduced and then passed by a chamber, in the passive', () => {
    expect(rows("Peru's bill was introduced in January and passed by the Senate on Wednesday.").map((r) => r[3])).toEqual(['2024-01', '2024-05-15']);
  });
  it('probe-closed: a probe ended is an investigation event of its own', () => {
    expect(rows("Italy's regulator opened the probe in 2021 and closed the investigation without a fine on Monday.").map((r) => [r[1], r[3]])).toEqual([
      ['investigation', '2021'],
      ['investigation', '2024-05-13'],
    ]);
  });
});
