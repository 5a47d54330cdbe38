import { resolve } from 'node:path';
import { sql } from 'kysely';
import { describeWithCorpus } from '../../support/corpus';
import { describeEachBackend } from '../../support/databases';
import { eventsWithSources, importManifest } from './import-files';

describeWithCorpus('importing the seed corpus', (dir) => {
  describeEachBackend('seeds', (ctx) => {
    const manifest = resolve(dir, 'manifest.json');

    it('imports the seeds and a second run adds nothing', async () => {
      const first = await importManifest(ctx.db, manifest);
      expect(first.failures).toEqual([]);
      expect(first.articles).toBeGreaterThanOrEqual(4);
      const before = await sql<{ n: number }>`
        SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM events) * 1000 + (SELECT count(*) FROM event_sources) * 1000000 AS n`.execute(ctx.db);
      const second = await importManifest(ctx.db, manifest);
      expect(second).toMatchObject({ articles: 0, articlesSkipped: first.articles, eventsCreated: 0, sourcesAdded: 0, failures: [] });
      const after = await sql<{ n: number }>`
        SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM events) * 1000 + (SELECT count(*) FROM event_sources) * 1000000 AS n`.execute(ctx.db);
      expect(after.rows).toEqual(before.rows);
    });

    it('holds the Oracle routing as one event with a source in each seed file', async () => {
      const events = await eventsWithSources(ctx.db);
      const routing = events.filter((e) => e.jurisdiction === 'US' && e.type === 'data_governance' && e.companies.includes('Oracle'));
      const merged = routing.filter((e) => new Set(e.sources.map((s) => s.source_file)).size === 2);
      expect(merged).toHaveLength(1);
      expect(merged[0]).toMatchObject({ date_value: '2022-06', date_precision: 'month' });
      expect(merged[0]!.sources).toHaveLength(2);
    });

    it('holds the UK device ban on 2023-03-16 and the Australian under-16 law in force on 2025-12-10', async () => {
      const events = await eventsWithSources(ctx.db);
      expect(events.filter((e) => e.jurisdiction === 'GB')).toEqual([
        expect.objectContaining({ type: 'device_ban', date_value: '2023-03-16', date_start: '2023-03-16', date_end: '2023-03-16' }),
      ]);
      const law = events.filter((e) => e.jurisdiction === 'AU' && ['age_restriction', 'legislation'].includes(e.type) && e.status === 'in_force');
      expect(law).toEqual([expect.objectContaining({ date_value: '2025-12-10', date_precision: 'day' })]);
    });
  });
});
