import { extractMentions } from '../../../importers/pipeline';
import { makeArticle } from './make-article';

/**
 * Event detection and typing (issue 12): acts found by verb class and argument structure, with
 * sentences written for this file (fictional), each rule with a negative case.
 */
const run = (paragraphs: string[], published = '2024-10-16', headline = 'News') => extractMentions(makeArticle(headline, paragraphs, published));
const types = (paragraphs: string[], published?: string, headline?: string) => run(paragraphs, published, headline).map((m) => m.type);
const row = (m: ReturnType<typeof extractMentions>[number] | undefined) => [m?.jurisdiction, m?.type, m?.date.value];

describe('acts of regulators missed before: access cut, criminal case, designation, orders', () => {
  it('restricting or blocking access to a service is a ban', () => {
    expect(row(run(['Peru’s telecoms regulator on Friday restricted access to Snapchat after the company changed its rules.'])[0])).toEqual(['PE', 'ban', '2024-10-11']);
    expect(types(['Chile blocked access in the country to Telegram on March 4.'])).toEqual(['ban']);
  });
  it('a request to restrict access is no ban', () => {
    expect(types(['Peru’s opposition wants to restrict access to Snapchat, a lawmaker said.'])).not.toContain('ban');
  });
  it('opening a criminal case against a company is an investigation', () => {
    expect(row(run(['Peru earlier on Friday opened a criminal case against Snap Inc.'])[0])).toEqual(['PE', 'investigation', '2024-10-11']);
  });
  it('a regulator requesting information opens a probe', () => {
    expect(run(['Portugal’s data protection authority on Tuesday requested information on the chatbot’s use of personal data.'])[0]?.type).toBe('investigation');
  });
  it('classifying a firm as one of special significance is a designation (enforcement)', () => {
    expect(row(run(['Austria’s competition office on Monday classified Zalando a company of special significance for competition.'])[0])).toEqual(['AT', 'enforcement', '2024-10-14']);
  });
  it('a cease and desist order, and commitments accepted, are enforcement', () => {
    expect(row(run(['Chile’s competition watchdog issued a cease and desist order against Falabella on Tuesday.'])[0])).toEqual(['CL', 'enforcement', '2024-10-15']);
    expect(run(['Chile’s competition watchdog approved a commitment plan from Falabella in April.'])[0]?.type).toBe('enforcement');
  });
  it('classifying risks or designing rules designates no company', () => {
    expect(types(['Austrian analysts classified the risks as moderate in a report.'])).toEqual([]);
  });
});

describe('courts and legislatures', () => {
  it('a judge handing down a decision is a court event', () => {
    expect(row(run(['Justice Ana Roble handed down her decision on Monday morning in Canberra, refusing to extend the order against Australia’s regulator.'])[0]).slice(1)).toEqual(['court', '2024-10-14']);
  });
  it('a party asking a court for an injunction is a court event', () => {
    expect(row(run(['Norway’s data authority fined Vipps in June.', 'Vipps on Wednesday asked Oslo’s district court for a temporary injunction against the fines.'])[1])).toEqual(['NO', 'court', '2024-10-16']);
  });
  it('an injunction granted on a date is a court event', () => {
    expect(run(['Australia’s regulator sued the platform in April.', 'The interim injunction granted on 22 April was extended twice.'], '2024-10-16', 'Australia court case').at(-1)?.type).toBe('court');
  });
  it('a bill clearing its last hurdle, and a provisional agreement, are legislation', () => {
    expect(row(run(['On Thursday, Canada’s Bill C-99 cleared its final legislative hurdle in the Senate.'])[0])).toEqual(['CA', 'legislation', '2024-10-10']);
    expect(run(['The EU’s Data Act was provisionally agreed by the Council and Parliament in June.'])[0]?.type).toBe('legislation');
  });
  it('a participle before a law noun moves no law: "the proposed measures"', () => {
    expect(types(['Spain is cracking down on screens, and these are some of the other proposed measures.'])).toEqual([]);
  });
});

describe('restrictions: equipment, minors, staff devices', () => {
  it('removing a vendor’s network gear is a trade restriction', () => {
    expect(row(run(['Canada said on Thursday it would exclude two Chinese vendors from its networks.', 'Operators will be required to remove the vendors’ 5G gear by June 2026.'], '2024-10-16', 'Canada bans vendors').at(-1)).slice(1)).toEqual(['trade_restriction', '2026-06']);
  });
  it('new limits on minors set by an authority are an age restriction', () => {
    expect(run(['Vietnam’s culture ministry on Monday rolled out strict new limits on how long minors can play online games.'])[0]?.type).toBe('age_restriction');
    expect(types(['Parents worry about how long minors can play online games.'])).toEqual([]);
  });
  it('a ban for officials or employees is a device_ban; a ban for everyone is a ban', () => {
    expect(row(run(['The Dutch government banned on Friday its officials to use the app Lemon8.'])[0])).toEqual(['NL', 'device_ban', '2024-10-11']);
    expect(run(['Austria’s federal government banned the app for its employees on Thursday.'])[0]?.type).toBe('device_ban');
    expect(run(['Austria’s federal government banned the app on Thursday.'])[0]?.type).toBe('ban');
  });
  it('staff asked to remove an app, or an app not allowed on devices, is a device_ban', () => {
    expect(run(['Finland’s parliament said on Tuesday it had asked MPs and all staff to remove the app from their phones.'])[0]?.type).toBe('device_ban');
    expect(run(['Finland’s parliament decided that the app must not be used or installed on staff devices from March 20.'])[0]?.type).toBe('device_ban');
  });
  it('a ban on state-owned or state-leased devices is a device_ban, even when it takes effect', () => {
    expect(run(['Ohio’s governor ordered a ban of the app.', 'The ban takes effect immediately and blocks the app on state-owned or state-leased electronic devices.'], '2024-10-16', 'Ohio bans app').map((m) => m.type)).toEqual(['ban', 'device_ban']);
  });
});

describe('deadlines take the type of their act', () => {
  it('a deadline after a fine is enforcement; after a lawsuit, court', () => {
    const fine = run(['Norway’s data authority fined Vipps on Monday.', 'The authority said Vipps had until Nov. 4 to make the corrections.']);
    expect(row(fine.at(-1))).toEqual(['NO', 'enforcement', '2024-11-04']);
    const suit = run(['The FTC sued Acme Corp in a federal court on Monday.', 'Acme has until Nov. 4 to respond to the new filing.']);
    expect(suit.at(-1)?.type).toBe('court');
  });
  it('a grace period of months under new rules is legislation', () => {
    const m = run(['India’s ministry on Friday notified the data protection rules.', 'Companies have 12 months (until Nov 14, 2025) to appoint consent managers.']);
    expect(m.at(-1)?.type).toBe('legislation');
  });
  it('time off without an act is no event', () => {
    expect(types(['Staff have until Friday to choose their holidays.'])).toEqual([]);
  });
});

describe('an act before a speech word keeps the clause', () => {
  it('a bill passed despite opposition is legislation, not a statement', () => {
    expect(run(['The US House of Representatives has passed a bill that would stop brokers selling data, despite opposition from industry groups.'])[0]?.type).toBe('legislation');
  });
  it('urging before an act stays a statement', () => {
    expect(run(['Japan’s minister urged platforms to ban the app on Monday.'])[0]?.type).toBe('statement');
  });
});

describe('more acts: hearings, refiled complaints, an authority defending its act, deals about a sale', () => {
  it('"if any" is no condition: a CEO testifying before a committee is a hearing', () => {
    expect(run(['Acme CEO Jo Park faced hard questions and found few, if any, allies while testifying for hours before the House Energy Committee in Washington.'])[0]?.type).toBe('hearing');
    expect(types(['The Acme CEO could testify before the Senate committee in Washington.'])).toEqual([]);
  });
  it('a complaint filed again is a court event', () => {
    expect(run(['The US Federal Trade Commission refiled its antitrust complaint against Acme on Thursday.'])[0]?.type).toBe('court');
  });
  it('an authority justifying its decision is a statement', () => {
    const m = run(['Taiwan’s investigation bureau on Saturday justified the government’s decision to block the app for a year.']);
    expect(row(m[0])).toEqual(['TW', 'statement', '2024-10-12']);
  });
  it('an agreement with authorities about a sale is a divestiture', () => {
    expect(run(['The US Treasury ordered the sale of the app in March.', 'Acme Tech said it signed an agreement on May 9 with US authorities regarding the sale.']).at(-1)?.type).toBe('divestiture');
  });
  it('a reason phrase does not type the act: "blocked … due to failure to comply with the rules" is a ban', () => {
    expect(run(['Malaysia has blocked the payments site PayFast due to failure to comply with licensing rules.'])[0]?.type).toBe('ban');
  });
});

describe('commentary that names an act without stating one yields nothing', () => {
  it('a company policy allowing users to call for something is no statement', () => {
    expect(types(['The policy allows users in Peru and Chile to call for protests against the president.'])).toEqual([]);
  });
  it('an allegation about a company’s conduct is not a ban', () => {
    expect(types(['The Korean commission also alleged that Acme restricted access to its app store data for rivals.'])).not.toContain('ban');
  });
  it('an act someone pushes for is not done', () => {
    expect(types(['Hawks in the US administration had been pushing the president to sign the executive order for months.'])).toEqual([]);
  });
  it('a background definition of what a law forbids is no event', () => {
    expect(types(['Under Japan’s competition law, businesses are prohibited from imposing unfair conditions on partners.'])).toEqual([]);
    expect(types(['Japan’s competition watchdog prohibited Acme from imposing unfair conditions on partners on Tuesday.'])).toEqual(['ban']);
  });
  it('critics questioning a block state no act', () => {
    expect(types(['Some critics in Taiwan have questioned why only one app was blocked.'])).toEqual([]);
  });
  it('a cue inside a parenthetical gloss is no act', () => {
    expect(types(['Hashtags like #BlockirKemen (block the ministry) trended in Indonesia on Saturday.'])).toEqual([]);
  });
});

describe('an act named by the one before it', () => {
  it('"a similar ban" after a staff-device ban is a device_ban', () => {
    const m = run(['Peru’s government banned the app on government-issued phones on Monday.', 'Chile’s interior ministry ordered a similar ban on Thursday over security fears.']);
    expect(m.map((x) => [x.jurisdiction, x.type])).toEqual([['PE', 'device_ban'], ['CL', 'device_ban']]);
  });
  it('a deadline to comply before a block is enforcement', () => {
    const m = run(['Malaysia blocked the payments site PayFast on Saturday.', 'Several firms had rushed to register before the deadline, which had been extended until Friday.']);
    expect(m.at(-1)?.type).toBe('enforcement');
  });
  it('a hyphenated "geo-blocked" blocks nothing', () => {
    expect(types(['Australia’s regulator sought to have the video removed globally, rather than just geo-blocked.'])).not.toContain('ban');
  });
  it('a headline without an article: "Bureau justifies government’s move to block app" is a statement', () => {
    expect(run(['Taiwan’s bureau on Saturday defended the block of the app.'], '2024-10-16', 'Bureau justifies government’s move to block app')[0]?.type).toBe('statement');
  });
});

describe('status: a one-chamber vote is proposed; the last step enacts', () => {
  const status = (text: string) => run([text])[0]?.status;
  it('one chamber passing a bill leaves it proposed', () => {
    expect(status('The US House of Representatives on Wednesday passed a bill that would bar brokers from selling data.')).toBe('proposed');
    expect(status('Ohio’s bill was approved by the Senate on Tuesday.')).toBe('proposed');
  });
  it('the final hurdle, both houses or royal assent enact it', () => {
    expect(status('Canada’s Bill C-99 cleared its final legislative hurdle in the Senate on Thursday.')).not.toBe('proposed');
    expect(status('Ohio’s legislature passed the bill through both houses on Tuesday.')).toBe('enacted');
  });
});

describe('entry into force, transfers stopped, agencies directed', () => {
  it('whatever takes effect is a rule, even an acronym; "came in force" too', () => {
    expect(row(run(['The EU Commission has opened probes into two sites since the DSA took effect in February.'])[0]).slice(0, 2)).toEqual(['EU', 'investigation']);
    expect(run(['An amendment of Germany’s competition law came in force in January 2021.'])[0]?.type).toBe('legislation');
  });
  it('stopping the transfer of technology is a trade restriction', () => {
    expect(run(['The US Commerce Department said on Friday the rules will stop the transfer of advanced chips to 20 firms.'])[0]?.type).toBe('trade_restriction');
  });
  it('a governor directing departments to draw up a plan is an executive action', () => {
    expect(run(['Governor Ann Lee of Ohio also ordered the Ohio Department of Public Safety to develop a plan for agencies by Jan. 15.'])[0]?.type).toBe('executive_action');
    expect(types(['The Ohio Department of Public Safety plans to develop a new app.'])).toEqual([]);
  });
});

describe('nobody acts, or the act is only a prospect', () => {
  it('a negated actor states no act', () => {
    expect(types(['Aside from the proposal, no other US law currently restricts the sale of advanced chips to Chinese firms.'])).toEqual([]);
    expect(types(['The US Commerce Department restricted the sale of advanced chips to Chinese firms in May.'])).toEqual(['trade_restriction']);
    expect(types(['The US Commerce Department restricted the sale of personal data to brokers in May.'])).not.toContain('trade_restriction');
  });
  it('what a vote clears the way for has not happened', () => {
    expect(types(['This clears the path for Canada’s streaming bill to take effect next year.'])).toEqual([]);
  });
});

describe('a second predicate with its own act is its own clause', () => {
  it('"began its probe in October 2023 and approved a commitment plan in April 2024" gives two dated events', () => {
    const m = run(['Japan’s Fair Trade Commission began its probe into Rakuten in October 2023 and initially approved a commitment plan from the company in April 2024.']);
    expect(m.map((x) => [x.jurisdiction, x.type, x.date.value])).toEqual([
      ['JP', 'investigation', '2023-10'],
      ['JP', 'enforcement', '2024-04'],
    ]);
  });
  it('two verbs of one act stay one clause', () => {
    expect(run(['Peru’s telecoms regulator blocked and throttled the app Kick on Friday.']).length).toBe(1);
  });
});
