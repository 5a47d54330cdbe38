import request from 'supertest';
import { createApp } from '../../server/app';
import { exampleUrls } from '../../cli/commands/start.command';
import { importSamplesIfEmpty } from '../../cli/commands/sample-import';
import { describeEachBackend } from '../support/databases';

describeEachBackend('timeline start: samples into an empty database', (ctx) => {
  it('imports the project samples once, then leaves a database with events alone', async () => {
    const first = await importSamplesIfEmpty(ctx.db);
    expect(first).not.toBeNull();
    expect(first!.failures).toEqual([]);
    expect(first!.articles).toBeGreaterThan(0);
    expect(first!.eventsCreated).toBeGreaterThan(0);
    expect(await importSamplesIfEmpty(ctx.db)).toBeNull();

    // Every example URL the command prints answers 200 on the sample data.
    const app = createApp({ db: ctx.db });
    for (const url of exampleUrls('')) {
      const res = await request(app).get(url);
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
    }
    const timeline = await request(app).get('/api/v1/timeline');
    expect(timeline.body.events.length).toBeGreaterThan(0);
  });
});
