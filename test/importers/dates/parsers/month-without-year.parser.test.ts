import { datesIn, valueOf } from '../dates-in';

describe('month-without-year parser', () => {
  it('gives a month at month precision, the year from the governing verb (past)', () => {
    expect(datesIn('In August, the ministry fined the firm.', '2024-02-10')).toEqual([['August', '2023-08', 'month', 'relative']]);
    expect(datesIn('The senators wrote to the agency in January.', '2024-02-10')).toEqual([['January', '2024-01', 'month', 'relative']]);
  });

  it('points forward when the verb does', () => {
    expect(valueOf('The new rules will apply from September.', '2024-02-10', 'September')).toBe('2024-09');
    expect(valueOf('The board is set to vote in January.', '2024-02-10', 'January')).toBe('2025-01');
  });

  it('takes the current month when it is the publication month, either way', () => {
    expect(valueOf('In February, the council voted.', '2024-02-10', 'February')).toBe('2024-02');
    expect(valueOf('The council will vote in February.', '2024-02-10', 'February')).toBe('2024-02');
  });

  it('reads "last", "next", "this" and "since" without asking the verb', () => {
    expect(valueOf('The court will rule on the case it heard last October.', '2024-02-10', 'last October')).toBe('2023-10');
    expect(valueOf('Officials said the plan starts next March.', '2024-02-10', 'next March')).toBe('2024-03');
    expect(valueOf('Officials said the plan starts this July.', '2024-02-10', 'this July')).toBe('2024-07');
    expect(valueOf('The platform will stay blocked, as it has been since April.', '2024-02-10', 'April')).toBe('2023-04');
  });

  it('reads a month with its year as explicit, even with no preposition', () => {
    expect(datesIn('November 2021 was when the inquiry opened.', null)).toEqual([['November 2021', '2021-11', 'month', 'explicit']]);
    expect(datesIn('It happened in June of 2019.', null)).toEqual([['June of 2019', '2019-06', 'month', 'explicit']]);
  });

  it('reads a month after "to" or "and" when no name follows it', () => {
    expect(datesIn('The hearing was moved to June.', '2024-02-10').map(([text]) => text)).toEqual(['June']);
    expect(datesIn('Sales rose in March and April, the group said.', '2024-05-10').map(([, value]) => value)).toEqual(['2024-03', '2024-04']);
  });

  it('reads abbreviated months with their dot', () => {
    expect(valueOf('The bill cleared committee in Sept. and stalled.', '2024-02-10', 'Sept.')).toBe('2023-09');
  });

  it('omits yearless months when no publication date is known', () => {
    expect(datesIn('In August, the ministry fined the firm.', null)).toEqual([]);
  });
});
