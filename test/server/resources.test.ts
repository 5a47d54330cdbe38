import { getFacets } from '../../server/services/catalog.service';
import request from 'supertest';
import { EU_MEMBER_STATES } from '../../server/jurisdictions/eu-members';
import { describeEachBackend } from '../support/databases';
import { useFixtureApp } from './app-harness';
import { FIXTURE_EVENTS } from './fixtures';

const VISIBLE = FIXTURE_EVENTS.filter((e) => !e.retracted);

describeEachBackend('events, articles, jurisdictions, companies, facets', (ctx) => {
  const h = useFixtureApp(ctx);

  it('GET /api/v1/events/:id: every source with the date it stated, and date conflicts', async () => {
    const res = await request(h.app).get(`/api/v1/events/${h.fixture.ids.federal}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: h.fixture.ids.federal,
      date: { value: '2022-12', precision: 'month' },
      jurisdiction: { code: 'US', name: 'United States of America' },
      companies: [{ name: 'TikTok' }],
      verified: true,
      date_conflicts: [{ value: '2023-01', precision: 'month', basis: 'relative' }],
    });
    expect(res.body.sources).toHaveLength(2);
    const wire = res.body.sources.find((s: { outlet: string }) => s.outlet === 'Example Wire');
    expect(wire).toMatchObject({ stated_date: { value: '2022', precision: 'year' }, date_basis: 'explicit', published: '2023-03-20', url: 'https://news.example/wire/1' });
    // Offsets point at the quote inside the article text.
    const article = await request(h.app).get(`/api/v1/articles/${wire.article_id}`);
    expect(article.body.text.slice(wire.quote_start, wire.quote_end)).toBe(wire.quote);
  });

  it('GET /api/v1/articles/:id: text and the quotes that produced events, in text order', async () => {
    const res = await request(h.app).get(`/api/v1/articles/${h.fixture.articleIds.daily}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'A year of app restrictions, reviewed', outlet: 'The Example Daily', published: '2023-12-30', published_inferred: false });
    const starts = res.body.quotes.map((q: { quote_start: number }) => q.quote_start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const q of res.body.quotes) expect(res.body.text.slice(q.quote_start, q.quote_end)).toBe(q.quote);
    // The retracted event's quote is not listed.
    expect(res.body.quotes.map((q: { event_id: number }) => q.event_id)).not.toContain(h.fixture.ids.retracted);
    expect(res.body.quotes.find((q: { event_id: number }) => q.event_id === h.fixture.ids.montana).event_title).toBe('Montana enacts statewide TikTok ban');
  });

  it('GET /api/v1/jurisdictions: codes with names and counts of visible events', async () => {
    const res = await request(h.app).get('/api/v1/jurisdictions');
    expect(res.status).toBe(200);
    const us = res.body.jurisdictions.find((j: { code: string }) => j.code === 'US');
    expect(us).toEqual({ code: 'US', name: 'United States of America', event_count: VISIBLE.filter((e) => e.jurisdiction === 'US').length });
    expect(res.body.jurisdictions.find((j: { code: string }) => j.code === 'EU').name).toBe('European Union');
    expect(res.body.jurisdictions.find((j: { code: string }) => j.code === 'US-MT').name).toBe('Montana');
  });

  it('GET /api/v1/companies: parent, aliases and event counts', async () => {
    const res = await request(h.app).get('/api/v1/companies');
    const tiktok = res.body.companies.find((c: { name: string }) => c.name === 'TikTok');
    expect(tiktok).toMatchObject({ parent: { id: h.fixture.companyIds.ByteDance, name: 'ByteDance' }, event_count: VISIBLE.filter((e) => e.companies.includes('TikTok')).length });
    expect(res.body.companies.find((c: { name: string }) => c.name === 'X')).toMatchObject({ aliases: ['Twitter'], parent: null, event_count: 1 });
    expect(res.body.companies.find((c: { name: string }) => c.name === 'Meta').event_count).toBe(0);
  });

  it('GET /api/v1/facets: counts by jurisdiction, company, type, status and year, under the same filters', async () => {
    const all = await request(h.app).get('/api/v1/facets');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(VISIBLE.length);
    const count = (facet: string, value: string | null) => all.body.facets[facet].find((f: { value: string | null }) => f.value === value)?.count;
    expect(count('type', 'device_ban')).toBe(VISIBLE.filter((e) => e.type === 'device_ban').length);
    expect(count('company', 'TikTok')).toBe(VISIBLE.filter((e) => e.companies.includes('TikTok')).length);
    expect(count('year', '2023')).toBe(VISIBLE.filter((e) => e.date?.startsWith('2023')).length);
    expect(count('year', null)).toBe(VISIBLE.filter((e) => e.date === null).length);
    expect(count('status', null)).toBe(VISIBLE.filter((e) => e.status === null).length);
    expect(all.body.facets.jurisdiction[0]).toMatchObject({ value: 'US', name: 'United States of America' });
    const years = all.body.facets.year.map((f: { value: string | null }) => f.value);
    expect(years).toEqual(['2019', '2020', '2021', '2022', '2023', null]);

    const eu = await request(h.app).get('/api/v1/facets?jurisdiction=EU&include=members&type=device_ban');
    expect(eu.body.total).toBe(VISIBLE.filter((e) => e.type === 'device_ban' && ['EU', ...EU_MEMBER_STATES].includes(e.jurisdiction ?? '')).length);
    expect(eu.body.facets.jurisdiction.map((f: { value: string }) => f.value).sort()).toEqual(['BE', 'DK', 'EU']);
    // Facet totals agree with the timeline for the same filters.
    const timeline = await request(h.app).get('/api/v1/timeline?jurisdiction=EU&include=members&type=device_ban&limit=500');
    expect(timeline.body.events).toHaveLength(eu.body.total);
  });

  it('GET /api/v1/facets says how it counted: rollups where they cover the filter, the events otherwise, a bound for a search', async () => {
    const covered = await request(h.app).get('/api/v1/facets?company=TikTok&include=subsidiaries&from=2022-06&to=2023').expect(200);
    expect(covered.body.counts).toEqual({ exact: true, source: 'rollup' });
    const twoCompanies = await request(h.app).get('/api/v1/facets?company=TikTok&company=X').expect(200);
    expect(twoCompanies.body.counts).toEqual({ exact: true, source: 'events' });
    expect(twoCompanies.body.total).toBe(VISIBLE.filter((e) => e.companies.includes('TikTok') || e.companies.includes('X')).length);
    // A search matching fewer events than the bound counted them all.
    const search = await request(h.app).get('/api/v1/facets?q=ban').expect(200);
    expect(search.body.counts).toEqual({ exact: true, source: 'events' });
    // With a bound below the matches, the counts cover the bound and say so.
    const bounded = await getFacets(ctx.db, { q: 'ban' }, null, 1);
    expect(bounded.counts).toEqual({ exact: false, source: 'candidates', candidates: 1 });
    expect(bounded.total).toBe(1);
    expect(search.body.total).toBeGreaterThan(1);
  });

  it('the EU member list holds the 27 member states', () => {
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
    expect(EU_MEMBER_STATES).not.toContain('GB');
  });
});
