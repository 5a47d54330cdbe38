import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig, type Config } from '../../db/config';
import { connect } from '../../db/connect';
import { keysCommand } from '../../cli/commands/keys.command';
import { UsageError } from '../../cli/commands/command';
import { authenticateKey, hashApiKey } from '../../server/services/api-key.service';

/** `timeline keys create|list|revoke` against a PGlite data directory. */
describe('timeline keys', () => {
  let dir: string;
  let config: Config;
  let out: string[];
  let err: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'timeline-keys-'));
    config = readConfig({ TIMELINE_DATA_DIR: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    out = [];
    err = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  it('creates a key, prints it once, stores only its hash, lists and revokes it', async () => {
    expect(await keysCommand.run(['create', '--role', 'editor', '--label', 'Night desk'], config)).toBe(0);
    const key = out.join('').trim();
    expect(key).toMatch(/^tl_[A-Za-z0-9_-]{43}$/);
    expect(err.join('')).toMatch(/not shown again/);

    out = [];
    expect(await keysCommand.run(['list'], config)).toBe(0);
    const listing = out.join('');
    expect(listing).toContain('Night desk');
    expect(listing).toContain(`${key.slice(0, 11)}…`);
    expect(listing).not.toContain(key);

    const handle = await connect({ dataDir: dir });
    try {
      const row = await handle.db.selectFrom('api_keys').selectAll().executeTakeFirstOrThrow();
      expect(row.key_hash).toBe(hashApiKey(key));
      expect(JSON.stringify(row)).not.toContain(key);
      expect(await authenticateKey(handle.db, key)).toEqual({ ok: true, key: { id: row.id, label: 'Night desk', role: 'editor' } });
    } finally {
      await handle.close();
    }

    expect(await keysCommand.run(['revoke', key.slice(0, 11)], config)).toBe(0);
    const handle2 = await connect({ dataDir: dir });
    try {
      expect(await authenticateKey(handle2.db, key)).toEqual({ ok: false, reason: 'revoked' });
    } finally {
      await handle2.close();
    }
  });

  it('refuses a bad role, a missing label and an unknown action', async () => {
    await expect(keysCommand.run(['create', '--role', 'owner', '--label', 'x'], config)).rejects.toThrow(UsageError);
    await expect(keysCommand.run(['create', '--role', 'admin'], config)).rejects.toThrow(/--label/);
    await expect(keysCommand.run(['rotate'], config)).rejects.toThrow(/unknown keys action/);
    expect(await keysCommand.run(['revoke', '999'], config)).toBe(1);
    expect(err.join('')).toMatch(/no key with id 999/);
  });
});
