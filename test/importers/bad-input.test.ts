import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '../../db/connect';
import { readInputs } from '../../importers/readers';
import { importArticles } from '../../importers/store/import-articles';
import { formatImportSummary } from '../../importers/store/import-report';
import { describeEachBackend } from '../support/databases';
import { runCli } from '../reliability/support/run-cli';

/**
 * Bad input to `timeline import`: each bad input gets one line naming it and the reason, every good
 * input is still imported, and the exit status says something failed. Inputs are written here.
 */
const GOOD = 'Ohio bans Snap on state devices\n\nCOLUMBUS, Ohio (Test Wire) — The Ohio Senate on May 3, 2023 passed a bill that bans Snap on government devices.\n';

const SCRIPTED_HTML = `<!doctype html><html><head><title>Texas bans Discord on state devices</title>
<script>alert('x'); document.write('Texas repeals every law on May 1, 2020');</script></head>
<body><article><h1>Texas bans Discord on state devices</h1>
<script>var injected = "The Texas House on June 2, 2021 banned Roblox";</script>
<p>AUSTIN, Texas (Test Wire) — The Texas House on March 3, 2023 passed a bill that bans Discord on government devices.</p>
<p>Discord said it was reviewing the decision.</p><img src="x" onerror="alert(1)"></article></body></html>`;

function writeInputs(dir: string): void {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(2000, 7)]));
  writeFileSync(join(dir, 'invalid-utf8.txt'), Buffer.concat([Buffer.from('Ohio bans Snap\n\nThe Ohio Senate passed a bill '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' today.\n')]));
  writeFileSync(join(dir, 'malformed.rss'), '<rss><channel><item><title>Broken');
  writeFileSync(join(dir, 'scripts.html'), SCRIPTED_HTML);
  writeFileSync(join(dir, 'good.txt'), GOOD);
  // 20 MB of one article, four times the per-article limit: refused without holding the run up.
  const paragraph = 'Lawmakers met again today and nothing else happened in the chamber.\n\n';
  writeFileSync(join(dir, 'huge.txt'), `A very long session record\n\n${paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length))}`);
}

describe('timeline import with bad files (one process, PGlite)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'timeline-bad-'));
    writeInputs(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each bad file and its reason, imports the good ones, and exits 1', async () => {
    const files = ['empty.txt', 'binary.txt', 'invalid-utf8.txt', 'malformed.rss', 'huge.txt', 'missing.txt', 'scripts.html', 'good.txt'];
    const outcome = await runCli(['import', ...files], { TIMELINE_DATA_DIR: join(dir, 'db'), DATABASE_URL: '' }, dir);
    expect(outcome.code).toBe(1);
    const lines = outcome.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^imported 2 articles, skipped 0 already present; \d+ events? created/);
    expect(lines.slice(1)).toEqual([
      '6 inputs skipped:',
      '  empty.txt: empty file',
      '  binary.txt: binary content (NUL byte at offset 8), not a text file',
      '  invalid-utf8.txt: not valid UTF-8 (first bad byte at offset 46)',
      expect.stringMatching(/^ {2}malformed\.rss: malformed XML at line 1, column \d+: .+/),
      expect.stringMatching(/^ {2}huge\.txt: article "A very long session record" is 21\.\d M characters, over the 5\.0 M characters per-article limit$/),
      '  missing.txt: file not found',
    ]);

    const handle = await connect({ dataDir: join(dir, 'db') });
    try {
      const articles = await handle.db.selectFrom('articles').select(['source_file', 'text']).orderBy('source_file').execute();
      expect(articles.map((a) => a.source_file)).toEqual(['good.txt', 'scripts.html']);
      // Script bodies and handlers are never article text, so never events either.
      const html = articles.find((a) => a.source_file === 'scripts.html')!.text;
      expect(html).toContain('passed a bill that bans Discord');
      expect(html).not.toMatch(/alert|injected|repeals every law|Roblox|onerror/);
      const quotes = await handle.db.selectFrom('event_sources').select('quote').execute();
      expect(quotes.some((q) => /Roblox|repeals/.test(q.quote))).toBe(false);
    } finally {
      await handle.close();
    }
  }, 90_000);

  it('a manifest naming a missing file: that file is one line, the others import', async () => {
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify([
        { file: 'gone.txt', title: 'Gone', published: '2023-01-01' },
        { file: 'good.txt', title: 'Ohio bans Snap on state devices', published: '2023-05-04' },
      ]),
    );
    const outcome = await runCli(['import', '--manifest', 'manifest.json'], { TIMELINE_DATA_DIR: join(dir, 'db-manifest'), DATABASE_URL: '' }, dir);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.trimEnd().split('\n').slice(1)).toEqual(['1 input skipped:', '  gone.txt: file not found (1 manifest entry skipped)']);
    expect(outcome.stderr).toMatch(/^imported 1 article,/);
  }, 60_000);

  it('a manifest entry with an impossible date is one failure naming the entry and field (nothing is guessed)', async () => {
    writeFileSync(
      join(dir, 'bad-dates.json'),
      JSON.stringify([
        { file: 'good.txt', title: 'Ohio bans Snap on state devices', published: '2023-02-30' },
        { file: 'scripts.html', title: 'Texas bans Discord on state devices', published: '03/04/2023' },
      ]),
    );
    const outcome = await runCli(['import', '--manifest', 'bad-dates.json'], { TIMELINE_DATA_DIR: join(dir, 'db-dates'), DATABASE_URL: '' }, dir);
    expect(outcome.code).toBe(1);
    // Each invalid entry is its own failure while the others run (shared/spec/CONTRACT.md); here none is left.
    expect(outcome.stderr).toBe(
      [
        'imported 0 articles, skipped 0 already present; 0 events created, 0 sources added (0 events touched)',
        '2 inputs skipped:',
        '  manifest bad-dates.json entry 1: published: must be a real date written YYYY-MM-DD',
        '  manifest bad-dates.json entry 2: published: must be a real date written YYYY-MM-DD',
        '',
      ].join('\n'),
    );
  }, 60_000);
});

describeEachBackend('importing URLs that fail', (ctx) => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/500') {
        res.statusCode = 500;
        res.end('boom');
      } else if (req.url === '/good') {
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end(GOOD);
      } // '/hang' never answers
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('a 500 and a timeout are one line each; the good URL imports', async () => {
    await ctx.truncate();
    const urls = [`${base}/500`, `${base}/hang`, `${base}/good`];
    const summary = await importArticles(ctx.db, readInputs(urls, { limits: { fetchTimeoutMs: 300 } }));
    expect(summary.failures).toEqual([
      { input: `${base}/500`, reason: 'HTTP 500 Internal Server Error' },
      { input: `${base}/hang`, reason: 'timed out after 0.3 s' },
    ]);
    expect(summary.articles).toBe(1);
    expect(formatImportSummary(summary).split('\n').slice(1, 4)).toEqual([
      '2 inputs skipped:',
      `  ${base}/500: HTTP 500 Internal Server Error`,
      `  ${base}/hang: timed out after 0.3 s`,
    ]);
  });
});
