import { sql, type Kysely } from 'kysely';
import { CELL_KEY, cellValues, countedColumnsDiffer, rebuildRollupsFunction, rollupEventRow, storedPairsSql } from './rollup-sql';

/**
 * One netted pass over the facet rollups per transaction (issue 14, docs/benchmarks.md "Costs of
 * keeping the rollups").
 *
 * Before, each statement that wrote events or links wrote the rollup cells it changed: an import's
 * batch paid three statements' triggers (events insert, merged-event update, links insert), each
 * reading the touched events' links and upserting its cells, and each upsert of migration 0008's
 * cells paid migration 0017's statement triggers an upsert per marginal sum (twice per statement: an
 * INSERT … ON CONFLICT fires the insert triggers for its new cells and the update triggers for the
 * others), so a year cell or a marginal sum was often written several times in one transaction.
 *
 * Now the statement triggers only note, per transaction, each touched event as the rollups count it
 * (its counted columns and its companies when the transaction first touched it; nothing for an event
 * it created) in rollup_pending. A deferred constraint trigger runs rollup_pass_apply() once at
 * commit: it nets each noted event's cells under that state against its cells now (the event's row
 * and links as committed), and writes each changed cell of event_rollup and event_company_rollup and
 * each changed marginal sum of migration 0017 once, in one statement. The marginal sums are written
 * from the netted cells by that statement, no longer by triggers on the cell tables;
 * rebuild_event_rollups() rebuilds them too.
 *
 * An event the transaction created needs no look-up of its links before (it had none): the import's
 * links statement, whose events are mostly new, notes only the events it did not create. Within the
 * transaction the rollups lag the tables (a read of them in the writing transaction sees its writes
 * uncounted); SET CONSTRAINTS rollup_pass_flush IMMEDIATE brings them up to date at once.
 *
 * rollup_pending and rollup_pass are keyed by the transaction, so concurrent writers never wait on
 * each other's notes, and emptied by the pass; UNLOGGED, since no row outlives its transaction.
 */
const KEYS = {
  facet_date_rollup: 'date_precision, grain, bucket, facet, value, retracted',
  company_date_rollup: 'date_precision, grain, bucket, company_id, retracted',
  company_place_rollup: 'jurisdiction, date_precision, grain, bucket, company_id, retracted',
} as const;

const CELL = 'date_precision, grain, bucket, jurisdiction, type, status, retracted';
const COMPANY_CELL = `company_id, ${CELL}`;

/**
 * The rows `rows` (0008's cell columns and n) summed into `table` (migration 0017's marginal sums),
 * in key order. `upsert`: add to the sums there (the pass); otherwise plain inserts (the rebuild).
 */
function marginalInsert(table: keyof typeof KEYS, rows: string, upsert: boolean): string {
  const keys = KEYS[table];
  const source =
    table === 'facet_date_rollup'
      ? `SELECT d.*, f.facet, f.value FROM (${rows}) AS d
         CROSS JOIN LATERAL (VALUES ('jurisdiction', d.jurisdiction), ('type', d.type), ('status', d.status)) AS f (facet, value)`
      : `SELECT ${keys}, n FROM (${rows}) AS d`;
  return `
    INSERT INTO ${table} AS r (${keys}, n)
    SELECT ${keys}, sum(n)::integer FROM (${source}) AS s
    GROUP BY ${keys} HAVING sum(n) <> 0 ORDER BY ${keys}
    ${upsert ? `ON CONFLICT (${keys}) DO UPDATE SET n = r.n + EXCLUDED.n` : ''}`;
}

/** Notes the current transaction (once): its pass runs at commit. */
const MARK = 'INSERT INTO rollup_pass (xact) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;';

/**
 * rollup_pass_apply(): this transaction's notes, netted and written. One statement, so that each
 * table gets one upsert: the noted events (`p`) as counted (`before`) and as they are (`after`,
 * absent when deleted), their event cells netted (`ecells`), their links before and now through
 * storedPairsSql, told apart by the id they carry (2 × event id before, 2 × event id + 1 now), their
 * company cells netted (`ccells`), then every table written from those two.
 */
function passFunction() {
  const own = `SELECT ${COMPANY_CELL}, n FROM ccells WHERE company_key = 0 AND company_id <> 0`;
  return sql`
    CREATE FUNCTION rollup_pass_apply() RETURNS void
    LANGUAGE sql AS $$
      WITH p AS MATERIALIZED (
        DELETE FROM rollup_pending WHERE xact = pg_current_xact_id() RETURNING event_id, before, links
      ),
      counted AS (
        SELECT -1 AS sign, p.event_id::bigint * 2 AS tag, (p.before).* FROM p WHERE (p.before).id IS NOT NULL
        UNION ALL
        SELECT 1, e.id::bigint * 2 + 1, ${sql.raw(['e.id', 'e.date_precision', 'e.date_start', 'e.jurisdiction', 'e.type', 'e.status', 'e.retracted'].join(', '))}
        FROM p CROSS JOIN LATERAL (SELECT * FROM events e WHERE e.id = p.event_id OFFSET 0) AS e
      ),
      ecells (${sql.raw(CELL_KEY)}, n) AS MATERIALIZED (
        SELECT ${sql.raw(cellValues('e', 'g'))}, sum(e.sign)::integer
        FROM counted e CROSS JOIN LATERAL rollup_grains(e.date_start) AS g
        GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(e.sign) <> 0
      ),
      l AS (
        SELECT p.event_id::bigint * 2 AS event_id, c.company_id FROM p CROSS JOIN LATERAL (SELECT DISTINCT unnest(p.links) AS company_id) AS c
        WHERE (p.before).id IS NOT NULL
        UNION ALL
        SELECT p.event_id::bigint * 2 + 1, ec.company_id FROM p CROSS JOIN LATERAL (SELECT company_id FROM event_companies ec WHERE ec.event_id = p.event_id OFFSET 0) AS ec
      ),
      ${storedPairsSql('l')},
      ccells (company_key, company_id, ${sql.raw(CELL_KEY)}, n) AS MATERIALIZED (
        SELECT p.company_key, p.company_id, ${sql.raw(cellValues('e', 'g'))}, sum(e.sign)::integer
        FROM pairs p JOIN counted e ON e.tag = p.event_id
        CROSS JOIN LATERAL rollup_grains(e.date_start) AS g
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(e.sign) <> 0
      ),
      w1 AS (
        INSERT INTO event_rollup AS r (${sql.raw(CELL_KEY)}, n)
        SELECT ${sql.raw(CELL_KEY)}, n FROM ecells ORDER BY ${sql.raw(CELL_KEY)}
        ON CONFLICT (${sql.raw(CELL_KEY)}) DO UPDATE SET n = r.n + EXCLUDED.n
      ),
      w2 AS (
        INSERT INTO event_company_rollup AS r (company_key, company_id, ${sql.raw(CELL_KEY)}, n)
        SELECT company_key, company_id, ${sql.raw(CELL_KEY)}, n FROM ccells ORDER BY company_key, grain, bucket, company_id
        ON CONFLICT (company_key, grain, bucket, company_id, date_precision, jurisdiction, type, status, retracted) DO UPDATE SET n = r.n + EXCLUDED.n
      ),
      w3 AS (${sql.raw(marginalInsert('facet_date_rollup', `SELECT ${CELL}, n FROM ecells`, true))}),
      w4 AS (${sql.raw(marginalInsert('company_date_rollup', own, true))}),
      w5 AS (${sql.raw(marginalInsert('company_place_rollup', own, true))})
      SELECT
    $$`;
}

/**
 * The note of a statement on events or links: each event of `ids` (a query of event ids) this
 * transaction has not noted yet, with its counted columns from `events` and its companies before the
 * statement (`before`: a query of (event_id, company_id) rows, given `ids` as the CTE `ids`).
 */
function noteLinked(ids: string, before: string): string {
  return `
      WITH ids AS (SELECT DISTINCT i.event_id FROM (${ids}) AS i (event_id)
                   WHERE NOT EXISTS (SELECT 1 FROM rollup_pending q WHERE q.xact = pg_current_xact_id() AND q.event_id = i.event_id)),
      b AS (SELECT event_id, array_agg(company_id) AS links FROM (${before}) AS x (event_id, company_id) GROUP BY event_id)
      INSERT INTO rollup_pending (event_id, before, links)
      SELECT e.id, ${rollupEventRow('e')}, coalesce(b.links, '{}')
      FROM ids CROSS JOIN LATERAL (SELECT * FROM events e WHERE e.id = ids.event_id OFFSET 0) AS e LEFT JOIN b ON b.event_id = e.id
      ON CONFLICT DO NOTHING;`;
}

function plpgsql(name: string, body: string) {
  return sql.raw(`
    CREATE FUNCTION ${name}() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      v_rows bigint;
    BEGIN
      ${body}
      RETURN NULL;
    END
    $$`);
}

/** The links of the events of `ids` now: one index look-up per event (the planner, with statistics lagging an import, hashed the whole table). */
const linksNow = (ids: string) =>
  `SELECT i.event_id, l.company_id FROM ${ids} AS i CROSS JOIN LATERAL (SELECT company_id FROM event_companies l WHERE l.event_id = i.event_id OFFSET 0) AS l`;

/** The statement triggers migrations 0008, 0013 and 0016 left, each replaced by a note. */
const REPLACED = [
  ['events_rollup_insert', 'events', 'AFTER INSERT', 'NEW TABLE AS new_rows', 'events_rollup_insert'],
  ['events_rollup_update_rows', 'events', 'AFTER UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows', 'events_rollup_update_rows'],
  ['events_rollup_delete', 'events', 'AFTER DELETE', 'OLD TABLE AS old_rows', 'events_rollup_delete'],
  ['event_companies_rollup_insert', 'event_companies', 'AFTER INSERT', 'NEW TABLE AS new_links', 'event_companies_rollup'],
  ['event_companies_rollup_delete', 'event_companies', 'AFTER DELETE', 'OLD TABLE AS old_links', 'event_companies_rollup'],
  ['event_companies_rollup_update', 'event_companies', 'AFTER UPDATE', 'OLD TABLE AS old_links NEW TABLE AS new_links', 'event_companies_rollup'],
] as const;

const MARGINAL_TRIGGERS = [
  ['event_marginal_rollup', 'event_rollup'],
  ['company_marginal_rollup', 'event_company_rollup'],
] as const;
const OPS = ['INSERT', 'UPDATE', 'DELETE'] as const;
const transitions = (op: (typeof OPS)[number]) =>
  op === 'INSERT' ? 'NEW TABLE AS new_cells' : op === 'DELETE' ? 'OLD TABLE AS old_cells' : 'OLD TABLE AS old_cells NEW TABLE AS new_cells';

/** rebuild_event_rollups(): this transaction's notes applied first, the marginal sums rebuilt from the cells last. */
const REBUILD_FIRST = `
      PERFORM rollup_pass_apply();`;
const REBUILD_LAST = `
      IF NOT p_companies_only THEN
        DELETE FROM facet_date_rollup;
        ${marginalInsert('facet_date_rollup', `SELECT ${CELL}, n FROM event_rollup`, false)};
      END IF;
      DELETE FROM company_date_rollup;
      ${marginalInsert('company_date_rollup', `SELECT ${COMPANY_CELL}, n FROM event_company_rollup WHERE company_key = 0 AND company_id <> 0`, false)};
      DELETE FROM company_place_rollup;
      ${marginalInsert('company_place_rollup', `SELECT ${COMPANY_CELL}, n FROM event_company_rollup WHERE company_key = 0 AND company_id <> 0`, false)};`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE UNLOGGED TABLE rollup_pending (
      xact xid8 NOT NULL DEFAULT pg_current_xact_id(),
      event_id integer NOT NULL,
      before rollup_event,
      links integer[] NOT NULL,
      PRIMARY KEY (xact, event_id))`.execute(db);
  await sql`CREATE UNLOGGED TABLE rollup_pass (xact xid8 PRIMARY KEY)`.execute(db);
  await sql`${passFunction()}`.execute(db);
  await sql`
    CREATE FUNCTION rollup_pass_flush() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM rollup_pass WHERE xact = NEW.xact;
      PERFORM rollup_pass_apply();
      RETURN NULL;
    END
    $$`.execute(db);
  await sql`
    CREATE CONSTRAINT TRIGGER rollup_pass_flush AFTER INSERT ON rollup_pass
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION rollup_pass_flush()`.execute(db);

  // Events created: nothing was counted for them, and they have no links yet.
  await sql`${plpgsql(
    'rollup_note_events_insert',
    `INSERT INTO rollup_pending (event_id, before, links) SELECT id, NULL, '{}' FROM new_rows ON CONFLICT DO NOTHING;
      ${MARK}`,
  )}`.execute(db);
  // Events updated: only those whose counted columns changed (the search document's updates write none);
  // their links are as the statement found them.
  await sql`${plpgsql(
    'rollup_note_events_update',
    `WITH changed AS (SELECT o.* FROM old_rows o
                        WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id AND NOT (${countedColumnsDiffer('o', 'n')}))
                        AND NOT EXISTS (SELECT 1 FROM rollup_pending q WHERE q.xact = pg_current_xact_id() AND q.event_id = o.id))
      INSERT INTO rollup_pending (event_id, before, links)
      SELECT c.id, ${rollupEventRow('c')}, ARRAY(SELECT l.company_id FROM event_companies l WHERE l.event_id = c.id) FROM changed c
      ON CONFLICT DO NOTHING;
      GET DIAGNOSTICS v_rows = ROW_COUNT;
      IF v_rows > 0 THEN
        ${MARK}
      END IF;`,
  )}`.execute(db);
  // Events deleted: their links went first (migration 0008's BEFORE DELETE), noted with them.
  await sql`${plpgsql(
    'rollup_note_events_delete',
    `INSERT INTO rollup_pending (event_id, before, links) SELECT o.id, ${rollupEventRow('o')}, '{}' FROM old_rows o ON CONFLICT DO NOTHING;
      ${MARK}`,
  )}`.execute(db);
  // Links: the events' companies before the statement are the links now, less the rows it added, plus those it removed.
  await sql`${plpgsql(
    'rollup_note_links',
    `IF TG_OP = 'INSERT' THEN
        ${noteLinked('SELECT event_id FROM new_links', `${linksNow('ids')} EXCEPT ALL SELECT event_id, company_id FROM new_links`)}
      ELSIF TG_OP = 'DELETE' THEN
        ${noteLinked('SELECT event_id FROM old_links', `${linksNow('ids')} UNION ALL SELECT event_id, company_id FROM old_links`)}
      ELSE
        -- Most updates only copy an event's new date_start or jurisdiction onto its links (migrations 0005, 0013): same links.
        IF NOT EXISTS ((SELECT event_id, company_id FROM old_links EXCEPT ALL SELECT event_id, company_id FROM new_links)
                       UNION ALL (SELECT event_id, company_id FROM new_links EXCEPT ALL SELECT event_id, company_id FROM old_links)) THEN
          RETURN NULL;
        END IF;
        ${noteLinked(
          'SELECT event_id FROM old_links UNION ALL SELECT event_id FROM new_links',
          `(${linksNow('ids')} EXCEPT ALL SELECT event_id, company_id FROM new_links) UNION ALL SELECT event_id, company_id FROM old_links`,
        )}
      END IF;
      ${MARK}`,
  )}`.execute(db);

  for (const [trigger, table] of REPLACED) await sql`DROP TRIGGER ${sql.raw(trigger)} ON ${sql.table(table)}`.execute(db);
  for (const [name, table] of MARGINAL_TRIGGERS) {
    for (const op of OPS) await sql`DROP TRIGGER ${sql.raw(`${name}_${op.toLowerCase()}`)} ON ${sql.table(table)}`.execute(db);
  }
  await sql`
    CREATE TRIGGER events_rollup_note_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rollup_note_events_insert()`.execute(db);
  await sql`
    CREATE TRIGGER events_rollup_note_update AFTER UPDATE ON events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rollup_note_events_update()`.execute(db);
  await sql`
    CREATE TRIGGER events_rollup_note_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rollup_note_events_delete()`.execute(db);
  for (const [op, refs] of [
    ['INSERT', 'NEW TABLE AS new_links'],
    ['DELETE', 'OLD TABLE AS old_links'],
    ['UPDATE', 'OLD TABLE AS old_links NEW TABLE AS new_links'],
  ] as const) {
    await sql`
      CREATE TRIGGER ${sql.raw(`event_companies_rollup_note_${op.toLowerCase()}`)} AFTER ${sql.raw(op)} ON event_companies
      REFERENCING ${sql.raw(refs)} FOR EACH STATEMENT EXECUTE FUNCTION rollup_note_links()`.execute(db);
  }
  await sql`${rebuildRollupsFunction(storedPairsSql, true, REBUILD_FIRST, REBUILD_LAST)}`.execute(db);
}

/** Back to a write of the cells per statement (migrations 0008 to 0017; their functions are still there). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const trigger of ['events_rollup_note_insert', 'events_rollup_note_update', 'events_rollup_note_delete']) {
    await sql`DROP TRIGGER IF EXISTS ${sql.raw(trigger)} ON events`.execute(db);
  }
  for (const op of ['insert', 'delete', 'update']) await sql`DROP TRIGGER IF EXISTS ${sql.raw(`event_companies_rollup_note_${op}`)} ON event_companies`.execute(db);
  // This transaction's notes first: the cells the triggers below will keep must be current.
  await sql`SELECT rollup_pass_apply()`.execute(db);
  await sql`DROP TRIGGER IF EXISTS rollup_pass_flush ON rollup_pass`.execute(db);
  for (const fn of ['rollup_note_links()', 'rollup_note_events_delete()', 'rollup_note_events_update()', 'rollup_note_events_insert()', 'rollup_pass_flush()', 'rollup_pass_apply()']) {
    await sql`DROP FUNCTION IF EXISTS ${sql.raw(fn)}`.execute(db);
  }
  await sql`DROP TABLE IF EXISTS rollup_pass`.execute(db);
  await sql`DROP TABLE IF EXISTS rollup_pending`.execute(db);
  for (const [trigger, table, when, refs, fn] of REPLACED) {
    await sql`
      CREATE TRIGGER ${sql.raw(trigger)} ${sql.raw(when)} ON ${sql.table(table)} REFERENCING ${sql.raw(refs)}
      FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(fn)}()`.execute(db);
  }
  for (const [name, table] of MARGINAL_TRIGGERS) {
    for (const op of OPS) {
      await sql`
        CREATE TRIGGER ${sql.raw(`${name}_${op.toLowerCase()}`)} AFTER ${sql.raw(op)} ON ${sql.table(table)}
        REFERENCING ${sql.raw(transitions(op))} FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(`${name}_${op.toLowerCase()}`)}()`.execute(db);
    }
  }
  await sql`${rebuildRollupsFunction(storedPairsSql, true)}`.execute(db);
}
