import { ConfigError, readConfig } from '../../db/config';

/** The environment schema (db/config.ts): defaults, empty as unset, and one clear line per bad variable. */
describe('readConfig', () => {
  it('gives every default when nothing is set, and treats an empty value as unset', () => {
    const config = readConfig({ DATABASE_URL: '', PORT: '' });
    expect(config.database).toEqual({ databaseUrl: undefined, dataDir: './data', poolMax: 10, statementTimeoutMs: 15000, readUrls: [], readMaxLagSeconds: 30, readRetrySeconds: 5 });
    expect(config.port).toBe(3000);
    expect(config.server).toEqual({
      facetCache: { seconds: 60, entries: 2000 },
      responseCache: { seconds: 60, megabytes: 32 },
      rateLimits: { writesPerIp: 120, writesPerKey: 60, searchesPerIp: 600 },
      searchRankCandidates: 2000,
      logLevel: 'info',
      importAllowPrivateUrls: false,
      importQueue: false,
      webhookRetryBaseMs: 30000,
    });
    expect(config.queue).toEqual({ jobTimeoutSeconds: 300 });
  });

  it('reads numbers, URLs and switches', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://u@db:5432/t', PG_POOL_MAX: '4', PORT: '0', WRITE_RATE_LIMIT_PER_KEY: '0', IMPORT_ALLOW_PRIVATE_URLS: '1', LOG_LEVEL: 'warn' });
    expect(config.database).toMatchObject({ databaseUrl: 'postgres://u@db:5432/t', poolMax: 4 });
    expect(config.port).toBe(0);
    expect(config.server).toMatchObject({ rateLimits: { writesPerKey: 0 }, importAllowPrivateUrls: true, logLevel: 'warn' });
    // 0: no bound on the matches a relevance page ranks.
    expect(readConfig({ SEARCH_RANK_CANDIDATES: '0' }).server.searchRankCandidates).toBeNull();
    expect(readConfig({ SEARCH_RANK_CANDIDATES: '50' }).server.searchRankCandidates).toBe(50);
  });

  it('reads replica URLs, comma-separated, beside a primary', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://u@db:5432/t', DATABASE_READ_URLS: 'postgres://u@r1:5432/t, postgresql://u@r2/t', DATABASE_READ_MAX_LAG_SECONDS: '5' });
    expect(config.database).toMatchObject({ readUrls: ['postgres://u@r1:5432/t', 'postgresql://u@r2/t'], readMaxLagSeconds: 5, readRetrySeconds: 5 });
  });

  it.each([
    [{ DATABASE_URL: 'postgres://db/t', DATABASE_READ_URLS: 'postgres://r1/t,mysql://r2' }, "DATABASE_READ_URLS must be comma-separated postgres:// URLs of read replicas, with DATABASE_URL set, got 'postgres://r1/t,mysql://r2'"],
    [{ DATABASE_READ_URLS: 'postgres://r1/t' }, "DATABASE_READ_URLS must be comma-separated postgres:// URLs of read replicas, with DATABASE_URL set, got 'postgres://r1/t'"],
    [{ IMPORT_QUEUE: '1' }, "IMPORT_QUEUE must be 1 (queue uploads for workers, with DATABASE_URL set) or 0, got '1'"],
    [{ DATABASE_URL: 'postgres://db/t', DATABASE_READ_MAX_LAG_SECONDS: '-1' }, "DATABASE_READ_MAX_LAG_SECONDS must be a whole number of seconds 0-86400, got '-1'"],
    [{ PORT: 'abc' }, "PORT must be a port number 0-65535, got 'abc'"],
    [{ PORT: '70000' }, "PORT must be a port number 0-65535, got '70000'"],
    // Number() would have read these as 16, 1000 and 12: only plain digits are a number here.
    [{ PG_POOL_MAX: '0x10' }, "PG_POOL_MAX must be a pool size 1-1000, got '0x10'"],
    [{ STATEMENT_TIMEOUT_MS: '1e3' }, "STATEMENT_TIMEOUT_MS must be a whole number of milliseconds ≥ 1, got '1e3'"],
    [{ WRITE_RATE_LIMIT_PER_IP: '-1' }, "WRITE_RATE_LIMIT_PER_IP must be a whole number of writes a minute ≥ 0 (0: off), got '-1'"],
    [{ DATABASE_URL: 'mysql://x' }, "DATABASE_URL must be a postgres:// URL, got 'mysql://x'"],
    [{ LOG_LEVEL: 'loud' }, "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got 'loud'"],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(new ConfigError(message));
  });

  it('names every bad variable, one line each', () => {
    expect(() => readConfig({ PORT: 'abc', FACET_CACHE_SECONDS: '120', PG_POOL_MAX: '8' })).toThrow(
      new ConfigError("PORT must be a port number 0-65535, got 'abc'\nFACET_CACHE_SECONDS must be a whole number of seconds 0-60 (0: off), got '120'"),
    );
  });
});
