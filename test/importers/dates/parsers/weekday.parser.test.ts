import { datesIn, valueOf } from '../dates-in';

// 2024-05-08 is a Wednesday.
const WEDNESDAY = '2024-05-08';

describe('weekday parser', () => {
  it('resolves a past-tense weekday to the most recent such day', () => {
    expect(datesIn('The regulator said on Monday that it had opened a case.', WEDNESDAY)).toEqual([['Monday', '2024-05-06', 'day', 'relative']]);
    expect(valueOf('Lawmakers voted Friday to advance the bill.', WEDNESDAY, 'Friday')).toBe('2024-05-03');
  });

  it('counts the publication day itself as the most recent one', () => {
    expect(valueOf('The minister announced the ban on Wednesday.', WEDNESDAY, 'Wednesday')).toBe(WEDNESDAY);
  });

  it('resolves a future weekday to the next such day', () => {
    expect(valueOf('The committee will vote on Thursday.', WEDNESDAY, 'Thursday')).toBe('2024-05-09');
    expect(valueOf('The committee will vote on Monday.', WEDNESDAY, 'Monday')).toBe('2024-05-13');
  });

  it('reads a future weekday equal to the publication weekday as that day; "next" as a week ahead', () => {
    expect(valueOf('The hearing is set to resume on Wednesday.', WEDNESDAY, 'Wednesday')).toBe(WEDNESDAY);
    expect(valueOf('The new fee will take effect Wednesday, the agency said.', WEDNESDAY, 'Wednesday')).toBe(WEDNESDAY);
    expect(valueOf('The hearing will resume next Wednesday.', WEDNESDAY, 'next Wednesday')).toBe('2024-05-15');
    expect(valueOf('The panel meets again this coming Wednesday.', WEDNESDAY, 'coming Wednesday')).toBe('2024-05-15');
  });

  it('reads "last" and "next" before a weekday', () => {
    expect(valueOf('She will testify about what happened last Friday.', WEDNESDAY, 'last Friday')).toBe('2024-05-03');
    expect(valueOf('The agency said it acts next Tuesday.', WEDNESDAY, 'next Tuesday')).toBe('2024-05-14');
    expect(valueOf('The talks collapsed last Wednesday.', WEDNESDAY, 'last Wednesday')).toBe('2024-05-01');
  });

  it('needs a publication date', () => {
    expect(datesIn('The regulator said on Monday that it had opened a case.', null)).toEqual([]);
  });

  it('reads a weekday with its week named: "on Thursday last week", "Friday of last week", "Monday next week"', () => {
    // published Friday 2024-05-10: last week ran Monday 2024-04-29 to Sunday 05-05, next week from Monday 05-13
    expect(datesIn('The bill passed on Thursday last week.', '2024-05-10').map((d) => d[1])).toEqual(['2024-05-02']);
    expect(datesIn('It was approved on Friday of last week.', '2024-05-10').map((d) => d[1])).toEqual(['2024-05-03']);
    expect(datesIn('The rules take effect on Monday next week.', '2024-05-10').map((d) => d[1])).toEqual(['2024-05-13']);
  });
});
