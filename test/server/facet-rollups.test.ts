import { sql, type Kysely } from 'kysely';
import { importSamplesIfEmpty } from '../../cli/commands/sample-import';
import type { Database } from '../../db/database';
import * as fewerCompanyCells from '../../db/migrations/0014_fewer_company_cells';
import * as facetMarginals from '../../db/migrations/0017_facet_marginals';
import { findCompanyIds } from '../../db/repositories/company-read.repository';
import { countFacetsFromRollups } from '../../db/repositories/facet-rollup.repository';
import { countFacets, type FacetCountRow } from '../../db/repositories/facet.repository';
import { deleteSampleArticles } from '../../db/repositories/sample.repository';
import { EMPTY_FILTER, type TimelineFilter } from '../../db/repositories/timeline-filter';
import { editEvent, mergeEvents, setFlag, splitSource } from '../../server/services/curation.service';
import { describeEachBackend } from '../support/databases';

/**
 * The facet rollups (migration 0008) against COUNT(*) over the events: after the real importer, and
 * after every kind of editor's change (edit of each counted field and of companies, retraction,
 * merge, split, sample removal), the rollups hold exactly the counts a scan finds, for filters of
 * every kind the rollups cover.
 */
const actor = { label: 'rollup test' };

/** Facet rows in a canonical order, zero rows dropped, for comparison. */
function canonical(rows: FacetCountRow[]): string[] {
  return rows
    .filter((r) => r.count !== 0)
    .map((r) => `${r.facet}:${r.value ?? '∅'}=${r.count}`)
    .sort();
}

describeEachBackend('facet rollups', (ctx) => {
  const db = (): Kysely<Database> => ctx.db;

  /** Filters of every shape the rollups cover, with the companies the data holds. */
  async function filters(): Promise<{ filter: TimelineFilter; companyKey: number | null }[]> {
    const companies = await db().selectFrom('companies').select(['id', 'name', 'parent_id']).execute();
    const withBrands = companies.filter((c) => companies.some((b) => b.parent_id === c.id));
    const periods: [string | null, string | null][] = [
      [null, null],
      ['2023-01-01', '2023-12-31'],
      ['2022-03-15', '2024-02-10'],
      ['2023-03-16', '2023-03-16'],
      [null, '2023-06-30'],
      ['2024-05-01', null],
      // No day at all: no bucket to read.
      ['2024-01-01', '2023-01-01'],
    ];
    const base: TimelineFilter[] = [
      EMPTY_FILTER,
      { ...EMPTY_FILTER, jurisdictions: ['US'], subdivisionsOf: ['US'] },
      { ...EMPTY_FILTER, jurisdictions: ['EU', 'GB'] },
      { ...EMPTY_FILTER, types: ['device_ban', 'enforcement'] },
      { ...EMPTY_FILTER, statuses: ['enacted', 'announced'] },
      { ...EMPTY_FILTER, includeRetracted: true },
      // A place with another dimension: the company facet from event_company_rollup, not migration 0017's marginals.
      { ...EMPTY_FILTER, jurisdictions: ['US', 'GB'], subdivisionsOf: ['US'], types: ['device_ban', 'enforcement'] },
    ];
    const out: { filter: TimelineFilter; companyKey: number | null }[] = [];
    for (const filter of base) for (const [from, to] of periods) out.push({ filter: { ...filter, from, to }, companyKey: null });
    // Every company some event is linked to (its own key), and a few without links.
    const linked = new Set((await db().selectFrom('event_companies').select('company_id').distinct().execute()).map((r) => r.company_id));
    for (const company of [...companies.filter((c) => linked.has(c.id)), ...companies.filter((c) => !linked.has(c.id)).slice(0, 3)]) {
      for (const [from, to] of periods.slice(0, 3)) out.push({ filter: { ...EMPTY_FILTER, companyIds: [company.id], from, to }, companyKey: company.id });
    }
    for (const parent of withBrands) {
      const ids = await findCompanyIds(db(), [parent.name], true);
      for (const [from, to] of periods.slice(0, 3)) out.push({ filter: { ...EMPTY_FILTER, companyIds: ids, from, to }, companyKey: -parent.id });
    }
    return out;
  }

  /** Every covered filter: the rollups' answer equals the scan's. */
  async function expectRollupsExact(): Promise<void> {
    const all = await filters();
    expect(all.length).toBeGreaterThan(40);
    for (const { filter, companyKey } of all) {
      const { companyIds: _ids, q: _q, ...rest } = filter;
      const scanned = canonical(await countFacets(db(), filter));
      const rolled = canonical(await countFacetsFromRollups(db(), { ...rest, companyKey }));
      expect({ filter, rows: rolled }).toEqual({ filter, rows: scanned });
    }
    // And each grain of event_rollup sums to COUNT(*) of the events, cell by cell.
    const { rows } = await sql<{ mismatches: number }>`
      WITH counted AS (
        SELECT coalesce(jurisdiction, '') AS j, type, coalesce(status, '') AS s, retracted, count(*)::integer AS n FROM events GROUP BY 1, 2, 3, 4),
      rolled AS (
        SELECT grain, jurisdiction AS j, type, status AS s, retracted, sum(n)::integer AS n FROM event_rollup
        WHERE grain IN ('y', 'u') GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0)
      SELECT count(*)::integer AS mismatches FROM counted c
      FULL JOIN (SELECT j, type, s, retracted, sum(n)::integer AS n FROM rolled GROUP BY 1, 2, 3, 4) r USING (j, type, s, retracted)
      WHERE c.n IS DISTINCT FROM r.n`.execute(db());
    expect(rows[0]?.mismatches).toBe(0);
    await expectMarginalsCurrent();
  }

  /**
   * The marginal rollups (migration 0017) hold, cell by cell, the sums of 0008's cells over the
   * dimensions they drop (zero cells ignored on both sides). Returns each table's non-zero cells.
   */
  async function expectMarginalsCurrent(): Promise<number[]> {
    const cells = 'date_precision, grain, bucket, retracted';
    const own = 'event_company_rollup WHERE company_key = 0';
    const pairs: [string, string, string][] = [
      [
        'facet_date_rollup',
        `SELECT ${cells}, f.facet, f.value, sum(n)::integer AS n FROM event_rollup
         CROSS JOIN LATERAL (VALUES ('jurisdiction', jurisdiction), ('type', type), ('status', status)) AS f (facet, value) GROUP BY 1, 2, 3, 4, 5, 6`,
        `${cells}, facet, value`,
      ],
      ['company_date_rollup', `SELECT ${cells}, company_id, sum(n)::integer AS n FROM ${own} GROUP BY 1, 2, 3, 4, 5`, `${cells}, company_id`],
      [
        'company_place_rollup',
        `SELECT ${cells}, company_id, jurisdiction, sum(n)::integer AS n FROM ${own} GROUP BY 1, 2, 3, 4, 5, 6`,
        `${cells}, company_id, jurisdiction`,
      ],
    ];
    const kept: number[] = [];
    for (const [table, expected, key] of pairs) {
      const { rows } = await sql<{ mismatches: number; kept: number }>`
        SELECT count(*) FILTER (WHERE a.n IS DISTINCT FROM b.n)::integer AS mismatches, count(b.n)::integer AS kept
        FROM (${sql.raw(expected)}) a FULL JOIN (SELECT * FROM ${sql.table(table)} WHERE n <> 0) b USING (${sql.raw(key)})
        WHERE coalesce(a.n, 0) <> 0 OR coalesce(b.n, 0) <> 0`.execute(db());
      expect({ table, ...rows[0] }).toEqual({ table, mismatches: 0, kept: expect.any(Number) });
      kept.push(rows[0]!.kept);
    }
    return kept;
  }

  /** No company cell that a reader derives from a (0, c) cell is stored (migration 0014). */
  async function expectStoredShapes(): Promise<void> {
    const { rows } = await sql<{ own: number; family: number; kept: number }>`
      SELECT count(*) FILTER (WHERE company_key > 0 AND company_id = 0)::integer AS own,
             count(*) FILTER (WHERE company_key < 0 AND company_id IN (SELECT id FROM companies c WHERE c.id = -company_key OR c.parent_id = -company_key))::integer AS family,
             count(*) FILTER (WHERE company_key < 0 AND company_id <> 0)::integer AS kept
      FROM event_company_rollup`.execute(db());
    expect(rows[0]).toMatchObject({ own: 0, family: 0 });
    // A family key beside an unrelated company is stored (the test above links ByteDance, TikTok and Apple).
    expect(rows[0]!.kept).toBeGreaterThan(0);
  }

  const eventWith = async (predicate: (e: { id: number; version: number; jurisdiction: string | null }) => boolean) => {
    const events = await db().selectFrom('events').select(['id', 'version', 'jurisdiction']).where('retracted', '=', false).orderBy('id').execute();
    const found = events.find(predicate);
    if (!found) throw new Error('no such event in the samples');
    return found;
  };

  it('equal COUNT(*) after the importer stored the samples', async () => {
    const summary = await importSamplesIfEmpty(db());
    expect(summary?.failures).toEqual([]);
    expect(Number((await sql<{ n: string }>`SELECT sum(n) AS n FROM event_rollup WHERE grain IN ('y', 'u')`.execute(db())).rows[0]?.n)).toBeGreaterThan(10);
    await expectRollupsExact();
    expect(Math.min(...(await expectMarginalsCurrent()))).toBeGreaterThan(0);
  });

  it('equal COUNT(*) after edits of every counted field, companies and a retraction', async () => {
    const first = await eventWith(() => true);
    await editEvent(db(), actor, first.id, first.version, { jurisdiction: 'FR', type: 'enforcement', status: 'proposed', date: '2021-07-04', companies: ['TikTok', 'Meta'] });
    const second = await eventWith((e) => e.id !== first.id);
    await editEvent(db(), actor, second.id, second.version, { date: '2022-11', companies: [] });
    const third = await eventWith((e) => e.id > second.id);
    await editEvent(db(), actor, third.id, third.version, { date: null, status: null, jurisdiction: null });
    const fourth = await eventWith((e) => e.id > third.id);
    await setFlag(db(), actor, fourth.id, fourth.version, 'retracted', true);
    await expectRollupsExact();
  });

  it('equal COUNT(*) for events linked to a parent with its brands, to two brands, and to unrelated companies', async () => {
    // Every cell shape of the company rollups (migration 0014): a family key beside its own companies
    // (derived from (0, c)) and beside an unrelated one (stored), a brand alone, two brands of one parent.
    const links = [['ByteDance', 'TikTok', 'Apple'], ['Instagram', 'Facebook'], ['YouTube'], ['Meta', 'Microsoft', 'WhatsApp'], ['Apple', 'Microsoft']];
    let after = 0;
    for (const companies of links) {
      const event = await eventWith((e) => e.id > after);
      await editEvent(db(), actor, event.id, event.version, { companies });
      after = event.id;
    }
    await expectRollupsExact();
    await expectStoredShapes();
  });

  it("migration 0014's down() stores the derived cells again, equal to the cells they are derived from; up() drops them", async () => {
    const ownCells = sql<{ n: number }>`SELECT count(*)::integer AS n FROM event_company_rollup WHERE company_key > 0 AND company_id = 0`;
    await db().transaction().execute((trx) => fewerCompanyCells.down(trx as unknown as Kysely<unknown>));
    expect((await ownCells.execute(db())).rows[0]!.n).toBeGreaterThan(0);
    // What the readers now derive: (k, 0) is (0, k) cell for cell; (−p, c) is (0, c) for p and its brands.
    const { rows } = await sql<{ mismatches: number }>`
      WITH derived AS (
        SELECT company_key AS key, company_id AS c, grain, bucket, date_precision, jurisdiction, type, status, retracted, n FROM event_company_rollup
        WHERE (company_key > 0 AND company_id = 0)
           OR (company_key < 0 AND company_id IN (SELECT id FROM companies x WHERE x.id = -company_key OR x.parent_id = -company_key))),
      own AS (
        SELECT d.key, d.c, r.grain, r.bucket, r.date_precision, r.jurisdiction, r.type, r.status, r.retracted, r.n
        FROM (SELECT DISTINCT key, c FROM derived) d
        JOIN event_company_rollup r ON r.company_key = 0 AND r.company_id = CASE WHEN d.key > 0 THEN d.key ELSE d.c END)
      SELECT count(*)::integer AS mismatches FROM (SELECT * FROM derived WHERE n <> 0) a
      FULL JOIN (SELECT * FROM own WHERE n <> 0) b USING (key, c, grain, bucket, date_precision, jurisdiction, type, status, retracted)
      WHERE a.n IS DISTINCT FROM b.n`.execute(db());
    expect(rows[0]!.mismatches).toBe(0);
    await db().transaction().execute((trx) => fewerCompanyCells.up(trx as unknown as Kysely<unknown>));
    expect((await ownCells.execute(db())).rows[0]!.n).toBe(0);
    await expectStoredShapes();
    await expectRollupsExact();
  });

  it("migration 0017's up() builds the marginal rollups from the cells; down() drops them", async () => {
    await db().transaction().execute((trx) => facetMarginals.down(trx as unknown as Kysely<unknown>));
    const tables = sql<{ n: number }>`SELECT count(*)::integer AS n FROM pg_tables
      WHERE schemaname = current_schema() AND tablename IN ('facet_date_rollup', 'company_date_rollup', 'company_place_rollup')`;
    expect((await tables.execute(db())).rows[0]!.n).toBe(0);
    await db().transaction().execute((trx) => facetMarginals.up(trx as unknown as Kysely<unknown>));
    expect((await tables.execute(db())).rows[0]!.n).toBe(3);
    await expectRollupsExact();
  });

  it('equal COUNT(*) for ranges whose partial months hold events (their day cells read)', async () => {
    // Day-precision events on days a filter's partial months cover, at both ends, with a place, a
    // company and a retraction among them. The filters above rarely have an event in a partial month
    // (a reader that skipped the days of company_place_rollup passed them, 2026-12-04).
    const days = ['2021-05-03', '2021-05-30', '2022-09-02', '2022-09-29', '2022-09-30'];
    const events = await db().selectFrom('events').select(['id', 'version']).where('retracted', '=', false).orderBy('id').limit(days.length + 1).execute();
    expect(events.length).toBe(days.length + 1);
    for (const [i, date] of days.entries()) {
      await editEvent(db(), actor, events[i]!.id, events[i]!.version, { date, jurisdiction: i % 2 ? 'GB' : 'US-CA', companies: i % 2 ? ['TikTok'] : ['Meta', 'Apple'] });
    }
    const last = events[days.length]!;
    await editEvent(db(), actor, last.id, last.version, { date: '2021-05-20', jurisdiction: 'GB', companies: ['TikTok'] });
    const retracted = await db().selectFrom('events').select('version').where('id', '=', last.id).executeTakeFirstOrThrow();
    await setFlag(db(), actor, last.id, retracted.version, 'retracted', true);
    const filters: TimelineFilter[] = [];
    for (const [from, to] of [
      ['2021-05-02', '2022-09-29'],
      ['2021-05-30', '2021-05-30'],
      ['2021-05-15', '2021-05-31'],
      ['2022-09-01', '2022-09-30'],
    ] as const) {
      for (const base of [
        EMPTY_FILTER,
        { ...EMPTY_FILTER, includeRetracted: true },
        { ...EMPTY_FILTER, jurisdictions: ['GB'] },
        { ...EMPTY_FILTER, subdivisionsOf: ['US'] },
      ]) filters.push({ ...base, from, to });
    }
    let counted = 0;
    for (const filter of filters) {
      const { companyIds: _ids, q: _q, ...rest } = filter;
      const scanned = canonical(await countFacets(db(), filter));
      counted += scanned.filter((r) => r.startsWith('company:')).length;
      expect({ filter, rows: canonical(await countFacetsFromRollups(db(), { ...rest, companyKey: null })) }).toEqual({ filter, rows: scanned });
    }
    // Not vacuous: the partial months' days hold companies for these filters.
    expect(counted).toBeGreaterThan(10);
    await expectRollupsExact();
  });

  it('equal COUNT(*) after a merge and a split', async () => {
    const into = await eventWith(() => true);
    const from = await eventWith((e) => e.id !== into.id && e.jurisdiction !== into.jurisdiction);
    const merged = await mergeEvents(db(), actor, into.id, into.version, from.id, from.version);
    const sources = await db().selectFrom('event_sources').select('id').where('event_id', '=', merged.id).orderBy('id').execute();
    expect(sources.length).toBeGreaterThan(1);
    await splitSource(db(), actor, merged.id, merged.version, sources[sources.length - 1]!.id);
    await expectRollupsExact();
    // What the triggers kept, cell by cell, is what a rebuild from the tables computes.
    const cells = async () =>
      (await sql<{ cell: string }>`SELECT concat_ws('|', company_key, company_id, grain, bucket, date_precision, jurisdiction, type, status, retracted, n) AS cell
        FROM event_company_rollup WHERE n <> 0 ORDER BY 1`.execute(db())).rows.map((r) => r.cell);
    const kept = await cells();
    await sql`SELECT rebuild_event_rollups()`.execute(db());
    expect(kept.length).toBeGreaterThan(20);
    expect(await cells()).toEqual(kept);
    // The rebuild deletes and reinserts every cell: the marginal rollups follow it.
    await expectMarginalsCurrent();
  });

  it('equal COUNT(*) after one statement changes many events and another changes none of the counted columns', async () => {
    // The update trigger runs once per statement (migration 0013): rows that changed are netted per cell,
    // rows that did not (and statements like the search document's) write nothing.
    await sql`UPDATE events SET status = CASE WHEN status = 'enacted' THEN 'in_force' ELSE 'enacted' END,
      date_start = date_start + 45, date_end = date_end + 45 WHERE id % 3 = 0`.execute(db());
    await sql`UPDATE events SET title = title || '' WHERE id % 3 = 1`.execute(db());
    await expectRollupsExact();
    const cells = async (table: 'event_rollup' | 'event_company_rollup') =>
      (await sql<{ cell: string }>`SELECT concat_ws('|', ${sql.raw(table === 'event_rollup' ? '' : 'company_key, company_id, ')}grain, bucket,
        date_precision, jurisdiction, type, status, retracted, n) AS cell FROM ${sql.table(table)} WHERE n <> 0 ORDER BY 1`.execute(db())).rows.map((r) => r.cell);
    const kept = [await cells('event_rollup'), await cells('event_company_rollup')];
    await sql`SELECT rebuild_event_rollups()`.execute(db());
    expect([await cells('event_rollup'), await cells('event_company_rollup')]).toEqual(kept);
  });

  it('equal COUNT(*) after the samples are removed (events deleted)', async () => {
    const before = await expectMarginalsCurrent();
    await db().transaction().execute((trx) => deleteSampleArticles(trx));
    await expectRollupsExact();
    // Every event was a sample's: what the deletes took from 0008's cells, they took from the marginal ones.
    expect(Math.min(...before)).toBeGreaterThan(0);
    expect(await db().selectFrom('events').select('id').execute()).toEqual([]);
    expect(await expectMarginalsCurrent()).toEqual([0, 0, 0]);
  });
});
