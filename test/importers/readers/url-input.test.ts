import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articlesOf, failuresOf, readAll } from './read-all';

/** A local server (127.0.0.1 only) with one route per case the URL input must handle. */
const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
  '/story.html': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<html><head><meta property="og:title" content="Weir Upgrade Approved"><link rel="canonical" href="/stories/weir"><meta property="article:published_time" content="2024-06-03T08:00:00Z"></head><body><script>TRACKER()</script><article><p>The water board approved an upgrade of the weir on Monday, citing flood risk downstream.</p></article></body></html>');
  },
  '/moved': (res) => {
    res.writeHead(302, { location: '/story.html' });
    res.end();
  },
  '/latin1': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
    res.end(Buffer.from('Caf\xe9 Rules Change\n\nThe caf\xe9 rules changed today.\n', 'latin1'));
  },
  '/feed': (res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end('<rss version="2.0"><channel><title>Wire</title><item><title>Item One</title><link>https://example.org/1</link><pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate><description>First item text.</description></item></channel></rss>');
  },
  '/broken': (res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('boom');
  },
  '/missing': (res) => {
    res.writeHead(404);
    res.end();
  },
  '/slow': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('Slow Story\n\n');
    // Never finishes: the reader's timeout must end the request.
  },
  '/declared-big': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(50_000) });
    res.end('x'.repeat(50_000));
  },
  '/streamed-big': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 50; i++) res.write(`${'Long line of prose. '.repeat(50)}\n`);
    res.end();
  },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => (routes[req.url ?? ''] ?? routes['/missing'])?.(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const limits = { fetchTimeoutMs: 500, maxFetchBytes: 10_000 };

describe('URL input', () => {
  it('reads an HTML page by its content type, with the fetched address resolving the canonical link', async () => {
    const [article] = articlesOf(await readAll([`${base}/story.html`], { limits }));
    expect(article).toMatchObject({ file: `${base}/story.html`, title: 'Weir Upgrade Approved', published: '2024-06-03', url: `${base}/stories/weir`, fileOffset: null });
    expect(article?.text).not.toContain('TRACKER');
  });

  it('follows redirects and reads feeds and declared charsets', async () => {
    const results = await readAll([`${base}/moved`, `${base}/feed`, `${base}/latin1`], { limits });
    expect(articlesOf(results).map((a) => [a.file, a.title])).toEqual([
      [`${base}/moved`, 'Weir Upgrade Approved'],
      [`${base}/feed`, 'Item One'],
      [`${base}/latin1`, 'Café Rules Change'],
    ]);
  });

  it('turns a 500, a 404, a timeout, an oversized body and a refused connection into failures, and goes on', async () => {
    const results = await readAll(
      [`${base}/broken`, `${base}/missing`, `${base}/slow`, `${base}/declared-big`, `${base}/streamed-big`, 'http://127.0.0.1:9/', `${base}/feed`],
      { limits },
    );
    expect(failuresOf(results)).toEqual([
      { input: `${base}/broken`, reason: 'HTTP 500 Internal Server Error' },
      { input: `${base}/missing`, reason: 'HTTP 404 Not Found' },
      { input: `${base}/slow`, reason: 'timed out after 0.5 s' },
      { input: `${base}/declared-big`, reason: expect.stringContaining('larger than the 0.01 MB limit') },
      { input: `${base}/streamed-big`, reason: expect.stringContaining('larger than the 0.01 MB limit') },
      { input: 'http://127.0.0.1:9/', reason: expect.stringContaining('fetch failed') },
    ]);
    expect(articlesOf(results).map((a) => a.title)).toEqual(['Item One']);
  });
});
