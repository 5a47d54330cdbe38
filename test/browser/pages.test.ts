import { FIXTURE_EVENTS, VISIBLE_KEYS } from '../server/fixtures';
import { describeWithBrowser, screenshot, startSite } from './support/site';
import { useBrowserPage } from './support/browser-page';

/**
 * The journalists' pages in a real browser (Debian's chromium through playwright-core): search and
 * filter, follow a source, read an article whose text holds markup, use the keyboard, a phone width.
 */
describeWithBrowser('web pages in chromium', () => {
  const ui = useBrowserPage(startSite, { viewport: { width: 1100, height: 800 } });

  const titles = () => ui.page.locator('.event-title').allInnerTexts();
  const titlesOf = (keys: string[]) => FIXTURE_EVENTS.filter((e) => keys.includes(e.key)).map((e) => e.title);

  it('loads /, filters to a jurisdiction, and sees that jurisdiction\'s events in a shareable URL', async () => {
    await ui.page.goto('/');
    await expect(ui.page.locator('#results-heading').innerText()).resolves.toBe(`${VISIBLE_KEYS.length + 1} events`);
    await expect(ui.page.locator('.year').allInnerTexts()).resolves.toEqual(['2024', '2023', '2022', '2021', '2020', '2019', 'Undated']);
    await screenshot(ui.page, 'search', 'search');

    await ui.page.getByLabel(/United Kingdom \(GB\)/).check();
    // The script refreshes the counts before the form is sent.
    await ui.page.locator('[data-facet-status]').filter({ hasText: '2 events match' }).waitFor();
    await ui.page.getByRole('button', { name: 'Apply filters' }).click();
    await ui.page.waitForURL(/jurisdiction=GB/);
    expect(new URL(ui.page.url()).search).toBe('?jurisdiction=GB');
    expect((await titles()).sort()).toEqual(titlesOf(['uk', 'onlinesafety']).sort());
    await expect(ui.page.getByLabel(/United Kingdom \(GB\)/).isChecked()).resolves.toBe(true);
    await expect(ui.page.locator('.event-meta time').allInnerTexts()).resolves.toEqual(['16 Mar 2023', '2023']);
    await screenshot(ui.page, 'search-filtered');

    // The URL alone reproduces the search (bookmark, share).
    const again = await ui.context.newPage();
    await again.goto(ui.page.url());
    await expect(again.locator('.event-title').allInnerTexts()).resolves.toEqual(await titles());
  });

  it('filters without JavaScript too: the form is a plain GET form', async () => {
    const noScript = await ui.browser.newContext({ baseURL: ui.site.baseUrl, javaScriptEnabled: false });
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
    await ui.page.goto('/?jurisdiction=GB&type=device_ban');
    await ui.page.locator('.event .source a').first().click();
    await ui.page.waitForURL(/\/articles\/\d+$/);
    await expect(ui.page.locator('h1').innerText()).resolves.toBe('Governments move against a video app');
    const mark = ui.page.locator('.article-text mark', { hasText: 'Britain banned it on government phones on March 16, 2023.' });
    await expect(mark.count()).resolves.toBe(1);
    await screenshot(ui.page, 'article-from-source');
    await mark.locator('xpath=following-sibling::a[1]').click();
    await ui.page.waitForURL(new RegExp(`/events/${ui.site.fixture.ids.uk}$`));
    await expect(ui.page.locator('h1').innerText()).resolves.toBe('UK bans TikTok on government phones');
  });

  it('shows an event with all its sources', async () => {
    await ui.page.goto(`/events/${ui.site.fixture.ids.federal}`);
    const quotes = await ui.page.locator('.source-item .quote').allInnerTexts();
    expect(quotes.sort()).toEqual([
      'Congress barred the app from federal devices in December 2022.',
      'Federal workers lost access on their phones late in 2022.',
    ]);
    await expect(ui.page.locator('.note').innerText()).resolves.toContain('Jan 2023');
    await screenshot(ui.page, 'event', 'event');
  });

  it('shows an article whose text contains markup as text, running none of it', async () => {
    await ui.page.goto(`/articles/${ui.site.markup.articleId}`);
    const text = await ui.page.locator('.article-text').innerText();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(2)>');
    expect(text).toContain('<b>markup</b>');
    await expect(ui.page.locator('h1').innerText()).resolves.toBe('A <script>alert("title")</script> headline');
    await expect(ui.page.locator('.article-text b, .article-text img, .article-text script').count()).resolves.toBe(0);
    await expect(ui.page.locator('script:not([src])').count()).resolves.toBe(0);
    await expect(ui.page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await screenshot(ui.page, 'article-markup', 'article');
    // problems.dialogs (checked after each test) stays empty: no alert ran.
  });

  it('is usable from the keyboard: skip link, search box, results', async () => {
    await ui.page.goto('/');
    await ui.page.keyboard.press('Tab');
    await expect(ui.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await ui.page.keyboard.press('Enter');
    // From the main landmark, the next stop is the search box.
    await ui.page.keyboard.press('Tab');
    await expect(ui.page.evaluate(() => document.activeElement?.id)).resolves.toBe('q');
    await ui.page.keyboard.type('Montana');
    await ui.page.keyboard.press('Enter');
    await ui.page.waitForURL(/q=Montana/);
    expect(new URL(ui.page.url()).search).toBe('?q=Montana');
    expect(await titles()).toEqual(['Montana enacts statewide TikTok ban']);
    // Focus is visible: the focused link gets an outline.
    await ui.page.locator('.event-title a').first().focus();
    const outline = await ui.page.locator('.event-title a').first().evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });

  it('reads at a phone width without sideways scrolling', async () => {
    await ui.page.setViewportSize({ width: 390, height: 844 });
    for (const url of ['/', `/events/${ui.site.fixture.ids.federal}`, `/articles/${ui.site.markup.articleId}`]) {
      await ui.page.goto(url);
      const overflow = await ui.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ url, overflow }).toEqual({ url, overflow: 0 });
    }
    // The filter lists start folded on a phone, so the results are near the top; they open on demand.
    await ui.page.goto('/');
    await expect(ui.page.locator('details.facets').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await screenshot(ui.page, 'search-phone', 'search-phone');
    await ui.page.getByText('Filters with counts').click();
    await ui.page.getByLabel(/Canada \(CA\)/).check();
    await ui.page.getByRole('button', { name: 'Apply filters' }).click();
    await ui.page.waitForURL(/jurisdiction=CA/);
    expect(await titles()).toEqual(['Canada removes the app from government phones']);
  });
});
