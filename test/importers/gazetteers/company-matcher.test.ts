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
