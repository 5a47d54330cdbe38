import { extractMentions } from '../../../importers/pipeline';
import { splitClauses } from '../../../importers/pipeline/sentences/split-clauses';
import { makeArticle } from './make-article';

// Fictional sentences written for these tests: who acts, and where a place is merely mentioned.
const run = (headline: string, paragraphs: string[]) => extractMentions(makeArticle(headline, paragraphs, '2024-05-17'));
const jurisdictions = (headline: string, paragraphs: string[]) => run(headline, paragraphs).map((m) => m.jurisdiction);

describe('shared institutions act for the story’s country', () => {
  it('"the Senate" in a Canadian story is Canada’s', () => {
    const m = run('Streaming bill passes Senate', [
      'The Senate passed the streaming bill on Thursday, backed by the Canadian culture minister.',
      'Senators sent word to the House of Commons. Canadian producers welcomed it.',
    ]);
    expect(m.map((e) => e.jurisdiction)).toContain('CA');
    expect(m.map((e) => e.jurisdiction)).not.toContain('US');
  });
  it('"the Senate" in a story naming no country stays the US one (fallback)', () => {
    expect(jurisdictions('Senate passes app bill', ['The Senate passed a bill on Tuesday to ban the app on federal phones.'])).toEqual(['US']);
  });
  it('a regional government acts for its region', () => {
    expect(jurisdictions('Belgium curbs video app', ['The Belgian government banned the app on official phones on Friday.', 'The Flemish government banned the app for its staff on Thursday.'])).toEqual(['BE', 'BE-VLG']);
  });
});

describe('a place is the actor only as subject or owner of the subject', () => {
  it('list-role: countries listed after "in" are where users are, not who acts', () => {
    const m = run('Network loosens rules', ['The policy allows users in Chile, Peru and Bolivia to post the slogans, the company said on Friday.']);
    expect(m.map((e) => e.jurisdiction).filter((j) => j === 'PE' || j === 'BO')).toEqual([]);
  });
  it('every member of a list a "from" opened is where the goods come from, not who acts', () => {
    const m = run('Bird flu curbs', ['Although the virus has not been found in Ukraine, the country has banned the import of poultry from Croatia, Romania and Turkey.']);
    expect(m.map((e) => [e.type, e.jurisdiction])).toEqual([['trade_restriction', 'UA']]);
    // (a list after "of" in a name stays a list of actors)
    const both = run('South Asia curbs app', ['The governments of India and Pakistan banned the app on Monday.']);
    expect(both.flatMap((e) => e.jurisdiction)).toEqual(expect.arrayContaining(['IN', 'PK']));
  });
  it('country-anaphor: "the country" acts for the country named last', () => {
    const m = run('Bird flu spreads in Uganda', ['Uganda reported new cases on Monday.', 'In Kenya, officials confirmed a first case on Tuesday.', 'The country has already banned imports of poultry from Uganda, officials said on Tuesday.']);
    expect(m.filter((e) => e.type === 'trade_restriction').map((e) => e.jurisdiction)).toEqual(['KE']);
  });
  it('a place the fear comes from is not the actor (negative case)', () => {
    const m = run('Norway bans apps on work phones', ['Norway’s government banned two apps on work phones on Friday.', 'Meanwhile, a messaging app is being banned over fears of spying from Belarus.']);
    expect(m.map((e) => e.jurisdiction)).not.toContain('BY');
  });
  it('fronted-adverbial: places in "Amid concerns about …," are background; the subject acts', () => {
    const m = run('Taiwan weighs law change', ['Amid concerns that the app could pass data to the Chinese Communist Party, the Ministry of Digital Affairs on Dec. 5 banned the app from public sector devices.']);
    expect(m.map((e) => e.jurisdiction)).toEqual(['TW']);
  });
  it('a relative clause after "following …" keeps its antecedent as actor', () => {
    const m = run('Phones', ['On Tuesday, Irish officials said they are banning ChatApp on government phones, following similar moves by the European Commission, which barred the app from staff devices.']);
    expect(m.map((e) => e.jurisdiction)).toEqual(['IE', 'EU']);
  });
  it('a possessive institution whose name holds the cue acts: "Brazil’s Supreme Court suspended" in a story set elsewhere', () => {
    expect(jurisdictions('France weighs app rules', ['France drafted rules for the app last year.', 'Brazil’s Supreme Court suspended the app nationwide on Friday.'])).toEqual(['FR', 'BR']);
  });
  it('a federal district court named for its seat is federal', () => {
    expect(jurisdictions('FTC case dismissed', ['Judge Ann Lee of the U.S. District Court for the Northern District of Ohio blocked the federal rule in June.'])).toEqual(['US']);
  });
});

describe('several facts per sentence', () => {
  it('", while X …" with its own named subject is a clause of its own', () => {
    const s = 'India banned the app outright in 2020, while the U.S. is poised to ban it from government devices.';
    expect(splitClauses(s).map((c) => s.slice(c.start, c.end))).toEqual(['India banned the app outright in 2020', 'the U.S. is poised to ban it from government devices.']);
  });
  it('a fronted "since" clause with its own subject and verb is an event of its own, dated by its own words', () => {
    const s = 'Since the Halvani code took effect last month, the regulator has opened two probes into video apps.';
    expect(splitClauses(s).map((c) => s.slice(c.start, c.end))).toEqual(['Since the Halvani code took effect last month', 'the regulator has opened two probes into video apps.']);
  });
  it('a fronted "after" phrase with no verb of its own stays with its clause (negative case)', () => {
    expect(splitClauses('After a long review, the regulator banned the app on Monday.')).toHaveLength(1);
  });
  it('", while" before a clause with no named subject does not split (negative case)', () => {
    const s = 'Sales rose, while margins fell.';
    expect(splitClauses(s)).toHaveLength(1);
  });
  it('a list of countries acting gives one mention per country', () => {
    expect(jurisdictions('Bans spread', ['Governments in Britain, the United States and the European Commission have banned the app on work devices.'])).toEqual(['GB', 'US', 'EU']);
  });
});

describe('companies: the parent is listed where the article names it', () => {
  it('names the parent on every mention of an article that names it', () => {
    const m = run('Regulator fines Fortnite maker', ['Epic Games, which makes Fortnite, settled on Monday.', 'Chile’s regulator fined Fortnite on Tuesday over its payment prompts.']);
    expect(m.find((e) => e.jurisdiction === 'CL')?.companies).toEqual(['Fortnite', 'Epic Games']);
  });
  it('does not add a parent the article never names (negative case)', () => {
    const m = run('Regulator fines game', ['Chile’s regulator fined Fortnite on Tuesday over its payment prompts.']);
    expect(m[0]?.companies).toEqual(['Fortnite']);
  });
});

describe('state-official: a governor or legislature acts for a US state', () => {
  it('a governor’s act takes the state the article names, not the federal bodies it mentions more', () => {
    const m = run('Governor bars app', [
      'Gov. Ann Roe banned TikTok on state-owned devices on Tuesday.',
      'The FBI has warned about the app. The Commerce Department and the White House are weighing options.',
      'Universities in Idaho had accounts on the app.',
    ]);
    expect(m.find((e) => e.type === 'device_ban')?.jurisdiction).toBe('US-ID');
  });
  it('"State of Utah" names the state: "of" inside a name is not a place merely mentioned', () => {
    const m = run('Order on apps', ['The FBI has warned about the app. The White House is weighing options.', 'TikTok was banned on Tuesday from devices used by State of Utah employees.']);
    expect(m.map((e) => e.jurisdiction)).toContain('US-UT');
  });
  it('a federal official is not a state official (negative case)', () => {
    const m = run('Order on apps', ['The Commerce Secretary banned TikTok on federal devices on Tuesday.', 'Universities in Idaho had accounts on the app.']);
    expect(m.map((e) => e.jurisdiction)).not.toContain('US-ID');
  });
});

describe('bilateral-parties: an agreement is one mention per party', () => {
  it('"agreed a framework with the United States" gives the EU and the US', () => {
    expect(jurisdictions('Data deal', ['The EU agreed a data transfer framework with the United States on Monday.'])).toEqual(['EU', 'US']);
  });
  it('an agreement with a company adds no party (negative case)', () => {
    expect(jurisdictions('Data deal', ['The EU agreed a data transfer framework with TikTok on Monday.'])).toEqual(['EU']);
  });
  it('a place after "with" without an agreement is no party (negative case)', () => {
    expect(jurisdictions('Bans spread', ['Norway banned TikTok on government phones on Monday, in line with Denmark.'])).toEqual(['NO']);
  });
});

describe('titles of data arrangements', () => {
  it('names the government and what it did, not "User data arrangement"', () => {
    expect(run('Data deal', ['The EU agreed a data transfer framework with the United States on Monday.']).map((m) => m.title)).toEqual(['EU sets data transfer rules', 'US sets data transfer rules']);
  });
});

describe('event-anaphor: "The ban takes effect …" continues the last act, across paragraphs', () => {
  it('takes the governor’s state, not the federal bodies of the paragraph in between', () => {
    const m = run('Governor bars app', [
      'Gov. Ann Roe banned TikTok on state-owned devices on Tuesday, Idaho officials said.',
      'Recently, the FBI said that TikTok could pose security risks. The White House and Congress are weighing options.',
      'The ban takes effect immediately and covers state-leased devices.',
    ]);
    expect(m.filter((e) => e.type !== 'statement').map((e) => e.jurisdiction)).toEqual(['US-ID', 'US-ID']);
  });
  it('a clause with its own subject does not follow the last act (negative case)', () => {
    const m = run('Governor bars app', ['Gov. Ann Roe banned TikTok on state-owned devices on Tuesday, Idaho officials said.', 'The White House banned TikTok on federal devices in December.']);
    expect(m.map((e) => e.jurisdiction)).toEqual(['US-ID', 'US']);
  });

  it('a place after "to" or "into" is where goods or access go, not who acts', () => {
    expect(extractMentions(makeArticle('News', ['The company was fined for shipping drone parts to Russia in March.'], '2024-06-14')).map((m) => m.jurisdiction)).not.toContain('RU');
  });

  it('a demonym before a defence force, an army or a navy names the state that acts', () => {
    const m = extractMentions(makeArticle('News', ['The Fijian Defence Force banned the app ClipNow in 2020.'], '2022-12-21'));
    expect(m.map((e) => [e.jurisdiction, e.date.value])).toEqual([['FJ', '2020']]);
  });

  it('state-law-ruling: a federal court ruling on a state’s law is the state’s', () => {
    const of = (h: string, p: string[]) => extractMentions(makeArticle(h, p, '2024-03-22')).map((m) => [m.jurisdiction, m.type]);
    expect(of('Appeal decided', ['A U.S. appeals court on Friday upheld a Vermont law that requires platforms to assess risks to children.'])).toEqual([['US-VT', 'court']]);
    expect(of('Arkansas law on hold', ['Arkansas passed the law in April.', 'A federal judge on Thursday blocked the law, siding with a trade group.'])).toContainEqual(['US-AR', 'court']);
  });

  it('a joint act of a pair ("the EU-US framework") is each party’s; a data-flow framework is data governance', () => {
    const m = extractMentions(makeArticle('Data deal', ['The EU and the US agreed a new framework for transatlantic data flows on Friday.'], '2023-07-12'));
    expect(m.map((e) => [e.jurisdiction, e.type, e.date.value])).toEqual([
      ['EU', 'data_governance', '2023-07-07'],
      ['US', 'data_governance', '2023-07-07'],
    ]);
    const adequacy = extractMentions(makeArticle('Data deal', ['The European Commission on Monday adopted its adequacy decision for the EU-U.S. Data Privacy Framework.'], '2023-07-12'));
    expect(adequacy.map((e) => [e.jurisdiction, e.type])).toContainEqual(['EU', 'data_governance']);
  });
});
