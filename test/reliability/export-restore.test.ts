import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import request from 'supertest';
import { exportDatabase } from '../../importers/backup/export-database';
import { restoreDatabase, RestoreError } from '../../importers/backup/restore-database';
import { readInputs } from '../../importers/readers';
import { importArticles } from '../../importers/store/import-articles';
import { createApp } from '../../server/app';
import { describeEachBackend, openTestDatabase, type TestDatabase } from '../support/databases';
import { databaseSnapshot } from './support/database-snapshot';
import { writeSyntheticCorpus } from './support/synthetic-corpus';

async function* fromLines(lines: string[]): AsyncIterable<string> {
  yield* lines;
}

/** The API's answers a newsroom relies on: timelines with filters, pages, formats, one event. */
function queries(eventId: number): string[] {
  return [
    '/api/v1/timeline?limit=200',
    '/api/v1/timeline?limit=5',
    '/api/v1/timeline?jurisdiction=US-NE&limit=50',
    '/api/v1/timeline?company=TikTok&limit=50',
    '/api/v1/timeline?q=ban&limit=50',
    '/api/v1/timeline?format=csv&limit=200',
    '/api/v1/jurisdictions',
    '/api/v1/companies',
    `/api/v1/events/${eventId}`,
  ];
}

describeEachBackend('export and restore', (source) => {
  let target: TestDatabase;
  let lines: string[];
  let corpusDir: string;

  beforeAll(async () => {
    corpusDir = mkdtempSync(join(tmpdir(), 'timeline-corpus-'));
    const synthetic = writeSyntheticCorpus(corpusDir, 24);
    await importArticles(source.db, readInputs([], { manifest: resolve(__dirname, '../../samples/manifest.json') }));
    await importArticles(source.db, readInputs([], { manifest: synthetic }));
    // Curation an editor did: a verified, retitled event and a retracted one must survive the move.
    const [first, second] = await source.db.selectFrom('events').select('id').orderBy('id').limit(2).execute();
    await source.db
      .updateTable('events')
      .set({ verified: true, title: 'Edited by the desk', edited_fields: ['title'], version: 2 })
      .where('id', '=', first!.id)
      .execute();
    await source.db.updateTable('events').set({ retracted: true, version: 2 }).where('id', '=', second!.id).execute();
    lines = [];
    await exportDatabase(source.db, async (line) => {
      lines.push(line);
    });
    target = await openTestDatabase(source.backend);
  });

  afterAll(async () => {
    await target?.close();
    rmSync(corpusDir, { recursive: true, force: true });
  });

  it('writes a header, one line per row, and an end line with the counts', async () => {
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: 'timeline-backup', version: 1, migrations: expect.arrayContaining(['0001_core']) });
    const end = JSON.parse(lines[lines.length - 1]!);
    const counts = await sql<{ a: number; e: number; s: number }>`
      SELECT (SELECT count(*) FROM articles)::integer a, (SELECT count(*) FROM events)::integer e,
             (SELECT count(*) FROM event_sources)::integer s`.execute(source.db);
    expect(end).toMatchObject({ kind: 'end', counts: { article: counts.rows[0]!.a, event: counts.rows[0]!.e, event_source: counts.rows[0]!.s } });
    expect(lines.every((l) => !l.includes('"search"'))).toBe(true);
  });

  it('restored into an empty database, it gives the same contents and the same API answers', async () => {
    const restored = await restoreDatabase(target.db, fromLines(lines));
    expect(restored).toEqual(JSON.parse(lines[lines.length - 1]!).counts);
    expect(await databaseSnapshot(target.db)).toEqual(await databaseSnapshot(source.db));

    const { id } = await source.db.selectFrom('events').select('id').where('verified', '=', true).executeTakeFirstOrThrow();
    const before = createApp({ db: source.db });
    const after = createApp({ db: target.db });
    for (const path of queries(id)) {
      const [a, b] = await Promise.all([request(before).get(path), request(after).get(path)]);
      // Each supertest server has its own port, which self/next links spell out.
      const body = (text: string) => text.replace(/http:\/\/127\.0\.0\.1:\d+/g, 'http://host');
      expect({ path, status: b.status, body: body(b.text) }).toEqual({ path, status: a.status, body: body(a.text) });
      expect(a.status).toBe(200);
    }
  });

  it('a restored database keeps importing: new ids continue after the restored ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-corpus-'));
    try {
      const manifest = writeSyntheticCorpus(dir, 30); // six articles the source never saw
      const summary = await importArticles(target.db, readInputs([], { manifest }));
      expect(summary.failures).toEqual([]);
      expect(summary.articles).toBe(6);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a non-empty database, and changes nothing', async () => {
    const before = await databaseSnapshot(target.db);
    await expect(restoreDatabase(target.db, fromLines(lines))).rejects.toThrow(/already holds \d+ companies, \d+ articles.*restore only into an empty database/);
    expect(await databaseSnapshot(target.db)).toEqual(before);
  });

  it('a cut file, a bad line or a foreign file restores nothing and names the line', async () => {
    await target.truncate();
    const cases: Array<[string, string[], RegExp]> = [
      ['cut short', lines.slice(0, -5), /without its end line: it was cut short/],
      ['bad JSON', [...lines.slice(0, 3), '{"kind":"article",', ...lines.slice(3)], /^line 4: not JSON/],
      ['unknown kind', [lines[0]!, '{"kind":"api_key","row":{"id":1}}', ...lines.slice(1)], /^line 2: unknown kind "api_key"/],
      ['foreign file', ['{"title":"an article"}', ...lines.slice(1)], /^line 1: not a timeline backup/],
      ['miscounted', [...lines.slice(0, -1), JSON.stringify({ kind: 'end', counts: { article: 1 } })], /promises 1 article rows/],
      ['unknown column', [lines[0]!, '{"kind":"company","row":{"id":1,"name":"X","secret":"y"}}'], /^line 2: companies has no writable column "secret"/],
      ['empty', [], /the file is empty/],
    ];
    for (const [name, file, reason] of cases) {
      const error = await restoreDatabase(target.db, fromLines(file)).catch((e: unknown) => e);
      expect({ name, error: error instanceof RestoreError ? error.message : String(error) }).toEqual({ name, error: expect.stringMatching(reason) });
      const { rows } = await sql<{ n: number }>`SELECT count(*)::integer AS n FROM articles`.execute(target.db);
      expect({ name, articles: rows[0]!.n }).toEqual({ name, articles: 0 });
    }
  });
});
