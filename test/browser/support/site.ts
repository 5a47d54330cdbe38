import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createApp } from '../../../server/app';
import { closeServer, listen } from '../../../server/listen';
import { openTestDatabase, type TestDatabase } from '../../support/databases';
import { openDemoDatabase } from '../../support/demo-database';
import { seedFixture, type Fixture } from '../../server/fixtures';
import { seedMarkupArticle } from '../../server/pages-fixture';

/** Debian's chromium (installed by .ci/run with apt-get); never a downloaded browser build. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.join(__dirname, '..', '..', '..');
export const ARTIFACTS_DIR = path.join(ROOT, 'test-artifacts', 'browser');
const DOCS_SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

export interface Site {
  baseUrl: string;
  fixture: Fixture;
  markup: { articleId: number; eventId: number };
  serverErrors: unknown[];
  close(): Promise<void>;
}

/**
 * The real app on 127.0.0.1 at an ephemeral port, over a PGlite database holding the server
 * fixture plus the markup article. It runs behind the strictest policy we would ship (scripts and
 * styles from 'self' only, no inline), so a page that needs inline code fails here.
 */
export async function startSite(): Promise<Site> {
  const db: TestDatabase = await openTestDatabase('pglite');
  const fixture = await seedFixture(db.db);
  const markup = await seedMarkupArticle(db.db);
  return { ...(await serveStrict(db)), fixture, markup };
}

/** The app over `db` behind the strictest policy we would ship, on an ephemeral port; close() closes both. */
async function serveStrict(db: { db: TestDatabase['db']; close(): Promise<void> }): Promise<Omit<Site, 'fixture' | 'markup'>> {
  const serverErrors: unknown[] = [];
  const outer = express();
  outer.use(helmet({ contentSecurityPolicy: { directives: { 'style-src': ["'self'"], 'upgrade-insecure-requests': null } } }));
  outer.use(createApp({ db: db.db, logError: (error) => serverErrors.push(error) }));
  const server: Server = await listen(outer, { port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    serverErrors,
    close: async () => {
      await closeServer(server);
      await db.close();
    },
  };
}

/**
 * Whether the browser tests can run here: yes with a chromium; without one they are skipped, in one
 * line naming what to install (README: `npm install && npm test` pass on a fresh machine), except
 * under CI=true, where a missing browser must fail the run (.ci/run installs it), as the corpus rule does.
 */
export function browserPlan(env: NodeJS.ProcessEnv, exists: (path: string) => boolean): { run: true } | { run: false; reason: string } {
  const path = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (exists(path) || env.CI === 'true') return { run: true };
  return { run: false, reason: `no chromium at ${path}: apt-get install -y chromium (or set CHROMIUM_PATH) to run the browser tests` };
}

/** `describe` when a browser can run (or CI=true), else `describe.skip` whose title says what to install. */
export function describeWithBrowser(title: string, body: () => void): void {
  const plan = browserPlan(process.env, existsSync);
  if (plan.run) describe(title, body);
  else {
    // One line for the whole run (both browser files share the worker's environment), besides jest's count.
    if (!process.env.TIMELINE_BROWSER_SKIP_NOTED) process.stderr.write(`browser tests skipped: ${plan.reason}\n`);
    process.env.TIMELINE_BROWSER_SKIP_NOTED = '1';
    describe.skip(`${title} (skipped: ${plan.reason})`, body);
  }
}

/** The same app over what `npm start` shows on a fresh install: the samples, through the real importer. */
export async function startDemoSite(): Promise<Omit<Site, 'fixture' | 'markup'>> {
  return serveStrict(await openDemoDatabase());
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What a page did that it should not: requests off this machine (blocked), failures, console errors, dialogs. */
export interface PageProblems {
  external: string[];
  failed: string[];
  consoleErrors: string[];
  dialogs: string[];
}

export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { external: [], failed: [], consoleErrors: [], dialogs: [] };
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    problems.external.push(url.toString());
    return route.abort('blockedbyclient');
  });
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    // ERR_ABORTED: the page navigated on before a request (the favicon, say) finished; not a failure.
    if (reason !== 'net::ERR_ABORTED') problems.failed.push(`${r.url()} ${reason}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.failed.push(`${r.url()} HTTP ${r.status()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
  });
  page.on('dialog', (d) => {
    problems.dialogs.push(d.message());
    void d.dismiss();
  });
  return problems;
}

/**
 * Saves a screenshot to test-artifacts/browser/NAME.png; with UPDATE_SCREENSHOTS=1, `docsName` also
 * becomes docs/screenshots/DOCSNAME.png (the pictures the docs show).
 */
export async function screenshot(page: Page, name: string, docsName?: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  if (docsName && process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(file, path.join(DOCS_SCREENSHOTS, `${docsName}.png`));
  }
}
