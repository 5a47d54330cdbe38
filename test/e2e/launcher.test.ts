import { createServer, type Server } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launcherEnv, runLauncher, startServer, tempDir, type LaunchedServer } from './launcher';

/**
 * The shipped launcher end to end: `node bin/timeline.js` as child processes on their own PGlite data
 * directory, driven over real HTTP and the command line. One server serves every test here (each
 * launch costs seconds of PGlite start-up); tests run in file order and build on each other.
 *
 * Every article below is fictional prose written for these tests.
 */

const TEXT = 'Fictional report. On 14 March 2024 the parliament of Ruritania voted to ban the Zapchat app on government phones.';
const HTML = `<!doctype html><html><head><title>Fictional: Freedonia fines a platform</title></head><body><article>
<h1>Freedonia fines a platform</h1><p>This story is fictional. On 2 February 2023 the Freedonia data regulator fined Zapchat for breaking its privacy law.</p>
<p>The regulator said the fine follows an inquiry that began in 2022.</p></article></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Fictional wire</title>
<item><title>Sylvania bans Zapchat</title><link>https://example.org/sylvania</link><pubDate>Mon, 06 May 2024 09:00:00 GMT</pubDate>
<description>A fictional item. On 5 May 2024 Sylvania's government banned Zapchat on official devices.</description></item>
</channel></rss>`;
const CLI_TEXT = 'Fictional note. On 9 September 2021 the Grand Fenwick council announced an inquiry into Zapchat.';
const SECOND_TEXT = 'Fictional dispatch. On 20 October 2022 the Bordurian ministry ordered a ban on Zapchat in schools.';

let dir: { path: string; remove(): Promise<void> };
let env: NodeJS.ProcessEnv;
let server: LaunchedServer | null = null;
let adminKey = '';
let site: Server;
let siteBase = '';

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${server!.base}${path}`, { ...init, headers: { authorization: `Bearer ${adminKey}`, ...(init.headers ?? {}) } });
const eventCount = async () => ((await (await fetch(`${server!.base}/api/v1/timeline?limit=500`)).json()) as { events: unknown[] }).events.length;

beforeAll(async () => {
  dir = await tempDir('timeline-e2e-');
  // SEARCH_RANK_CANDIDATES=2: a search by relevance ranks at most two matches (a case below).
  env = launcherEnv(join(dir.path, 'data'), { IMPORT_ALLOW_PRIVATE_URLS: '1', SEARCH_RANK_CANDIDATES: '2' });
  // A local site for import by URL (allowed by IMPORT_ALLOW_PRIVATE_URLS=1, the documented setting).
  site = createServer((req, res) => {
    if (req.url === '/moved') return void res.writeHead(302, { location: '/article' }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML.replace(/Freedonia/g, 'Osterlich').replace('2 February 2023', '11 April 2023'));
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  siteBase = `http://127.0.0.1:${(site.address() as { port: number }).port}`;

  // keys create on a fresh directory migrates it; `start` then imports the samples and serves.
  const created = await runLauncher(['keys', 'create', '--role', 'admin', '--label', 'e2e admin'], env);
  expect(created).toMatchObject({ code: 0 });
  adminKey = created.stdout.trim();
  await writeFile(join(dir.path, 'cli.txt'), CLI_TEXT);
  const imported = await runLauncher(['import', join(dir.path, 'cli.txt')], env);
  expect({ code: imported.code, stderr: imported.stderr }).toMatchObject({ code: 0 });
  server = await startServer('start', env);
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await new Promise((done) => site?.close(done));
  await dir?.remove();
});

describe('the shipped launcher, end to end', () => {
  it('serves the samples and the article imported before it started', async () => {
    const res = await fetch(`${server!.base}/api/v1/timeline?q=Fenwick`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('Fenwick');
    expect(await eventCount()).toBeGreaterThan(1);
  });

  it('counts facets from the rollups, and says so', async () => {
    const res = await fetch(`${server!.base}/api/v1/facets?jurisdiction=US&include=subdivisions&from=2020-03-15&to=2025`);
    const body = (await res.json()) as { total: number; counts: unknown };
    expect({ status: res.status, counts: body.counts }).toEqual({ status: 200, counts: { exact: true, source: 'rollup' } });
    const page = (await (await fetch(`${server!.base}/api/v1/timeline?jurisdiction=US&include=subdivisions&from=2020-03-15&to=2025&limit=500`)).json()) as { events: unknown[] };
    expect(body.total).toBe(page.events.length);
    expect(body.total).toBeGreaterThan(0);
  });

  it('imports an uploaded text, an HTML page and a feed through POST /api/v1/imports', async () => {
    const text = await api('/api/v1/imports?name=ruritania.txt', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: TEXT });
    expect({ status: text.status, body: await text.json() }).toMatchObject({ status: 201, body: { articles: 1, failures: [] } });
    const html = await api('/api/v1/imports?name=freedonia.html', { method: 'POST', headers: { 'content-type': 'text/html' }, body: HTML });
    expect({ status: html.status, body: await html.json() }).toMatchObject({ status: 201, body: { articles: 1, failures: [] } });
    const feed = await api('/api/v1/imports?name=wire.xml', { method: 'POST', headers: { 'content-type': 'application/rss+xml' }, body: FEED });
    expect({ status: feed.status, body: await feed.json() }).toMatchObject({ status: 201, body: { articles: 1, failures: [] } });
    const found = JSON.stringify(await (await fetch(`${server!.base}/api/v1/timeline?q=Zapchat&sort=asc&limit=100`)).json());
    for (const place of ['Ruritania', 'Freedonia', 'Sylvania']) expect(found).toContain(place);
  });

  it('ranks a search by relevance among the SEARCH_RANK_CANDIDATES matches first seen most recently, and says so', async () => {
    type Page = { events: { id: number }[]; ranking?: unknown };
    const get = async (query: string): Promise<Page> => (await (await fetch(`${server!.base}/api/v1/timeline?${query}`)).json()) as Page;
    const all = await get('q=Zapchat&sort=asc&limit=100');
    expect(all.events.length).toBeGreaterThan(2);
    expect(all.ranking).toBeUndefined();
    const ranked = await get('q=Zapchat&limit=100');
    expect(ranked.ranking).toEqual({ exact: false, source: 'candidates', candidates: 2 });
    const newest = (await get('q=Zapchat&sort=first_seen&limit=2')).events.map((e) => e.id);
    expect(ranked.events.map((e) => e.id).sort((a, b) => a - b)).toEqual(newest.sort((a, b) => a - b));
    // A rarer word is under the bound: every match ranked.
    expect((await get('q=Fenwick')).ranking).toEqual({ exact: true, source: 'events' });
  });

  it('imports a URL from a local server, following a redirect', async () => {
    const res = await api('/api/v1/imports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: `${siteBase}/moved` }) });
    expect({ status: res.status, body: await res.json() }).toMatchObject({ status: 201, body: { articles: 1, failures: [] } });
    expect(JSON.stringify(await (await fetch(`${server!.base}/api/v1/timeline?q=Osterlich`)).json())).toContain('Osterlich');
  });

  it('lists what is new since a moment: sort=first_seen, since= and the Atom feed agree (issue 15)', async () => {
    type Page = { events: Array<{ id: number; title: string; first_seen: { at: string; published: string | null } }> };
    const newest = async (query: string): Promise<Page> => (await (await fetch(`${server!.base}/api/v1/timeline?${query}`)).json()) as Page;
    const before = (await newest('sort=first_seen&limit=1')).events[0]!.first_seen.at;
    const text = 'Fictional dispatch. On 3 June 2024 the Bordurian ministry fined Zapchat for breaking its child safety law.';
    const res = await api('/api/v1/imports?name=bordurian-fine.txt', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
    expect({ status: res.status, body: await res.json() }).toMatchObject({ status: 201, body: { articles: 1, failures: [] } });
    const first = (await newest('sort=first_seen&limit=1')).events[0]!;
    expect(first.first_seen.at > before).toBe(true);
    const fresh = await newest(`since=${encodeURIComponent(first.first_seen.at)}&limit=500`);
    expect(fresh.events.map((e) => e.id)).toEqual([first.id]);
    expect(JSON.stringify(fresh)).toContain('Bordurian');
    const atom = await (await fetch(`${server!.base}/api/v1/timeline?format=atom&limit=1`)).text();
    expect(atom).toContain(`<id>tag:policy-timeline,2024:event/${first.id}</id>`);
    expect(atom).toContain(`<published>${first.first_seen.at}</published>`);
  });

  it('answers every write route once', async () => {
    const json = { 'content-type': 'application/json' };
    const created = await api('/api/v1/events', { method: 'POST', headers: json, body: JSON.stringify({ type: 'legislation', title: 'Fictional levy passes', date: '2024-05', jurisdiction: 'FR' }) });
    expect(created.status).toBe(201);
    const event = (await created.json()) as { id: number };
    const other = (await (await api('/api/v1/events', { method: 'POST', headers: json, body: JSON.stringify({ type: 'legislation', title: 'Fictional levy, again', date: '2024-05', jurisdiction: 'FR' }) })).json()) as { id: number };
    const patched = await api(`/api/v1/events/${event.id}`, { method: 'PATCH', headers: { ...json, 'if-match': '1' }, body: JSON.stringify({ title: 'Fictional levy enacted' }) });
    expect(patched.status).toBe(200);
    expect((await api(`/api/v1/events/${event.id}/verify`, { method: 'POST', headers: { ...json, 'if-match': '2' }, body: '{}' })).status).toBe(200);
    const merged = await api(`/api/v1/events/${event.id}/merge`, { method: 'POST', headers: { ...json, 'if-match': '3' }, body: JSON.stringify({ from: other.id, from_version: 1 }) });
    expect(merged.status).toBe(200);
    expect((await api(`/api/v1/events/${event.id}/retract`, { method: 'POST', headers: { ...json, 'if-match': '4' }, body: '{}' })).status).toBe(200);
    const history = (await (await fetch(`${server!.base}/api/v1/events/${event.id}/history`)).json()) as { entries: { action: string }[] };
    expect(history.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'edit', 'verify', 'merge', 'retract']));

    // split: this hand-made event has no source to split off, so a problem naming the cause, not a 500.
    const split = await api(`/api/v1/events/${event.id}/split`, { method: 'POST', headers: { ...json, 'if-match': '5' }, body: JSON.stringify({ source_id: 999999 }) });
    expect(split.status).toBeGreaterThanOrEqual(400);
    expect(split.status).toBeLessThan(500);
    expect(((await split.json()) as { detail: string }).detail).toBeTruthy();

    const key = await api('/api/v1/keys', { method: 'POST', headers: json, body: JSON.stringify({ role: 'reader', label: 'e2e reader' }) });
    expect(key.status).toBe(201);
    const { id } = (await key.json()) as { id: number };
    expect((await api('/api/v1/keys')).status).toBe(200);
    expect((await api(`/api/v1/keys/${id}`, { method: 'DELETE' })).status).toBeLessThan(300);
  });

  it('refuses a second process on the embedded database with a message naming the server, and loses nothing', async () => {
    const before = await eventCount();
    await writeFile(join(dir.path, 'second.txt'), SECOND_TEXT);
    const second = await runLauncher(['import', join(dir.path, 'second.txt')], env);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`process ${server!.process.pid}`);
    expect(second.stderr).toContain('timeline start');
    expect(second.stderr).toContain(`${server!.base.replace('127.0.0.1', 'localhost')}/api/v1/imports`);
    expect(second.stderr).not.toMatch(/imported \d+ article/);
    // The server is unharmed and still writes.
    expect(await eventCount()).toBe(before);
    const keys = await runLauncher(['keys', 'list'], env);
    expect(keys.code).toBe(1);
    expect(keys.stderr).toMatch(/in use by process/);

    // Once the server stops, the same import runs, and a restarted server shows everything.
    expect(await server!.stop()).toBe(0);
    const retried = await runLauncher(['import', join(dir.path, 'second.txt')], env);
    expect({ code: retried.code, stderr: retried.stderr }).toMatchObject({ code: 0 });
    server = await startServer('serve', env);
    expect(await eventCount()).toBeGreaterThan(before);
    expect(JSON.stringify(await (await fetch(`${server.base}/api/v1/timeline?q=Bordurian`)).json())).toContain('Bordur');
  }, 240_000);

  it('exports and restores into a new directory', async () => {
    await server!.stop();
    server = null;
    const file = join(dir.path, 'export.jsonl');
    expect((await runLauncher(['export', '--output', file], env)).code).toBe(0);
    const restoredEnv = launcherEnv(join(dir.path, 'restored'));
    const restored = await runLauncher(['restore', file], restoredEnv);
    expect({ code: restored.code, stderr: restored.stderr }).toMatchObject({ code: 0 });
    // The restore reports what the export's closing line counted (no second export: each launch costs seconds).
    const end = JSON.parse((await readFile(file, 'utf8')).trim().split('\n').at(-1)!) as { kind: string; counts: Record<string, number> };
    expect(end.kind).toBe('end');
    expect(end.counts.event).toBeGreaterThan(5);
    expect(restored.stderr).toMatch(new RegExp(`\\b${end.counts.event} events\\b`));
  }, 240_000);
});
