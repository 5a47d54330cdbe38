import { sql, type Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import type { Database } from './database';

/**
 * The import job queue: pg-boss (a maintained job queue kept in Postgres tables, in its own `pgboss`
 * schema; `SELECT … FOR UPDATE SKIP LOCKED` gives each job to one worker). It needs no new service,
 * only the Postgres server of DATABASE_URL, so any machine that reaches the database can enqueue or
 * work. pg-boss creates and migrates its schema itself; ours (db/migrations) is untouched.
 */

export const IMPORT_QUEUE_NAME = 'import';
export const JOB_SCHEMA = 'pgboss';

export interface JobQueueOptions {
  /** An active job older than this has lost its worker (killed, cut off): it returns to the queue. */
  jobTimeoutSeconds: number;
  /** Workers supervise: they expire lost jobs and retry failed ones (producers need not). */
  supervise: boolean;
}

/** Retries of a failing job, with exponential backoff from `retryDelay` seconds (2, 4, 8 …). */
export const IMPORT_RETRIES = { retryLimit: 3, retryDelay: 2, retryBackoff: true } as const;

/** Connects to the queue on `url` (a small pool of its own), creating the schema and the import queue the first time. */
export async function openJobQueue(url: string, options: JobQueueOptions): Promise<PgBoss> {
  // require, not import(): the launcher's CommonJS hook (see server/routes/imports.routes.ts).
  const PgBossClass = require('pg-boss') as typeof PgBoss;
  const boss = new PgBossClass({
    connectionString: url,
    schema: JOB_SCHEMA,
    max: 3,
    application_name: 'timeline-queue',
    supervise: options.supervise,
    schedule: false,
    // Lost jobs are found by maintenance: run it often enough that one returns within about its timeout.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.ceil(options.jobTimeoutSeconds / 2))),
    monitorStateIntervalSeconds: 60,
  });
  // A dropped connection is reported here and retried by pg-boss; it must not crash a worker.
  boss.on('error', () => undefined);
  await boss.start();
  if (!(await boss.getQueue(IMPORT_QUEUE_NAME))) {
    await boss.createQueue(IMPORT_QUEUE_NAME, { name: IMPORT_QUEUE_NAME, policy: 'standard', expireInSeconds: options.jobTimeoutSeconds, ...IMPORT_RETRIES });
  }
  return boss;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';

export interface JobRow {
  id: string;
  state: JobState;
  retryCount: number;
  retryLimit: number;
  /** What the job imports: the article's file and title, or the URL. */
  input: string;
  createdOn: string;
  startedOn: string | null;
  /** The last error of a failed or retried job. */
  error: string | null;
}

/**
 * The import jobs in the given states, oldest first (what `timeline jobs` prints). Read straight from
 * pg-boss's table, which its documentation describes; null when no queue was ever opened here.
 */
export async function listImportJobs(db: Kysely<Database>, states: JobState[], limit = 200): Promise<JobRow[] | null> {
  const installed = await sql<{ present: boolean }>`SELECT to_regclass(${`${JOB_SCHEMA}.job`}) IS NOT NULL AS present`.execute(db);
  if (!installed.rows[0]?.present) return null;
  const rows = await sql<{
    id: string;
    state: JobState;
    retry_count: number;
    retry_limit: number;
    input: string | null;
    created_on: Date;
    started_on: Date | null;
    error: string | null;
  }>`SELECT id::text, state::text, retry_count, retry_limit,
        coalesce(data->>'url', (data->'article'->>'file') || ': ' || (data->'article'->>'title')) AS input,
        created_on, started_on,
        coalesce(output->>'message', output->>'reason', CASE WHEN output IS NULL THEN NULL ELSE output::text END) AS error
      FROM pgboss.job
      WHERE name = ${IMPORT_QUEUE_NAME} AND state::text IN (${sql.join(states)})
      ORDER BY created_on, id
      LIMIT ${limit}`.execute(db);
  return rows.rows.map((r) => ({
    id: r.id,
    state: r.state,
    retryCount: r.retry_count,
    retryLimit: r.retry_limit,
    input: r.input ?? '(unknown input)',
    createdOn: new Date(r.created_on).toISOString(),
    startedOn: r.started_on ? new Date(r.started_on).toISOString() : null,
    error: r.state === 'completed' ? null : r.error,
  }));
}

/** How many import jobs are in each state (the test's and `timeline jobs`' summary line). */
export async function countImportJobs(db: Kysely<Database>): Promise<Partial<Record<JobState, number>>> {
  const installed = await sql<{ present: boolean }>`SELECT to_regclass(${`${JOB_SCHEMA}.job`}) IS NOT NULL AS present`.execute(db);
  if (!installed.rows[0]?.present) return {};
  const rows = await sql<{ state: JobState; n: number }>`SELECT state::text AS state, count(*)::int AS n FROM pgboss.job WHERE name = ${IMPORT_QUEUE_NAME} GROUP BY state`.execute(db);
  return Object.fromEntries(rows.rows.map((r) => [r.state, r.n]));
}
