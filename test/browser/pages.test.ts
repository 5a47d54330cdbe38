import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FIXTURE_EVENTS, VISIBLE_KEYS } from '../server/fixtures';
import { describeWithBrowser, launchBrowser, screenshot, startSite, watchPage, type PageProblems, type Site } from './support/site';

/**
 * The journalists' pages in a real browser (Debian's chromium through playwright-core): search and
 * filter, follow a source, read an article whose text holds markup, use the keyboard, a phone width.
 */
describeWithBrowser('web pages in chromium', () => {
  let site: Site;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ baseURL: site.baseUrl, viewport: { width: 1100, height: 800 } });
    page = await context.newPage();
    problems = await watchPage(page);
  });
  afterEach(async () => {
    // When beforeAll failed (no browser under CI=true) there is no context: that one error is the report.
    if (!context) return;
    await context.close();
    expect(problems).toEqual({ external: [], failed: [], consoleErrors: [], dialogs: [] });
    expect(site.serverErrors).toEqual([]);
  });

  const titles = () => page.locator('.event-title').allInnerTexts();
  const titlesOf = (keys: string[]) => FIXTURE_EVENTS.filter((e) => keys.includes(e.key)).map((e) => e.title);

  it('loads /, filters to a jurisdiction, and sees that jurisdiction\'s events in a shareable URL', async () => {
    await page.goto('/');
    await expect(page.locator('#results-heading').innerText()).resolves.toBe(`${VISIBLE_KEYS.length + 1} events`);
    await expect(page.locator('.year').allInnerTexts()).resolves.toEqual(['2024', '2023', '2022', '2021', '2020', '2019', 'Undated']);
    await screenshot(page, 'search', 'search');

    await page.getByLabel(/United Kingdom \(GB\)/).check();
    // The script refreshes the counts before the form is sent.
    await page.locator('[data-facet-status]').filter({ hasText: '2 events match' }).waitFor();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/jurisdiction=GB/);
    expect(new URL(page.url()).search).toBe('?jurisdiction=GB');
    expect((await titles()).sort()).toEqual(titlesOf(['uk', 'onlinesafety']).sort());
    await expect(page.getByLabel(/United Kingdom \(GB\)/).isChecked()).resolves.toBe(true);
    await expect(page.locator('.event-meta time').allInnerTexts()).resolves.toEqual(['16 Mar 2023', '2023']);
    await screenshot(page, 'search-filtered');

    // The URL alone reproduces the search (bookmark, share).
    const again = await context.newPage();
    await again.goto(page.url());
    await expect(again.locator('.event-title').allInnerTexts()).resolves.toEqual(await titles());
  });

  it('filters without JavaScript too: the form is a plain GET form', async () => {
    const noScript = await browser.newContext({ baseURL: site.baseUrl, javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await plain.goto('/');
      // The copy buttons need the script; without it they stay hidden and the fields stay selectable.
      await expect(plain.getByRole('button', { name: 'Copy embed code' }).isVisible()).resolves.toBe(false);
      await plain.getByLabel(/Denmark \(DK\)/).check();
      await plain.getByLabel(/Belgium \(BE\)/).check();
      await plain.getByRole('button', { name: 'Apply filters' }).click();
      await plain.waitForURL(/jurisdiction=DK/);
      expect(new URL(plain.url()).searchParams.getAll('jurisdiction')).toEqual(['BE', 'DK']);
      await expect(plain.locator('.event-title').allInnerTexts()).resolves.toEqual([
        'Belgium suspends the app on federal phones', // 16 Mar 2023: newest first
        'Danish defence ministry bans the app on work phones', // Mar 2023 (starts on the 1st)
      ]);
    } finally {
      await noScript.close();
    }
  });

  it('follows a source link to the article, where the quote is marked and links back to its event', async () => {
    await page.goto('/?jurisdiction=GB&type=device_ban');
    await page.locator('.event .source a').first().click();
    await page.waitForURL(/\/articles\/\d+$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Governments move against a video app');
    const mark = page.locator('.article-text mark', { hasText: 'Britain banned it on government phones on March 16, 2023.' });
    await expect(mark.count()).resolves.toBe(1);
    await screenshot(page, 'article-from-source');
    await mark.locator('xpath=following-sibling::a[1]').click();
    await page.waitForURL(new RegExp(`/events/${site.fixture.ids.uk}$`));
    await expect(page.locator('h1').innerText()).resolves.toBe('UK bans TikTok on government phones');
  });

  it('shows an event with all its sources', async () => {
    await page.goto(`/events/${site.fixture.ids.federal}`);
    const quotes = await page.locator('.source-item .quote').allInnerTexts();
    expect(quotes.sort()).toEqual([
      'Congress barred the app from federal devices in December 2022.',
      'Federal workers lost access on their phones late in 2022.',
    ]);
    await expect(page.locator('.note').innerText()).resolves.toContain('Jan 2023');
    await screenshot(page, 'event', 'event');
  });

  it('shows an article whose text contains markup as text, running none of it', async () => {
    await page.goto(`/articles/${site.markup.articleId}`);
    const text = await page.locator('.article-text').innerText();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(2)>');
    expect(text).toContain('<b>markup</b>');
    await expect(page.locator('h1').innerText()).resolves.toBe('A <script>alert("title")</script> headline');
    await expect(page.locator('.article-text b, .article-text img, .article-text script').count()).resolves.toBe(0);
    await expect(page.locator('script:not([src])').count()).resolves.toBe(0);
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await screenshot(page, 'article-markup', 'article');
    // problems.dialogs (checked after each test) stays empty: no alert ran.
  });

  it('is usable from the keyboard: skip link, search box, results', async () => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    // From the main landmark, the next stop is the search box.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q');
    await page.keyboard.type('Montana');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Montana/);
    expect(new URL(page.url()).search).toBe('?q=Montana');
    expect(await titles()).toEqual(['Montana enacts statewide TikTok ban']);
    // Focus is visible: the focused link gets an outline.
    await page.locator('.event-title a').first().focus();
    const outline = await page.locator('.event-title a').first().evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });

  it('reads at a phone width without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const url of ['/', `/events/${site.fixture.ids.federal}`, `/articles/${site.markup.articleId}`]) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ url, overflow }).toEqual({ url, overflow: 0 });
    }
    // The filter lists start folded on a phone, so the results are near the top; they open on demand.
    await page.goto('/');
    await expect(page.locator('details.facets').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await screenshot(page, 'search-phone', 'search-phone');
    await page.getByText('Filters with counts').click();
    await page.getByLabel(/Canada \(CA\)/).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/jurisdiction=CA/);
    expect(await titles()).toEqual(['Canada removes the app from government phones']);
  });
});
