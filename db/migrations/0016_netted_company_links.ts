import { sql, type Kysely } from 'kysely';
import { companyRelinkFunction, rollupEventRow } from './rollup-sql';

/**
 * The company rollup cells of a statement of links, netted per cell (issue 14, docs/benchmarks.md
 * "Costs of keeping the rollups").
 *
 * Migration 0008's trigger on event_companies took every touched event's company cells out under its
 * links before the statement, then put them back under its links after: two upserts for each of the
 * event's cells, at three grains, though only the cells of the pairs a new or removed link makes or
 * breaks change. An import's statement of links adds companies to events that already have some (a
 * mention joining an event names one more company), so most of those upserts wrote a cell back to
 * the count it had. Now both link sets go through rollup_companies_relink, which nets each (event,
 * pair) and each cell before it writes (as migration 0013 did for updates of events): a cell is
 * written once if its count changes, and not at all otherwise.
 *
 * The trigger function keeps its name and its triggers; only its last step changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`${companyRelinkFunction()}`.execute(db);
  await sql`${linksTrigger('PERFORM rollup_companies_relink(v_events, v_before, v_after);')}`.execute(db);
}

/** Back to migration 0008's two passes (rollup_companies_apply is still there, as migration 0014 left it). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`${linksTrigger('PERFORM rollup_companies_apply(-1, v_events, v_before);\n      PERFORM rollup_companies_apply(1, v_events, v_after);')}`.execute(db);
  await sql`DROP FUNCTION IF EXISTS rollup_companies_relink(rollup_event[], rollup_link[], rollup_link[])`.execute(db);
}

/**
 * event_companies_rollup() as migration 0008 wrote it (each touched event's links before and after the
 * statement, and the events' counted columns), ending in `apply`.
 */
function linksTrigger(apply: string) {
  return sql.raw(`
    CREATE OR REPLACE FUNCTION event_companies_rollup() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE
      v_ids integer[];
      v_events rollup_event[];
      v_before rollup_link[];
      v_after rollup_link[];
    BEGIN
      IF TG_OP = 'INSERT' THEN
        v_ids := ARRAY(SELECT DISTINCT event_id FROM new_links);
        v_after := ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM event_companies WHERE event_id = ANY (v_ids));
        v_before := ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM event_companies WHERE event_id = ANY (v_ids)
                          EXCEPT ALL SELECT ROW(event_id, company_id)::rollup_link FROM new_links);
      ELSIF TG_OP = 'DELETE' THEN
        v_ids := ARRAY(SELECT DISTINCT event_id FROM old_links);
        v_after := ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM event_companies WHERE event_id = ANY (v_ids));
        v_before := v_after || ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM old_links);
      ELSE
        -- Most updates only copy an event's new date_start onto its links (migration 0005): same links, nothing to do.
        IF NOT EXISTS ((SELECT event_id, company_id FROM old_links EXCEPT ALL SELECT event_id, company_id FROM new_links)
                       UNION ALL (SELECT event_id, company_id FROM new_links EXCEPT ALL SELECT event_id, company_id FROM old_links)) THEN
          RETURN NULL;
        END IF;
        v_ids := ARRAY(SELECT event_id FROM old_links UNION SELECT event_id FROM new_links);
        v_after := ARRAY(SELECT ROW(event_id, company_id)::rollup_link FROM event_companies WHERE event_id = ANY (v_ids));
        v_before := ARRAY((SELECT ROW(event_id, company_id)::rollup_link FROM event_companies WHERE event_id = ANY (v_ids)
                           EXCEPT ALL SELECT ROW(event_id, company_id)::rollup_link FROM new_links)
                          UNION ALL SELECT ROW(event_id, company_id)::rollup_link FROM old_links);
      END IF;
      v_events := ARRAY(SELECT ${rollupEventRow()}
                        FROM events WHERE id = ANY (v_ids));
      ${apply}
      RETURN NULL;
    END
    $$`);
}
