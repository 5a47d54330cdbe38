import request from 'supertest';
import { describeEachBackend } from '../support/databases';
import { keysOf, useFixtureApp } from './app-harness';
import { FIXTURE_EVENTS, VISIBLE_KEYS } from './fixtures';

/** Visible fixture events in API date order: date_start asc nulls last, then id. */
function expectedOrder(filter: (e: (typeof FIXTURE_EVENTS)[number]) => boolean = () => true): string[] {
  const range = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  return FIXTURE_EVENTS.map((e, index) => ({ e, index }))
    .filter(({ e }) => !e.retracted && filter(e))
    .sort((a, b) => {
      const da = a.e.date ? range(a.e.date) : null;
      const db = b.e.date ? range(b.e.date) : null;
      if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
      return a.index - b.index;
    })
    .map(({ e }) => e.key);
}

describeEachBackend('GET /api/v1/timeline', (ctx) => {
  const h = useFixtureApp(ctx);
  const get = (query: string) => request(h.app).get(`/api/v1/timeline${query}`);
  const keys = async (query: string): Promise<string[]> => {
    const res = await get(query);
    expect(res.status).toBe(200);
    return keysOf(h.fixture, res.body.events);
  };

  it('lists every visible event in date order, undated last, retracted never', async () => {
    const res = await get('');
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json');
    expect(res.body.version).toBe(1);
    expect(keysOf(h.fixture, res.body.events)).toEqual(expectedOrder());
    expect(res.body.events).toHaveLength(VISIBLE_KEYS.length);
    expect(res.body.next_cursor).toBeNull();
  });

  it('shapes each event with date, precision, jurisdiction name, companies and sources', async () => {
    const res = await get('?jurisdiction=US&type=device_ban');
    const [federal] = res.body.events;
    expect(federal).toMatchObject({
      id: h.fixture.ids.federal,
      date: { value: '2022-12', precision: 'month' },
      date_start: '2022-12-01',
      date_end: '2022-12-31',
      jurisdiction: { code: 'US', name: 'United States of America' },
      companies: [{ id: h.fixture.companyIds.TikTok, name: 'TikTok' }],
      type: 'device_ban',
      status: 'enacted',
      title: 'Federal devices barred from TikTok',
      verified: true,
    });
    expect(federal.sources).toHaveLength(2);
    expect(federal.sources[0]).toMatchObject({ title: 'Governments move against a video app', outlet: 'Example Wire', published: '2023-03-20', url: 'https://news.example/wire/1' });
    expect(typeof federal.sources[0].quote_start).toBe('number');
  });
});
