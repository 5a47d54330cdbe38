import { resolve } from 'node:path';
import { readInputs } from '../../../importers/readers';
import { importArticles } from '../../../importers/store/import-articles';
import { findPolicyEvents, findPolicyPage } from '../../../db/repositories/policy-read.repository';
import { EMPTY_FILTER } from '../../../db/repositories/timeline-filter';
import { summarize } from '../../../server/services/policy.service';
import { describeWithCorpus } from '../../support/corpus';
import { describeEachBackend, type TestDatabase } from '../../support/databases';
import { importManifest } from '../store/import-files';

/** Policies as an import leaves them, read back as the API summarises them (stage and status derived). */
async function policies(ctx: TestDatabase) {
  const rows = await findPolicyPage(ctx.db, EMPTY_FILTER, 100, null);
  const events = await findPolicyEvents(ctx.db, rows.map((r) => r.id));
  return rows.map((p) => ({ ...summarize(p, events.filter((e) => e.policy_id === p.id)), events: events.filter((e) => e.policy_id === p.id) }));
}

/** Three fictional articles (written for this test): a bill passes, is signed, is blocked in court. */
const THREAD = resolve(__dirname, 'fixtures/manifest.json');

describeEachBackend('policies linked during import', (ctx) => {
  beforeEach(() => ctx.truncate());

  it.each([
    ['one transaction per article, in the order the stories ran', 1],
    ['all three in one batch', 100],
  ])('follows a bill → law → court thread across three articles by the bill number they name (%s)', async (_how, batchSize) => {
    const summary = await importArticles(ctx.db, readInputs([], { manifest: THREAD }), { batchSize });
    expect(summary).toMatchObject({ articles: 3, failures: [] });
    const [policy, ...others] = await policies(ctx);
    expect(others).toEqual([]);
    expect(policy).toMatchObject({ name: 'SB 12', jurisdiction: { code: 'US-OR' }, stage: 'court', status: 'blocked', companies: ['Apple', 'Google'], event_count: 3 });
    expect(policy!.events.map((e) => [e.type, e.status, e.date_value])).toEqual([
      ['age_restriction', 'enacted', '2025-03-11'],
      ['age_restriction', 'enacted', '2025-04-02'],
      ['court', 'blocked', '2025-12-15'],
    ]);
    for (const e of policy!.events) expect(e.cue).toMatchObject({ kind: 'instrument', instrument: 'bill', name: 'SB 12' });
    // The law's coming into force names no bill and no company: not clear enough to link.
    const alone = await ctx.db.selectFrom('events').leftJoin('policy_events', 'policy_events.event_id', 'events.id').select(['events.type', 'policy_events.policy_id']).where('events.type', '=', 'legislation').execute();
    expect(alone).toEqual([{ type: 'legislation', policy_id: null }]);
  });

  it('a second import of the same articles adds no policy and no link', async () => {
    await importManifest(ctx.db, THREAD);
    const before = await policies(ctx);
    const again = await importManifest(ctx.db, THREAD);
    expect(again).toMatchObject({ articles: 0, articlesSkipped: 3 });
    expect(await policies(ctx)).toEqual(before);
  });
});

describeWithCorpus('policies in the seed corpus', (dir) => {
  describeEachBackend('seed policies', (ctx) => {
    it("hold Australia's under-16 law in force, the removals reported in January 2026 and Meta's call to rethink it, at the enforcement stage", async () => {
      const summary = await importManifest(ctx.db, resolve(dir, 'manifest.json'));
      expect(summary.failures).toEqual([]);
      const all = await policies(ctx);
      const australian = all.filter((p) => p.jurisdiction?.code === 'AU');
      expect(australian).toHaveLength(1);
      const policy = australian[0]!;
      expect(policy).toMatchObject({ stage: 'enforcement', status: 'enacted', first_date: '2025-12-10', last_date: '2026-01-12' });
      expect(policy.companies).toEqual(expect.arrayContaining(['Meta', 'TikTok', 'YouTube']));
      const steps = policy.events.map((e) => [e.type, e.status, e.date_value]);
      expect(steps).toEqual(expect.arrayContaining([['age_restriction', 'in_force', '2025-12-10'], ['enforcement', 'enacted', '2025-12-11']]));
      const january = policy.events.filter((e) => e.date_value?.startsWith('2026-01'));
      expect(january.length).toBeGreaterThanOrEqual(1);
      expect(january.every((e) => e.type === 'statement' && e.companies.includes('Meta'))).toBe(true);
      expect(policy.events.find((e) => e.type === 'enforcement')!.cue).toMatchObject({ kind: 'sequence', from_stage: 'in_force', to_stage: 'enforcement', target: 'Meta' });
      // Conservative: none of the US TikTok events (a data deal, device bans, a divestiture push) is threaded by guesswork.
      expect(all.filter((p) => p.jurisdiction?.code === 'US')).toEqual([]);
    });
  });
});
