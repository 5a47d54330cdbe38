import { sql, type Kysely } from 'kysely';
import { connect } from '../../../db/connect';
import type { Database } from '../../../db/database';
import { importArticles, storeArticle } from '../../../importers/store/import-articles';
import { extractMentions, STAGES, type Stage } from '../../../importers/pipeline';
import { describeEachBackend } from '../../support/databases';
import { article, mention, results } from './build';

const ROUTING_TEXT =
  'The app said in June it would route US user data to Oracle servers. Critics were not convinced by the plan.';
const ROUTING_LATER =
  'A spokesperson said all U.S. user traffic is now being routed to servers handled by Oracle. The company also promised to delete backups.';

function routingArticles() {
  const first = article('App moves data to Oracle', ROUTING_TEXT, '2022-08-20', 'first.txt');
  const second = article('Data now flows to Oracle', ROUTING_LATER, '2022-07-01', 'second.txt');
  const m1 = mention(first, 'The app said in June it would route US user data to Oracle servers.', {
    type: 'data_governance',
    companies: ['TikTok', 'Oracle'],
    date: { value: '2022-06', precision: 'month', basis: 'relative' },
  });
  const m2 = mention(second, 'A spokesperson said all U.S. user traffic is now being routed to servers handled by Oracle.', {
    type: 'data_governance',
    companies: ['TikTok', 'Oracle'],
    status: 'in_force',
    date: { value: '2022-07-01', precision: 'day', basis: 'reported' },
  });
  return { first, second, m1, m2 };
}

async function counts(db: Kysely<Database>) {
  const row = await sql<{ articles: number; events: number; sources: number; links: number }>`
    SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM events)::int AS events,
           (SELECT count(*) FROM event_sources)::int AS sources, (SELECT count(*) FROM event_companies)::int AS links`.execute(db);
  return row.rows[0]!;
}

describeEachBackend('storeArticle', (ctx) => {
  beforeEach(async () => {
    await ctx.truncate();
  });

  it('stores the article, its event, the source with offsets and the company links in one go', async () => {
    const a = article(
      'Montana bans TikTok on state devices',
      'On Tuesday, Montana banned TikTok on state-owned phones and laptops. Officials cited security.',
    );
    const m = mention(a, 'On Tuesday, Montana banned TikTok on state-owned phones and laptops.', {
      jurisdiction: 'US-MT',
      date: { value: '2024-04-30', precision: 'day', basis: 'relative' },
      status: 'announced',
    });
    const stored = await storeArticle(ctx.db, a, [m]);
    expect(stored).toMatchObject({ created: true, eventsCreated: 1 });
    expect(stored.eventIds).toHaveLength(1);

    const event = await ctx.db.selectFrom('events').selectAll().where('id', '=', stored.eventIds[0]!).executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      jurisdiction: 'US-MT',
      type: 'device_ban',
      status: 'announced',
      date_value: '2024-04-30',
      date_precision: 'day',
      date_start: '2024-04-30',
      date_end: '2024-04-30',
      date_conflicts: [],
    });
    const source = await ctx.db.selectFrom('event_sources').selectAll().executeTakeFirstOrThrow();
    const row = await ctx.db.selectFrom('articles').select(['text', 'published']).where('id', '=', stored.articleId).executeTakeFirstOrThrow();
    expect(row.text.slice(source.quote_start, source.quote_end)).toBe(source.quote);
    expect(row.published).toBe('2024-05-02');
    const companies = await ctx.db
      .selectFrom('event_companies')
      .innerJoin('companies', 'companies.id', 'event_companies.company_id')
      .select('companies.name')
      .execute();
    expect(companies.map((c) => c.name)).toEqual(['TikTok']);
  });

  it('stores a month-precision date as the whole month', async () => {
    const a = article('A', 'Last month, the regulator opened a probe into TikTok advertising to minors.');
    const m = mention(a, a.text, { type: 'investigation', date: { value: '2024-02', precision: 'month', basis: 'relative' } });
    const { eventIds } = await storeArticle(ctx.db, a, [m]);
    const event = await ctx.db.selectFrom('events').selectAll().where('id', '=', eventIds[0]!).executeTakeFirstOrThrow();
    expect([event.date_start, event.date_end]).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('skips an article it already holds: a re-import adds nothing', async () => {
    const { first, m1 } = routingArticles();
    const once = await storeArticle(ctx.db, first, [m1]);
    const before = await counts(ctx.db);
    const again = await storeArticle(ctx.db, { ...first, text: `  ${first.text.replace(/ /g, '  ')}\n` }, [m1]);
    expect(again).toMatchObject({ created: false, articleId: once.articleId, eventIds: [] });
    expect(await counts(ctx.db)).toEqual(before);
  });

  it('adds a source, not an event, when a new article states a known event; keeps the stated date', async () => {
    const { first, second, m1, m2 } = routingArticles();
    const a = await storeArticle(ctx.db, first, [m1]);
    const b = await storeArticle(ctx.db, second, [m2]);
    expect(b.eventIds).toEqual(a.eventIds);
    expect(b.eventsCreated).toBe(0);
    expect(await counts(ctx.db)).toMatchObject({ articles: 2, events: 1, sources: 2 });
    const event = await ctx.db.selectFrom('events').selectAll().executeTakeFirstOrThrow();
    // 'relative' June beats the publication date standing in; a reported date is no conflict.
    expect(event).toMatchObject({ date_value: '2022-06', date_precision: 'month', status: 'in_force', version: 2, date_conflicts: [] });
    const links = await ctx.db.selectFrom('event_companies').select('company_id').execute();
    expect(links).toHaveLength(2);
  });

  it('merges in the other order too, moving the date to the stated one', async () => {
    const { first, second, m1, m2 } = routingArticles();
    await storeArticle(ctx.db, second, [m2]);
    await storeArticle(ctx.db, first, [m1]);
    const events = await ctx.db.selectFrom('events').selectAll().execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date_value: '2022-06', date_start: '2022-06-01', date_end: '2022-06-30' });
  });

  it('records stated dates that disagree, keeping the most precise', async () => {
    const a = article('Ban takes effect', 'Officials said the statewide TikTok ban took effect on March 3 after months of debate.', '2024-03-05', 'a.txt');
    const b = article('Ban in effect', 'The statewide TikTok ban took effect in March, according to the governor.', '2024-03-20', 'b.txt');
    const c = article('Ban began', 'The statewide TikTok ban took effect on March 4, a court filing says.', '2024-04-01', 'c.txt');
    const fields = { type: 'ban' as const, jurisdiction: 'US-MT' };
    await storeArticle(ctx.db, b, [mention(b, b.text, { ...fields, date: { value: '2024-03', precision: 'month', basis: 'explicit' } })]);
    await storeArticle(ctx.db, a, [
      mention(a, a.text, { ...fields, date: { value: '2024-03-03', precision: 'day', basis: 'explicit' } }),
    ]);
    await storeArticle(ctx.db, c, [mention(c, c.text, { ...fields, date: { value: '2024-03-04', precision: 'day', basis: 'explicit' } })]);
    const events = await ctx.db.selectFrom('events').selectAll().execute();
    expect(events).toHaveLength(1);
    const sources = await ctx.db.selectFrom('event_sources').select(['id', 'date_value']).orderBy('id').execute();
    expect(events[0]).toMatchObject({ date_value: '2024-03-03', date_precision: 'day' });
    expect(events[0]!.date_conflicts).toEqual([{ value: '2024-03-04', precision: 'day', basis: 'explicit', source_id: sources[2]!.id }]);
  });

  it('moves an event to a later stage a later source reports; a court block only from a newer source', async () => {
    const fields = { type: 'legislation' as const, jurisdiction: 'US-VT', companies: ['Snapchat'] };
    const proposed = article('Bill filed', 'Vermont lawmakers introduced a bill to ban Snapchat statewide on Monday.', '2024-02-01', 'p.txt');
    const enacted = article('Bill signed', 'Vermont Gov. Ada Lin signed the bill to ban Snapchat statewide on Tuesday.', '2024-02-20', 'e.txt');
    const stale = article('Bill recap', 'A bill to ban Snapchat statewide was introduced in Vermont this month.', '2024-02-10', 's.txt');
    const date = { value: '2024-02', precision: 'month' as const, basis: 'relative' as const };
    const status = async () => (await ctx.db.selectFrom('events').select('status').executeTakeFirstOrThrow()).status;
    await storeArticle(ctx.db, proposed, [mention(proposed, proposed.text, { ...fields, date, status: 'proposed' })]);
    expect(await status()).toBe('proposed');
    await storeArticle(ctx.db, enacted, [mention(enacted, enacted.text, { ...fields, date, status: 'enacted' })]);
    expect(await status()).toBe('enacted');
    // an older article imported later still says "proposed": the law does not move back
    await storeArticle(ctx.db, stale, [mention(stale, stale.text, { ...fields, date, status: 'proposed' })]);
    expect(await status()).toBe('enacted');
    expect(await counts(ctx.db)).toMatchObject({ events: 1, sources: 3 });
  });

  it('never overwrites fields an editor corrected', async () => {
    const { first, second, m1, m2 } = routingArticles();
    await storeArticle(ctx.db, second, [{ ...m2, status: null }]);
    await ctx.db.updateTable('events').set({ date_value: '2022-05', date_precision: 'month', date_start: '2022-05-01', date_end: '2022-05-31', edited_fields: ['date_value', 'status'] }).execute();
    await storeArticle(ctx.db, first, [{ ...m1, status: 'announced' }]);
    const event = await ctx.db.selectFrom('events').selectAll().executeTakeFirstOrThrow();
    expect(event).toMatchObject({ date_value: '2022-05', date_start: '2022-05-01', status: null });
    expect(await counts(ctx.db)).toMatchObject({ events: 1, sources: 2 });
  });

  it('keeps look-alike events in different places apart, and two mentions of one article apart', async () => {
    const a = article(
      'Two governments act',
      'Britain banned TikTok on government phones on Thursday. Canada banned TikTok on government phones on Thursday.',
    );
    const date = { value: '2024-04-25', precision: 'day' as const, basis: 'relative' as const };
    const stored = await storeArticle(ctx.db, a, [
      mention(a, 'Britain banned TikTok on government phones on Thursday.', { jurisdiction: 'GB', date }),
      mention(a, 'Canada banned TikTok on government phones on Thursday.', { jurisdiction: 'CA', date }),
    ]);
    expect(new Set(stored.eventIds).size).toBe(2);
    const b = article('Same again', 'Britain banned TikTok on government phones last week, and Canada did too.', '2024-05-03');
    const again = await storeArticle(ctx.db, b, [mention(b, b.text, { jurisdiction: 'GB', date: { value: '2024-04-25', precision: 'day', basis: 'explicit' } })]);
    expect(again.eventIds[0]).toBe(stored.eventIds[0]);
  });

  it('reports an article whose pipeline stage throws, and imports the others', async () => {
    // Fictional articles; a stage appended to the real pipeline throws on one of them.
    const first = article('Ban one', 'India blocked fifty apps including TikTok on Monday.', '2024-05-02', 'one.txt');
    const broken = article('Broken', 'Canada banned TikTok on government phones on Monday.', '2024-05-02', 'broken.txt');
    const last = article('Ban two', 'Nepal banned TikTok on Monday, the government said.', '2024-05-02', 'two.txt');
    const throwsOnBroken: Stage = (ctx, candidates) => {
      if (ctx.article === broken) throw new RangeError('offset out of range');
      return candidates;
    };
    const summary = await importArticles(ctx.db, results([first, broken, last]), { extract: (a) => extractMentions(a, [...STAGES, throwsOnBroken]) });
    expect(summary.articles).toBe(2);
    expect(summary.failures).toEqual([{ input: 'broken.txt ("Broken")', reason: 'stage throwsOnBroken failed on broken.txt ("Broken"): offset out of range' }]);
    expect(summary.sourcesAdded).toBeGreaterThan(0);
  });

  it('rolls back the whole article when one insert fails, and the other articles still import', async () => {
    const good1 = article('Good one', 'The Senate held a hearing on TikTok data practices on Monday.', '2024-05-02', 'good1.txt');
    const bad = article('Bad one', 'Regulators fined the platform. A second sentence follows here.', '2024-05-02', 'bad.txt');
    const good2 = article('Good two', 'India blocked fifty apps including TikTok in a new order.', '2024-05-02', 'good2.txt');
    const summary = await importArticles(ctx.db, results([good1, bad, good2]), {
      extract: (a) => {
        if (a === bad) {
          // The event insert succeeds; the source insert violates CHECK (quote_start >= 0).
          return [{ ...mention(a, 'Regulators fined the platform.', { type: 'enforcement', jurisdiction: 'EU' }), quoteStart: -5 }];
        }
        return [mention(a, a.text.split('. ')[0]!, { type: a === good1 ? 'hearing' : 'ban', jurisdiction: a === good1 ? 'US' : 'IN' })];
      },
    });
    expect(summary).toMatchObject({ articles: 2, articlesSkipped: 0, eventsCreated: 2, sourcesAdded: 2, events: 2 });
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]!.input).toBe('bad.txt ("Bad one")');
    expect(summary.failures[0]!.reason).toMatch(/quote_start|check/i);
    const titles = await ctx.db.selectFrom('articles').select('title').orderBy('id').execute();
    expect(titles.map((t) => t.title)).toEqual(['Good one', 'Good two']);
    expect(await counts(ctx.db)).toMatchObject({ events: 2, sources: 2 });
  });

  it('commits the batches read before an input that throws, then rethrows', async () => {
    async function* brokenAfterThree() {
      for (let i = 0; i < 3; i++) yield { ok: true as const, article: article(`Story ${i}`, `Notice ${i} was posted on Monday.`, '2024-05-02', `s${i}.txt`) };
      throw new Error('manifest entry 4: no file');
    }
    await expect(importArticles(ctx.db, brokenAfterThree(), { extract: () => [], batchSize: 2 })).rejects.toThrow('manifest entry 4');
    // The first batch (two articles) was being written when the input threw: it committed.
    expect(await counts(ctx.db)).toMatchObject({ articles: 2 });
  });

  it('reports unreadable inputs and keeps going', async () => {
    const a = article('Fine', 'The Senate held a hearing on TikTok data practices on Monday.');
    async function* mixed() {
      yield { ok: false as const, input: 'missing.txt', reason: 'no such file' };
      yield { ok: true as const, article: a };
    }
    const summary = await importArticles(ctx.db, mixed(), { extract: () => [] });
    expect(summary).toMatchObject({ articles: 1, failures: [{ input: 'missing.txt', reason: 'no such file' }] });
  });

  it('upserts the company gazetteer with parents, once per import', async () => {
    await importArticles(ctx.db, results([]), { extract: () => [] });
    await importArticles(ctx.db, results([]), { extract: () => [] });
    const rows = await sql<{ name: string; parent: string | null; aliases: string[] }>`
      SELECT c.name, p.name AS parent, c.aliases FROM companies c LEFT JOIN companies p ON p.id = c.parent_id
      WHERE c.name IN ('TikTok', 'Instagram', 'Oracle') ORDER BY c.name`.execute(ctx.db);
    expect(rows.rows).toEqual([
      { name: 'Instagram', parent: 'Meta', aliases: [] },
      { name: 'Oracle', parent: null, aliases: ['Oracle Corp'] },
      { name: 'TikTok', parent: 'ByteDance', aliases: ['Tiktok', 'Tik Tok'] },
    ]);
  });

  it('survives concurrent imports of the same articles on two connections without doubling anything', async () => {
    // Twenty events, each stated by two articles. One run reads each pair in one order, the other in the
    // reverse order, so at every step both runs try to create the same event from different articles.
    const states = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'Colorado', 'Delaware', 'Florida', 'Georgia', 'Idaho', 'Iowa',
      'Kansas', 'Kentucky', 'Maine', 'Maryland', 'Montana', 'Nebraska', 'Nevada', 'Ohio', 'Oregon', 'Texas'];
    const pairs = states.map((state, k) => {
      const a = article(`${state} bans app`, `Officials in ${state} banned TikTok on state-issued phones on Tuesday.`, '2023-01-12', `a${k}.txt`);
      const b = article(`${state} bars app`, `${state} now bars TikTok from state-issued phones, officials said.`, '2023-01-12', `b${k}.txt`);
      const jurisdiction = `US-S${k}`;
      return [
        { article: a, mentions: [mention(a, a.text, { jurisdiction, date: { value: '2023-01-10', precision: 'day', basis: 'relative' } })] },
        { article: b, mentions: [mention(b, b.text, { jurisdiction, date: { value: '2023-01-12', precision: 'day', basis: 'reported' } })] },
      ];
    });
    const byText = new Map(pairs.flat().map((x) => [x.article.text, x.mentions]));
    const extract = (a: { text: string }) => byText.get(a.text)!;
    const forwards = pairs.flatMap(([a, b]) => [a!.article, b!.article]);
    const backwards = pairs.flatMap(([a, b]) => [b!.article, a!.article]);
    const other =
      ctx.backend === 'pg' ? await connect({ databaseUrl: process.env.TEST_PG_URL!, schema: ctx.schema!, poolMax: 2 }) : null;
    try {
      const [one, two] = await Promise.all([
        importArticles(ctx.db, results(forwards), { extract }),
        importArticles(other?.db ?? ctx.db, results(backwards), { extract }),
      ]);
      expect(one.failures.concat(two.failures)).toEqual([]);
      expect(one.articles + two.articles).toBe(40);
      expect(one.articlesSkipped + two.articlesSkipped).toBe(40);
      expect(one.eventsCreated + two.eventsCreated).toBe(20);
      expect(await counts(ctx.db)).toMatchObject({ articles: 40, events: 20, sources: 40, links: 20 });

      // Small batches interleave the two runs' transactions (each holds its batch's merge locks until it
      // commits): still no rival events, no deadlock.
      await ctx.truncate();
      const [small1, small2] = await Promise.all([
        importArticles(ctx.db, results(forwards), { extract, batchSize: 3 }),
        importArticles(other?.db ?? ctx.db, results(backwards), { extract, batchSize: 1 }),
      ]);
      expect(small1.failures.concat(small2.failures)).toEqual([]);
      expect(small1.eventsCreated + small2.eventsCreated).toBe(20);
      expect(await counts(ctx.db)).toMatchObject({ articles: 40, events: 20, sources: 40, links: 20 });

      // Articles with no mentions take no merge lock: two batches holding the same ones in opposite
      // orders store each once, and neither fails (their rows are inserted in hash order).
      await ctx.truncate();
      const [quiet1, quiet2] = await Promise.all([
        importArticles(ctx.db, results(forwards), { extract: () => [], batchSize: 40 }),
        importArticles(other?.db ?? ctx.db, results(backwards), { extract: () => [], batchSize: 40 }),
      ]);
      expect(quiet1.failures.concat(quiet2.failures)).toEqual([]);
      expect(quiet1.articles + quiet2.articles).toBe(40);
      expect(await counts(ctx.db)).toMatchObject({ articles: 40, events: 0 });

      // One import storing four articles per transaction merges the same way, and a re-run adds nothing.
      await ctx.truncate();
      const batched = await importArticles(ctx.db, results(forwards), { extract, batchSize: 4 });
      expect(batched).toMatchObject({ articles: 40, eventsCreated: 20, sourcesAdded: 40, events: 20, failures: [] });
      const rerun = await importArticles(ctx.db, results(backwards), { extract, batchSize: 4 });
      expect(rerun).toMatchObject({ articles: 0, articlesSkipped: 40, eventsCreated: 0, sourcesAdded: 0 });
      expect(await counts(ctx.db)).toMatchObject({ articles: 40, events: 20, sources: 40, links: 20 });
    } finally {
      await other?.close();
    }
  });
});
