import { datesIn } from '../dates-in';

describe('bare-year parser', () => {
  it('reads a year after a preposition as an explicit year', () => {
    expect(datesIn('The regulator first looked at the app in 2019 and dropped the case.', '2024-05-02')).toEqual([['2019', '2019', 'year', 'explicit']]);
    expect(datesIn('In 2021, the province passed a data law.', null)).toEqual([['2021', '2021', 'year', 'explicit']]);
  });

  it('reads years after since, until, by, before and after', () => {
    const found = datesIn('Rules in force since 2015 stay until 2030; a review is due by 2027, before 2028 and after 2026.', '2024-01-01');
    expect(found.map(([, value]) => value)).toEqual(['2015', '2030', '2027', '2028', '2026']);
  });

  it('reads years after "for", "into" and "fiscal" (a count after "for" stays a count)', () => {
    expect(datesIn('For 2022, the regulator reported 40 complaints; the review runs into 2025.', '2024-01-01').map(([, value]) => value)).toEqual(['2022', '2025']);
    expect(datesIn('Revenue in fiscal 2023 fell.', null)).toEqual([['2023', '2023', 'year', 'explicit']]);
    expect(datesIn('Fines for 2000 drivers were cancelled.', null)).toEqual([]);
  });

  it('reads years after "both"/"either" and "due" (a count after "due" stays a count)', () => {
    expect(datesIn('The levy cuts revenue in both 2025 and 2026.', null).map(([, value]) => value)).toEqual(['2025', '2026']);
    expect(datesIn('The state sold notes due 2031 and bonds.', null)).toEqual([['2031', '2031', 'year', 'explicit']]);
    expect(datesIn('Payments due 2000 farmers were late.', null)).toEqual([]);
  });

  it('reads "by end-2029" as the year, at year precision', () => {
    expect(datesIn('The parts must be stripped out by end-2029.', null)).toEqual([['end-2029', '2029', 'year', 'explicit']]);
  });

  it('keeps "early", "late" and "mid" in the text, still at year precision', () => {
    expect(datesIn('The vote slipped to early 2022 and then to mid-2023.', null)).toEqual([
      ['early 2022', '2022', 'year', 'explicit'],
      ['mid-2023', '2023', 'year', 'explicit'],
    ]);
  });

  it('gives the offsets of the year itself', () => {
    const text = 'A ban passed in 2018 was repealed.';
    const [found] = datesIn(text, null);
    expect(found?.[0]).toBe('2018');
    expect(text.indexOf('2018')).toBe(16);
  });

  it('accepts a year after "of" or "to" only when no word follows it', () => {
    expect(datesIn('The pilot ran until the end of 2020.', null)).toEqual([['2020', '2020', 'year', 'explicit']]);
    expect(datesIn('A total of 2000 people signed up.', null)).toEqual([]);
    expect(datesIn('Fines rose to 2050 euros.', null)).toEqual([]);
  });
});
