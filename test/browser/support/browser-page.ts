import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchPage, type PageProblems, type Site } from './site';

/** What every served site offers the fixture; the fixture site adds its seeded rows. */
type ServedSite = Omit<Site, 'fixture' | 'markup'>;

/** The fixture's state: the site and browser for the file, a fresh context and page for each test. */
export interface BrowserPage<S extends ServedSite> {
  readonly site: S;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: PageProblems;
}

export interface BrowserPageOptions {
  viewport: { width: number; height: number };
  /** For beforeAll, when the site takes long to build (the demo site imports the samples). */
  startTimeoutMs?: number;
}

/**
 * The one browser fixture the browser tests share; call it inside the describe block. It starts the
 * site and chromium once for the file, gives each test its own context and page (watched by
 * watchPage), and after each test fails on anything the page did that it should not and on any
 * server error. Read its fields inside hooks and tests: they are set once the hooks have run.
 */
export function useBrowserPage<S extends ServedSite>(start: () => Promise<S>, options: BrowserPageOptions): BrowserPage<S> {
  let site: S | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let problems: PageProblems | undefined;

  beforeAll(async () => {
    [site, browser] = await Promise.all([start(), launchBrowser()]);
  }, options.startTimeoutMs);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  beforeEach(async () => {
    context = await ready(browser, 'browser').newContext({ baseURL: ready(site, 'site').baseUrl, viewport: options.viewport });
    page = await context.newPage();
    problems = await watchPage(page);
  });
  afterEach(async () => {
    // When beforeAll failed (no browser under CI=true) there is no context: that one error is the report.
    if (!context) return;
    await context.close();
    expect(problems).toEqual({ external: [], failed: [], consoleErrors: [], dialogs: [] });
    expect(site?.serverErrors).toEqual([]);
  });

  return {
    get site() {
      return ready(site, 'site');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    get context() {
      return ready(context, 'context');
    },
    get page() {
      return ready(page, 'page');
    },
    get problems() {
      return ready(problems, 'problems');
    },
  };
}

function ready<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`the browser fixture's ${name} is not set: read it inside a test or hook`);
  return value;
}
