import request from 'supertest';
import { describeEachBackend } from '../support/databases';
import { useFixtureApp } from './app-harness';

describeEachBackend('timeline keyset pagination', (ctx) => {
  const h = useFixtureApp(ctx);

  /** Follows next_cursor from the first page to the last; returns the ids in page order. */
  async function walk(query: string, limit: number): Promise<{ ids: number[]; pages: number }> {
    const ids: number[] = [];
    let pages = 0;
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/timeline?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await request(h.app).get(url);
      expect(res.status).toBe(200);
      expect(res.body.events.length).toBeLessThanOrEqual(limit);
      ids.push(...res.body.events.map((e: { id: number }) => e.id));
      cursor = res.body.next_cursor;
      if (cursor) {
        expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(res.body.links.next).toContain(`cursor=${cursor}`);
        expect(res.headers.link).toContain('rel="next"');
      }
      pages++;
    } while (cursor && pages < 100);
    return { ids, pages };
  }

  for (const sort of ['asc', 'desc']) {
    for (const limit of [1, 2, 3, 5, 7]) {
      it(`sort=${sort}, limit=${limit}: pages join into the one-page answer, no duplicates, no gaps`, async () => {
        const whole = await request(h.app).get(`/api/v1/timeline?sort=${sort}&limit=500`);
        const expected = whole.body.events.map((e: { id: number }) => e.id);
        const { ids, pages } = await walk(`sort=${sort}`, limit);
        expect(ids).toEqual(expected);
        expect(new Set(ids).size).toBe(ids.length);
        expect(pages).toBe(Math.max(1, Math.ceil(expected.length / limit)));
      });
    }
  }

  it.each(['asc', 'desc'])('pages a from filter that reaches back to month- and year-start events (sort=%s)', async (sort) => {
    // from=2023-03-16 matches events starting 2023-01-01 (year), 2023-03-01 (month) and from the 16th on.
    const whole = (await request(h.app).get(`/api/v1/timeline?from=2023-03-16&sort=${sort}&limit=500`)).body.events.map((e: { id: number }) => e.id);
    expect(whole).toEqual(expect.arrayContaining([h.fixture.ids.onlinesafety, h.fixture.ids.denmark, h.fixture.ids.uk, h.fixture.ids.montana]));
    expect(whole).not.toContain(h.fixture.ids.canada);
    for (const limit of [1, 2, 3]) expect((await walk(`from=2023-03-16&sort=${sort}`, limit)).ids).toEqual(whole);
  });

  it('pages a filtered query and a text search (relevance order)', async () => {
    const whole = (await request(h.app).get('/api/v1/timeline?company=TikTok&limit=500')).body.events.map((e: { id: number }) => e.id);
    expect((await walk('company=TikTok', 2)).ids).toEqual(whole);
    const search = (await request(h.app).get('/api/v1/timeline?q=phones&limit=500')).body.events.map((e: { id: number }) => e.id);
    expect(search.length).toBeGreaterThan(2);
    expect((await walk('q=phones', 1)).ids).toEqual(search);
  });

  it.each(['asc', 'desc'])('pages a parent company with its subsidiaries, with and without dates, as the unfiltered order has them (sort=%s)', async (sort) => {
    // Company pages run one index range per company id (migration 0005): check them against the
    // unfiltered timeline filtered here, an event of both a parent and its brand listed once.
    const all = (await request(h.app).get(`/api/v1/timeline?sort=${sort}&limit=500`)).body.events as { id: number; companies: { name: string }[]; date: unknown }[];
    const ofByteDance = all.filter((e) => e.companies.some((c) => c.name === 'ByteDance' || c.name === 'TikTok')).map((e) => e.id);
    expect(ofByteDance.length).toBeGreaterThan(1);
    const whole = (await request(h.app).get(`/api/v1/timeline?company=ByteDance&include=subsidiaries&sort=${sort}&limit=500`)).body.events.map((e: { id: number }) => e.id);
    expect(whole).toEqual(ofByteDance);
    for (const limit of [1, 2, 3]) expect((await walk(`company=ByteDance&include=subsidiaries&sort=${sort}`, limit)).ids).toEqual(whole);
    const dated = (await request(h.app).get(`/api/v1/timeline?from=2023-03-16&sort=${sort}&limit=500`)).body.events as { id: number; companies: { name: string }[] }[];
    const datedOfByteDance = dated.filter((e) => e.companies.some((c) => c.name === 'ByteDance' || c.name === 'TikTok')).map((e) => e.id);
    const query = `company=ByteDance&include=subsidiaries&from=2023-03-16&sort=${sort}`;
    expect((await request(h.app).get(`/api/v1/timeline?${query}&limit=500`)).body.events.map((e: { id: number }) => e.id)).toEqual(datedOfByteDance);
    for (const limit of [1, 2]) expect((await walk(query, limit)).ids).toEqual(datedOfByteDance);
  });

  it('the default page size is 50 and the cursor is null on the last page', async () => {
    const res = await request(h.app).get('/api/v1/timeline');
    expect(res.body.next_cursor).toBeNull();
    expect(res.body.links.next).toBeNull();
    expect(res.headers.link).toBeUndefined();
  });
});
