import { sql } from 'kysely';
import { eventDateBasis } from '../../db/repositories/event-date-basis';
import { findLinkableEvents, findSequenceNeighbours, sequenceNeighboursQuery, type LinkableEvent, type NeighbourQuery } from '../../db/repositories/policy-link.repository';
import { describeEachBackend } from '../support/databases';

/**
 * Migration 0013: what an import writes, per statement. Links carry their event's jurisdiction (for
 * policy linking's neighbour query, read by index range), and a statement adding sources rebuilds each
 * event's search document once.
 */
describeEachBackend('import writes per statement (migration 0013)', (ctx) => {
  const newEvent = async (jurisdiction: string | null, date: string | null) =>
    (
      await ctx.db
        .insertInto('events')
        .values({ date_value: date, date_precision: date ? 'day' : null, date_start: date, date_end: date, jurisdiction, type: 'hearing', status: null, title: 'Import writes', confidence: 0.5, date_conflicts: '[]' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const linkJurisdictions = async (eventId: number) =>
    (await sql<{ j: string | null }>`SELECT jurisdiction AS j FROM event_companies WHERE event_id = ${eventId} ORDER BY company_id`.execute(ctx.db)).rows.map((r) => r.j);

  it("keeps each link's copy of its event's jurisdiction, whoever writes", async () => {
    const [a, b] = await ctx.db
      .insertInto('companies')
      .values([{ name: 'Import writes A', parent_id: null }, { name: 'Import writes B', parent_id: null }])
      .returning('id')
      .execute();
    const first = await newEvent('GB', '2024-05-06');
    const second = await newEvent(null, null);
    // A written jurisdiction is never trusted: the trigger copies the event's.
    await sql`INSERT INTO event_companies (event_id, company_id, jurisdiction) VALUES (${first}, ${a!.id}, 'XX'), (${first}, ${b!.id}, NULL), (${second}, ${a!.id}, 'XX')`.execute(ctx.db);
    expect(await linkJurisdictions(first)).toEqual(['GB', 'GB']);
    expect(await linkJurisdictions(second)).toEqual([null]);

    await ctx.db.updateTable('events').set({ jurisdiction: 'FR' }).where('id', '=', first).execute();
    expect(await linkJurisdictions(first)).toEqual(['FR', 'FR']);
    await ctx.db.updateTable('events').set({ jurisdiction: 'DE' }).where('id', '=', second).execute();
    expect(await linkJurisdictions(second)).toEqual(['DE']);
    // A link moved to another event (a merge) takes that event's jurisdiction.
    await sql`UPDATE event_companies SET event_id = ${second} WHERE event_id = ${first} AND company_id = ${b!.id}`.execute(ctx.db);
    expect(await linkJurisdictions(second)).toEqual(['DE', 'DE']);
    await ctx.db.deleteFrom('events').where('id', 'in', [first, second]).execute();
  });

  it('rebuilds the search document of each event once per statement of sources', async () => {
    const first = await newEvent('GB', '2024-05-06');
    const second = await newEvent('GB', '2024-05-07');
    const article = (
      await ctx.db
        .insertInto('articles')
        .values({ content_hash: 'import-writes-search', title: 'Search', url: null, outlet: null, published: '2024-05-08', source_file: null, text: 'x' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    // The outbox records every UPDATE statement on events while a webhook is active: one per rebuild.
    const key = (
      await ctx.db
        .insertInto('api_keys')
        .values({ label: 'import writes', role: 'reader', key_hash: 'a'.repeat(64), prefix: 'tl_' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await ctx.db.insertInto('subscriptions').values({ key_id: key, query: '', webhook_url: 'https://example.test/hook', secret: 'whsec_abc=' }).execute();
    await ctx.db.deleteFrom('event_changes').execute();
    const source = (eventId: number, quote: string) => ({
      event_id: eventId,
      article_id: article,
      quote,
      quote_start: 0,
      quote_end: quote.length,
      date_value: null,
      date_precision: null,
      date_basis: 'reported' as const,
      confidence: 0.5,
    });
    await ctx.db
      .insertInto('event_sources')
      .values([source(first, 'Regulators weighed a zebra ban'), source(first, 'The quokka rule followed'), source(second, 'A pangolin levy')])
      .execute();

    const changes = await ctx.db.selectFrom('event_changes').select(['kind', 'event_ids']).execute();
    expect(changes).toEqual([{ kind: 'changed', event_ids: [first, second] }]);
    const matches = async (word: string) =>
      (await sql<{ id: number }>`SELECT id FROM events WHERE search @@ plainto_tsquery('english', ${word}) ORDER BY id`.execute(ctx.db)).rows.map((r) => r.id);
    expect(await matches('zebra')).toEqual([first]);
    expect(await matches('quokka')).toEqual([first]);
    expect(await matches('pangolin')).toEqual([second]);

    // A source moved to another event: both documents follow.
    await sql`UPDATE event_sources SET event_id = ${second} WHERE event_id = ${first} AND quote LIKE '%quokka%'`.execute(ctx.db);
    expect(await matches('quokka')).toEqual([second]);
    await ctx.db.deleteFrom('event_sources').where('event_id', '=', second).execute();
    expect(await matches('pangolin')).toEqual([]);
    await ctx.db.deleteFrom('subscriptions').execute();
    await ctx.db.deleteFrom('event_changes').execute();
  });

  describe('sequence neighbours', () => {
    const jurisdictions = ['GB', 'FR', 'DE', 'US-CA'];
    const types = ['device_ban', 'legislation', 'statement', 'enforcement', 'court'];
    const bases = ['explicit', 'relative', 'reported'];
    let subjects: NeighbourQuery[] = [];

    beforeAll(async () => {
      const companies = await ctx.db
        .insertInto('companies')
        .values(['N0', 'N1', 'N2', 'N3', 'N4', 'N5'].map((name) => ({ name: `Neighbour ${name}`, parent_id: null })))
        .returning('id')
        .execute();
      const article = (
        await ctx.db
          .insertInto('articles')
          .values({ content_hash: 'import-writes-neighbours', title: 'N', url: null, outlet: null, published: '2024-01-01', source_file: null, text: 'x' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      // 1,200 events over four jurisdictions, eight years, five types, a few retracted; each with a
      // source of one of three date bases and one or two of six companies.
      await sql`
        INSERT INTO events (date_value, date_precision, date_start, date_end, jurisdiction, type, status, title, confidence, retracted)
        SELECT d::text, 'day', d, d, (${sql.val(jurisdictions)}::text[])[1 + i % 4], (${sql.val(types)}::text[])[1 + (i / 4) % 5], NULL,
               'Neighbour ' || i, 0.5, i % 37 = 0
        FROM generate_series(1, 1200) AS i, LATERAL (SELECT DATE '2017-01-01' + (i * 7919) % 2900 AS d) AS x`.execute(ctx.db);
      await sql`
        INSERT INTO event_sources (event_id, article_id, quote, quote_start, quote_end, date_value, date_precision, date_basis)
        SELECT e.id, ${article}, e.title, 0, 1, e.date_value, 'day', (${sql.val(bases)}::text[])[1 + e.id % 3]
        FROM events e WHERE e.title LIKE 'Neighbour %'`.execute(ctx.db);
      const ids = companies.map((c) => c.id);
      await sql`
        INSERT INTO event_companies (event_id, company_id)
        SELECT e.id, c FROM events e, unnest(${sql.val(ids)}::int[]) WITH ORDINALITY AS u(c, k)
        WHERE e.title LIKE 'Neighbour %' AND (k - 1 = e.id % 6 OR k - 1 = (e.id / 6) % 6)`.execute(ctx.db);
      await sql`ANALYZE`.execute(ctx.db);
      const names = ['Neighbour N0', 'Neighbour N1', 'Neighbour N2', 'Neighbour N3', 'Neighbour N4', 'Neighbour N5'];
      const rows = await sql<{ id: number; jurisdiction: string; d: string }>`
        SELECT id, jurisdiction, date_start::text AS d FROM events WHERE title LIKE 'Neighbour %' ORDER BY id LIMIT 120`.execute(ctx.db);
      subjects = rows.rows.map((r, i) => ({
        id: r.id,
        jurisdiction: r.jurisdiction,
        date_start: r.d,
        companies: [names[i % 6]!, ...(i % 4 === 0 ? [names[(i + 3) % 6]!] : [])],
        types: i % 3 === 0 ? ['device_ban', 'legislation', 'enforcement'] : null,
      }));
    });

    it('are the events of the definition: same jurisdiction, within the window, a step with a stated date, a company shared', async () => {
      const found = await findSequenceNeighbours(ctx.db, subjects, 3 * 366);
      let total = 0;
      for (const s of subjects) {
        // The definition, written plainly (the statement before migration 0013).
        const expected = await sql<{ id: number }>`
          SELECT e.id FROM events e
          WHERE e.jurisdiction = ${s.jurisdiction} AND e.id <> ${s.id}
            AND e.date_start BETWEEN ${s.date_start}::date - ${3 * 366}::int AND ${s.date_start}::date + ${3 * 366}::int
            AND NOT e.retracted AND e.type NOT IN ('statement', 'incident')
            AND (${s.types ? sql`${sql.val([...s.types])}::text[]` : sql`NULL::text[]`} IS NULL OR e.type = ANY (${s.types ? sql`${sql.val([...s.types])}::text[]` : sql`NULL::text[]`}))
            AND EXISTS (SELECT 1 FROM event_companies ec JOIN companies c ON c.id = ec.company_id WHERE ec.event_id = e.id AND c.name = ANY (${sql.val([...s.companies])}::text[]))
            AND ${eventDateBasis('e')} IN ('explicit', 'relative')
          ORDER BY e.date_start, e.id`.execute(ctx.db);
        expect(found.get(s.id)!.map((n) => n.id)).toEqual(expected.rows.map((r) => r.id));
        total += expected.rows.length;
      }
      expect(total).toBeGreaterThan(200);
    });

    it("come with the date basis, companies and articles findLinkableEvents gives each of them", async () => {
      // Second sources from another article for a third of the events, stating another date or the same
      // one on another basis, so the basis rule's order (the event's own date first, then the basis) decides.
      const other = (
        await ctx.db
          .insertInto('articles')
          .values({ content_hash: 'import-writes-neighbours-2', title: 'N2', url: null, outlet: null, published: '2024-02-01', source_file: null, text: 'x' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      await sql`
        INSERT INTO event_sources (event_id, article_id, quote, quote_start, quote_end, date_value, date_precision, date_basis)
        SELECT e.id, ${other}, e.title || ' again', 0, 1, CASE WHEN e.id % 2 = 0 THEN e.date_value ELSE '2016-01-01' END, 'day',
               (ARRAY['explicit', 'relative', 'reported'])[1 + (e.id / 3) % 3]
        FROM events e WHERE e.title LIKE 'Neighbour %' AND e.id % 3 = 0`.execute(ctx.db);
      const found = await findSequenceNeighbours(ctx.db, subjects, 3 * 366);
      const neighbours = new Map([...found.values()].flat().map((n) => [n.id, n]));
      expect(neighbours.size).toBeGreaterThan(100);
      const expected = await findLinkableEvents(ctx.db, [...neighbours.keys()]);
      const shape = (e: LinkableEvent) => ({ id: e.id, basis: e.date_basis, companies: e.companies, articles: [...e.article_ids].sort((a, b) => a - b), policy: e.policy_id });
      expect([...neighbours.values()].map(shape).sort((a, b) => a.id - b.id)).toEqual(expected.map(shape).sort((a, b) => a.id - b.id));
      expect(expected.some((e) => e.article_ids.length === 2)).toBe(true);
    });

    it("are read by index range per subject company, not from every event of the jurisdiction", async () => {
      const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN ${sequenceNeighboursQuery(subjects, 3 * 366)}`.execute(ctx.db);
      const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toContain('event_companies_neighbours');
      expect(plan).not.toMatch(/Seq Scan on event(s|_companies)\b/);
    });
  });
});
