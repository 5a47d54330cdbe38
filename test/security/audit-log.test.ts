import { sql } from 'kysely';
import request from 'supertest';
import { describeEachBackend } from '../support/databases';
import { bearer, useSecurityApp } from './support';

/** Issue 18 item 6: keys created and revoked and imports through the API leave an audit row: who, when, what. */
describeEachBackend('audit log', (ctx) => {
  const h = useSecurityApp(ctx);

  it('records key creation and revocation through the API and the command line, and imports, and shows them to admins', async () => {
    const created = await request(h.app).post('/api/v1/keys').set(bearer(h.keys.admin)).send({ role: 'reader', label: 'fictional intern' }).expect(201);
    await request(h.app).delete(`/api/v1/keys/${created.body.id}`).set(bearer(h.keys.admin)).expect(200);
    await request(h.app).post('/api/v1/imports?name=audit.txt').set(bearer(h.keys.admin)).set('Content-Type', 'text/plain')
      .send('Fictional note for the audit test. On 4 April 2024 the Ruritanian senate banned the Zapchat app.').expect(201);

    const { body } = await request(h.app).get('/api/v1/audit').set(bearer(h.keys.admin)).expect(200);
    const entries = body.entries as Array<{ action: string; key_label: string; subject: string; at: string; detail: Record<string, unknown> }>;
    expect(entries.slice(0, 3)).toEqual([
      expect.objectContaining({ action: 'import', key_label: 'ops admin', subject: 'upload audit.txt', detail: expect.objectContaining({ articles: 1 }) }),
      expect.objectContaining({ action: 'key_revoke', key_label: 'ops admin', subject: `key ${created.body.id}` }),
      expect.objectContaining({ action: 'key_create', key_label: 'ops admin', subject: `key ${created.body.id}`, detail: expect.objectContaining({ role: 'reader', label: 'fictional intern' }) }),
    ]);
    expect(Date.parse(entries[0]!.at)).toBeGreaterThan(Date.now() - 60_000);
    // The harness made its keys through the service as the command line does: recorded as `cli`.
    expect(entries.filter((e) => e.key_label === 'cli').map((e) => e.action)).toEqual(expect.arrayContaining(['key_create', 'key_revoke']));
    expect(JSON.stringify(entries)).not.toMatch(/tl_[A-Za-z0-9_-]{20,}/);

    await request(h.app).get('/api/v1/audit').set(bearer(h.keys.editor)).expect(403);
    await request(h.app).get('/api/v1/audit').expect(401);
  });

  it('takes page sizes and ids as plain decimal digits only ("0x10", "1e2" and " 5" are refused, not read as numbers)', async () => {
    for (const value of ['0x10', '1e2', '%205', '501', '0', '-1']) {
      const res = await request(h.app).get(`/api/v1/audit?limit=${value}`).set(bearer(h.keys.admin));
      expect({ value, status: res.status }).toEqual({ value, status: 400 });
    }
    await request(h.app).get('/api/v1/audit?before=0x1').set(bearer(h.keys.admin)).expect(400);
    const { body } = await request(h.app).get('/api/v1/audit?limit=2').set(bearer(h.keys.admin)).expect(200);
    expect(body.entries.length).toBeLessThanOrEqual(2);
  });
  it('is append-only in the database', async () => {
    await expect(sql`UPDATE audit_log SET key_label = 'someone else'`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
  });
});
