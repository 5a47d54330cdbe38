import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FIXTURE_EVENTS } from '../server/fixtures';
import { describeWithBrowser, screenshot, startSite } from './support/site';
import { useBrowserPage } from './support/browser-page';

/**
 * The embeddable timeline: TimelineJS from our own copy renders the filtered events as slides, loads
 * nothing from other hosts, shows markup as text, and works inside an <iframe> on another origin.
 */
describeWithBrowser('embeddable timeline in chromium', () => {
  const ui = useBrowserPage(startSite, { viewport: { width: 1000, height: 650 } });

  const datedUsTitles = FIXTURE_EVENTS.filter((e) => e.jurisdiction === 'US' && e.date && !e.retracted).map((e) => e.title);

  it('renders the filtered events as TimelineJS slides from /vendor, with no request to another host', async () => {
    const vendor: string[] = [];
    ui.page.on('request', (r) => {
      if (r.url().includes('/vendor/timelinejs/')) vendor.push(new URL(r.url()).pathname);
    });
    await ui.page.goto('/embed?jurisdiction=US');
    await ui.page.locator('.tl-timeline .tl-slide').first().waitFor();
    // One slide per dated US event, plus the title slide.
    await expect(ui.page.locator('.tl-slide').count()).resolves.toBe(datedUsTitles.length + 1);
    const headlines = await ui.page.locator('.tl-slide .tl-headline').allInnerTexts();
    expect(headlines.slice(1).sort()).toEqual([...datedUsTitles].sort());
    expect(vendor.some((p) => p.endsWith('/js/timeline.js'))).toBe(true);
    expect(vendor.some((p) => p.endsWith('/css/timeline.css'))).toBe(true);

    // It opens on the most recent event (Dec 2022); the buttons move back through the slides.
    await ui.page.locator('.tl-slide-content-container .tl-headline', { hasText: 'Federal devices barred from TikTok' }).first().waitFor({ state: 'visible' });
    await ui.page.locator('.tl-slidenav-previous').first().click();
    await ui.page.locator('.tl-slide-content-container .tl-headline', { hasText: 'Earlier orders on the app are revoked' }).first().waitFor({ state: 'visible' });
    await ui.page.waitForTimeout(800); // the slide transition, for the picture only
    await screenshot(ui.page, 'embed', 'embed');
  });

  it('shows markup in a slide as text', async () => {
    await ui.page.goto('/embed?jurisdiction=FR');
    await ui.page.locator('.tl-slide').first().waitFor();
    const headline = ui.page.locator('.tl-slide .tl-headline', { hasText: 'Ministry drafts' });
    await expect(headline.innerText()).resolves.toBe('Ministry drafts <i>app store</i> rules');
    await expect(ui.page.locator('.tl-slide .tl-headline i, .tl-slide b').count()).resolves.toBe(0);
  });

  it('runs inside an <iframe> on another origin', async () => {
    const host: Server = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><title>A newsroom page</title><h1>Our story</h1><iframe src="${ui.site.baseUrl}/embed?type=device_ban" width="900" height="500" title="Policy timeline"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    try {
      await ui.page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
      const frame = ui.page.frameLocator('iframe');
      await frame.locator('.tl-slide').first().waitFor();
      const expected = FIXTURE_EVENTS.filter((e) => e.type === 'device_ban' && e.date && !e.retracted).length;
      await expect(frame.locator('.tl-slide').count()).resolves.toBe(expected + 1);
    } finally {
      await new Promise((resolve) => host.close(resolve));
    }
  });

  it('the main page copies the embed code and the JSON URL', async () => {
    await ui.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ui.site.baseUrl });
    await ui.page.goto('/?jurisdiction=US&type=device_ban');
    const code = await ui.page.locator('#embed-code').inputValue();
    expect(code).toBe(`<iframe src="${ui.site.baseUrl}/embed?jurisdiction=US&type=device_ban" width="100%" height="650" style="border:0" title="Policy timeline: Device ban · United States of America" loading="lazy"></iframe>`);
    await ui.page.getByRole('button', { name: 'Copy embed code' }).click();
    await ui.page.locator('[data-copy-status]').filter({ hasText: 'Copied' }).waitFor();
    await expect(ui.page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(code);

    await ui.page.getByRole('button', { name: 'Copy JSON URL' }).click();
    const jsonUrl = await ui.page.evaluate(() => navigator.clipboard.readText());
    expect(jsonUrl).toBe(`${ui.site.baseUrl}/api/v1/timeline?jurisdiction=US&type=device_ban`);
    const json = (await (await ui.page.request.get(jsonUrl)).json()) as { events: { title: string }[] };
    expect(json.events.map((e) => e.title)).toEqual(['Federal devices barred from TikTok']);
  });
});
