import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type DatabaseHandle } from '../../db/connect';
import { databaseSnapshot, tableCounts, type DatabaseSnapshot } from './support/database-snapshot';
import { runCli, startCli } from './support/run-cli';
import { writeSyntheticCorpus } from './support/synthetic-corpus';
import { describeWithPostgresBinaries, ThrowawayPostgres } from './support/throwaway-postgres';

/**
 * Imports under faults, against a Postgres server this file starts and SIGKILLs: the database dying
 * mid-import, the importer dying mid-import, and two importers racing on the same files. After each,
 * the database holds whole articles only, and a re-run ends exactly where a clean import does.
 */
const ARTICLES = 300;

/** The sources each article contributed ("hash:start-end" keys), by article hash: an article's whole footprint. */
function sourcesByArticle(snapshot: DatabaseSnapshot): Map<string, string[]> {
  const byArticle = new Map<string, string[]>();
  for (const article of snapshot.articles as Array<{ content_hash: string }>) byArticle.set(article.content_hash, []);
  for (const event of snapshot.events as Array<{ sources: Array<{ key: string }> }>) {
    for (const { key } of event.sources) byArticle.get(key.split(':')[0]!)!.push(key);
  }
  for (const keys of byArticle.values()) keys.sort();
  return byArticle;
}

async function withDatabase<T>(url: string, body: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await connect({ databaseUrl: url, poolMax: 1 });
  try {
    return await body(handle);
  } finally {
    await handle.close();
  }
}

/** Polls until the database holds at least `count` articles (the import is well under way). */
async function untilArticles(url: string, count: number): Promise<number> {
  const deadline = Date.now() + 60_000;
  return withDatabase(url, async ({ db }) => {
    for (;;) {
      const n = await db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n))
        .catch(() => 0); // the importer may not have created the tables yet
      if (n >= count) return n;
      if (Date.now() > deadline) throw new Error(`import never reached ${count} articles (at ${n})`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });
}

/** A crashed database holds a subset of the articles, each with exactly the sources a clean import gives it, and no empty events. */
function expectWholeArticlesOnly(partial: DatabaseSnapshot, clean: DatabaseSnapshot): void {
  const cleanSources = sourcesByArticle(clean);
  const partialSources = sourcesByArticle(partial);
  for (const [hash, keys] of partialSources) expect({ hash, keys }).toEqual({ hash, keys: cleanSources.get(hash) });
  const cleanArticles = new Set((clean.articles as Array<{ content_hash: string }>).map((a) => a.content_hash));
  for (const hash of partialSources.keys()) expect(cleanArticles.has(hash)).toBe(true);
  for (const event of partial.events as Array<{ sources: unknown[] }>) expect(event.sources.length).toBeGreaterThan(0);
}

describeWithPostgresBinaries('imports under faults (throwaway Postgres)', () => {
  let pg: ThrowawayPostgres;
  let corpusDir: string;
  let manifest: string;
  let clean: DatabaseSnapshot;

  beforeAll(async () => {
    corpusDir = mkdtempSync(join(tmpdir(), 'timeline-corpus-'));
    manifest = writeSyntheticCorpus(corpusDir, ARTICLES);
    pg = await ThrowawayPostgres.start();
    for (const name of ['clean', 'db_killed', 'importer_killed', 'racing', 'restored']) await pg.createDatabase(name);
    const outcome = await runCli(['import', '--manifest', manifest], { DATABASE_URL: pg.url('clean') });
    expect(outcome.stderr).toContain(`imported ${ARTICLES} articles, skipped 0 already present`);
    expect(outcome.code).toBe(0);
    clean = await withDatabase(pg.url('clean'), ({ db }) => databaseSnapshot(db));
  }, 120_000);

  afterAll(async () => {
    await pg?.destroy();
    rmSync(corpusDir, { recursive: true, force: true });
  });

  it('the clean import is the reference: every article, with merged restatements', () => {
    expect(clean.articles).toHaveLength(ARTICLES);
    const sourceCount = (clean.events as Array<{ sources: unknown[] }>).reduce((n, e) => n + e.sources.length, 0);
    // Restatements join their story's event, so there are fewer events than sources.
    expect(clean.events.length).toBeLessThan(sourceCount);
  });

  it('the database SIGKILLed mid-import: whole articles only, the importer fails loudly, a re-run completes it exactly', async () => {
    const url = pg.url('db_killed');
    const running = startCli(['import', '--manifest', manifest], { DATABASE_URL: url });
    await untilArticles(url, 60);
    await pg.kill();
    const crashed = await running.done;
    // The importer neither hangs nor dies: it reports the articles it could not store, and exits 1.
    expect(crashed.code).toBe(1);
    expect(crashed.stderr).toMatch(/inputs? skipped:\n {2}\S*article-\d{4}\.txt \(".*"\): .+/);
    // It stops at the first article the database could not take: one line for it, one saying why it stopped
    // (not one connection error per remaining article; issue 18).
    expect(crashed.stderr.split('\n').filter((line) => /^ {2}\S*article-\d{4}\.txt/.test(line))).toHaveLength(1);
    expect(crashed.stderr).toMatch(/^stopped: the database went away \(.+\); the import stopped\. Run the same import again/m);

    await pg.restart();
    const partial = await withDatabase(url, ({ db }) => databaseSnapshot(db));
    expect(partial.articles.length).toBeGreaterThanOrEqual(60);
    expect(partial.articles.length).toBeLessThan(ARTICLES);
    expectWholeArticlesOnly(partial, clean);

    const rerun = await runCli(['import', '--manifest', manifest], { DATABASE_URL: url });
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(`imported ${ARTICLES - partial.articles.length} articles, skipped ${partial.articles.length} already present`);
    expect(await withDatabase(url, ({ db }) => databaseSnapshot(db))).toEqual(clean);
  }, 120_000);

  it('the importer SIGKILLed mid-import: whole articles only, a re-run completes it exactly', async () => {
    const url = pg.url('importer_killed');
    const running = startCli(['import', '--manifest', manifest], { DATABASE_URL: url });
    await untilArticles(url, 60);
    running.child.kill('SIGKILL');
    expect((await running.done).signal).toBe('SIGKILL');

    const partial = await withDatabase(url, ({ db }) => databaseSnapshot(db));
    expect(partial.articles.length).toBeLessThan(ARTICLES);
    expectWholeArticlesOnly(partial, clean);

    const rerun = await runCli(['import', '--manifest', manifest], { DATABASE_URL: url });
    expect(rerun.code).toBe(0);
    expect(await withDatabase(url, ({ db }) => databaseSnapshot(db))).toEqual(clean);
    // And once more: a complete import re-run adds nothing at all.
    const again = await runCli(['import', '--manifest', manifest], { DATABASE_URL: url });
    expect(again.stderr).toContain(`imported 0 articles, skipped ${ARTICLES} already present`);
    expect(await withDatabase(url, ({ db }) => tableCounts(db))).toEqual(await withDatabase(pg.url('clean'), ({ db }) => tableCounts(db)));
  }, 120_000);

  it('two imports of the same files at once add nothing twice', async () => {
    const url = pg.url('racing');
    const [a, b] = await Promise.all([
      runCli(['import', '--manifest', manifest], { DATABASE_URL: url }),
      runCli(['import', '--manifest', manifest], { DATABASE_URL: url }),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const imported = [a, b].map((o) => Number(/imported (\d+) article/.exec(o.stderr)?.[1]));
    expect(imported[0]! + imported[1]!).toBe(ARTICLES);
    expect(await withDatabase(url, ({ db }) => databaseSnapshot(db))).toEqual(clean);
  }, 120_000);

  it('timeline export then timeline restore into an empty database gives the same contents', async () => {
    const file = join(corpusDir, 'backup.jsonl');
    const exported = await runCli(['export', '--format', 'jsonl', '--output', file], { DATABASE_URL: pg.url('clean') });
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain(`${ARTICLES} articles`);
    const restored = await runCli(['restore', file], { DATABASE_URL: pg.url('restored') });
    expect(restored.stderr).toContain(`restored `);
    expect(restored.code).toBe(0);
    expect(await withDatabase(pg.url('restored'), ({ db }) => databaseSnapshot(db))).toEqual(clean);
    // A second restore is refused: the target is no longer empty, and nothing changes.
    const again = await runCli(['restore', file], { DATABASE_URL: pg.url('restored') });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^timeline restore: .*backup\.jsonl: the database already holds .*; nothing was restored\n$/);
  }, 60_000);
});
