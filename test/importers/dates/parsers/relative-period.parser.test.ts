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

  it('reads "the current year" as this year, and leaves a fiscal year alone', () => {
    expect(datesIn('Sales should grow in the current year.', '2024-05-02')).toEqual([['the current year', '2024', 'year', 'relative']]);
    expect(datesIn('Sales should grow in the current fiscal year.', '2024-05-02')).toEqual([]);
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

  it('files a week that straddles two months under the month holding most of its working days', () => {
    // Published Thursday 2024-10-10: last week ran Mon 09-30 to Fri 10-04 → four days in October.
    expect(datesIn('The agency fined the firm last week.', '2024-10-10')).toEqual([['last week', '2024-10', 'month', 'relative']]);
    // Published Wednesday 2023-08-09: last week ran Mon 07-31 to Fri 08-04.
    expect(valueOf('Last week, the carrier said it would ask users for consent.', '2023-08-09', 'Last week')).toBe('2023-08');
    // Published Friday 2024-03-01: this week ran Mon 02-26 to Fri 03-01 → four days in February.
    expect(valueOf('Shares fell this week.', '2024-03-01', 'this week')).toBe('2024-02');
    // Published Thursday 2025-01-02: last week ran Mon 2024-12-23 to Fri 12-27 → December 2024.
    expect(valueOf('The agency fined the firm last week.', '2025-01-02', 'last week')).toBe('2024-12');
    // Published Wednesday 2025-01-08: last week ran Mon 2024-12-30 to Fri 2025-01-03 → three days in January 2025.
    expect(datesIn('The agency fined the firm last week.', '2025-01-08')).toEqual([['last week', '2025-01', 'month', 'relative']]);
  });

  it('reads "earlier this week" as the days before publication and "later this week" as those after', () => {
    // Published Wednesday 2024-05-01: earlier this week is Mon 04-29 and Tue 04-30.
    expect(valueOf('The ministry suspended the licence earlier this week.', '2024-05-01', 'earlier this week')).toBe('2024-04');
    // Published Tuesday 2024-04-30: later this week is Wed 05-01 to Fri 05-03.
    expect(valueOf('The board will rule later this week.', '2024-04-30', 'later this week')).toBe('2024-05');
    // Published Thursday 2023-03-23: earlier this week is Mon 03-20 to Wed 03-22.
    expect(valueOf('The cabinet imposed the ban earlier this week.', '2023-03-23', 'earlier this week')).toBe('2023-03');
    // Published on a Monday there is no earlier working day this week: the publication month.
    expect(valueOf('The council approved it earlier this week.', '2024-07-01', 'earlier this week')).toBe('2024-07');
  });

  it('reads "earlier in the week/month/year" as "earlier this …", and a bare "in the week" as no date', () => {
    expect(valueOf('The board met earlier in the week.', '2024-05-15', 'earlier in the week')).toBe('2024-05');
    expect(valueOf('The board met earlier in the month.', '2024-06-15', 'earlier in the month')).toBe('2024-06');
    expect(valueOf('The vote is expected later in the year.', '2024-06-15', 'later in the year')).toBe('2024');
    expect(datesIn('Shops close early in the week.', '2024-06-15')).toEqual([]);
  });

  it('reads "earlier this month" and "later this year"', () => {
    expect(valueOf('The board met earlier this month.', '2024-06-15', 'earlier this month')).toBe('2024-06');
    expect(valueOf('A ruling is due later this year.', '2024-06-15', 'later this year')).toBe('2024');
  });

  it('needs a publication date', () => {
    expect(datesIn('Last month, the regulator opened an inquiry.', null)).toEqual([]);
  });
});
