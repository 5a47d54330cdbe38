import { datesIn, valueOf } from '../dates-in';

// Fictional sentences. 2024-06-03 is a Monday; 2024-05-30 a Thursday.
describe('weekend parser', () => {
  it('reads a past weekend as the month it fell in', () => {
    expect(datesIn('The regulator blocked the app over the weekend.', '2024-06-03')).toEqual([['the weekend', '2024-06', 'month', 'relative']]);
    expect(valueOf('Officials said on the weekend that the licence was revoked.', '2024-06-03', 'the weekend')).toBe('2024-06');
    expect(valueOf('The ministry lifted the block last weekend.', '2024-06-03', 'last weekend')).toBe('2024-06');
  });

  it('files a weekend across two months under the later month', () => {
    // Published Monday 2024-07-01: Sat 06-29 and Sun 06-30 are both June.
    expect(valueOf('The court froze the accounts over the weekend.', '2024-07-01', 'the weekend')).toBe('2024-06');
    // Published Tuesday 2024-09-03: Sat 08-31 and Sun 09-01 → one day each, the later month.
    expect(valueOf('The court froze the accounts over the weekend.', '2024-09-03', 'the weekend')).toBe('2024-09');
  });

  it('reads a future weekend forward', () => {
    expect(valueOf('The new fees will apply from this weekend.', '2024-05-30', 'this weekend')).toBe('2024-06');
    expect(valueOf('The board meets next weekend.', '2024-05-30', 'next weekend')).toBe('2024-06');
  });

  it('is not a date without a preposition or modifier, nor inside a name', () => {
    expect(datesIn('Weekend trading volumes rose.', '2024-06-03')).toEqual([]);
    expect(datesIn('The Weekend Gazette printed the story.', '2024-06-03')).toEqual([]);
    expect(datesIn('A weekend-long outage hit the network.', '2024-06-03')).toEqual([]);
  });

  it('needs a publication date', () => {
    expect(datesIn('The regulator blocked the app over the weekend.', null)).toEqual([]);
  });
});
