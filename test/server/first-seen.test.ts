import request from 'supertest';
import { storeArticle } from '../../importers/store/store-article';
import { describeEachBackend } from '../support/databases';
import { article, mention } from '../importers/store/build';
import { useFixtureApp } from './app-harness';

/**
 * First seen (issue 15): every event records when we first learned of it (its first source's import
 * time and the earliest publication date among its sources); sort=first_seen and since= answer "what is
 * new since my last visit"; Atom entries come in that order. The prose is written for these tests.
 */
describeEachBackend('first seen and since', (ctx) => {
  const h = useFixtureApp(ctx);
  const wire = article('Fictional: Ruritania bans an app', 'Fictional report. Ruritania banned the Zapchat app on government phones on 14 March 2024.', '2024-03-15', 'ruritania.txt');
  const later = article('Fictional: Ruritania ban, a week on', 'Fictional follow-up. The Ruritania ban on Zapchat, on government phones since 14 March 2024, holds.', '2024-03-22', 'follow-up.txt');
  const earlier = article('Fictional: Ruritania ban, first word', 'Fictional brief. Officials said Ruritania banned Zapchat on government phones on 14 March 2024.', '2024-03-14', 'brief.txt');
  const ban = (a: typeof wire, quote: string) =>
    mention(a, quote, { jurisdiction: 'RU-MOW', type: 'device_ban', companies: [], date: { value: '2024-03-14', precision: 'day', basis: 'explicit' } });
  let eventId = 0;
  let seenAt = '';

  const timeline = async (query: string) => {
    const res = await request(h.app).get(`/api/v1/timeline?${query}`);
    expect(res.status).toBe(200);
    return res.body as { events: Array<{ id: number; first_seen: { at: string; published: string | null } }>; next_cursor: string | null };
  };

  beforeAll(async () => {
    const stored = await storeArticle(ctx.db, wire, [ban(wire, 'Ruritania banned the Zapchat app on government phones on 14 March 2024.')]);
    eventId = stored.eventIds[0]!;
  });

  it('records the import time and the publication date of the first source', async () => {
    const { events } = await timeline('sort=first_seen&limit=500');
    expect(events[0]).toMatchObject({ id: eventId, first_seen: { published: '2024-03-15' } });
    seenAt = events[0]!.first_seen.at;
    expect(seenAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const [article] = await ctx.db.selectFrom('articles').select('imported_at').where('source_file', '=', 'ruritania.txt').execute();
    expect(new Date(seenAt).getTime()).toBe(new Date(article!.imported_at).getTime());
    const detail = await request(h.app).get(`/api/v1/events/${eventId}`);
    expect(detail.body.first_seen).toEqual({ at: seenAt, published: '2024-03-15' });
  });

  it('keeps the first import time when a later article joins, and takes an earlier publication date', async () => {
    const joined = await storeArticle(ctx.db, later, [ban(later, 'The Ruritania ban on Zapchat, on government phones since 14 March 2024, holds.')]);
    expect(joined.eventIds).toEqual([eventId]);
    expect((await timeline('sort=first_seen&limit=1')).events[0]).toMatchObject({ id: eventId, first_seen: { at: seenAt, published: '2024-03-15' } });
    const first = await storeArticle(ctx.db, earlier, [ban(earlier, 'Officials said Ruritania banned Zapchat on government phones on 14 March 2024.')]);
    expect(first.eventIds).toEqual([eventId]);
    expect((await timeline('sort=first_seen&limit=1')).events[0]).toMatchObject({ id: eventId, first_seen: { at: seenAt, published: '2024-03-14' } });
  });

  it('since= lists only what was first seen at or after the moment, combined with the other filters', async () => {
    expect((await timeline(`since=${encodeURIComponent(seenAt)}&limit=500`)).events.map((e) => e.id)).toEqual([eventId]);
    const all = (await timeline('limit=500')).events.length;
    expect(all).toBeGreaterThan(1);
    expect((await timeline('since=2000-01-01&limit=500')).events).toHaveLength(all);
    expect((await timeline(`since=${encodeURIComponent(seenAt)}&jurisdiction=US`)).events).toEqual([]);
    const after = new Date(new Date(seenAt).getTime() + 1).toISOString();
    expect((await timeline(`since=${encodeURIComponent(after)}`)).events).toEqual([]);
    const facets = await request(h.app).get(`/api/v1/facets?since=${encodeURIComponent(seenAt)}`);
    expect(facets.body.total).toBe(1);
  });

  it('sort=first_seen pages without gaps or repeats, ties on the same import time broken by id', async () => {
    const whole = (await timeline('sort=first_seen&limit=500')).events.map((e) => e.id);
    for (const limit of [1, 2, 5]) {
      const ids: number[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof timeline>> = await timeline(`sort=first_seen&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
        ids.push(...page.events.map((e) => e.id));
        cursor = page.next_cursor;
      } while (cursor);
      expect(ids).toEqual(whole);
    }
    const fixtureIds = Object.values(h.fixture.ids);
    // The fixture's events share one import transaction: newest id first among them.
    const tied = whole.filter((id) => fixtureIds.includes(id));
    expect(tied).toEqual([...tied].sort((a, b) => b - a));
  });

  it('orders Atom entries by first seen, each with its first-seen time as <published>', async () => {
    const res = await request(h.app).get('/api/v1/timeline?format=atom&limit=3');
    expect(res.status).toBe(200);
    const ids = [...res.text.matchAll(/<id>tag:policy-timeline,2024:event\/(\d+)<\/id>/g)].map((m) => Number(m[1]));
    expect(ids).toEqual((await timeline('sort=first_seen&limit=3')).events.map((e) => e.id));
    expect(res.text).toContain(`<published>${seenAt}</published>`);
  });

  it('refuses a since that is not a moment, and a first_seen cursor under another sort, naming the parameter', async () => {
    for (const bad of ['yesterday', '2024-02-30', '2024-03-14T25:00:00Z', '2024-03-14T10:00:00']) {
      const res = await request(h.app).get(`/api/v1/timeline?since=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain('since');
    }
    const { next_cursor } = await timeline('sort=first_seen&limit=1');
    const res = await request(h.app).get(`/api/v1/timeline?sort=asc&cursor=${next_cursor}`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('sort=first_seen');
  });
});
