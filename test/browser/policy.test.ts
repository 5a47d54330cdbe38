import { describeWithBrowser, screenshot, startDemoSite } from './support/site';
import { useBrowserPage } from './support/browser-page';

/**
 * A policy's page in a real browser, on what `npm start` shows on a fresh install: the samples, linked
 * into policies by the real importer. Nebraska's device ban and the court challenge to it are one
 * policy (same jurisdiction and target, a rule then a ruling).
 */
describeWithBrowser('policy page in chromium', () => {
  const ui = useBrowserPage(startDemoSite, { viewport: { width: 1100, height: 900 } });

  async function nebraskaPolicy(): Promise<number> {
    const res = await ui.page.request.get('/api/v1/policies?jurisdiction=US-NE');
    const body = (await res.json()) as { policies: { id: number }[] };
    expect(body.policies).toHaveLength(1);
    return body.policies[0]!.id;
  }

  it('draws the lifecycle as steps, reached ones filled and the current one marked, with each event under its step', async () => {
    const id = await nebraskaPolicy();
    await ui.page.goto(`/policies/${id}`);
    await expect(ui.page.locator('h1').innerText()).resolves.toBe('Nebraska bans TikTok on government devices');
    const steps = ui.page.locator('ol.lifecycle > li');
    await expect(steps.locator('.step-name').allInnerTexts()).resolves.toEqual(['Proposed', 'Adopted', 'In force', 'Enforcement', 'Court', 'Ended']);
    await expect(ui.page.locator('ol.lifecycle > li[aria-current="step"] .step-name').innerText()).resolves.toBe('Court');
    // Reached: the steps it has events at (a ban, then a court case; it was never in force as far as the sources say).
    await expect(ui.page.locator('ol.lifecycle > li.reached .step-name').allInnerTexts()).resolves.toEqual(['Adopted', 'Court']);
    // Drawn, not only marked up: a reached step is filled, a step not reached is not.
    const fill = (n: number) => steps.nth(n).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await fill(1)).not.toBe(await fill(2));
    await expect(ui.page.locator('#step-adopted .event-title').allInnerTexts()).resolves.toEqual(['Nebraska bans TikTok on government devices']);
    await expect(ui.page.locator('#step-court .event-title').count()).resolves.toBe(1);
    await expect(ui.page.locator('#step-court .cue').innerText()).resolves.toMatch(/same jurisdiction and TikTok, steps that follow one another \(Adopted → Court\)/);
    await screenshot(ui.page, 'policy', 'policy');

    // An event's title leads to its page; the format links lead to this policy's timeline.
    await ui.page.locator('#step-court .event-title a').click();
    await ui.page.waitForURL(/\/events\/\d+$/);
    await ui.page.goBack();
    const calendar = await ui.page.request.get((await ui.page.locator('.policy-formats a', { hasText: 'Calendar' }).getAttribute('href'))!);
    expect(await calendar.text()).toContain('X-WR-CALNAME:Policy: Nebraska bans TikTok on government devices');
  });

  it("embeds one policy's events as TimelineJS slides", async () => {
    const id = await nebraskaPolicy();
    await ui.page.goto(`/embed?policy=${id}`);
    await ui.page.locator('.tl-timeline .tl-slide').first().waitFor();
    const headlines = await ui.page.locator('.tl-slide .tl-headline').allInnerTexts();
    // The title slide, then the policy's two events.
    expect(headlines).toHaveLength(3);
    expect(headlines[0]).toBe('Policy: Nebraska bans TikTok on government devices');
  });
});
