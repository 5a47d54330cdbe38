import { findJurisdictions } from '../../../importers/gazetteers/jurisdiction-matcher';

const codes = (text: string): string[] => findJurisdictions(text).map((r) => r.code);

describe('findJurisdictions', () => {
  it.each([
    ['Denmark and Canada acted', ['DK', 'CA']],
    // names prose uses where ISO holds only an inverted or official form
    ['Moldova, Syria, Laos and Brunei', ['MD', 'SY', 'LA', 'BN']],
    ['Moldovan regulators and the Syrian government', ['MD', 'SY']],
    ['British authorities and the European Union', ['GB', 'EU']],
    ["the EU's executive branch", ['EU']],
    ['the Committee on Foreign Investment in the U.S. and the Treasury Department', ['US', 'US']],
    ['Canada’s Treasury Board', ['CA', 'CA']],
    ['The White House, the FBI and the FCC', ['US', 'US', 'US']],
    ['Ofcom and the eSafety Commissioner', ['GB', 'AU']],
    ['Montana and New South Wales and Ontario', ['US-MT', 'AU-NSW', 'CA-ON']],
    ['Washington and Washington state', ['US', 'US-WA']],
    ['President Joe Biden met officials in New Delhi', ['US', 'IN']],
    ['a South Korean regulator and a Chinese court', ['KR', 'CN']],
  ])('%s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('marks attributive uses and ignores currencies and other names', () => {
    const refs = findJurisdictions('Beijing-based ByteDance paid US$33 million; the New York Times and Georgia Tech reported');
    expect(refs.map((r) => [r.code, r.attributive])).toEqual([['CN', true]]);
  });

  it('a lower-case compound after a place describes a thing ("EU-compliant age checks"); "a UK-wide ban" still places it', () => {
    expect(findJurisdictions('Platforms must use EU-compliant age checks and US-centric rules.').map((r) => [r.code, r.attributive])).toEqual([['EU', true], ['US', true]]);
    expect(findJurisdictions('Ministers announced a UK-wide ban.').map((r) => [r.code, r.attributive])).toEqual([['GB', false]]);
  });

  it('gives exact offsets', () => {
    const text = 'Fines in Australia rose.';
    const [ref] = findJurisdictions(text);
    expect(ref && text.slice(ref.start, ref.end)).toBe('Australia');
  });

  it('reads a name that is also a first name as the country only where the words around it say so', () => {
    expect(codes('Jordan said he would appeal the fine.')).toEqual([]);
    expect(codes('Protests spread in Jordan last week.')).toEqual(['JO']);
    expect(codes("Chad's telecoms regulator cut access to the app.")).toEqual(['TD']);
    expect(codes("Niger's Ministry of Communications suspended the broadcaster.")).toEqual(['NE']);
    expect(findJurisdictions('Jordan said it would ban the app.', 'JO').map((r) => r.code)).toEqual(['JO']);
    expect(codes('Papua New Guinea and Equatorial Guinea')).toEqual(['PG', 'GQ']);
  });

  it('reads an ambiguous name as the country when a state’s act is its verb', () => {
    expect(codes('Jordan banned the Zapchat app on Thursday.')).toEqual(['JO']);
    expect(codes('Chad has blocked Facebook since Monday.')).toEqual(['TD']);
    expect(codes('Jordan praised the app on Thursday.')).toEqual([]);
  });

  it('reads the people of a place by the demonym\'s plural, but not where the plural names something else', () => {
    expect(codes('The collection of personal data from Kenyans was suspended.')).toEqual(['KE']);
    expect(codes('Thousands of Nigerians and Iraqis lost access.')).toEqual(['NG', 'IQ']);
    expect(findJurisdictions('Europeans were asked to wait.').map((r) => r.kind)).not.toContain('demonym');
  });

  it('reads "Delhi" as India\'s capital, and "New Delhi" once', () => {
    expect(codes('A Delhi court on Monday issued an injunction.')).toEqual(['IN']);
    expect(codes('New Delhi ordered the ban.')).toEqual(['IN']);
  });
});
