import type { Application } from 'express';
import { createApp } from '../../server/app';
import type { TestDatabase } from '../support/databases';
import { seedFixture, type Fixture } from './fixtures';

/**
 * Inside describeEachBackend: seeds the fixture once and builds the app on that database.
 * Unexpected server errors are collected, so a test can assert none happened.
 */
export function useFixtureApp(ctx: TestDatabase): { app: Application; fixture: Fixture; serverErrors: unknown[] } {
  const harness = { app: undefined as unknown as Application, fixture: undefined as unknown as Fixture, serverErrors: [] as unknown[] };
  beforeAll(async () => {
    harness.fixture = await seedFixture(ctx.db);
    harness.app = createApp({ db: ctx.db, logError: (error) => harness.serverErrors.push(error) });
  });
  return harness;
}

/** Fixture keys of events, by id. */
export function keysOf(fixture: Fixture, events: { id: number }[]): string[] {
  const byId = new Map(Object.entries(fixture.ids).map(([key, id]) => [id, key]));
  return events.map((e) => byId.get(e.id) ?? `#${e.id}`);
}
