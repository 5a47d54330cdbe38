import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { Application } from 'express';
import { createApp } from '../../server/app';
import type { TestDatabase } from '../support/databases';
import { openDemoDatabase } from '../support/demo-database';

/**
 * Every `curl` example in the README, run against what `npm start` serves on a fresh install (the
 * samples, imported by the real importer), must answer 200 with events: an example that shows a
 * newcomer an empty array teaches them the tool is broken.
 */
const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
const examples = [...readme.matchAll(/curl '(http:\/\/localhost:3000[^']+)'/g)].map((m) => new URL(m[1]!).pathname + new URL(m[1]!).search);

/** How many events (or rows, entries, slides) a response holds, by its media type. */
function countEvents(type: string, text: string): number {
  if (type.startsWith('text/csv')) return text.trim().split(/\r\n/).length - 1;
  if (type.startsWith('text/calendar')) return text.split('BEGIN:VEVENT').length - 1;
  if (type.startsWith('application/atom+xml')) return text.split('<entry>').length - 1;
  const body = JSON.parse(text) as { events?: unknown[]; policies?: unknown[]; total?: number; sources?: unknown[] };
  if (Array.isArray(body.events)) return body.events.length;
  // A list of policies: each holds events (GET /api/v1/policies lists only policies with a matching event).
  if (Array.isArray(body.policies)) return body.policies.length;
  if (typeof body.total === 'number') return body.total;
  return Array.isArray(body.sources) ? body.sources.length : 0;
}

describe('README examples on the demo data', () => {
  let db: TestDatabase;
  let app: Application;
  beforeAll(async () => {
    db = await openDemoDatabase();
    app = createApp({ db: db.db });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  it.each(examples)('%s returns events', async (path) => {
    const res = await request(app).get(path).buffer(true).parse((r, done) => {
      let text = '';
      r.setEncoding('utf8');
      r.on('data', (chunk: string) => (text += chunk));
      r.on('end', () => done(null, text));
    });
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
    const count = countEvents(String(res.headers['content-type']), res.body as string);
    expect({ path, hasEvents: count > 0 }).toEqual({ path, hasEvents: true });
  });

  it('the iframe example embeds a filter with dated events', async () => {
    const src = readme.match(/<iframe src="http:\/\/localhost:3000(\/embed\?[^"]+)"/)?.[1];
    expect(src).toBeDefined();
    const query = new URL(`http://x${src!}`).search;
    const res = await request(app).get(`/api/v1/timeline${query}&format=timelinejs`);
    expect((res.body as { events: unknown[] }).events.length).toBeGreaterThan(0);
  });
});
