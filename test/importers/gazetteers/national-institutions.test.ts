import { jurisdictionShortName } from '../../../db/vocabulary/jurisdiction-name';
import { findJurisdictions } from '../../../importers/gazetteers/jurisdiction-matcher';
import { NAMED_INSTITUTIONS, resolveShared, SHARED_INSTITUTIONS } from '../../../importers/gazetteers/national-institutions';

// Fictional sentences written for these tests.
const codes = (text: string, story: string | null = null): string[] => findJurisdictions(text, story).map((r) => r.code);

describe('national institutions gazetteer', () => {
  it('covers dozens of countries', () => {
    const countries = new Set(NAMED_INSTITUTIONS.map((e) => e.code));
    expect(countries.size).toBeGreaterThanOrEqual(30);
    expect(SHARED_INSTITUTIONS.length).toBeGreaterThanOrEqual(20);
  });

  it('a name one country uses settles the jurisdiction', () => {
    expect(codes('The Storting voted on Tuesday to tighten the rules.')).toEqual(['NO']);
    expect(codes('Roskomnadzor said it had slowed the service.')).toEqual(['RU']);
    expect(codes('The Garante ordered the chatbot to stop processing data.')).toEqual(['IT']);
    expect(codes('The Legislative Yuan passed the amendment.')).toEqual(['TW']);
  });

  it('"the Senate" acts for the story’s country when it has one', () => {
    expect(codes('The bill cleared the Senate on Thursday.', 'CA')).toEqual(['CA']);
    expect(codes('The bill cleared the Senate on Thursday.', 'AU')).toEqual(['AU']);
    // state-chamber: in a state's story "the Senate" is the state's own (state bills pass "the Senate" and "the House")
    expect(codes('The bill cleared the Senate on Thursday.', 'US-TX')).toEqual(['US-TX']);
    // a story about the country keeps the federal one
    expect(codes('The bill cleared the Senate on Thursday.', 'US')).toEqual(['US']);
  });

  it('a shared name falls back only where it has a fallback', () => {
    expect(codes('The bill cleared the Senate on Thursday.')).toEqual(['US']);
    // a German story has no Senate: the one in the news is the US one
    expect(codes('The bill cleared the Senate on Thursday.', 'DE')).toEqual(['US']);
    // "Parliament" with no story place names no country
    expect(codes('Parliament approved the measure.')).toEqual([]);
    expect(codes('Parliament approved the measure.', 'NZ')).toEqual(['NZ']);
    expect(codes('The Supreme Court upheld the fine.', 'BR')).toEqual(['BR']);
  });

  it('an owner named before or after a shared body decides it', () => {
    expect(findJurisdictions("Japan's Fair Trade Commission fined the firm.", 'KR').map((r) => [r.code, r.text])).toEqual([['JP', "Japan's Fair Trade Commission"]]);
    expect(codes('The Canadian Senate passed it.', 'US')).toEqual(['CA']);
    expect(codes('The Supreme Court of Brazil ruled on Friday.', 'PT')).toEqual(['BR']);
    expect(codes('The US House of Representatives passed the bill.', 'CA')).toEqual(['US']);
  });

  it('"the state Senate" is the story’s state, or nobody', () => {
    expect(codes('The state Senate passed the bill 20-11.', 'US-UT')).toEqual(['US-UT']);
    expect(codes('The state Senate passed the bill 20-11.', 'US')).toEqual([]);
  });

  it('resolveShared reads the country of a subdivision story', () => {
    const senate = SHARED_INSTITUTIONS.find((i) => i.text === 'Senate');
    expect(senate && resolveShared(senate, 'AU-NSW')).toBe('AU');
  });

  it('regional governments act for their own code, with an English title name', () => {
    expect(codes('The Flemish government banned the app for its staff.')).toEqual(['BE-VLG']);
    expect(codes('Wallonia will discuss the measure.')).toEqual(['BE-WAL']);
    expect(jurisdictionShortName('BE-VLG')).toBe('Flanders');
  });

  it('"the Treasury" is the story country’s finance ministry, else the US one', () => {
    expect(codes('The Treasury’s foreign investment panel ordered the sale.')).toEqual(['US']);
    expect(findJurisdictions('The Treasury said it would review the deal.', 'GB').map((r) => r.code)).toEqual(['GB']);
  });
  it('"the Centre" is India\'s Union government in an Indian story, and no government elsewhere', () => {
    expect(findJurisdictions('The Centre banned 59 apps on Monday.', 'IN').map((r) => r.code)).toEqual(['IN']);
    expect(findJurisdictions('The Centre banned 59 apps on Monday.', 'GB').map((r) => r.code)).toEqual([]);
    expect(findJurisdictions('The Centre for Internet and Society said the rules were vague.', 'IN').map((r) => r.code)).toEqual([]);
    expect(findJurisdictions('The National Cyber Security Centre issued guidance.', 'GB').map((r) => r.code)).toEqual([]);
  });
  it('"the Data Protection Commission" is the story\'s (Ireland\'s or Nigeria\'s), and a country before it owns it', () => {
    expect(findJurisdictions('The Nigeria Data Protection Commission fined the firm.', 'NG').map((r) => r.code)).toEqual(['NG']);
    expect(findJurisdictions('The Data Protection Commission fined the firm.', 'NG').map((r) => r.code)).toEqual(['NG']);
    expect(findJurisdictions('The Data Protection Commission fined the firm.', null).map((r) => r.code)).toEqual(['IE']);
    expect(findJurisdictions('Ireland’s Data Protection Commission fined the firm.', 'NG').map((r) => r.code)).toEqual(['IE']);
  });

  it('heads of government named without their country place the act ("Erdogan signed …", "Tinubu ordered …")', () => {
    expect(codes('Erdogan signed the decree on Monday.')).toEqual(['TR']);
    expect(codes('President Bola Tinubu ordered the review.')).toEqual(['NG']);
  });
});
