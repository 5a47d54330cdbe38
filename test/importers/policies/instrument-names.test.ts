import { findInstrumentNames } from '../../../importers/policies/instrument-names';

const names = (text: string) => findInstrumentNames(text).map((n) => `${n.instrument}:${n.name}`);

describe('named instruments in a quote', () => {
  it('reads bill numbers however they are written, as one key', () => {
    expect(names('Governor Tina Kotek signed S.B. 12 into law')).toEqual(['bill:SB 12']);
    expect(names('Senate Bill 12 passed')).toEqual(['bill:SB 12']);
    expect(findInstrumentNames('S.B. 12')[0]!.key).toBe(findInstrumentNames('SB 12')[0]!.key);
    expect(names('Texas HB1181 and Canada\'s Bill C-18')).toEqual(['bill:HB 1181', 'bill:Bill C-18']);
  });

  it("reads an act's proper name without the words before it or its year", () => {
    expect(names('the Online Safety Act 2023 came into force')).toEqual(['act:Online Safety Act']);
    expect(names('Under the Online Safety Amendment (Social Media Minimum Age) Act 2024, platforms')).toEqual(['act:Online Safety Amendment (Social Media Minimum Age) Act']);
    expect(names('the Protecting Americans from Foreign Adversary Controlled Applications Act was signed')).toEqual([
      'act:Protecting Americans from Foreign Adversary Controlled Applications Act',
    ]);
  });

  it('reads a case caption', () => {
    expect(names('ruling in NetChoice v. Kotek that the law')).toEqual(['case:NetChoice v. Kotek']);
  });

  it('names nothing where nothing is named: "the Act", "the law", a bare "State Act"', () => {
    expect(names('The Act came into force and the law was challenged')).toEqual([]);
    expect(names('Australia has required big platforms including Meta to stop underage users')).toEqual([]);
    expect(names('under the State Act')).toEqual([]);
  });
});
