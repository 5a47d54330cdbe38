import { datesIn } from '../dates-in';

// Fictional sentences. Published Thursday 2025-06-12.
describe('ordinal-day parser: a day of the month named by its ordinal alone', () => {
  it('reads "on the 12th" in publication’s month, and a day still to come in the month before', () => {
    expect(datesIn('The commission filed an appeal on the 12th.', '2025-06-12')).toEqual([['the 12th', '2025-06-12', 'day', 'relative']]);
    expect(datesIn('The commission filed an appeal on the 20th.', '2025-06-12')).toEqual([['the 20th', '2025-05-20', 'day', 'relative']]);
  });
  it('names the month: "the 22nd of last month", "the 1st of next month"', () => {
    expect(datesIn('The court ruled on the 22nd of last month.', '2025-06-12')).toEqual([['the 22nd of last month', '2025-05-22', 'day', 'relative']]);
    expect(datesIn('The rule applies from the 1st of next month.', '2025-06-12')).toEqual([['the 1st of next month', '2025-07-01', 'day', 'relative']]);
  });
  it('looks ahead after a word of the future: "will take effect from the 1st" is next month’s first', () => {
    expect(datesIn('The rule will take effect from the 1st.', '2025-06-12')).toEqual([['the 1st', '2025-07-01', 'day', 'relative']]);
    expect(datesIn('The rule will take effect on the 20th.', '2025-06-12')).toEqual([['the 20th', '2025-06-20', 'day', 'relative']]);
  });
  it('leaves ordinals that modify a noun, and those with no preposition of time, alone (negative cases)', () => {
    expect(datesIn('It was the 20th anniversary of the law.', '2025-06-12')).toEqual([]);
    expect(datesIn('He works on the 5th floor.', '2025-06-12')).toEqual([]);
    expect(datesIn('The 2nd reading passed.', '2025-06-12')).toEqual([]);
    expect(datesIn('The court ruled on the 31st.', '2025-03-12')).toEqual([]); // no 31 February
  });
  it('leaves a day with its month to chrono: "on the 12th of May"', () => {
    expect(datesIn('The court ruled on the 12th of May.', '2025-06-12').map((d) => d[0])).toEqual(['12th of May']);
  });
});
