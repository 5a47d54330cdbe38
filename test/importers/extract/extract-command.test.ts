import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describeWithCorpus } from '../../support/corpus';

const run = promisify(execFile);
const BIN = resolve(__dirname, '../../../bin/timeline.js');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function timeline(args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface Out {
  date: string | null;
  date_basis: string;
  jurisdiction: string | null;
  companies: string[];
  type: string;
  status: string | null;
  title: string;
  quote: string;
  confidence: number;
  source: { file: string; title: string; published: string | null; published_inferred: boolean; url: string | null; offset: [number, number] };
}

describe('timeline extract (own fixtures)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));
  const file = join(dir, 'story.txt');
  writeFileSync(
    file,
    'Norway fines app maker\n\nNorway’s data regulator fined Grindr on Tuesday for sharing user data without consent.\n\nThe company said it would appeal.\n',
  );

  it('prints a JSON array in the contract shape, offsets into the file', async () => {
    const { code, stdout } = await timeline(['extract', file, '--published', '2024-05-17']);
    expect(code).toBe(0);
    const mentions = JSON.parse(stdout) as Out[];
    expect(mentions.length).toBeGreaterThan(0);
    const text = readFileSync(file, 'utf8');
    for (const m of mentions) {
      expect(Object.keys(m).sort()).toEqual(['companies', 'confidence', 'date', 'date_basis', 'jurisdiction', 'quote', 'source', 'status', 'title', 'type']);
      expect(text.slice(m.source.offset[0], m.source.offset[1])).toBe(m.quote);
      expect(m.source.published).toBe('2024-05-17');
      expect(m.source.published_inferred).toBe(true);
    }
    expect(mentions[0]).toMatchObject({ jurisdiction: 'NO', type: 'enforcement', date: '2024-05-14', date_basis: 'relative' });
  });

  it('streams ndjson, one object per line', async () => {
    const { code, stdout } = await timeline(['extract', file, '--published', '2024-05-17', '--format', 'ndjson']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as Out).jurisdiction)).toContain('NO');
  });

  it('names an unreadable file on stderr, still processes the others, exits 1', async () => {
    const { code, stdout, stderr } = await timeline(['extract', join(dir, 'missing.txt'), file, '--published', '2024-05-17']);
    expect(code).toBe(1);
    expect(stderr).toContain('missing.txt');
    expect((JSON.parse(stdout) as Out[]).length).toBeGreaterThan(0);
  });

  it('rejects a bad flag value with exit status 2', async () => {
    const { code, stderr } = await timeline(['extract', file, '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('--format');
  });
});

describeWithCorpus('timeline extract over the seed corpus', (dir) => {
  let mentions: Out[] = [];
  beforeAll(async () => {
    const { code, stdout } = await timeline(['extract', '--manifest', join(dir, 'manifest.json')]);
    expect(code).toBe(0);
    mentions = JSON.parse(stdout) as Out[];
  });
  const find = (pred: (m: Out) => boolean): Out | undefined => mentions.find(pred);

  it('finds the British device ban, dated by "On Thursday", quoting its sentence', () => {
    const m = find((x) => x.jurisdiction === 'GB' && x.type === 'device_ban');
    // (the article names ByteDance, so the parent is listed too: dev corpus convention)
    expect(m).toMatchObject({ date: '2023-03-16', date_basis: 'relative', companies: ['TikTok', 'ByteDance'] });
    expect(m?.quote).toMatch(/^On Thursday, British authorities said they are banning TikTok on government-issued phones/);
  });

  it('finds the Australian under-16 law in force since 2025-12-10', () => {
    expect(find((x) => x.jurisdiction === 'AU' && x.type === 'age_restriction')).toMatchObject({ date: '2025-12-10', status: 'in_force' });
  });

  it('gives Denmark and Canada one mention each', () => {
    const coordinated = mentions.filter((x) => x.type === 'device_ban' && (x.jurisdiction === 'DK' || x.jurisdiction === 'CA'));
    expect(coordinated.map((x) => x.jurisdiction).sort()).toEqual(['CA', 'DK']);
    expect(coordinated[0]?.quote).toBe(coordinated[1]?.quote);
  });

  it('finds the 2017 Chinese law and the 2022 Huawei/ZTE trade restriction', () => {
    expect(find((x) => x.jurisdiction === 'CN' && x.type === 'legislation')).toMatchObject({ date: '2017', date_basis: 'explicit' });
    expect(find((x) => x.type === 'trade_restriction')).toMatchObject({ jurisdiction: 'US', date: '2022', companies: ['Huawei', 'ZTE'] });
  });

  it('yields nothing from the battery article', () => {
    expect(mentions.filter((x) => /batter/i.test(x.source.title))).toEqual([]);
  });

  it('quotes are exact slices of the files', () => {
    for (const m of mentions) expect(readFileSync(join(dir, m.source.file), 'utf8').slice(m.source.offset[0], m.source.offset[1])).toBe(m.quote);
  });
});

describe('timeline extract --explain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'explain-'));
  const file = join(dir, 'story.txt');
  // Fictional.
  writeFileSync(file, 'Norway fines app maker\n\nNorway’s data regulator fined Grindr on Tuesday for sharing user data without consent.\n\nWill the company appeal the fine?\n');

  it('prints each sentence with its fate, stage, rule, place and date reasons, as text', async () => {
    const { code, stdout, stderr } = await timeline(['extract', file, '--published', '2024-05-17', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('✓ mention 1: NO enforcement');
    expect(stdout).toContain('jurisdiction NO: "Norway');
    expect(stdout).toContain('date "Tuesday" (governing-expression, resolveDates)');
    expect(stdout).toContain('✗ dropped by dropNonEvents, rule question');
    expect(stderr).toContain('1 article(s), 1 mention(s)');
  });

  it('names the rules that merged a headline and a lead, and reads a page caption, a platform\'s own act and "Thursday last week"', async () => {
    const story = join(dir, 'merged.txt');
    // Fictional.
    writeFileSync(
      story,
      'Denmark to ban Zapchat app\n\n' +
        'Comment on the photo, Ann Roe, CEO of Zapchat\n\n' +
        'Denmark has announced plans to ban the Zapchat app nationwide.\n\n' +
        'The minister said Thursday the plan was ready.\n\n' +
        'Meta has confirmed that it will end access to news on its sites for all Danish users.\n\n' +
        'Parliament passed the data bill on Thursday last week.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2031-05-23', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/✗ dropped by (?:dedupeEvents|dropRestatedHeadlines), rule headline-restated/);
    expect(stdout).toMatch(/mention \d: DK ban \w+ 2031-05-22 \(day, relative\)/);
    expect(stdout).toMatch(/mention \d: - statement null .*"Meta ends access to news"/);
    expect(stdout).toMatch(/mention \d: DK legislation \w+ 2031-05-15 \(day, relative\)/);
  });

  it('names the date rule that moved an undated lead to the day the body reports (lead-takes-news-day)', async () => {
    const lead = join(dir, 'lead.txt');
    // Fictional.
    writeFileSync(lead, 'Moldova acts on Chatter\n\nMoldova says it will ban the Chatter app nationwide.\n\n"We intend to act," the minister told reporters Thursday in Chisinau.\n');
    const { code, stdout } = await timeline(['extract', lead, '--published', '2031-05-23', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('2031-05-22 (day, relative)');
    expect(stdout).toContain('date "the minister told reporters Thursday" (lead-takes-news-day, dateLeadByNewsDay)');
  });

  it('splits two fines of one sentence and dates "the day after" act through the launcher', async () => {
    const story = join(dir, 'fines.txt');
    // Fictional.
    writeFileSync(story, 'Malta fines two platforms\n\nMalta’s privacy watchdog fined Google 150 million euros and Facebook 60 million euros on Thursday.\n\nThe chatbot ZenAsk could not be downloaded in Malta on Wednesday, the day after the Maltese regulator requested information on its use of personal data.\n');
    const { code, stdout } = await timeline(['extract', story, '--published', '2025-03-14', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/mention \d: MT enforcement enacted 2025-03-13 .*Google/);
    expect(stdout).toMatch(/mention \d: MT enforcement enacted 2025-03-13 .*Facebook/);
    expect(stdout).toContain('MT investigation null 2025-03-11 (day, relative)');
    expect(stdout).toContain('(days-off, resolveDates)');
  });

  it('reads a day in figures, drops a link to another story, keeps a breach placeless and a company statement out, through the launcher', async () => {
    const story = join(dir, 'round-two.txt');
    // Fictional.
    writeFileSync(
      story,
      'Poland fines Zapchat\n\n' +
        'Poland’s data protection office fined Zapchat on 15.03.2024 for failing to protect user data.\n\n' +
        'Recommended Ruritania becomes latest country to ban Zapchat on government devices\n\n' +
        'Poland’s Zenith has been hit by a huge cyberattack that compromised customers’ personal information.\n\n' +
        'Spotify also said it would pledge 1% of the capital raised to a climate initiative.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2024-03-20', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('PL enforcement enacted 2024-03-15 (day, explicit)');
    expect(stdout).toContain('dropped by dropNonEvents, rule teaser-line');
    expect(stdout).toMatch(/mention \d: - incident/);
    expect(stdout).toContain('rule company-speaker');
  });

  it('tells a state law in steps, an earlier step named by its noun and a caption through the launcher', async () => {
    const story = join(dir, 'steps.txt');
    // Fictional.
    writeFileSync(
      story,
      'Court upholds Montana ban on Zapchat\n\n' +
        'Montana’s legislature (pictured) banned Zapchat. Photo by Ann Roe\n\n' +
        'The Montana legislature passed the ban in April 2023, and Governor Ann Roe signed it in May.\n\n' +
        'Montana’s regulator fined Zapchat on Monday under the law passed in 2021.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2024-06-12', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('US-MT legislation enacted 2023-04 (month, explicit)');
    expect(stdout).toContain('(sentence-year, resolveDates)');
    expect(stdout).toContain('US-MT legislation enacted 2023-05 (month, relative)');
    expect(stdout).toContain('(earlier-step, splitEarlierSteps)');
    expect(stdout).toContain('US-MT legislation enacted 2021 (year, explicit)');
    expect(stdout).toMatch(/\[\d+\] caption "Montana’s legislature \(pictured\)/);
  });

  it('reads a title-case dateline, a period’s end, a transition ending and drops a law’s content through the launcher', async () => {
    const story = join(dir, 'round-three.txt');
    // Fictional.
    writeFileSync(
      story,
      'Zapchat removed from official phones\n\n' +
        'Islamabad, April 18: Pakistan’s telecoms regulator blocked Zapchat on Wednesday.\n\n' +
        'The app must be removed from all government-issued devices within 30 days—that is, May 18—the cabinet ordered on Tuesday.\n\n' +
        'The new regulation requires platforms to verify the identity of every user.\n\n' +
        'The transition period for Pakistan’s data protection law comes to an end today.\n\n' +
        'The ministry said it was holding platforms to account.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2024-04-18', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('PK ban enacted 2024-04-17 (day, relative)');
    expect(stdout).toContain('PK device_ban enacted 2024-04-16 (day, relative)');
    expect(stdout).toContain('rule law-provision');
    expect(stdout).toContain('PK legislation in_force 2024-04-18 (day, relative)');
    expect(stdout).toContain('rule bare-statement');
  });

  it('reads the fourth round’s dates and acts through the launcher: a schedule entry is no dateline, a possessive day, an outage ordered, a signing', async () => {
    const story = join(dir, 'schedule.txt');
    // Fictional.
    writeFileSync(
      story,
      'Rules take effect in stages\n\n' +
        'On August 1, the European Union’s law on artificial intelligence entered into force.\n\n' +
        'Its obligations apply in stages over the coming years, as follows.\n\n' +
        'February 2, 2025: The EU’s prohibitions against AI systems that pose unacceptable risks come into effect.\n\n' +
        'Kazakhstan’s government blocked access to Zapchat as protests against Monday’s election grew.\n\n' +
        'Iraq’s Cabinet has ordered an internet service outage during the exams.\n\n' +
        'US President Ana Roe on Wednesday signed into law measures to compel Zenith to sell Zapchat or face a national ban.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2024-08-07', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('EU legislation in_force 2024-08-01 (day, relative)');
    expect(stdout).toContain('EU legislation scheduled 2025-02-02 (day, explicit)');
    expect(stdout).toContain('KZ ban enacted 2024-08-07 (day, reported)');
    expect(stdout).toContain('cue ban/outage-ordered');
    expect(stdout).toContain('US legislation enacted 2024-08-07 (day, relative)');
  });

  it('reads the fourth round’s later rules through the launcher: a verdict’s day, a condition, a subject’s participle, staff phones, a law’s aside, a listed country, a speaker’s own verb, two conjuncts', async () => {
    const story = join(dir, 'verdict.txt');
    // Fictional.
    writeFileSync(
      story,
      'Zenith found guilty\n\n' +
        'Indonesia’s competition commission has found Zenith guilty of monopolistic practices and fined it.\n\n' +
        '“The reported party violated the law,” the panel chair said during the verdict reading on Tuesday.\n\n' +
        'The US Supreme Court has upheld a law banning Zapchat in the United States if its owner Zenith does not sell the app by Sunday.\n\n' +
        'The EU executive’s probe into Zenith opened in December 2023 and was the first formal investigation.\n\n' +
        'France banned the recreational use of Zapchat on the phones of civil servants on Friday.\n\n' +
        'China’s export control law, which came into force on December 1, covers rare earth technologies.\n\n' +
        'South Korea amended its foreign trade law on Monday to add Japan to a list of countries facing tighter export controls.\n\n' +
        'The United States will add Zenith and a government-owned institute to its Entity List, the US Commerce Department said on Friday.\n\n' +
        'The ban of the Zapchat app in the state was passed by Montana lawmakers earlier this year and was signed into law by Gov. Ann Roe in May.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2025-01-24', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('ID enforcement enacted 2025-01-21 (day, relative)');
    expect(stdout).toContain('US court null 2025-01-24 (day, reported)');
    expect(stdout).toContain('EU investigation null 2023-12 (month, explicit)');
    expect(stdout).toContain('FR device_ban enacted 2025-01-24 (day, relative)');
    expect(stdout).toContain('CN trade_restriction in_force 2024-12-01 (day, relative)');
    expect(stdout).toContain('KR trade_restriction null 2025-01-20 (day, relative)');
    expect(stdout).toContain('US trade_restriction announced 2025-01-24 (day, relative)');
    expect(stdout).toContain('US-MT legislation enacted 2024-05 (month, relative)');
  });

  it('reads the fifth round’s rules through the launcher: a party label, a nearer governor, a ruling participle, a rule adopted, a judgement, an agent, a request, a finding’s conduct, a threat, a settlement secured', async () => {
    const story = join(dir, 'fifth-round.txt');
    // Fictional.
    writeFileSync(
      story,
      'Zapchat banned in Montana\n\n' +
        'Montana Gov. Ann Roe (R) signed into law Wednesday a bill banning Zapchat statewide, effective Jan. 1, 2024.\n\n' +
        'Why it matters: Montana is the first state to impose a total ban on the app.\n\n' +
        'U.S. District Judge Ben Doe said the ban, which Gov. Ann Roe signed in May and was set to take effect Jan. 1, 2024, oversteps state power.\n\n' +
        'A U.S. judge on Monday handed Zenith a major legal blow, ruling in a landmark antitrust case that it has kept a monopoly.\n\n' +
        'Back in November, the FCC implemented a rule barring subsidies from going to Zenith.\n\n' +
        'Lawyers for the Roe administration said it was in the interest of national security to ban Zapchat.\n\n' +
        'Controversial US image board Zapchat has been fined 20,000 pounds by Ofcom for failing to protect children.\n\n' +
        'Ofcom first requested the information from Zapchat on April 14.\n\n' +
        'An ICO investigation found that Zapchat had breached UK data protection regulation between 2018 and 2020.\n\n' +
        'The forum Zapchat also faces being banned in the UK.\n\n' +
        'Texas Attorney General Jane Roe has secured a $1.2 billion settlement with Zenith over its use of biometric data.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2023-05-17', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('US-MT legislation enacted 2023-05-17 (day, relative)');
    expect(stdout).toContain('US-MT ban enacted 2023-05 (month, relative)');
    expect(stdout).toContain('US court null 2023-05-15 (day, relative)');
    expect(stdout).toContain('US legislation enacted 2022-11 (month, relative)');
    expect(stdout).toContain('rule evaluative-infinitive');
    expect(stdout).toContain('GB enforcement enacted 2023-05-17 (day, reported)');
    expect(stdout).toContain('GB investigation null 2023-04-14 (day, relative)');
    expect(stdout).not.toContain('enforcement null 2018 (year');
    expect(stdout).toContain('rule failed-or-faced');
    expect(stdout).toContain('US-TX enforcement');
  });

  it('reads the fifth round’s later rules through the launcher: a day-first dateline, a court that agreed, an appositive, a consequence, a company’s measures, a court speaking last, a president’s block, equipment rules, a source cited, a court as agent, a ruling fronted, a wish', async () => {
    const story = join(dir, 'fifth-round-later.txt');
    // Fictional.
    writeFileSync(
      story,
      'Parliament ratifies rules\n\n' +
        'Strasbourg, 6 July 2022 (TDI): The European Parliament ratified landmark rules for the internet, on Tuesday.\n\n' +
        'GENEVA: Switzerland’s highest court agreed Friday that Zenith drivers should be considered employees.\n\n' +
        'Judge Ann Roe, a Senate appointee to the district court in 2019, said on Sunday that she was granting a preliminary injunction against the ban on Zapchat.\n\n' +
        'The EU act places strict rules on big tech companies, with failure to follow the act leading to severe fines or suspension.\n\n' +
        'The Austrian regulator also determined that supplementary measures implemented by Google were insufficient.\n\n' +
        'Antitrust authorities can check whether firms such as Zenith comply with EU data protection rules, Europe’s top court said on Tuesday.\n\n' +
        'US president Ben Doe has blocked Zenith’s planned takeover of Zapchat citing national security concerns.\n\n' +
        'The Federal Communications Commission on Friday announced it has adopted new rules banning communications equipment from several Chinese companies.\n\n' +
        'According to the investigation carried out by the Polish watchdog, Zenith started favouring its own sales in May 2015.\n\n' +
        'A last-ditch effort by the Federal Trade Commission to block Zenith’s purchase of Zapchat was denied by a federal court Friday.\n\n' +
        'In a ruling issued on Tuesday, U.S. District Judge Ann Roe outlined several remedies for Zenith’s illegal monopoly in online search.\n\n' +
        'In an opinion piece, the Italian minister argued that Zapchat should be banned.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2022-07-11', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('EU legislation enacted 2022-07-05 (day, relative)');
    expect(stdout).toContain('CH court null 2022-07-08 (day, relative)');
    expect(stdout).toContain('US court null 2022-07-10 (day, relative)');
    expect(stdout).toContain('rule penalty-as-consequence');
    expect(stdout).toContain('rule company-agent');
    expect(stdout).toContain('EU court null 2022-07-05 (day, relative)');
    expect(stdout).toContain('US executive_action enacted 2022-07-11 (day, reported)');
    expect(stdout).toContain('US trade_restriction enacted 2022-07-08 (day, relative)');
    expect(stdout).toContain('rule attribution-source');
    expect(stdout).toContain('US court null 2022-07-08 (day, relative)');
    expect(stdout).toContain('US court null 2022-07-05 (day, relative)');
    expect(stdout).toContain('rule hypothetical');
  });

  it('reads the sixth round’s rules through the launcher: an instrument’s date, a negation, a vow on a person, an ordinal day, an election ahead, a federal judge by seat, a law’s acronym, a fronted "Outside of", the end of a month, a law sanctioned, minors limited, an enforcement programme, a law’s passage', async () => {
    const lead = join(dir, 'sixth-round-lead.txt');
    const rulings = join(dir, 'sixth-round-rulings.txt');
    // Fictional.
    writeFileSync(
      lead,
      'Moldova orders Zapchat block\n\n' +
        'Moldova’s telecom regulator has ordered carriers to block the Zapchat messaging app.\n\n' +
        'The directive, dated June 2 and signed by a deputy minister, demands that carriers report back.\n\n' +
        'Flirtly did not appear to be blocked on Friday, monitors said.\n\n' +
        'The council made the decision in a meeting led by President Ann Roe, who has vowed to remove curbs on Zapchat.\n\n' +
        'South Korea’s Fair Trade Commission filed an appeal to the Supreme Court on the 12th, contesting a ruling on Zenith.\n\n' +
        'Moldova’s president said Tuesday that the government has shut down Flirtly ahead of a tense election on Thursday.\n',
    );
    writeFileSync(
      rulings,
      'Court rulings\n\n' +
        'Zenith acted illegally to defend monopolies in online advertising, a federal judge in Virginia ruled Thursday.\n\n' +
        'COPPA was enacted by Congress in 2000 to protect the online privacy of young children.\n\n' +
        'Outside of the U.K., the European Commission approved the proposed acquisition in May.\n\n' +
        'The regulator has until the end of July to appeal.\n\n' +
        'Brazil’s President Ann Roe sanctioned on Wednesday (11), in a ceremony at the palace, the law that protects children online.\n\n' +
        'In 2021, the Chinese government limited minors under the age of 18 to just three hours of playing video games a week.\n\n' +
        'Ofcom is launching a new age assurance enforcement programme to monitor Zapchat and its rivals.\n\n' +
        'The rules come following the passing of the UK’s Online Safety Act in 2023.\n',
    );
    // published Friday 2031-06-13
    const { code, stdout } = await timeline(['extract', lead, rulings, '--published', '2031-06-13', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('date "directive, dated June 2" (instrument-dated, dateLeadByNewsDay)');
    expect(stdout).toContain('rule negated-predicate');
    expect(stdout).toContain('rule person-relative-statement');
    expect(stdout).toContain('KR court ongoing 2031-06-12 (day, relative)');
    expect(stdout).toContain('MD ban null 2031-06-10 (day, relative)');
    expect(stdout).toContain('US court null 2031-06-12 (day, relative)');
    expect(stdout).toContain('US legislation enacted 2000 (year, explicit)');
    expect(stdout).toContain('EU enforcement enacted 2031-05 (month, relative)');
    expect(stdout).toContain('EU enforcement null 2031-07 (month, relative)');
    expect(stdout).toContain('cue legislation/law-sanctioned');
    expect(stdout).toContain('BR legislation null 2031-06-11 (day, relative)');
    expect(stdout).toContain('CN age_restriction null 2021 (year, explicit)');
    expect(stdout).toContain('cue enforcement/enforcement-programme');
    expect(stdout).toContain('GB legislation null 2023 (year, explicit)');
  });

  it('reads the sixth round’s places and dates through the launcher: a headline verb after a country, the time of an election, a speech’s day, an act between dashes', async () => {
    const places = join(dir, 'sixth-round-places.txt');
    const speech = join(dir, 'sixth-round-speech.txt');
    // Fictional.
    writeFileSync(
      places,
      'Vietnam orders technology firms to store user data locally\n\n' +
        'China accuses hackers of an attack: report\n\n' +
        'The government has ordered technology firms to store their users’ data locally, the ministry said on Monday.\n\n' +
        'Pakistan’s interior ministry said on Wednesday it blocked access to Flirtly around the time of February’s elections.\n',
    );
    writeFileSync(
      speech,
      'Moldova plans a ban\n\n' +
        'Moldova’s prime minister has announced plans to ban the Zapchat app for children.\n\n' +
        'Delivering her address at the opening of parliament on Tuesday, she called the app a danger.\n\n' +
        'On Sunday, users found Zenith’s app gone, after the law — which was upheld by the U.S. Supreme Court — took effect.\n',
    );
    // published Friday 2031-06-13
    const { code, stdout } = await timeline(['extract', places, speech, '--published', '2031-06-13', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('VN data_governance enacted 2031-06-09 (day, relative)');
    expect(stdout).toContain('PK ban enacted 2031-02 (month, relative)');
    expect(stdout).toContain('date "the opening of parliament on Tuesday" (lead-takes-news-day, dateLeadByNewsDay)');
    expect(stdout).toContain('US court null 2031-06-13 (day, reported)');
  });

  it('reads the seventh round’s rules through the launcher: a glued quote, a verbless wrapped line, a date between verb and object, an off-topic statement, an earlier step with no "which", the end of the year, exports curbed', async () => {
    const shutdown = join(dir, 'seventh-shutdown.txt');
    const wrapped = join(dir, 'seventh-wrapped.txt');
    const suspension = join(dir, 'seventh-suspension.txt');
    const gear = join(dir, 'seventh-gear.txt');
    // Fictional.
    writeFileSync(
      shutdown,
      'Bangladesh cuts internet\n\n' +
        'Bangladesh ordered on Thursday the countrywide shutdown of its mobile internet network, the ministry said."There are concerns on data," he added.\n\n' +
        'The rebels accused him of centralising power at the expense of the regions.\n',
    );
    writeFileSync(wrapped, 'Sep 01, 2031\nThe Korean parliament has passed the first bill to ban\nZenith, Zapchat Inc. and other app store operators from forcing certain payment schemes on developers.\n');
    writeFileSync(suspension, 'Kenya keeps Zapchat suspension\n\nThe minister told parliament on Friday that Kenya will not lift the suspension it imposed on Zapchat in August 2030.\n');
    writeFileSync(
      gear,
      'Britain limits Zenith\n\n' +
        'Operators in Britain must stop buying 5G equipment from Zenith by the end of the year.\n\n' +
        'The United States and the Netherlands agreed in January to curb exports of chipmaking tools to China.\n',
    );
    const declined = join(dir, 'seventh-declined.txt');
    writeFileSync(declined, 'Mississippi age law stands\n\nThe U.S. Supreme Court declined on Friday to block Mississippi’s age verification law.\n');
    // published Monday 2031-09-01
    const { code, stdout } = await timeline(['extract', shutdown, wrapped, suspension, gear, declined, '--published', '2031-09-01', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('cue ban/outage-ordered on "ordered on Thursday the countrywide shutdown"');
    expect(stdout).toContain('BD ban enacted 2031-08-28 (day, relative)');
    expect(stdout).toContain('[2] no event cue · ""There are concerns on data," he added."');
    expect(stdout).toContain('✗ dropped by requireActor+classifier, rule off-topic-statement');
    expect(stdout).toContain('[1] "The Korean parliament has passed the first bill to ban Zenith, Zapchat Inc. and other app store operators');
    expect(stdout).toContain('KR legislation enacted 2031-09-01 (day, reported)');
    expect(stdout).toContain('KE ban enacted 2030-08 (month, explicit)');
    expect(stdout).toContain('GB trade_restriction null 2031-12 (month, relative)');
    expect(stdout).toContain('NL trade_restriction null 2031-01 (month, relative)');
    // a court that declined to act is titled so, never with the act it declined
    expect(stdout).toContain('"Court declines to block Mississippi law"');
  });

  it('reads the eighth round’s rules through the launcher: a gapped tail, coordinated bodies, a law named alone, preliminary findings, calls restricted, an announced start', async () => {
    const fines = join(dir, 'eighth-fines.txt');
    const bodies = join(dir, 'eighth-bodies.txt');
    const law = join(dir, 'eighth-law.txt');
    const calls = join(dir, 'eighth-calls.txt');
    // Fictional.
    writeFileSync(fines, 'Commission fines Google twice\n\nThe European Commission fined Google €2.4 billion in 2027 and €4.3 billion in 2028.\n\nAccording to the Commission’s preliminary findings, Zenith had breached the Digital Markets Act.\n');
    writeFileSync(bodies, 'Two governments ban Zapchat\n\nThe Dutch government and the Belgian government both banned Zapchat on official phones in March.\n');
    writeFileSync(law, 'Rules apply\n\nThe Digital Services Act became fully applicable on February 17, 2031.\n');
    writeFileSync(
      calls,
      'Watchdog limits calls\n\n' +
        'Russia’s watchdog Roskomnadzor confirmed Wednesday that it is restricting voice and video calls on Zapchat.\n\n' +
        'China’s Ministry of Commerce has announced that starting on October 1, export restrictions will apply to gallium.\n',
    );
    // published Monday 2031-09-01
    const { code, stdout } = await timeline(['extract', fines, bodies, law, calls, '--published', '2031-09-01', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('EU enforcement enacted 2027 (year, explicit)');
    expect(stdout).toContain('EU enforcement enacted 2028 (year, explicit)');
    expect(stdout).toContain('"2028" (gapped-tail, splitGappedTails)');
    expect(stdout).toContain('cue enforcement/preliminary-findings');
    expect(stdout).toContain('NL device_ban enacted 2031-03 (month, relative)');
    expect(stdout).toContain('BE device_ban enacted 2031-03 (month, relative)');
    expect(stdout).toContain('EU legislation null 2031-02-17 (day, explicit)');
    expect(stdout).toContain('cue ban/calls-restricted');
    expect(stdout).toContain('CN trade_restriction scheduled 2031-09-01 (day, reported)');
    expect(stdout).toContain('CN trade_restriction scheduled 2031-10-01 (day, relative)');
  });

  it('reads the ninth round’s rules through the launcher: a two-digit count after a date, a bulletin’s date, two sums, a blackout, a trade object', async () => {
    const shutdown = join(dir, 'ninth-shutdown.txt');
    const fines = join(dir, 'ninth-fines.txt');
    const trade = join(dir, 'ninth-trade.txt');
    // Fictional.
    writeFileSync(
      shutdown,
      'Gabon restores the internet\n\n' +
        'Gabon faced a nationwide internet blackout on Thursday as protests spread.\n\n' +
        'Mobile internet was restored across Gabon at around 3:00pm on July 28, 10 days after it was cut.\n\n' +
        'Zapchat was also blocked in Gabon during the 2028 General Election.\n',
    );
    writeFileSync(
      fines,
      '(Aug. 20, 2031) On July 3, 2031, Kenya’s regulator announced that it had fined Zapchat 5 million shillings for data breaches.\n\n' +
        'The regulator imposed a fine of 2 million shillings on Zapchat in March for late filings.\n',
    );
    writeFileSync(trade, 'Rules tighten\n\nThe Biden administration on Tuesday moved to block China’s access to advanced semiconductor technology.\n');
    // published Monday 2031-09-01
    const { code, stdout } = await timeline(['extract', shutdown, fines, trade, '--published', '2031-09-01', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('cue ban/blackout-suffered');
    expect(stdout).toContain('GA ban null 2031-08-28 (day, relative)');
    expect(stdout).toContain('GA ban rescinded 2031-07-28 (day, relative)');
    expect(stdout).not.toContain('2010-07-28');
    expect(stdout).toContain('"2028" (during-the-year-event, resolveDates)');
    expect(stdout).toContain('KE enforcement enacted 2031-07-03 (day, explicit)');
    expect(stdout).toContain('KE enforcement enacted 2031-03 (month, relative)');
    expect(stdout).toContain('US trade_restriction null 2031-08-26 (day, relative)');
  });

  it('drops an elaboration and splits two dated acts through the launcher', async () => {
    const story = join(dir, 'wire.txt');
    // Fictional.
    writeFileSync(
      story,
      'Chile fines ride app\n\n' +
        'Chile’s consumer agency on Thursday fined Cabify 1.2 billion pesos.\n\n' +
        'The agency said the company failed to notify users for six months.\n\n' +
        'Pakistan banned the Zapchat app in 2020 and extended the ban in 2021.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2023-10-26', '--explain']);
    expect(code).toBe(0);
    // (a bare "said" that names no block, ban or access is no event of its own)
    expect(stdout).toContain('✗ dropped by requireActor+classifier, rule bare-statement');
    expect(stdout).toContain('PK ban enacted 2020 (year, explicit)');
    expect(stdout).toContain('PK ban null 2021 (year, explicit)');
  });

  it('names the rules that drop a private speaker’s statement and a negated act through the launcher', async () => {
    const story = join(dir, 'private.txt');
    // Fictional.
    writeFileSync(
      story,
      'A week of anger in Lisbon\n\n' +
        'Hundreds of retired miners gathered in the square on Tuesday to denounce the decree on pensions.\n\n' +
        'The minister said Portugal has not prohibited the app from operating in the country.\n\n' +
        "Portugal's parliament approved the accession treaty on Wednesday.\n",
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2024-05-17', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('rule private-speaker');
    expect(stdout).toContain('rule negated-predicate');
    expect(stdout).toContain('PT legislation');
  });

  it('reads more phrasings of published news through the launcher: a named service blocked, a law blocked, a counterfactual, connections restored', async () => {
    const story = join(dir, 'more-news.txt');
    // Fictional.
    writeFileSync(
      story,
      'Zapchat news\n\n' +
        'Last Friday, Russia blocked LinkedIn based on a Russian court’s finding that LinkedIn violated a law that requires companies to store data in Russia.\n\n' +
        'Similar laws in Arkansas have also been partially blocked.\n\n' +
        'The laws would have required platforms to verify the ages of all users in Utah.\n\n' +
        'Ethiopia has since Thursday largely restored broadband and WIFI internet connections across the country.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2024-06-12', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('cue ban/blocked-named-service');
    expect(stdout).toContain('RU ban enacted 2024-06-07');
    expect(stdout).toContain('cue court/law-blocked');
    expect(stdout).toContain('US-AR court blocked');
    expect(stdout).toContain('rule hypothetical');
    expect(stdout).toContain('ET ban rescinded 2024-06-06');
  });

  it('reads this round\'s phrasings through the launcher: a vote to reinstate rules, an act two months before the news, an open question, a lead with no title', async () => {
    const story = join(dir, 'round-2026-12-05.txt');
    // Fictional. The first line is a sentence of prose: the page prints no title (lead-first-line).
    writeFileSync(
      story,
      'Turkey’s competition authority fined Zapchat 90 million lira on Thursday for abusing its dominance in app sales.\n' +
        'The Turkish fine comes two months after the EU hit Zapchat with a record fine.\n' +
        'The Federal Communications Commission voted to reinstate net neutrality regulations on Tuesday.\n' +
        'It’s unclear how Turkey will enforce the ban on Zapchat, though it may ask app stores for help.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2018-09-21', '--explain']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('headline');
    expect(stdout).toContain('TR enforcement enacted 2018-09-20');
    expect(stdout).toContain('(comes-after, resolveDates)');
    expect(stdout).toContain('EU enforcement null 2018-07');
    expect(stdout).toContain('cue legislation/voted-to-act-on-rules');
    expect(stdout).toContain('rule uncertain');
  });

  it('reads phrasings of published policy news through the launcher: a ban in the base form, a series of steps, a breach', async () => {
    const story = join(dir, 'steps.txt');
    // Fictional.
    writeFileSync(
      story,
      'Zapchat news\n\n' +
        'Nepal’s government has decided to ban the popular messaging app Zapchat, the minister said on Monday.\n\n' +
        'Ireland’s bill was introduced in January, passed the lower house in March and was signed by the president on Friday.\n\n' +
        'Zenbank says hackers stole personal data from millions of customers during a breach in March.\n',
    );
    const { code, stdout } = await timeline(['extract', story, '--published', '2024-06-12', '--explain']);
    expect(code).toBe(0);
    expect(stdout).toContain('cue ban/ban-infinitive');
    expect(stdout).toContain('NP ban');
    expect(stdout).toMatch(/IE legislation proposed 2024-01[\s\S]*IE legislation proposed 2024-03[\s\S]*IE legislation enacted 2024-06-07/);
    expect(stdout).toContain('incident null 2024-03');
  });

  it('leaves the JSON output unchanged without the flag', async () => {
    const { stdout } = await timeline(['extract', file, '--published', '2024-05-17']);
    expect(() => JSON.parse(stdout)).not.toThrow();
    expect(stdout).not.toContain('mention 1');
  });
});
