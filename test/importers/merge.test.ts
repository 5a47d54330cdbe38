import {
  assignMentions,
  compatibleTypes,
  contentWords,
  DEFAULT_MERGE_OPTIONS,
  datesCompatible,
  isNewerSource,
  mergeGroup,
  progressStatus,
  mergeScore,
  resolveEventDate,
  sameArticleDatesCompatible,
  sameArticleStatusesCompatible,
  stem,
  wordingSimilarity,
  type DatedValue,
  type MergeCandidate,
  type MergeMention,
} from '../../importers/merge/index';
import { dayRange } from '../../db/vocabulary/date-range';

const reported = (value: string): DatedValue => ({ value, precision: 'day', basis: 'reported' });
const stated = (value: string, basis: DatedValue['basis'] = 'explicit'): DatedValue => ({
  value,
  precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day',
  basis,
});
const undated: DatedValue = { value: null, precision: null, basis: 'reported' };

function mentionOf(text: string, fields: Partial<MergeMention> = {}): MergeMention {
  return { jurisdiction: 'US', type: 'device_ban', companies: ['TikTok'], date: undated, texts: [text], ...fields };
}
function eventOf(text: string, fields: Partial<MergeCandidate> = {}): MergeCandidate {
  return { id: 1, jurisdiction: 'US', type: 'device_ban', companies: ['TikTok'], dates: [], texts: [text], ...fields };
}

describe('wording', () => {
  it('stems inflections of one word to one stem', () => {
    expect(new Set(['route', 'routed', 'routing', 'routes'].map(stem))).toEqual(new Set(['rout']));
    expect(new Set(['ban', 'bans', 'banned', 'banning'].map(stem))).toEqual(new Set(['ban']));
    expect(stem('servers')).toBe(stem('server'));
    expect(stem('agencies')).toBe(stem('agency'));
  });

  it('drops stopwords, numbers, months, company, country and state names', () => {
    expect([...contentWords('In June 2022, TikTok said the U.S. and Montana would ban it on Oracle servers')].sort()).toEqual(['ban', 'server']);
    expect(contentWords('British and Canadian authorities said so')).toEqual(new Set());
  });

  it('scores a later rewording of the same statement high', () => {
    const june = 'TikTok said in June it would route US user data to Oracle servers';
    const later = 'all U.S. user traffic is now being routed to servers handled by Oracle';
    expect(wordingSimilarity(june, later)).toBeGreaterThanOrEqual(0.6);
  });

  it('treats everyday synonyms as one word', () => {
    expect(wordingSimilarity('servers controlled by the vendor', 'servers handled by the vendor')).toBe(1);
    expect(wordingSimilarity('The state bars the app from official handsets', 'The state banned the app on official phones')).toBe(1);
  });

  it('scores a headline inside its body sentence high (overlap, not Jaccard)', () => {
    expect(wordingSimilarity('Regulator fines platform over child data', 'The regulator on Friday fined the platform 2 million euros for mishandling child data collected in schools')).toBe(1);
  });

  it('scores different actions of one company low', () => {
    expect(wordingSimilarity('TikTok also promises to remove all U.S. data from its own servers', 'all U.S. user traffic is now being routed to servers handled by Oracle')).toBeLessThan(0.6);
    expect(wordingSimilarity('Texas governor orders agencies to remove TikTok from state phones', 'Texas lawmakers pass a bill banning TikTok on university networks')).toBeLessThan(0.6);
    expect(wordingSimilarity('The CEO will testify before the Energy and Commerce Committee', 'Senators wrote a letter to the Treasury Secretary urging a quick review')).toBe(0);
  });

  it('never lets one shared word carry two longer texts', () => {
    expect(wordingSimilarity('lawmakers debate phone rules for schools', 'carriers change phone pricing across plans')).toBe(0);
  });
});

describe('dates', () => {
  it('turns a value into the days it covers', () => {
    expect(dayRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dayRange('2023')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(dayRange('2023-03-16')).toEqual({ start: '2023-03-16', end: '2023-03-16' });
    expect(() => dayRange('March 2023')).toThrow(/March 2023/);
    expect(() => dayRange('2023-13')).toThrow(/2023-13/);
  });

  it('accepts containment, undated sides, the reported window and a day or two between stated dates', () => {
    expect(datesCompatible(stated('2022-06', 'relative'), stated('2022-06-14'))).toBe(true);
    expect(datesCompatible(stated('2022'), stated('2022-11-02'))).toBe(true);
    expect(datesCompatible(undated, stated('2019-01-01'))).toBe(true);
    expect(datesCompatible(stated('2022-06', 'relative'), reported('2022-07-01'))).toBe(true);
    expect(datesCompatible(reported('2022-08-14'), stated('2022-06'))).toBe(true);
    expect(datesCompatible(reported('2022-08-20'), stated('2022-06'))).toBe(false);
    expect(datesCompatible(stated('2023-03-16', 'relative'), stated('2023-03-15'))).toBe(true);
    expect(datesCompatible(stated('2023-03-16'), stated('2023-03-21'))).toBe(false);
  });
});

describe('types', () => {
  it('lists compatible types both ways', () => {
    expect(compatibleTypes('age_restriction')).toEqual(expect.arrayContaining(['age_restriction', 'legislation', 'enforcement']));
    expect(compatibleTypes('legislation')).toContain('age_restriction');
    expect(compatibleTypes('hearing')).toEqual(['hearing']);
  });
});

describe('mergeGroup', () => {
  it('puts every pair of compatible types in one group, and unrelated types in their own', () => {
    expect(mergeGroup('age_restriction')).toBe(mergeGroup('device_ban'));
    expect(mergeGroup('investigation')).toBe(mergeGroup('data_governance'));
    expect(mergeGroup('hearing')).toBe('hearing');
    expect(mergeGroup('hearing')).not.toBe(mergeGroup('statement'));
  });
});

describe('mergeScore', () => {
  const oracleEvent = eventOf('TikTok said in June it would route US user data to Oracle servers', {
    type: 'data_governance',
    companies: ['TikTok', 'Oracle'],
    dates: [stated('2022-06', 'relative')],
  });

  it('merges the Oracle routing statement with a later report of the traffic now routed', () => {
    const later = mentionOf('all U.S. user traffic is now being routed to servers handled by Oracle', {
      type: 'data_governance',
      companies: ['TikTok', 'Oracle'],
      date: reported('2022-07-01'),
    });
    expect(mergeScore(later, oracleEvent)).toBeGreaterThan(0.6);
  });

  it('keeps a UK ban and a Canadian ban apart even when worded alike', () => {
    const uk = eventOf('UK bans TikTok on government phones', { jurisdiction: 'GB', dates: [stated('2023-03-16')] });
    const ca = mentionOf('Canada bans TikTok on government phones', { jurisdiction: 'CA', date: stated('2023-03-16') });
    expect(mergeScore(ca, uk)).toBeNull();
  });

  it('keeps two US device bans months apart apart', () => {
    const first = eventOf('A state banned TikTok on government devices', { dates: [stated('2022-12-06')] });
    const second = mentionOf('Another state banned TikTok on government devices', { date: stated('2023-04-11') });
    expect(mergeScore(second, first)).toBeNull();
    expect(mergeScore({ ...second, date: reported('2023-04-11') }, first)).toBeNull();
  });

  it('needs a shared company when both sides name companies (parents count)', () => {
    const ev = eventOf('The agency opened a review of the app store rules', { type: 'investigation', companies: ['Apple'] });
    expect(mergeScore(mentionOf('The agency opened a review of app store rules', { type: 'investigation', companies: ['Google'] }), ev)).toBeNull();
    expect(mergeScore(mentionOf('The agency opened a review of app store rules', { type: 'investigation', companies: [] }), ev)).not.toBeNull();
    const brand = eventOf('Regulator fines Instagram over teen accounts', { type: 'enforcement', companies: ['Instagram'] });
    expect(mergeScore(mentionOf('Regulator fines Meta over teen accounts', { type: 'enforcement', companies: ['Meta'] }), brand)).not.toBeNull();
  });

  it('treats two unplaced sides as one place only with a shared company', () => {
    const ev = eventOf('ByteDance fired four employees who accessed journalist data', { jurisdiction: null, type: 'incident', companies: ['ByteDance'] });
    expect(mergeScore(mentionOf('ByteDance fired four employees who accessed journalist data', { jurisdiction: null, type: 'incident', companies: ['TikTok'] }), ev)).not.toBeNull();
    expect(mergeScore(mentionOf('Four employees fired after they accessed journalist data', { jurisdiction: null, type: 'incident', companies: [] }), ev)).toBeNull();
    expect(mergeScore(mentionOf('ByteDance fired four employees who accessed journalist data', { type: 'incident', companies: ['ByteDance'] }), ev)).toBeNull();
  });

  it('accepts compatible types and refuses others', () => {
    const law = eventOf('The under-16 social media law came into force', { jurisdiction: 'AU', type: 'legislation', companies: [], dates: [stated('2025-12-10')] });
    expect(mergeScore(mentionOf('The social media law for under-16s is now in force', { jurisdiction: 'AU', type: 'age_restriction', companies: ['Meta'], date: stated('2025-12-10') }), law)).not.toBeNull();
    expect(mergeScore(mentionOf('The social media law for under-16s is now in force', { jurisdiction: 'AU', type: 'hearing', companies: [], date: stated('2025-12-10') }), law)).toBeNull();
  });

  it('compares against every source date of the event, not just the chosen one', () => {
    const ev = eventOf('Regulators fined the platform for child data breaches', { type: 'enforcement', dates: [stated('2024-01-10'), reported('2024-03-01')] });
    expect(mergeScore(mentionOf('the platform was fined for child data breaches', { type: 'enforcement', date: reported('2024-04-05') }), ev)).not.toBeNull();
  });
});

describe('assignMentions', () => {
  it('gives each event to the best-scoring mention of the article, once', () => {
    const routing = eventOf('TikTok said in June it would route US user data to Oracle servers', {
      id: 7,
      type: 'data_governance',
      companies: ['TikTok', 'Oracle'],
      dates: [stated('2022-06', 'relative')],
    });
    const base: Partial<MergeMention> = { type: 'data_governance', companies: ['TikTok', 'Oracle'], date: reported('2022-07-01') };
    const mentions = [
      mentionOf('TikTok also promises to remove stored data from its servers', base),
      mentionOf('all U.S. user traffic is now being routed to servers handled by Oracle', base),
    ];
    // A low threshold lets both qualify; the closer wording wins the event, the other starts its own.
    expect(assignMentions(mentions, [routing], { ...DEFAULT_MERGE_OPTIONS, threshold: 0.3 })).toEqual([null, 7]);
  });

  it('prefers the older event on equal scores', () => {
    const ev = (id: number) => eventOf('Officials banned TikTok on government phones', { id });
    expect(assignMentions([mentionOf('Officials banned TikTok on government phones')], [ev(9), ev(4)])).toEqual([4]);
  });
});

describe('resolveEventDate', () => {
  it('prefers a stated date over a publication stand-in, whatever its precision', () => {
    expect(
      resolveEventDate([
        { sourceId: 1, ...reported('2022-07-01') },
        { sourceId: 2, ...stated('2022-06', 'relative') },
      ]),
    ).toEqual({ value: '2022-06', precision: 'month', conflicts: [] });
  });

  it('keeps the most precise stated date and records the ones that disagree', () => {
    expect(
      resolveEventDate([
        { sourceId: 1, ...stated('2023-03') },
        { sourceId: 2, ...stated('2023-03-16', 'relative') },
        { sourceId: 3, ...stated('2023-03-15') },
        { sourceId: 4, ...reported('2023-03-17') },
      ]),
    ).toEqual({ value: '2023-03-16', precision: 'day', conflicts: [{ value: '2023-03-15', precision: 'day', basis: 'explicit', source_id: 3 }] });
  });

  it('takes the earliest publication when only publications date the event', () => {
    expect(resolveEventDate([{ sourceId: 1, ...reported('2022-07-09') }, { sourceId: 2, ...reported('2022-07-01') }])).toEqual({
      value: '2022-07-01',
      precision: 'day',
      conflicts: [],
    });
  });

  it('leaves an undated event undated', () => {
    expect(resolveEventDate([{ sourceId: 1, ...undated }])).toEqual({ value: null, precision: null, conflicts: [] });
  });
});

describe('progressStatus', () => {
  it.each([
    [null, 'announced', false, 'announced'],
    ['proposed', null, true, 'proposed'],
    ['proposed', 'announced', false, 'announced'],
    ['announced', 'enacted', true, 'enacted'],
    ['enacted', 'in_force', false, 'in_force'],
    ['scheduled', 'in_force', true, 'in_force'],
    // an older (or newer) article still calling it a proposal never moves the law back
    ['enacted', 'proposed', true, 'enacted'],
    ['in_force', 'scheduled', true, 'in_force'],
    // end states: only from a source at least as new as the event's others, and they stick
    ['enacted', 'blocked', true, 'blocked'],
    ['enacted', 'blocked', false, 'enacted'],
    ['blocked', 'in_force', true, 'blocked'],
    ['blocked', 'rescinded', true, 'rescinded'],
    ['rescinded', 'blocked', false, 'rescinded'],
  ] as const)('%s + %s (newer: %s) → %s', (current, next, newer, want) => {
    expect(progressStatus(current, next, newer)).toBe(want);
  });
});

describe('isNewerSource', () => {
  it('is newer when published on or after every dated source', () => {
    expect(isNewerSource('2024-06-01', ['2024-05-01', null, '2024-06-01'])).toBe(true);
    expect(isNewerSource('2024-06-01', ['2024-07-01'])).toBe(false);
    expect(isNewerSource(null, [])).toBe(false);
    expect(isNewerSource('2024-06-01', [])).toBe(true);
  });
});

describe('within one article (dedupe-events)', () => {
  it('lets a publication date stand for any stated date up to it, never one after', () => {
    expect(sameArticleDatesCompatible(reported('2023-03-17'), stated('2023-03'))).toBe(true);
    expect(sameArticleDatesCompatible(stated('2023-03-16'), reported('2023-03-17'))).toBe(true);
    expect(sameArticleDatesCompatible(reported('2023-03-17'), stated('2023-03-20'))).toBe(false);
    expect(sameArticleDatesCompatible(reported('2023-03-17'), stated('2023-04'))).toBe(false);
  });

  it('takes stated dates as one when one range contains the other, and never by a tolerance', () => {
    expect(sameArticleDatesCompatible(stated('2023'), stated('2023-03-16'))).toBe(true);
    expect(sameArticleDatesCompatible(stated('2023-03-16'), stated('2023-03-17'))).toBe(false);
    expect(sameArticleDatesCompatible(stated('2023-03-16'), { value: null, precision: null, basis: 'explicit' })).toBe(true);
  });

  it('keeps a proposal and its entry into force apart, but not an announced and a proposed plan', () => {
    expect(sameArticleStatusesCompatible('announced', 'proposed')).toBe(true);
    expect(sameArticleStatusesCompatible('proposed', 'in_force')).toBe(false);
    expect(sameArticleStatusesCompatible(null, 'in_force')).toBe(true);
  });
});
