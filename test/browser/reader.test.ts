import { describeWithBrowser, screenshot, startDemoSite, watchPage } from './support/site';
import { useBrowserPage } from './support/browser-page';

/**
 * What a journalist sees on a fresh install (the fictional samples, imported by the real importer),
 * read in chromium as a person reads it: a date that is only the report day says "reported" in the
 * list, on the event page, in the embed's slide and in the Atom entry; a sample source carries its
 * badge; the copy buttons confirm; the citation is right; a refused filter offers no embed code.
 */
describeWithBrowser('a reader\'s view in chromium (demo data)', () => {
  const ui = useBrowserPage(startDemoSite, { viewport: { width: 1100, height: 900 }, startTimeoutMs: 120_000 });
  let ids: Record<string, number>;

  beforeAll(async () => {
    const res = await fetch(`${ui.site.baseUrl}/api/v1/timeline?limit=500`);
    const body = (await res.json()) as { events: { id: number; title: string }[] };
    ids = Object.fromEntries(body.events.map((e) => [e.title, e.id]));
  });

  const card = (title: string) => ui.page.locator('article.event', { has: ui.page.getByRole('link', { name: title, exact: true }) });

  it('the list labels a report day "reported" and unlike a dated event, and badges sample sources', async () => {
    await ui.page.goto('/?jurisdiction=UK');
    const reported = card('UK warns about Snap');
    await expect(reported.locator('.event-meta .date').innerText()).resolves.toBe('REPORTED 17 Sep 2025'); // the label is set in small capitals
    await expect(reported.locator('.date').getAttribute('title')).resolves.toMatch(/no source dates the event/);
    const dated = card('UK fines Snap and Snapchat');
    await expect(dated.locator('.event-meta .date').innerText()).resolves.toBe('17 Sep 2025');
    // Visibly unlike: the reported date is not bold, the dated one is.
    const weight = (locator: typeof reported) => locator.locator('.event-meta time').evaluate((el) => getComputedStyle(el).fontWeight);
    await expect(weight(reported)).resolves.toBe('400');
    await expect(weight(dated)).resolves.toBe('700');
    await expect(reported.locator('.tag.sample').innerText()).resolves.toBe('Fictional sample');
    await screenshot(ui.page, 'reader-list-reported', 'reported-date');
  });

  it('the event page says the date is the report day, badges the sample, and gives a citation the Copy button copies', async () => {
    await ui.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ui.site.baseUrl });
    const id = ids['UK warns about Snap']!;
    await ui.page.goto(`/events/${id}`);
    await expect(ui.page.locator('.event-meta .date').innerText()).resolves.toBe('REPORTED 17 Sep 2025');
    await expect(ui.page.locator('.basis-note').innerText()).resolves.toContain('No source gives this event\'s date: 17 Sep 2025 is the day it was reported');
    await expect(ui.page.locator('.source .tag.sample').count()).resolves.toBe(1);
    const citation = await ui.page.locator('#citation').inputValue();
    expect(citation).toBe(
      [
        'UK warns about Snap. reported 17 Sep 2025 (no source dates the event: this is the day it was reported, and it happened on or before it).',
        'Sources:',
        '1. Sample Wire (fictional), "Ofcom fines Snap under the UK\'s online safety rules", 17 Sep 2025, no URL [fictional sample, not a real article]',
        `Policy timeline, event ${id}: ${ui.site.baseUrl}/events/${id}`,
      ].join('\n'),
    );
    await ui.page.getByRole('button', { name: 'Copy citation' }).click();
    await ui.page.getByRole('button', { name: 'Copied ✓' }).waitFor();
    await expect(ui.page.locator('.cite-box [data-copy-status]').innerText()).resolves.toBe('Citation copied to the clipboard.');
    await expect(ui.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(citation);
    await screenshot(ui.page, 'reader-event-citation', 'event-citation');
    // The button reads as before once the confirmation has been seen.
    await ui.page.getByRole('button', { name: 'Copy citation' }).waitFor({ timeout: 5000 });
  });

  /** The headlines of the slides in view (TimelineJS keeps every slide in the DOM, side by side). */
  const headlinesInView = () =>
    ui.page.locator('.tl-slide .tl-headline').evaluateAll((els) =>
      els
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
        })
        .map((el) => el.textContent),
    );
  const slideOf = (title: string) => ui.page.locator('.tl-slide', { has: ui.page.locator('.tl-headline', { hasText: title }) });

  it('the embed opens on the latest event, names its filter in words, labels a reported date and links each slide to its page', async () => {
    await ui.page.goto('/embed?jurisdiction=US&include=subdivisions');
    await expect(ui.page.title()).resolves.toBe('Policy timeline: United States of America and its states');
    await ui.page.locator('.tl-timeline .tl-slide').first().waitFor();
    await ui.page.waitForTimeout(1200); // the opening transition
    // The latest US event is the hearing of Nov 2025: the embed opens on it, not on 2025's first.
    await expect(headlinesInView()).resolves.toEqual(['Snap and Discord to testify in US']);
    await expect(slideOf('Snap and Discord to testify in US').locator('.tl-headline-date').innerText()).resolves.toBe('Nov 2025');
    // One back: a date that is only the day the article ran, and says so.
    await ui.page.locator('.tl-slidenav-previous').first().click();
    await ui.page.waitForTimeout(1200);
    await expect(headlinesInView()).resolves.toEqual(['US proposes rules on tech platforms']);
    const reported = slideOf('US proposes rules on tech platforms');
    await expect(reported.locator('.tl-headline-date').innerText()).resolves.toBe('reported 15 Oct 2025');
    await expect(reported.innerText()).resolves.toContain('No source dates this event: the date shown is the day it was reported.');
    await expect(reported.innerText()).resolves.toContain('Sample Wire (fictional) [fictional sample]');
    const link = reported.getByRole('link', { name: 'Event page: all sources and a citation' });
    await expect(link.getAttribute('href')).resolves.toBe(`${ui.site.baseUrl}/events/${ids['US proposes rules on tech platforms']}`);
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await screenshot(ui.page, 'reader-embed-reported', 'embed-reported');
  });

  it('the Atom entry of a reported event says so and leads to the event page', async () => {
    const res = await ui.page.request.get('/api/v1/timeline?format=atom&jurisdiction=UK');
    const text = await res.text();
    const id = ids['UK warns about Snap']!;
    expect(text).toContain(`<title>[Reported 17 Sep 2025] [Fictional sample] UK warns about Snap</title>`);
    expect(text).toContain(`<link rel="alternate" type="text/html" href="${ui.site.baseUrl}/events/${id}"/>`);
    // What a feed reader shows as the entry's body: rendered in the browser, it reads "reported".
    const content = text.match(new RegExp(`<id>tag:policy-timeline,2024:event/${id}</id>[\\s\\S]*?<content type="html">([\\s\\S]*?)</content>`))![1]!;
    await ui.page.setContent('<!doctype html><html><body></body></html>');
    const shown = await ui.page.evaluate((escaped) => {
      const holder = document.createElement('div');
      const decoder = document.createElement('textarea');
      decoder.innerHTML = escaped;
      holder.innerHTML = decoder.value;
      return holder.innerText || holder.textContent;
    }, content);
    expect(shown).toMatch(/^reported 17 Sep 2025 · United Kingdom · Statement/);
    expect(shown).toContain('No source dates this event');
  });

  it('the main page\'s copy buttons confirm, and a refused filter offers no embed code', async () => {
    await ui.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ui.site.baseUrl });
    await ui.page.goto('/?jurisdiction=UK');
    await expect(ui.page.locator('#embed-code').inputValue()).resolves.toContain('title="Policy timeline: United Kingdom"');
    await ui.page.getByRole('button', { name: 'Copy JSON URL' }).click();
    await ui.page.getByRole('button', { name: 'Copied ✓' }).waitFor();
    await expect(ui.page.locator('.embed-box [data-copy-status]').innerText()).resolves.toBe('JSON URL copied to the clipboard.');

    const refused = await ui.context.newPage();
    const refusedProblems = await watchPage(refused);
    await refused.goto('/?jurisdiction=USA');
    await expect(refused.locator('.errors').innerText()).resolves.toContain('did you mean US');
    await expect(refused.locator('#embed-code').count()).resolves.toBe(0);
    await expect(refused.getByText('Share and embed').count()).resolves.toBe(0);
    await screenshot(refused, 'reader-refused-filter');
    expect(refusedProblems.failed).toEqual([expect.stringMatching(/HTTP 400$/)]);

    // A company nobody has heard of is not just "0 events": the page says so, with the likely name.
    await ui.page.goto('/?company=Tiktk');
    await expect(ui.page.locator('.warnings').innerText()).resolves.toBe('no company called Tiktk is known: did you mean TikTok?');
  });
});
