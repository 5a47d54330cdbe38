import { z } from 'zod';

/**
 * Every environment variable the app reads, declared once. The command line (cli/cli.ts) hands the
 * environment to readConfig once at startup and passes the result down: connect() gets `database`,
 * the server gets the rest; no other module reads the environment. A bad value stops the command with
 * one line naming the variable and what it expects. The README's variable table is tested against
 * this schema (test/docs/readme.test.ts): a new variable here needs a row there, with its default.
 *
 * Each entry's description says what the variable expects, in the words of the error message.
 * An empty value counts as unset (`DATABASE_URL=` selects PGlite, as docker-compose and tests do).
 */

const PINO_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A whole number written in digits (no sign, exponent or hex), within [min, max]; `fallback` when unset. */
function wholeNumber(min: number, max: number, fallback: number, expects: string) {
  return z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(fallback)
    .describe(expects);
}

export const ENVIRONMENT = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//)
    .optional()
    .describe('a postgres:// URL'),
  DATABASE_READ_URLS: z
    .string()
    .refine((value) => value.split(',').every((url) => /^postgres(ql)?:\/\/\S+$/.test(url.trim())), { message: 'not postgres:// URLs' })
    .transform((value) => value.split(',').map((url) => url.trim()))
    .optional()
    .describe('comma-separated postgres:// URLs of read replicas, with DATABASE_URL set'),
  DATABASE_READ_MAX_LAG_SECONDS: wholeNumber(0, 86_400, 30, 'a whole number of seconds 0-86400'),
  DATABASE_READ_RETRY_SECONDS: wholeNumber(1, 3600, 5, 'a whole number of seconds 1-3600'),
  TIMELINE_DATA_DIR: z.string().default('./data').describe("a directory for PGlite's data, or memory://"),
  PORT: wholeNumber(0, 65535, 3000, 'a port number 0-65535'),
  PG_POOL_MAX: wholeNumber(1, 1000, 10, 'a pool size 1-1000'),
  STATEMENT_TIMEOUT_MS: wholeNumber(1, 86_400_000, 15000, 'a whole number of milliseconds ≥ 1'),
  FACET_CACHE_SECONDS: wholeNumber(0, 60, 60, 'a whole number of seconds 0-60 (0: off)'),
  FACET_CACHE_ENTRIES: wholeNumber(1, 10_000_000, 2000, 'a whole number of entries ≥ 1'),
  RESPONSE_CACHE_SECONDS: wholeNumber(0, 60, 60, 'a whole number of seconds 0-60 (0: off)'),
  RESPONSE_CACHE_MB: wholeNumber(1, 100_000, 32, 'a whole number of megabytes ≥ 1'),
  WRITE_RATE_LIMIT_PER_IP: wholeNumber(0, 1_000_000, 120, 'a whole number of writes a minute ≥ 0 (0: off)'),
  WRITE_RATE_LIMIT_PER_KEY: wholeNumber(0, 1_000_000, 60, 'a whole number of writes a minute ≥ 0 (0: off)'),
  SEARCH_RATE_LIMIT_PER_IP: wholeNumber(0, 1_000_000, 600, 'a whole number of searches a minute ≥ 0 (0: off)'),
  SEARCH_RANK_CANDIDATES: wholeNumber(0, 10_000_000, 2000, 'a whole number of matches ≥ 0 (0: rank every match)'),
  LOG_LEVEL: z.enum(PINO_LEVELS).default('info').describe(`one of ${PINO_LEVELS.join(', ')}`),
  IMPORT_ALLOW_PRIVATE_URLS: z.enum(['0', '1']).optional().describe('1 (allow) or 0'),
  IMPORT_QUEUE: z.enum(['0', '1']).optional().describe('1 (queue uploads for workers, with DATABASE_URL set) or 0'),
  IMPORT_JOB_TIMEOUT_SECONDS: wholeNumber(1, 86_400, 300, 'a whole number of seconds 1-86400'),
  WEBHOOK_RETRY_BASE_MS: wholeNumber(1, 3_600_000, 30_000, 'a whole number of milliseconds 1-3600000'),
});

export type EnvironmentName = keyof typeof ENVIRONMENT.shape;

/** The settings, grouped by who uses them. */
export interface Config {
  /** For connect(): DATABASE_URL selects pg, otherwise PGlite in dataDir. */
  database: {
    databaseUrl?: string;
    dataDir: string;
    poolMax: number;
    statementTimeoutMs: number;
    /** Read replicas (pg only) and when one is skipped or retried. */
    readUrls: string[];
    readMaxLagSeconds: number;
    readRetrySeconds: number;
  };
  /** `serve` and `start` listen here unless --port says otherwise. */
  port: number;
  server: ServerConfig;
  /** The import job queue (db/job-queue.ts): a job active longer than this lost its worker and is retried. */
  queue: { jobTimeoutSeconds: number };
}

/** What createApp and `timeline serve` need. */
export interface ServerConfig {
  /** Seconds (0: off, at most the public 60) and size of each cache. */
  facetCache: { seconds: number; entries: number };
  responseCache: { seconds: number; megabytes: number };
  /** Requests a minute; 0 turns a limit off. */
  rateLimits: { writesPerIp: number; writesPerKey: number; searchesPerIp: number };
  /** sort=relevance ranks at most this many matches, the most recently first seen (db/repositories/relevance-page.ts); null: every match. */
  searchRankCandidates: number | null;
  logLevel: (typeof PINO_LEVELS)[number];
  /** Imports by URL and webhook deliveries may reach private and local addresses (tests, an intranet). */
  importAllowPrivateUrls: boolean;
  /** POST /api/v1/imports queues uploads for `timeline worker` instead of importing them in the request. */
  importQueue: boolean;
  /** Webhooks: the first retry's wait; each later one waits twice as long (up to an hour), for 24 h. */
  webhookRetryBaseMs: number;
}

/** A bad environment: one line per bad variable, naming it, what it expects and what it got. */
export class ConfigError extends Error {}

/** Parses the environment into the settings, or throws a ConfigError. */
export function readConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(Object.keys(ENVIRONMENT.shape).flatMap((name) => (env[name] ? [[name, env[name]]] : [])));
  // Replicas of what? Without a primary they would be a second, silent database: refused by name.
  // Workers share the queue through a Postgres server; PGlite is one process's database.
  const parsed = ENVIRONMENT.refine((e) => !e.DATABASE_READ_URLS || e.DATABASE_URL, { path: ['DATABASE_READ_URLS'] })
    .refine((e) => e.IMPORT_QUEUE !== '1' || e.DATABASE_URL, { path: ['IMPORT_QUEUE'] })
    .safeParse(present);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))] as EnvironmentName[];
    throw new ConfigError(names.map((name) => `${name} must be ${ENVIRONMENT.shape[name].description}, got '${present[name]}'`).join('\n'));
  }
  const e = parsed.data;
  return {
    database: {
      databaseUrl: e.DATABASE_URL,
      dataDir: e.TIMELINE_DATA_DIR,
      poolMax: e.PG_POOL_MAX,
      statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
      readUrls: e.DATABASE_READ_URLS ?? [],
      readMaxLagSeconds: e.DATABASE_READ_MAX_LAG_SECONDS,
      readRetrySeconds: e.DATABASE_READ_RETRY_SECONDS,
    },
    port: e.PORT,
    server: {
      facetCache: { seconds: e.FACET_CACHE_SECONDS, entries: e.FACET_CACHE_ENTRIES },
      responseCache: { seconds: e.RESPONSE_CACHE_SECONDS, megabytes: e.RESPONSE_CACHE_MB },
      rateLimits: { writesPerIp: e.WRITE_RATE_LIMIT_PER_IP, writesPerKey: e.WRITE_RATE_LIMIT_PER_KEY, searchesPerIp: e.SEARCH_RATE_LIMIT_PER_IP },
      searchRankCandidates: e.SEARCH_RANK_CANDIDATES === 0 ? null : e.SEARCH_RANK_CANDIDATES,
      logLevel: e.LOG_LEVEL,
      importAllowPrivateUrls: e.IMPORT_ALLOW_PRIVATE_URLS === '1',
      importQueue: e.IMPORT_QUEUE === '1',
      webhookRetryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
    },
    queue: { jobTimeoutSeconds: e.IMPORT_JOB_TIMEOUT_SECONDS },
  };
}

/** Each variable's default as the README writes it (undefined: unset). */
export function environmentDefaults(): Record<EnvironmentName, string | undefined> {
  const defaults = ENVIRONMENT.parse({});
  return Object.fromEntries(Object.keys(ENVIRONMENT.shape).map((name) => [name, defaults[name as EnvironmentName]?.toString()])) as Record<EnvironmentName, string | undefined>;
}
