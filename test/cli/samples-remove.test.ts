import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_OUTLET } from '../../db/repositories/sample.repository';
import { removeSamples } from '../../cli/commands/samples.command';
import type { TestDatabase } from '../support/databases';
import { openDemoDatabase } from '../support/demo-database';

/**
 * `timeline samples remove`: the fictional samples go, with the events only they stated; an event a
 * real article also reported stays, dated by that article now.
 */
describe('removing the samples', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openDemoDatabase();
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('every sample in the manifest carries the outlet that marks it', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../samples/manifest.json'), 'utf8')) as { outlet: string }[];
    expect(manifest.length).toBeGreaterThan(5);
    for (const entry of manifest) expect(entry.outlet).toBe(SAMPLE_OUTLET);
  });

  it('deletes the samples and their events, and re-dates an event a real article also states', async () => {
    const events = await db.db.selectFrom('events').select(['id', 'title', 'date_value']).execute();
    const shared = events.find((e) => e.title === 'UK warns about Snap')!;
    expect(shared.date_value).toBe('2025-09-17'); // the sample's report day
    const real = await db.db
      .insertInto('articles')
      .values({ content_hash: 'real-1', title: 'A real report', url: 'https://news.example/real', outlet: 'Example News', published: '2025-10-01', text: 'Ofcom said on 2 September 2025 that Snap had missed the deadline.' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.db
      .insertInto('event_sources')
      .values({ event_id: shared.id, article_id: real.id, quote: 'Ofcom said on 2 September 2025 that Snap had missed the deadline.', quote_start: 0, quote_end: 64, date_value: '2025-09-02', date_precision: 'day', date_basis: 'explicit', status: null, confidence: 0.9 })
      .execute();

    const removed = await removeSamples(db.db);
    expect(removed).toEqual({ articles: 9, eventsDeleted: events.length - 1, eventsRedated: 1 });
    const left = await db.db.selectFrom('events').selectAll().execute();
    expect(left.map((e) => [e.id, e.date_value, e.date_start, e.date_end])).toEqual([[shared.id, '2025-09-02', '2025-09-02', '2025-09-02']]);
    const outlets = await db.db.selectFrom('articles').select('outlet').execute();
    expect(outlets).toEqual([{ outlet: 'Example News' }]);
    // A second run finds nothing to do.
    expect(await removeSamples(db.db)).toEqual({ articles: 0, eventsDeleted: 0, eventsRedated: 0 });
  });
});
