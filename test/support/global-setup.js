// Runs once before all test files: finds out whether a real Postgres answers, so every
// database test runs on embedded PGlite and, when it can, again on the real server.
const { Client } = require('pg');

module.exports = async function globalSetup() {
  if (process.env.TEST_PG_URL === 'off') { delete process.env.TEST_PG_URL; return; }
  const url = process.env.TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.TEST_PG_URL = url;
  } catch (error) {
    if (process.env.CI === 'true') throw new Error(`CI expects Postgres at ${url}: ${error.message}`);
    delete process.env.TEST_PG_URL;
    console.warn(`\n[tests] no Postgres at ${url}: database tests run on PGlite only`);
  } finally {
    await client.end().catch(() => undefined);
  }
};
