import { companyByName, findCompanies, parentOf } from '../../../importers/gazetteers/company-matcher';

describe('findCompanies', () => {
  it('finds canonical names through aliases, longest first, case-sensitively', () => {
    const text = 'Meta Platforms, Tik Tok and Twitter; a meta-analysis of threads; Threads and YouTube.';
    expect(findCompanies(text).map((r) => r.name)).toEqual(['Meta', 'TikTok', 'X', 'Threads', 'YouTube']);
  });
  it('matches possessives and keeps offsets', () => {
    const text = "TikTok's parent";
    const [ref] = findCompanies(text);
    expect(ref).toMatchObject({ name: 'TikTok', start: 0, end: 6 });
  });
  it('matches the bare letter X only where a company name is expected', () => {
    expect(findCompanies('Form X was filed by X Corp.').map((r) => r.text)).toEqual(['X Corp']);
    expect(findCompanies('Regulators opened a probe into X, the platform formerly known as Twitter.').map((r) => r.name)).toEqual(['X', 'X']);
    expect(findCompanies('Generation X and the X axis; Malcolm X spoke.')).toEqual([]);
    expect(findCompanies('The court acted after X missed a deadline.').map((r) => r.name)).toEqual(['X']);
  });
});

describe('platforms beyond one story', () => {
  it('knows payment, satellite, games and regional platforms with their parents', () => {
    expect(findCompanies('Starlink, PayPal, Yahoo, Steam, Kakao and Tokopedia').map((r) => r.name)).toEqual(['Starlink', 'PayPal', 'Yahoo', 'Steam', 'Kakao', 'Tokopedia']);
    expect(parentOf('Starlink')).toBe('SpaceX');
    expect(parentOf('Steam')).toBe('Valve');
  });
  it('never matches names that are ordinary words bare', () => {
    expect(findCompanies('Grab a coffee by the Sea on the LINE.')).toEqual([]);
    expect(findCompanies('Grab Holdings and Sea Ltd').map((r) => r.name)).toEqual(['Grab', 'Sea']);
  });
});

describe('companyByName and parentOf', () => {
  it('resolves aliases to entries and brands to parents', () => {
    expect(companyByName('tik tok')?.name).toBe('TikTok');
    expect(parentOf('Instagram')).toBe('Meta');
    expect(parentOf('TikTok')).toBe('ByteDance');
    expect(parentOf('Oracle')).toBeNull();
    expect(companyByName('Nonexistent Widgets')).toBeNull();
  });
});

describe('companies added for unseen articles (fictional sentences)', () => {
  it('store names map to their company', () => {
    expect(findCompanies('The probe covers Google Play and the App Store.').map((r) => r.name)).toEqual(['Google', 'Apple']);
  });
  it('marketplaces and apps carry their parent', () => {
    expect(findCompanies('Regulators looked at AliExpress.').map((r) => r.name)).toEqual(['AliExpress']);
    expect(parentOf('AliExpress')).toBe('Alibaba');
    expect(parentOf('Fortnite')).toBe('Epic Games');
  });
});
