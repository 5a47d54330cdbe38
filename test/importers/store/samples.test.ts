import type { Kysely } from 'kysely';
import type { Database } from '../../../db/database';
import { readInputs } from '../../../importers/readers';
import { importArticles } from '../../../importers/store/import-articles';
import type { ReadResult } from '../../../importers/types';
import { describeEachBackend } from '../../support/databases';
import { readFileSync } from 'node:fs';
import { eventsWithSources, importManifest, SAMPLES_MANIFEST } from './import-files';

/** Every entry of samples/manifest.json is an article (the count follows the samples, which the docs' examples need). */
const SAMPLE_COUNT = (JSON.parse(readFileSync(SAMPLES_MANIFEST, 'utf8')) as unknown[]).length;

/** Each event as the set of files stating it, with its place, type and date: what merging decided. */
async function grouping(db: Kysely<Database>): Promise<string[]> {
  const events = await eventsWithSources(db);
  return events
    .map((e) => `${e.jurisdiction} ${e.type} ${e.date_value} ${e.sources.map((s) => s.source_file).sort().join('+')}`)
    .sort();
}

describeEachBackend('importing samples/', (ctx) => {
  it('imports every sample, merging the events two articles both state', async () => {
    const summary = await importManifest(ctx.db, SAMPLES_MANIFEST);
    expect(summary.failures).toEqual([]);
    expect(summary.articles).toBe(SAMPLE_COUNT);
    expect(summary.sourcesAdded).toBeGreaterThan(summary.eventsCreated);

    const events = await eventsWithSources(ctx.db);
    const nebraskaBan = events.find((e) => e.jurisdiction === 'US-NE' && e.type === 'device_ban');
    expect(nebraskaBan).toMatchObject({ date_value: '2025-03-11', date_precision: 'day', companies: ['TikTok'] });
    expect(nebraskaBan!.sources.map((s) => s.source_file).sort()).toEqual(['nebraska-device-ban.txt', 'nebraska-follow-up.txt']);

    const euFine = events.find((e) => e.jurisdiction === 'EU' && e.type === 'enforcement' && e.date_value === '2025-05-02');
    expect(euFine).toBeDefined();
    expect(euFine!.sources.map((s) => s.source_file).sort()).toEqual(['eu-fine-appeal.txt', 'eu-fine.txt']);

    // The appeal itself is another event, not merged into the fine.
    const appeal = events.filter((e) => e.jurisdiction === 'EU' && e.type === 'court');
    expect(appeal.map((e) => e.sources.map((s) => s.source_file))).toEqual([['eu-fine-appeal.txt']]);
  });

  it('adds nothing when the samples are imported again', async () => {
    const before = await eventsWithSources(ctx.db);
    const summary = await importManifest(ctx.db, SAMPLES_MANIFEST);
    expect(summary).toMatchObject({ articles: 0, articlesSkipped: SAMPLE_COUNT, eventsCreated: 0, sourcesAdded: 0, failures: [] });
    expect(await eventsWithSources(ctx.db)).toEqual(before);
  });

  it('merges the same way whatever order the articles arrive in', async () => {
    const forwards = await grouping(ctx.db);
    const all: ReadResult[] = [];
    for await (const result of readInputs([], { manifest: SAMPLES_MANIFEST })) all.push(result);
    await ctx.truncate();
    async function* reversed() {
      yield* [...all].reverse();
    }
    const summary = await importArticles(ctx.db, reversed());
    expect(summary.failures).toEqual([]);
    expect(await grouping(ctx.db)).toEqual(forwards);
  });
});
