import { sql } from 'kysely';
import { citusStatements, DISTRIBUTED_TABLES, REFERENCE_TABLES } from '../../db/distribution';
import { distributionViolations, readDistributionCatalog, DISTRIBUTION_PLAN } from '../../db/distribution-check';
import { describeEachBackend } from '../support/databases';

describeEachBackend('schema stays distributable (Citus)', (ctx) => {
  it('every unique key includes its distribution column or lives on a reference table', async () => {
    const catalog = await readDistributionCatalog(ctx.db);
    expect(catalog.tables).toEqual(expect.arrayContaining(['events', 'event_sources', 'event_companies', 'articles', 'companies']));
    // The catalog read must see the keys it judges: events' primary key at least.
    expect(catalog.keys).toContainEqual(expect.objectContaining({ table: 'events', kind: 'p', columns: ['id'] }));
    expect(distributionViolations(catalog)).toEqual([]);
  });

  it('catches a unique key without the distribution column and a foreign key across co-location groups', async () => {
    await sql`CREATE TABLE probe_notes (id integer PRIMARY KEY, event_id integer NOT NULL, slug text UNIQUE)`.execute(ctx.db);
    await sql`CREATE TABLE probe_tags (article_id integer PRIMARY KEY REFERENCES articles(id), note_id integer REFERENCES probe_notes(id))`.execute(
      ctx.db,
    );
    try {
      const catalog = await readDistributionCatalog(ctx.db);
      const plan = {
        ...DISTRIBUTION_PLAN,
        distributed: [...DISTRIBUTION_PLAN.distributed, { table: 'probe_notes', column: 'event_id', colocateWith: 'events' }],
        reference: [...DISTRIBUTION_PLAN.reference, 'probe_tags'],
      };
      const violations = distributionViolations(catalog, plan);
      expect(violations).toEqual(
        expect.arrayContaining([
          expect.stringContaining('probe_notes.probe_notes_pkey (id) is unique without the distribution column event_id'),
          expect.stringContaining('probe_notes.probe_notes_slug_key (slug) is unique without the distribution column event_id'),
          expect.stringContaining('probe_tags.probe_tags_note_id_fkey → probe_notes: a reference table cannot point at a distributed table'),
        ]),
      );
      expect(distributionViolations(catalog)).toEqual(
        expect.arrayContaining([expect.stringContaining('table probe_notes is not in db/distribution.ts')]),
      );
    } finally {
      await sql`DROP TABLE probe_tags, probe_notes`.execute(ctx.db);
    }
  });
});

describe('Citus calls', () => {
  it('creates reference tables first, then each co-location anchor before its members', () => {
    const statements = citusStatements();
    expect(statements.slice(0, REFERENCE_TABLES.length)).toEqual(REFERENCE_TABLES.map((t) => `SELECT create_reference_table('${t}');`));
    for (const table of DISTRIBUTED_TABLES.filter((t) => t.colocateWith)) {
      const anchor = statements.findIndex((s) => s.includes(`create_distributed_table('${table.colocateWith}'`));
      const member = statements.findIndex((s) => s.includes(`create_distributed_table('${table.table}'`));
      expect(anchor).toBeGreaterThanOrEqual(0);
      expect(member).toBeGreaterThan(anchor);
    }
    expect(statements).toContain("SELECT create_distributed_table('event_sources', 'event_id', colocate_with => 'events');");
  });
});
