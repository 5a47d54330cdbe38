import type { Application } from 'express';
import type { KyselyPlugin } from 'kysely';
import request from 'supertest';
import { createApp } from '../../server/app';
import type { TimelineEvent } from '../../server/schemas/event.schema';
import { describeEachBackend } from '../support/databases';
import { useFixtureApp } from './app-harness';

/**
 * The timeline's page path over HTTP: what a first page costs in statements, and company + type
 * pages (read from the links' own copy of the type, migration 0015) equal to the plain filter.
 */
describeEachBackend('timeline page path', (ctx) => {
  const h = useFixtureApp(ctx);
  let counted: Application;
  let statements = 0;

  beforeAll(() => {
    // The same app on a database handle that counts the statements it is sent.
    // transformQuery also sees every subquery built on its own; transformResult sees each statement run, once.
    const counter: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        statements++;
        return args.result;
      },
    };
    counted = createApp({ db: ctx.db.withPlugin(counter) });
  });

  const statementsFor = async (url: string): Promise<{ statements: number; body: { events: TimelineEvent[]; warnings: unknown[] } }> => {
    statements = 0;
    const res = await request(counted).get(url);
    expect(res.status).toBe(200);
    return { statements, body: res.body };
  };

  it('answers a first page with events in one statement, two with a company (its ids first)', async () => {
    const place = await statementsFor('/api/v1/timeline?jurisdiction=US&limit=3');
    expect(place.body.events.length).toBe(3);
    expect(place.body.warnings).toEqual([]);
    expect(place.statements).toBe(1);

    const company = await statementsFor('/api/v1/timeline?company=TikTok&include=subsidiaries&limit=3');
    expect(company.body.events.length).toBe(3);
    expect(company.body.warnings).toEqual([]);
    expect(company.statements).toBe(2);
  });

  it('still checks what the page does not settle: several values of a parameter, an empty page', async () => {
    const two = await statementsFor('/api/v1/timeline?jurisdiction=US&jurisdiction=FR');
    expect(two.body.events.length).toBeGreaterThan(0);
    expect(two.body.warnings).toEqual([{ parameter: 'jurisdiction', value: 'FR', message: 'no events in France (FR)' }]);

    const empty = await statementsFor('/api/v1/timeline?company=Huawei&type=device_ban');
    expect(empty.body.events).toEqual([]);
    expect(empty.body.warnings).toEqual([]);
    const nobody = await statementsFor('/api/v1/timeline?company=Huawei&company=Nvidia&type=statement');
    expect(nobody.body.warnings).toEqual([{ parameter: 'company', value: 'Nvidia', message: expect.stringMatching(/^no company called Nvidia is known/) }]);
  });

  const ids = (events: TimelineEvent[]) => events.map((e) => e.id);

  it.each(['asc', 'desc'])('company + type pages are the company pages of that type, dated then undated, page by page (sort=%s)', async (sort) => {
    for (const [companies, types] of [
      ['company=TikTok', ['device_ban']],
      ['company=ByteDance&include=subsidiaries', ['device_ban', 'executive_action']],
      ['company=Meta&include=subsidiaries', ['hearing']],
      // Past twelve company × type pairs: one branch per company with the types as a filter.
      ['company=ByteDance&include=subsidiaries', ['device_ban', 'executive_action', 'investigation', 'ban', 'hearing', 'legislation', 'statement']],
    ] as const) {
      const all = (await request(h.app).get(`/api/v1/timeline?${companies}&sort=${sort}&limit=500`)).body.events as TimelineEvent[];
      const expected = ids(all.filter((e) => (types as readonly string[]).includes(e.type)));
      expect(expected.length).toBeGreaterThan(0);
      const typed = `${companies}&${types.map((t) => `type=${t}`).join('&')}&sort=${sort}`;
      expect(ids((await request(h.app).get(`/api/v1/timeline?${typed}&limit=500`)).body.events)).toEqual(expected);
      for (const limit of [1, 2]) {
        const walked: number[] = [];
        let cursor: string | null = null;
        do {
          const res: request.Response = await request(h.app).get(`/api/v1/timeline?${typed}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
          walked.push(...ids(res.body.events));
          cursor = res.body.next_cursor;
        } while (cursor && walked.length <= expected.length);
        expect(walked).toEqual(expected);
      }
    }
  });
});
