import { datesIn, valueOf } from '../dates-in';

describe('relative-period parser', () => {
  it('reads "last month" as the month before publication', () => {
    expect(datesIn('Last month, the regulator opened an inquiry.', '2024-01-20')).toEqual([['Last month', '2023-12', 'month', 'relative']]);
  });

  it('reads "last year", "this year" and "next year" at year precision', () => {
    expect(datesIn('The state banned the app last year.', '2024-01-20')).toEqual([['last year', '2023', 'year', 'relative']]);
    expect(valueOf('A vote is expected this year.', '2024-01-20', 'this year')).toBe('2024');
    expect(valueOf('The rules take effect next year.', '2024-01-20', 'next year')).toBe('2025');
  });

  it('gives a week inside one month as that month', () => {
    // Published Thursday 2024-02-29: next week runs Mon 2024-03-04 to Sun 03-10.
    expect(datesIn('The chief executive is set to testify next week.', '2024-02-29')).toEqual([['next week', '2024-03', 'month', 'relative']]);
    // Published Monday 2024-04-01: last week ran Mon 03-25 to Sun 03-31.
    expect(valueOf('The agency fined the firm last week.', '2024-04-01', 'last week')).toBe('2024-03');
  });

  it('reads the week as the working week: a weekend alone in the next month does not cost the month', () => {
    // Published Monday 2024-09-02: last week ran Mon 08-26 to Fri 08-30 (the weekend 08-31/09-01 does not count).
    expect(valueOf('The regulator froze the accounts last week.', '2024-09-02', 'last week')).toBe('2024-08');
    // Published Wednesday 2025-07-30: next week runs Mon 08-04 to Fri 08-08.
    expect(valueOf('The panel will vote next week.', '2025-07-30', 'next week')).toBe('2025-08');
  });

  it('is never more precise than a week that straddles two months or two years', () => {
    // Published Thursday 2024-10-10: last week ran Mon 09-30 to Sun 10-06 → only the year is certain.
    expect(datesIn('The agency fined the firm last week.', '2024-10-10')).toEqual([['last week', '2024', 'year', 'relative']]);
    // Published Friday 2024-03-01: this week runs Mon 02-26 to Sun 03-03.
    expect(valueOf('Shares fell this week.', '2024-03-01', 'this week')).toBe('2024');
    // Published Thursday 2025-01-02: last week ran Mon 2024-12-23 to Sun 12-29 → December 2024.
    expect(valueOf('The agency fined the firm last week.', '2025-01-02', 'last week')).toBe('2024-12');
    // Published Wednesday 2025-01-08: last week ran Mon 2024-12-30 to Sun 2025-01-05 → no date.
    expect(datesIn('The agency fined the firm last week.', '2025-01-08')).toEqual([]);
  });

  it('reads "earlier this month" and "later this year"', () => {
    expect(valueOf('The board met earlier this month.', '2024-06-15', 'earlier this month')).toBe('2024-06');
    expect(valueOf('A ruling is due later this year.', '2024-06-15', 'later this year')).toBe('2024');
  });

  it('needs a publication date', () => {
    expect(datesIn('Last month, the regulator opened an inquiry.', null)).toEqual([]);
  });
});
