import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { readConfig } from '../../db/config';
import { createApp } from '../../server/app';
import { TIMELINEJS_BASE } from '../../server/pages/assets';
import { describeEachBackend } from '../support/databases';
import { useFixtureApp } from './app-harness';
import { FIXTURE_EVENTS, VISIBLE_KEYS } from './fixtures';
import { MARKUP_TITLE, seedMarkupArticle } from './pages-fixture';

/** Event ids linked as timeline titles, in page order. */
function eventIds(body: string): number[] {
  return [...body.matchAll(/<h3 class="event-title"><a href="\/events\/(\d+)">/g)].map((m) => Number(m[1]));
}

/** Pages run under a CSP without 'unsafe-inline': every script is external, no style element or attribute. */
function expectNoInlineCode(body: string): void {
  expect(body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(body).not.toMatch(/<style[\s>]/);
  expect(body).not.toMatch(/<[^>]+\sstyle=/);
  expect(body).not.toMatch(/<[^>]+\son[a-z]+=/);
}

describeEachBackend('web pages', (ctx) => {
  const h = useFixtureApp(ctx);
  const markup = { articleId: 0, eventId: 0 };
  beforeAll(async () => {
    Object.assign(markup, await seedMarkupArticle(ctx.db));
  });

  it('/ lists every visible event, newest first, grouped by year, dates at their precision', async () => {
    const res = await request(h.app).get('/');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(res.text).toContain(`${VISIBLE_KEYS.length + 1} events`);
    const ids = eventIds(res.text);
    expect(ids).toHaveLength(VISIBLE_KEYS.length + 1);
    expect(ids).not.toContain(h.fixture.ids.retracted);
    expect(ids[0]).toBe(markup.eventId);
    expect(res.text).toMatch(/<h3 class="year" id="year-2024">2024<\/h3>[\s\S]*id="year-2023"[\s\S]*id="year-2019"[\s\S]*id="year-Undated"/);
    expect(res.text).toContain('<time datetime="2022-12">Dec 2022</time>');
    expect(res.text).toContain('<time datetime="2019">2019</time>');
    expect(res.text).toContain('<time datetime="2023-03-16">16 Mar 2023</time>');
    expect(res.text).toContain('<abbr class="code" title="Montana">US-MT</abbr> Montana');
    expectNoInlineCode(res.text);
    expect(h.serverErrors).toEqual([]);
  });

  it('filters by jurisdiction with counts of the other jurisdictions still beside the boxes', async () => {
    const res = await request(h.app).get('/?jurisdiction=us&from=&q=&utm_source=mail');
    expect(res.status).toBe(200);
    const usKeys = FIXTURE_EVENTS.filter((e) => e.jurisdiction === 'US' && !e.retracted).map((e) => h.fixture.ids[e.key]);
    expect(eventIds(res.text).sort()).toEqual(usKeys.sort());
    expect(res.text).toMatch(/<input type="checkbox" name="jurisdiction" value="US" id="f-jurisdiction-\d+" checked>/);
    expect(res.text).toMatch(/United Kingdom \(GB\) <span class="count" data-count-for="GB">2<\/span>/);
    // Type counts do apply the jurisdiction filter: US has two executive actions, one device ban.
    expect(res.text).toMatch(/Device ban <span class="count" data-count-for="device_ban">1<\/span>/);
    // The share links carry the filter, not the empty or unknown parameters.
    expect(res.text).toContain('/embed?jurisdiction=us');
    expect(res.text).toContain('/api/v1/timeline?jurisdiction=us');
  });

  it('combines type, status, date range and text search', async () => {
    const res = await request(h.app).get('/?type=device_ban&status=enacted&from=2023-03&to=2023');
    expect(eventIds(res.text).sort()).toEqual([h.fixture.ids.denmark, h.fixture.ids.uk, h.fixture.ids.belgium].sort());
    const search = await request(h.app).get('/?q=Montana');
    expect(eventIds(search.text)).toEqual([h.fixture.ids.montana]);
  });

  it('says when best-match order ranked only the matches added most recently', async () => {
    expect((await request(h.app).get('/?q=phones&sort=relevance')).text).not.toContain('class="note ranking"');
    const bounded = createApp({ db: ctx.db, config: { ...readConfig({}).server, logLevel: 'silent', searchRankCandidates: 2 } });
    const page = await request(bounded).get('/?q=phones&sort=relevance').expect(200);
    expect(page.text).toContain('Best matches among the 2 matching events added most recently');
    expect(eventIds(page.text)).toHaveLength(2);
    // Date order ranks nothing: no note.
    expect((await request(bounded).get('/?q=phones')).text).not.toContain('class="note ranking"');
  });

  it('browses by year: links keep the other filters, counts ignore the date range', async () => {
    const res = await request(h.app).get('/?jurisdiction=US&from=2020&to=2020');
    expect(eventIds(res.text)).toEqual([h.fixture.ids.order]);
    expect(res.text).toContain('<a href="/?jurisdiction=US&amp;from=2020&amp;to=2020" aria-current="page">2020</a> <span class="count">1</span>');
    expect(res.text).toContain('<a href="/?jurisdiction=US&amp;from=2022&amp;to=2022">2022</a> <span class="count">1</span>');
    expect(res.text).toMatch(/>2019<\/a>[\s\S]*>2020<\/a>[\s\S]*>2021<\/a>[\s\S]*>2022<\/a>/);
  });

  it('pages with a More events link that carries the filters and a cursor', async () => {
    const first = await request(h.app).get('/?limit=5&sort=asc');
    const next = /<a href="([^"]+)" rel="next">More events<\/a>/.exec(first.text)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toMatch(/^\/\?sort=asc&limit=5&cursor=/);
    const second = await request(h.app).get(next!);
    expect(second.status).toBe(200);
    const seen = [...eventIds(first.text), ...eventIds(second.text)];
    expect(new Set(seen).size).toBe(10);
    expect(eventIds(first.text)[0]).toBe(h.fixture.ids.cfius);
  });

  it('refuses a bad filter with a readable 400 page naming it, and keeps the form', async () => {
    const res = await request(h.app).get('/?from=2023-02-30&jurisdiction=<b>');
    expect(res.status).toBe(400);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('<strong>from</strong>: not a real date');
    expect(res.text).toContain('<strong>jurisdiction</strong>');
    expect(res.text).toContain('value="2023-02-30"');
    expect(res.text).not.toContain('<b>');
  });

  it('/events/:id shows every source and the date conflict; unknown ids are HTML 404s', async () => {
    const res = await request(h.app).get(`/events/${h.fixture.ids.federal}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<h1>Federal devices barred from TikTok</h1>');
    expect(res.text).toContain('2 sources');
    expect(res.text).toContain('Congress barred the app from federal devices in December 2022.');
    expect(res.text).toContain('Federal workers lost access on their phones late in 2022.');
    expect(res.text).toContain('Sources disagree on the date');
    expect(res.text).toMatch(/href="\/articles\/\d+#quote-\d+"/);
    expectNoInlineCode(res.text);

    const missing = await request(h.app).get('/events/999999');
    expect(missing.status).toBe(404);
    expect(missing.type).toBe('text/html');
    expect(missing.text).toContain('no event with id 999999');
    expect((await request(h.app).get('/events/abc')).status).toBe(400);
    expect((await request(h.app).get(`/events/${h.fixture.ids.retracted}`)).status).toBe(404);
  });

  it('/articles/:id shows markup in the text as text, quotes marked, and no script URL as a link', async () => {
    const res = await request(h.app).get(`/articles/${markup.articleId}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.text).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(res.text).toContain('&lt;b&gt;markup&lt;/b&gt;');
    expect(res.text).toContain('A &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; headline');
    expect(res.text).not.toMatch(/<script>alert|<b>markup|<img src=x|href="javascript:/);
    expect(res.text).toMatch(/<mark id="quote-\d+">On 4 April 2024 the ministry published &lt;b&gt;markup&lt;\/b&gt; draft rules for app stores\.<\/mark>/);
    expect(res.text).toContain(`href="/events/${markup.eventId}"`);
    expectNoInlineCode(res.text);

    const home = await request(h.app).get('/?jurisdiction=FR');
    expect(home.text).toContain('Ministry drafts &lt;i&gt;app store&lt;/i&gt; rules');
    expect(home.text).not.toContain(MARKUP_TITLE);
    expect((await request(h.app).get('/articles/999999')).status).toBe(404);
  });

  it('/embed points TimelineJS at our own copy and the filtered timelinejs JSON', async () => {
    const res = await request(h.app).get('/embed?jurisdiction=US&type=device_ban');
    expect(res.status).toBe(200);
    expect(res.text).toContain('data-source="/api/v1/timeline?jurisdiction=US&amp;type=device_ban&amp;format=timelinejs&amp;sort=desc&amp;limit=500"');
    expect(res.text).toContain(`<script src="${TIMELINEJS_BASE}/js/timeline.js" defer></script>`);
    expect(res.text).toContain(`href="${TIMELINEJS_BASE}/css/timeline.css"`);
    expect(res.text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    expectNoInlineCode(res.text);
    expect((await request(h.app).get('/embed?type=nonsense')).status).toBe(400);
  });

  it('lets any site frame /embed, and only /embed, under the security headers', async () => {
    const guarded = express().use(helmet()).use(h.app);
    const embed = await request(guarded).get('/embed?jurisdiction=US');
    expect(embed.headers['x-frame-options']).toBeUndefined();
    const policy = String(embed.headers['content-security-policy']);
    expect(policy).toContain('frame-ancestors *');
    expect(policy).not.toContain("frame-ancestors 'self'");
    expect(policy).toContain("script-src 'self'");
    const home = await request(guarded).get('/');
    expect(home.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(home.headers['content-security-policy'])).toContain("frame-ancestors 'self'");
  });

  it('serves our assets and TimelineJS with a year-long cache, compressed', async () => {
    const home = await request(h.app).get('/');
    const css = /href="(\/static\/app\.css\?v=[0-9a-f]+)"/.exec(home.text)![1]!;
    const js = /src="(\/static\/app\.js\?v=[0-9a-f]+)"/.exec(home.text)![1]!;
    for (const url of [css, js, `${TIMELINEJS_BASE}/js/timeline.js`, `${TIMELINEJS_BASE}/css/timeline.css`, `${TIMELINEJS_BASE}/js/locale/en.json`]) {
      const res = await request(h.app).get(url).set('Accept-Encoding', 'gzip');
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['content-encoding']).toBe('gzip');
    }
    const script = await request(h.app).get(js).set('Accept-Encoding', 'identity');
    expect(Buffer.byteLength(script.text)).toBeLessThan(10_000);
    expect((await request(h.app).get('/static/nothing.js')).status).toBe(404);
  });
});
