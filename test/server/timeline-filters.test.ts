import request from 'supertest';
import { readConfig } from '../../db/config';
import { createApp } from '../../server/app';
import { describeEachBackend } from '../support/databases';
import { keysOf, useFixtureApp } from './app-harness';
import { FIXTURE_EVENTS, type FixtureEvent } from './fixtures';

const start = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const end = (d: string) => {
  if (d.length === 10) return d;
  if (d.length === 4) return `${d}-12-31`;
  const [y, m] = d.split('-').map(Number);
  return `${d}-${String(new Date(Date.UTC(y!, m!, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** The fixture keys a filter should return, in API date order (date_start asc nulls last, then id). */
function expected(filter: (e: FixtureEvent) => boolean): string[] {
  return FIXTURE_EVENTS.map((e, index) => ({ e, index }))
    .filter(({ e }) => !e.retracted && filter(e))
    .sort((a, b) => {
      const da = a.e.date ? start(a.e.date) : null;
      const db = b.e.date ? start(b.e.date) : null;
      if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ e }) => e.key);
}

const overlaps = (e: FixtureEvent, from: string, to: string) => e.date !== null && end(e.date) >= from && start(e.date) <= to;

describeEachBackend('timeline filters', (ctx) => {
  const h = useFixtureApp(ctx);
  const keys = async (query: string): Promise<string[]> => {
    const res = await request(h.app).get(`/api/v1/timeline?${query}`);
    expect(res.status).toBe(200);
    return keysOf(h.fixture, res.body.events);
  };

  it('jurisdiction: exact code, several (comma or repeated), any case', async () => {
    expect(await keys('jurisdiction=US')).toEqual(expected((e) => e.jurisdiction === 'US'));
    const several = expected((e) => e.jurisdiction === 'GB' || e.jurisdiction === 'CA');
    expect(await keys('jurisdiction=GB,CA')).toEqual(several);
    expect(await keys('jurisdiction=gb&jurisdiction=ca')).toEqual(several);
    expect(await keys('jurisdiction=NZ')).toEqual([]);
  });

  it('include=subdivisions adds a country’s subdivisions; without it US is US only', async () => {
    expect(await keys('jurisdiction=US')).not.toContain('montana');
    expect(await keys('jurisdiction=US&include=subdivisions')).toEqual(expected((e) => e.jurisdiction?.startsWith('US') ?? false));
    expect(await keys('jurisdiction=US-MT')).toEqual(['montana']);
  });

  it('include=members adds the EU member states to EU', async () => {
    expect(await keys('jurisdiction=EU')).toEqual(expected((e) => e.jurisdiction === 'EU'));
    expect(await keys('jurisdiction=EU&include=members')).toEqual(expected((e) => ['EU', 'DK', 'BE'].includes(e.jurisdiction ?? '')));
  });

  it('company: by name or alias, any case; include=subsidiaries adds brands of a parent', async () => {
    expect(await keys('company=Huawei')).toEqual(['huawei']);
    expect(await keys('company=twitter')).toEqual(['xprobe']);
    expect(await keys('company=ByteDance')).toEqual(['cfius']);
    expect(await keys('company=ByteDance&include=subsidiaries')).toEqual(expected((e) => e.companies.some((c) => c === 'ByteDance' || c === 'TikTok')));
    expect(await keys('company=Meta&include=subsidiaries')).toEqual(['hearing']);
    expect(await keys('company=Meta')).toEqual([]);
    expect(await keys('company=Huawei,X')).toEqual(expected((e) => e.companies.includes('Huawei') || e.companies.includes('X')));
  });

  it('type and status, one or several', async () => {
    expect(await keys('type=device_ban')).toEqual(expected((e) => e.type === 'device_ban'));
    expect(await keys('type=ban&type=hearing')).toEqual(expected((e) => e.type === 'ban' || e.type === 'hearing'));
    expect(await keys('status=rescinded')).toEqual(['revoke']);
    expect(await keys('status=announced,ongoing')).toEqual(expected((e) => e.status === 'announced' || e.status === 'ongoing'));
  });

  it('from/to match events whose date range overlaps the period, at every precision', async () => {
    expect(await keys('from=2023-03&to=2023-03')).toEqual(expected((e) => overlaps(e, '2023-03-01', '2023-03-31')));
    expect(await keys('from=2023-03&to=2023-03')).toEqual(expect.arrayContaining(['denmark', 'uk', 'belgium', 'onlinesafety']));
    expect(await keys('from=2023-03-16&to=2023-03-16')).toEqual(['denmark', 'uk', 'belgium', 'onlinesafety'].sort((a, b) => expected(() => true).indexOf(a) - expected(() => true).indexOf(b)));
    expect(await keys('to=2019')).toEqual(['cfius']);
    expect(await keys('from=2023-06')).toEqual(expected((e) => overlaps(e, '2023-06-01', '9999-12-31')));
    expect(await keys('from=2022-12-15&to=2023-02')).toEqual(expected((e) => overlaps(e, '2022-12-15', '2023-02-28')));
  });

  it('combines filters', async () => {
    expect(await keys('jurisdiction=US&include=subdivisions&type=device_ban&from=2022')).toEqual(['federal', 'texas']);
    expect(await keys('company=TikTok&status=enacted&to=2023-02-27')).toEqual(expected((e) => e.companies.includes('TikTok') && e.status === 'enacted' && overlaps(e, '0000-01-01', '2023-02-27')));
    expect(await keys('jurisdiction=EU&include=members&company=TikTok&type=device_ban&from=2023-03-16&to=2023-03-16')).toEqual(['denmark', 'belgium']);
  });

  it('q: full-text over titles and quotes, ranked, with highlighted, escaped snippets', async () => {
    // In a title only.
    expect((await keys('q=Montana&sort=asc'))).toEqual(['montana']);
    // In a quote only ("lip-sync" is in the cfius quote, not its title).
    expect(await keys('q=lip-sync')).toEqual(['cfius']);
    const res = await request(h.app).get('/api/v1/timeline?q=safety');
    expect(res.status).toBe(200);
    const found = keysOf(h.fixture, res.body.events);
    expect(found.sort()).toEqual(['hearing', 'onlinesafety']);
    for (const event of res.body.events) {
      expect(typeof event.rank).toBe('number');
      expect(event.snippet).toMatch(/<mark>safety<\/mark>/i);
      expect(event.snippet).not.toMatch(/"|<(?!\/?mark>)/);
    }
    // Relevance: ranks never increase down the page.
    const ranks = res.body.events.map((e: { rank: number }) => e.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
    expect(await keys('q=TikTok&jurisdiction=GB&sort=asc')).toEqual(['uk']);
    expect(await keys('q=nonexistentword')).toEqual([]);
  });

  it('q by relevance ranks at most SEARCH_RANK_CANDIDATES matches, the most recently first seen, and says so', async () => {
    type Page = { events: { id: number; rank: number; first_seen: { at: string } }[]; next_cursor: string | null; ranking?: unknown };
    const exact = (await request(h.app).get('/api/v1/timeline?q=phones&limit=500').expect(200)).body as Page;
    expect(exact.ranking).toEqual({ exact: true, source: 'events' });
    expect(exact.events.length).toBeGreaterThan(3);
    // A date order has nothing ranked to label.
    expect((await request(h.app).get('/api/v1/timeline?q=phones&sort=asc').expect(200)).body.ranking).toBeUndefined();

    const bounded = createApp({ db: ctx.db, config: { ...readConfig({}).server, logLevel: 'silent', searchRankCandidates: 3 } });
    const newest = [...exact.events].sort((a, b) => b.first_seen.at.localeCompare(a.first_seen.at) || b.id - a.id).slice(0, 3).map((e) => e.id);
    const first = (await request(bounded).get('/api/v1/timeline?q=phones&limit=2').expect(200)).body as Page;
    expect(first.ranking).toEqual({ exact: false, source: 'candidates', candidates: 3 });
    // The next page continues through the same three candidates, in the exact ranking's order.
    const second = (await request(bounded).get(`/api/v1/timeline?q=phones&limit=2&cursor=${first.next_cursor}`).expect(200)).body as Page;
    expect(second.next_cursor).toBeNull();
    expect(second.ranking).toEqual({ exact: false, source: 'candidates', candidates: 3 });
    expect([...first.events, ...second.events].map((e) => e.id)).toEqual(exact.events.map((e) => e.id).filter((id) => newest.includes(id)));
    // Under the bound (one match), the answer is the exact one.
    const one = (await request(bounded).get('/api/v1/timeline?q=lip-sync').expect(200)).body as Page;
    expect(one.ranking).toEqual({ exact: true, source: 'events' });
    expect(keysOf(h.fixture, one.events)).toEqual(['cfius']);
  });

  it('sort=desc: newest first, undated still last', async () => {
    const asc = expected(() => true);
    const dated = asc.filter((k) => FIXTURE_EVENTS.find((e) => e.key === k)!.date !== null);
    const undated = asc.filter((k) => FIXTURE_EVENTS.find((e) => e.key === k)!.date === null);
    const desc = await keys('sort=desc');
    expect(desc.slice(0, dated.length)).toEqual(
      [...FIXTURE_EVENTS.map((e, i) => ({ e, i }))]
        .filter(({ e }) => !e.retracted && e.date)
        .sort((a, b) => (start(a.e.date!) === start(b.e.date!) ? b.i - a.i : start(a.e.date!) < start(b.e.date!) ? 1 : -1))
        .map(({ e }) => e.key),
    );
    expect(desc.slice(dated.length)).toEqual([...undated].reverse());
  });
});
