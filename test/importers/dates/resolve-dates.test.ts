import { buildContext, extractMentions, runStages, type Candidate } from '../../../importers/pipeline';
import { findEventClauses } from '../../../importers/pipeline/stages/find-event-clauses';
import { anchoredShift, resolveDates } from '../../../importers/pipeline/stages/resolve-dates';
import { backgroundSpans } from '../../../importers/pipeline/cues/background-clauses';
import { makeArticle } from '../pipeline/make-article';

/** The dates resolve-dates gives each event clause of a one-paragraph (fictional) article. */
function datesOf(sentence: string, published = '2024-05-17'): Array<[string | null, string]> {
  return runStages(makeArticle('Fictional headline for a date test', [sentence], published), [findEventClauses, resolveDates])
    .filter((c) => c.sentence.kind === 'body')
    .map((c) => [c.date.value, c.date.basis]);
}

describe('resolve-dates: background clauses do not date the event', () => {
  it('a non-restrictive relative clause after the predicate ("…, which launched in 2021")', () => {
    expect(datesOf('The Ostravian competition office is examining the firm’s news service, which launched in 2021 and pays publishers.')).toEqual([['2024-05-17', 'reported']]);
  });

  it('a reason participle after the predicate (", saying … in 2016")', () => {
    expect(datesOf('A federal judge dismissed the states’ antitrust case against the retailer, saying they waited too long to challenge its purchase of a rival in 2016.')).toEqual([
      ['2024-05-17', 'reported'],
    ]);
  });

  it('a relative "that" clause on a noun after the predicate', () => {
    // Friday 2024-05-17: "earlier this week" would be May; the parliament's decision has no date of its own.
    expect(datesOf('The Valdorian parliament has decided to adopt the ban on TikTok on work phones that the cabinet imposed on ministers earlier this week.')).toEqual([
      ['2024-05-17', 'reported'],
    ]);
  });

  it('an aside before the predicate ("The office, which was set up in 2019, on Monday opened …")', () => {
    expect(datesOf('The Halvani data protection office, which was set up in 2019, on Monday opened an investigation into the app.')).toEqual([['2024-05-13', 'relative']]);
  });

  it('a participle with its agent after a noun ("a fine imposed by the regulator in 2017")', () => {
    expect(datesOf('A Merovian court on Tuesday upheld a fine imposed by the competition regulator seven years ago, just as the court rejected the firm’s last appeal.')).toEqual([
      ['2024-05-14', 'relative'],
    ]);
  });

  it('an aside before the predicate dates the event when the clause has no other date', () => {
    expect(datesOf('The measure, which cleared the Ruritanian senate on Tuesday, would require app stores to verify the ages of users.')).toEqual([['2024-05-14', 'relative']]);
  });

  it('keeps the date of the predicate itself, and of a "that" clause after a verb of saying', () => {
    expect(datesOf('The regulator fined the bank on Tuesday, which it said was the largest penalty in a decade.')).toEqual([['2024-05-14', 'relative']]);
    expect(datesOf('The ministry confirmed that it banned the app on Tuesday.')).toEqual([['2024-05-14', 'relative']]);
  });

  it('keeps a relative clause that reports the act ("…, which said on Monday")', () => {
    expect(datesOf('The bank was fined by the Merovian regulator, which said on Monday the bank broke lending rules.')).toEqual([['2024-05-13', 'relative']]);
  });
});

describe('backgroundSpans', () => {
  it('runs from the first opener after the predicate to the clause end', () => {
    const clause = 'The court dismissed the suit, saying it came too late in 2016.';
    expect(backgroundSpans(clause, 4, 19)).toEqual([{ start: 28, end: clause.length, kind: 'after' }]);
  });

  it('finds nothing in a clause with no background', () => {
    expect(backgroundSpans('The court dismissed the suit on Monday.', 4, 19)).toEqual([]);
  });
});

describe('resolve-dates: datelines', () => {
  it('does not date the event by a dateline that opens the lead', () => {
    expect(datesOf('Tuesday, May 14, 2024: The Ostravian government has banned the app on official phones.')).toEqual([['2024-05-17', 'reported']]);
    expect(datesOf('May 14 (Wirewire) -- The Ostravian government has banned the app on official phones.')).toEqual([['2024-05-17', 'reported']]);
    expect(datesOf('OSTRAVA, May 14 (Wirewire) - The Ostravian government has banned the app on official phones.')).toEqual([['2024-05-17', 'reported']]);
  });

  it('still dates the event by the lead’s own date', () => {
    expect(datesOf('May 14 (Wirewire) -- The Ostravian government on Monday banned the app on official phones.')).toEqual([['2024-05-13', 'relative']]);
    expect(datesOf('May 14 - A Merovian court on Tuesday fined the carrier, just as the court rejected its appeal from seven years ago.')).toEqual([['2024-05-14', 'relative']]);
    expect(datesOf('On May 14, the Ostravian government banned the app on official phones.')).toEqual([['2024-05-14', 'relative']]);
  });
});

describe('resolve-dates: a fronted date over coordinated clauses', () => {
  it('dates a coordinated past clause with no date of its own by the date fronted at the head of the sentence', () => {
    expect(datesOf('In March the carrier won its appeal against the licence ruling, but the Ostravian regulator said it would appeal against that ruling.')).toEqual([
      ['2024-03', 'relative'],
      ['2024-03', 'relative'],
    ]);
  });

  it('does not date a forward-looking clause, nor a clause with its own date, by it', () => {
    expect(secondClauseDate('In March the carrier won its appeal against the licence ruling, and the regulator will ban the app.', 'the regulator', 'ban')).toEqual(['2024-05-17', 'reported']);
    expect(secondClauseDate('In March the carrier won its appeal against the licence ruling, but the regulator banned the app on Monday.', 'the regulator', 'banned')).toEqual([
      '2024-05-13',
      'relative',
    ]);
    expect(secondClauseDate('In March the carrier won its appeal against the licence ruling, but the regulator banned the app.', 'the regulator', 'banned')).toEqual(['2024-03', 'relative']);
  });
});

/** The date resolve-dates gives a clause that starts at `clauseWord` of a one-sentence article, with its cue at `cueWord`. */
function secondClauseDate(sentence: string, clauseWord: string, cueWord: string): [string | null, string] {
  const article = makeArticle('Fictional headline for a date test', [sentence], '2024-05-17');
  const ctx = buildContext(article);
  const body = ctx.sentences.find((s) => s.kind === 'body');
  if (!body) throw new Error('no body sentence');
  const clauseStart = article.text.indexOf(clauseWord, body.start);
  const cueStart = article.text.indexOf(cueWord, clauseStart);
  const candidate: Candidate = {
    sentence: body, clauseStart, clauseEnd: body.end,
    cue: { type: 'ban', name: 'test', weight: 1, start: cueStart, end: cueStart + cueWord.length },
    type: 'ban', status: null, jurisdictions: [], jurisdictionSource: null, companies: [], companiesInherited: false,
    date: { value: null, precision: null, basis: 'reported' }, quoteStart: body.start, quoteEnd: body.end, title: '', confidence: 0,
  };
  const [out] = resolveDates(ctx, [candidate]);
  return [out?.date.value ?? null, out?.date.basis ?? ''];
}

describe('anchored-interval: "two years later" counts from the date the text gave before', () => {
  const explicit = (value: string, precision: 'year' | 'month' | 'day') => ({ value, precision, basis: 'explicit' as const });
  it.each([
    ['Two years later, ', explicit('2019', 'year'), '2021', 'year'],
    ['A month earlier, ', explicit('2023-03', 'month'), '2023-02', 'month'],
    ['Three days later, the ', explicit('2024-12-30', 'day'), '2025-01-02', 'day'],
    ['The following year, ', explicit('2020-06-02', 'day'), '2021', 'year'],
    ['The next day, the ', explicit('2024-02-29', 'day'), '2024-03-01', 'day'],
    ['On the same day, ', explicit('2023-02-27', 'day'), '2023-02-27', 'day'],
    ['That same month, ', explicit('2023-02-27', 'day'), '2023-02', 'month'],
    ['On that day the ', explicit('2021-11-03', 'day'), '2021-11-03', 'day'],
    ['Two weeks later, the ', explicit('2024-12-24', 'day'), '2025-01-07', 'day'],
    ['lifting the ban a week later', explicit('2022-07-30', 'day'), '2022-08-06', 'day'],
  ])('%s after %o → %s', (words, anchor, value, precision) => {
    expect(anchoredShift(words, anchor)?.date).toEqual({ value, precision, basis: 'relative' });
  });
  it('is never more precise than its anchor, and needs one (negative cases)', () => {
    expect(anchoredShift('A month later, ', explicit('2019', 'year'))).toBeNull();
    expect(anchoredShift('Two years later, ', null)).toBeNull();
    expect(anchoredShift('Two years later, ', { value: '2024-05-01', precision: 'day', basis: 'reported' })).toBeNull();
    expect(anchoredShift('On the same day, ', explicit('2023-02', 'month'))).toBeNull();
    expect(anchoredShift('The same firms ', explicit('2023-02-27', 'day'))).toBeNull();
  });
  it('dates an event in an article by the event before it', () => {
    const [first, second] = extractMentions(makeArticle('Chile acts on apps', ['In 2019, Chile’s regulator fined Rappi.', 'Two years later, Chile’s congress passed an app store law.'], '2024-10-16'));
    expect([first?.date.value, second?.date.value]).toEqual(['2019', '2021']);
  });

  it('"on the same day" takes the day of the event before (fictional)', () => {
    const [first, second] = extractMentions(
      makeArticle('Bans spread', ['Moldova’s cabinet on Monday banned the Chatter app from government phones.', 'On the same day, Portugal’s government banned Chatter from all official devices.'], '2031-03-01'),
    );
    expect([first?.date.value, second?.date.value, second?.date.basis]).toEqual(['2031-02-24', '2031-02-24', 'relative']);
  });

  it('a relative clause right after the act’s noun dates the act: "the decree, which took effect on Oct. 1, requires …"', () => {
    const [m] = extractMentions(makeArticle('News', ['Vietnam’s new decree, which took effect on Oct. 1, requires foreign firms to store user data locally.'], '2024-07-05'));
    expect([m?.jurisdiction, m?.date.value, m?.date.basis]).toEqual(['VN', '2023-10-01', 'relative']);
  });
});

describe('days-off: ", the day after X" dates X a day before the date stated just before it', () => {
  it('dates the act inside the phrase, and leaves the main clause its own day', () => {
    const m = extractMentions(
      makeArticle('News', ['The chatbot ZenAsk could not be downloaded in Malta on Wednesday, the day after the Maltese regulator requested information on its use of personal data.'], '2025-03-14'),
    );
    expect(m.find((x) => x.type === 'investigation')?.date).toEqual({ value: '2025-03-11', precision: 'day', basis: 'relative' });
  });
  it('counts forwards for "the day before", and by the number given', () => {
    expect(datesOf('Lawmakers in Malta met on Monday, two days before the regulator fined the app.', '2025-03-14')).toEqual([['2025-03-12', 'relative']]);
    expect(datesOf('Malta’s regulator fined the app on Monday, the day after a court ruled on its licence.', '2025-03-14').map((d) => d[0])).toEqual(['2025-03-10', '2025-03-09']);
  });
  it('needs a day-precise date before the phrase', () => {
    expect(datesOf('In March, the day after the regulator fined the app, Malta’s court ruled.', '2025-04-14').map((d) => d[0])).not.toContain('2025-02-28');
  });
});

describe('attributive-year: the event noun carries its year', () => {
  it('dates "a 2020 ruling …", "The 2019 executive order …" by the year', () => {
    expect(datesOf('The decision follows a 2020 ruling by Malta’s top court that struck down an earlier data pact.')).toEqual([['2020', 'explicit']]);
    expect(datesOf('The 2019 executive order barred Maltese firms from using the equipment.')).toEqual([['2019', 'explicit']]);
  });
  it('not a year on a noun after the predicate: "fined the firm under a 2021 law"', () => {
    expect(datesOf('Malta’s regulator fined the firm under a 2021 law.')).toEqual([['2024-05-17', 'reported']]);
  });
});
