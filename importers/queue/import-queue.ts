import type { Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import type { Database } from '../../db/database';
import { IMPORT_QUEUE_NAME, IMPORT_RETRIES } from '../../db/job-queue';
import { readInputs } from '../readers/index';
import { importArticles, type ImportSummary } from '../store/import-articles';
import type { ReadResult } from '../types';
import { articleJob, importJobSchema, urlJob, type ImportJob } from './import-job';

/**
 * Producing and working import jobs on the pg-boss queue (db/job-queue.ts).
 *
 * Exactly-once effect without exactly-once delivery: pg-boss may hand a job out twice (its worker was
 * killed mid-job and the job expired back into the queue), so the work must be harmless to repeat.
 * It is: importArticles stores each article in a transaction keyed by its content hash, so a retry
 * of an article already stored adds nothing, and one whose transaction died with its worker left
 * nothing behind to double.
 */

export interface EnqueueSummary {
  /** Jobs sent, one per article or URL. */
  queued: number;
  jobIds: string[];
  /** Inputs that could not be read on this machine (never queued), each with the reason. */
  failures: { input: string; reason: string }[];
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/**
 * Queues `timeline import --enqueue` inputs: URLs as URL jobs (the worker fetches them); files and
 * manifest entries read here, one article job each (a feed gives one per item). As without
 * --enqueue, a manifest with named inputs only lends them its metadata; alone, it names them all.
 */
export async function enqueueInputs(boss: PgBoss, inputs: string[], options: { manifest?: string; published?: string | null }): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, jobIds: [], failures: [] };
  const published = options.published ?? null;
  for (const url of inputs.filter(isUrl)) await send(boss, urlJob(url, published), summary);
  const files = inputs.filter((input) => !isUrl(input));
  if (files.length || (inputs.length === 0 && options.manifest)) await enqueueRead(boss, readInputs(files, { manifest: options.manifest, published }), summary);
  return summary;
}

/** Queues articles already read (an upload to the API, or files): one job per article. */
export async function enqueueArticles(boss: PgBoss, results: AsyncIterable<ReadResult>): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, jobIds: [], failures: [] };
  await enqueueRead(boss, results, summary);
  return summary;
}

async function enqueueRead(boss: PgBoss, results: AsyncIterable<ReadResult>, summary: EnqueueSummary): Promise<void> {
  for await (const result of results) {
    if (result.ok) await send(boss, articleJob(result.article), summary);
    else summary.failures.push({ input: result.input, reason: result.reason });
  }
}

async function send(boss: PgBoss, job: ImportJob, summary: EnqueueSummary): Promise<void> {
  const id = await boss.send(IMPORT_QUEUE_NAME, job, { ...IMPORT_RETRIES });
  if (id) {
    summary.queued++;
    summary.jobIds.push(id);
  }
}

/** One job's inputs as the importer reads them. */
async function* jobInputs(job: ImportJob): AsyncIterable<ReadResult> {
  if (job.kind === 'article') yield { ok: true, article: job.article };
  else yield* readInputs([job.url], { published: job.published });
}

export interface WorkOptions {
  /** Jobs this process works on at once (each a connection and a share of the CPU). */
  concurrency: number;
  /** Called after each job with its id and outcome (the worker's log line). */
  onJob?: (id: string, outcome: { summary?: ImportSummary; error?: string }) => void;
}

/**
 * Takes import jobs until the boss stops. A job whose article or URL fails throws, so pg-boss records
 * the error (`timeline jobs` shows it) and retries it with backoff; a malformed job fails the same way.
 */
export async function workImportJobs(db: Kysely<Database>, boss: PgBoss, options: WorkOptions): Promise<void> {
  const handler = async (jobs: PgBoss.Job<unknown>[]) => {
    for (const job of jobs) {
      try {
        const parsed = importJobSchema.safeParse(job.data);
        if (!parsed.success) throw new Error(`malformed import job: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        const summary = await importArticles(db, jobInputs(parsed.data), { batchSize: 1 });
        if (summary.stopped) throw new Error(summary.stopped);
        if (summary.failures.length) throw new Error(summary.failures.map((f) => `${f.input}: ${f.reason}`).join('; '));
        options.onJob?.(job.id, { summary });
      } catch (error) {
        options.onJob?.(job.id, { error: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    }
  };
  for (let i = 0; i < options.concurrency; i++) {
    await boss.work(IMPORT_QUEUE_NAME, { batchSize: 1, pollingIntervalSeconds: 0.5 }, handler);
  }
}
