import fc from 'fast-check';
import request from 'supertest';
import { EVENT_STATUSES, EVENT_TYPES } from '../../db/vocabulary/taxonomy';
import { describeEachBackend } from '../support/databases';
import { bearer, useSecurityApp } from '../security/support';

/**
 * Property: after any sequence of edits, some accepted and some sent with a stale version, the history
 * has exactly one row per accepted change, the version counts them, and replaying the history's
 * `after` values over the first state gives the event as it is.
 */
const edit = fc.record(
  {
    title: fc.constantFrom('A corrected title', 'Another wording', 'Third title'),
    date: fc.constantFrom('2021', '2021-06', '2021-06-15', null),
    type: fc.constantFrom(...EVENT_TYPES),
    status: fc.constantFrom(...EVENT_STATUSES, null),
    jurisdiction: fc.constantFrom('US', 'GB', 'US-CA', null),
    companies: fc.subarray(['Meta', 'TikTok', 'Huawei']),
  },
  { requiredKeys: [] },
).filter((e) => Object.keys(e).length > 0);

describeEachBackend('history records each accepted change', (ctx) => {
  const h = useSecurityApp(ctx);

  it('one history row per accepted change, none for refused ones', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(edit, fc.boolean()), { minLength: 1, maxLength: 6 }), async (steps) => {
        const created = await request(h.app).post('/api/v1/events').set(bearer(h.keys.editor)).send({ type: 'statement', title: 'Property event' }).expect(201);
        const id: number = created.body.id;
        let version: number = created.body.version;
        let state: Record<string, unknown> = { ...created.body };
        let accepted = 0;
        for (const [change, stale] of steps) {
          const res = await request(h.app)
            .patch(`/api/v1/events/${id}`)
            .set(bearer(h.keys.editor))
            .set('If-Match', `W/"v${stale ? version + 5 : version}"`)
            .send(change);
          if (stale) {
            expect(res.status).toBe(412);
            continue;
          }
          expect(res.status).toBe(200);
          if (res.body.version !== version) accepted++;
          version = res.body.version;
          state = res.body;
        }
        const history = (await request(h.app).get(`/api/v1/events/${id}/history`).expect(200)).body;
        expect(history.entries).toHaveLength(accepted + 1);
        expect(history.version).toBe(1 + accepted);
        const replayed = history.entries.reduce((acc: Record<string, unknown>, e: { after: Record<string, unknown> }) => ({ ...acc, ...e.after }), {});
        for (const field of ['title', 'date', 'precision', 'type', 'status', 'jurisdiction', 'companies']) {
          expect([field, replayed[field]]).toEqual([field, state[field]]);
        }
        for (const entry of history.entries) expect(entry.key_label).toBe('jane editor');
      }),
      { numRuns: 25 },
    );
  });

  it('never produced a server error', () => {
    expect(h.serverErrors).toEqual([]);
  });
});
