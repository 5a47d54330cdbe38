import type PgBoss from 'pg-boss';
import type { Config } from '../../db/config';
import { openJobQueue } from '../../db/job-queue';

/**
 * The job queue `serve` and `start` hand the API when IMPORT_QUEUE=1 (uploads are queued for
 * `timeline worker`), or null. The server only sends jobs: workers supervise the queue.
 */
export async function serverJobQueue(config: Config): Promise<PgBoss | null> {
  if (!config.server.importQueue || !config.database.databaseUrl) return null;
  return openJobQueue(config.database.databaseUrl, { jobTimeoutSeconds: config.queue.jobTimeoutSeconds, supervise: false });
}
