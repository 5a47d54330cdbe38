import type { Pool } from 'pg';
import { ReadReplicas, replicaLabel, type Replica } from '../../db/read-replicas';

/**
 * The replicas' rotation without servers: pools that answer the lag probe with a chosen lag or fail the
 * way a dead server does. The same rules run against a real standby in test/reliability/read-replicas.test.ts.
 */
function fakeReplica(label: string, behaviour: { lag: number; down?: boolean }): Replica {
  const pool = {
    query: async () => {
      if (behaviour.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
      return { rows: [{ lag: behaviour.lag }] };
    },
  } as unknown as Pool;
  return { label, pool };
}

describe('ReadReplicas', () => {
  it('hands out the replicas in turn, skips one lagging beyond the limit, and none before the first check', async () => {
    const a = fakeReplica('a', { lag: 0 });
    const b = fakeReplica('b', { lag: 0.2 });
    const c = fakeReplica('c', { lag: 12 });
    const replicas = new ReadReplicas([a, b, c], { maxLagSeconds: 10, retryMs: 5000 });
    expect(replicas.pick()).toBeNull();
    await replicas.check();
    expect([1, 2, 3, 4].map(() => replicas.pick()!.label)).toEqual(['a', 'b', 'a', 'b']);
    expect(replicas.statuses()).toEqual([
      { replica: 'a', state: 'in rotation', lagSeconds: 0 },
      { replica: 'b', state: 'in rotation', lagSeconds: 0.2 },
      { replica: 'c', state: 'lagging', lagSeconds: 12, reason: 'replays 12 s behind the primary, more than DATABASE_READ_MAX_LAG_SECONDS=10' },
    ]);
  });

  it('takes a replica that stops answering out of rotation and probes it again only after the retry time', async () => {
    let now = 1_000;
    const behaviour = { lag: 0, down: false };
    const a = fakeReplica('a', behaviour);
    const replicas = new ReadReplicas([a], { maxLagSeconds: 10, retryMs: 5000, now: () => now });
    await replicas.check();
    expect(replicas.pick()).toBe(a);

    behaviour.down = true;
    expect(replicas.observe(a, Object.assign(new Error('Connection terminated unexpectedly'), {}))).toBe(true);
    expect(replicas.pick()).toBeNull();
    expect(replicas.statuses()[0]).toMatchObject({ state: 'down', lagSeconds: null, reason: expect.stringContaining('Connection terminated') });

    behaviour.down = false;
    now += 4_000;
    await replicas.check();
    expect(replicas.pick()).toBeNull(); // not yet due for a retry
    now += 1_000;
    await replicas.check();
    expect(replicas.pick()).toBe(a);
  });

  it('leaves a replica in rotation when a query fails for its own reasons (a bad query is not an outage)', async () => {
    const a = fakeReplica('a', { lag: 0 });
    const replicas = new ReadReplicas([a], { maxLagSeconds: 10, retryMs: 5000 });
    await replicas.check();
    expect(replicas.observe(a, Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(replicas.pick()).toBe(a);
  });

  it('labels a replica without its user or password', () => {
    expect(replicaLabel('postgres://reader:secret@10.0.0.5:6432/timeline')).toBe('10.0.0.5:6432/timeline');
    expect(replicaLabel('postgresql://db.internal/timeline')).toBe('db.internal:5432/timeline');
  });
});
