import { moneyAmounts } from '../../../importers/pipeline/cues/money';

describe('moneyAmounts', () => {
  it('reads sums with symbols, codes, names and units', () => {
    expect(moneyAmounts('fined EGP 20m, in addition to EGP 32m')).toEqual([20e6, 32e6]);
    expect(moneyAmounts('a €1.2bn ($1.3 billion) penalty')).toEqual([1.2e9, 1.3e9]);
    expect(moneyAmounts('47.5 billion won on Zapchat and 1,500 euros on Orbit')).toEqual([47.5e9, 1500]);
    expect(moneyAmounts('fined GBP27 million')).toEqual([27e6]);
  });
  it('reads no sum where none is stated', () => {
    expect(moneyAmounts('The regulator fined the firm on Monday, its 2nd fine in 2024.')).toEqual([]);
    // a currency code is upper case: "try 2 cases" is no Turkish lira
    expect(moneyAmounts('The court will try 2 cases and php 8 servers.')).toEqual([]);
  });
});
